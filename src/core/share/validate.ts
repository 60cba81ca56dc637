/**
 * Hand-written schema check for a `ComparisonSnapshot`, in both directions: on what comes from outside
 * (a permalink, a saved file, the browser's storage) and on what the app writes (`encodeSnapshot`,
 * `comparisonFileText`), so the app never writes what it would refuse to read back. Everything from
 * outside is untrusted: types, lengths and enums are checked; unknown fields are ignored (a later
 * version may add some); the result is a fresh object holding only the known fields, so nothing else
 * that was in the JSON travels on. Each field a later format adds (v2: the corrections; v3: the alignment level) is checked here.
 *
 * Example: `validateSnapshot({ left: { name: 'a', text: '…' }, …, options: { minPhraseLength: 99, … } })`
 *   → { ok: false, error: { code: 'invalid', message: '… options.minPhraseLength must be a whole number from 1 to 50 …' } }
 */
import type { ComparisonSnapshot, Side } from '../types';
import { checkCorrections } from '../corrections/shape';
import { MAX_TEXT_CHARS } from '../load/limits';
import { nameProblem } from '../names';
import { ALIGN_LEVEL_MAX } from '../options';
import { groupedDigits } from '../text/digits';

/** Theme keys and phrase ids are short identifiers (`poverty`, `p12`). */
export const MAX_ID_CHARS = 64;
export const MIN_PHRASE_LENGTH_ALLOWED = 1;
export const MAX_PHRASE_LENGTH_ALLOWED = 50;

export type ValidationResult = { ok: true; snapshot: ComparisonSnapshot } | { ok: false; problem: string };

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Invalid extends Error {}

function object(parent: Json, key: string, path: string): Json {
  const value = parent[key];
  if (!isObject(value)) throw new Invalid(`${path} must be an object`);
  return value;
}

function string(parent: Json, key: string, path: string, max: number): string {
  const value = parent[key];
  if (typeof value !== 'string') throw new Invalid(`${path} must be text`);
  if (value.length > max) throw new Invalid(`${path} is longer than ${groupedDigits(max)} characters`);
  return value;
}

function nullableId(parent: Json, key: string, path: string): string | null {
  if (parent[key] === null) return null;
  return string(parent, key, path, MAX_ID_CHARS);
}

function name(parent: Json, path: string): string {
  const problem = nameProblem(parent['name']);
  if (problem !== null) throw new Invalid(`${path} ${problem}`);
  return parent['name'] as string;
}

function side(parent: Json, key: Side): { name: string; text: string } {
  const value = object(parent, key, key);
  return {
    name: name(value, `${key}.name`),
    text: string(value, 'text', `${key}.text`, MAX_TEXT_CHARS),
  };
}

/** The reader's corrections (src/core/corrections/shape.ts: the check the engine also applies). */
function corrections(value: unknown): NonNullable<ComparisonSnapshot['corrections']> {
  const checked = checkCorrections(value);
  if (typeof checked === 'string') throw new Invalid(checked);
  return checked;
}

/** A level the reader chose (1 to `ALIGN_LEVEL_MAX`); absent or 'auto' is the engine's choice. */
function alignLevel(value: unknown): number | undefined {
  if (value === undefined || value === 'auto') return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= ALIGN_LEVEL_MAX)
    return value;
  throw new Invalid(`options.alignLevel must be "auto" or a whole number from 1 to ${ALIGN_LEVEL_MAX}`);
}

export function validateSnapshot(value: unknown): ValidationResult {
  try {
    if (!isObject(value)) throw new Invalid('the comparison must be an object');
    const options = object(value, 'options', 'options');
    const min = options['minPhraseLength'];
    if (
      typeof min !== 'number' ||
      !Number.isInteger(min) ||
      min < MIN_PHRASE_LENGTH_ALLOWED ||
      min > MAX_PHRASE_LENGTH_ALLOWED
    ) {
      throw new Invalid(
        `options.minPhraseLength must be a whole number from ${MIN_PHRASE_LENGTH_ALLOWED} to ${MAX_PHRASE_LENGTH_ALLOWED}`,
      );
    }
    const script = options['script'];
    if (script !== 'original' && script !== 'simplified') {
      throw new Invalid('options.script must be "original" or "simplified"');
    }
    const level = alignLevel(options['alignLevel']);
    const view = object(value, 'view', 'view');
    const snapshot: ComparisonSnapshot = {
      left: side(value, 'left'),
      right: side(value, 'right'),
      options: { minPhraseLength: min, script, ...(level === undefined ? {} : { alignLevel: level }) },
      view: {
        theme: nullableId(view, 'theme', 'view.theme'),
        phrase: nullableId(view, 'phrase', 'view.phrase'),
      },
    };
    if (value['corrections'] !== undefined) snapshot.corrections = corrections(value['corrections']);
    return { ok: true, snapshot };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, problem: e.message };
    throw e;
  }
}

/** Thrown by the writers (`encodeSnapshot`, `comparisonFileText`) for a snapshot they must not write. */
export class InvalidSnapshotError extends Error {}

/** The snapshot as it will be written, or a throw: what the app writes always reads back. */
export function checkedForWriting(snapshot: ComparisonSnapshot): ComparisonSnapshot {
  const checked = validateSnapshot(snapshot);
  if (!checked.ok) throw new InvalidSnapshotError(`it cannot be written: ${checked.problem}`);
  return checked.snapshot;
}
