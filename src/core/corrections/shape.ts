/**
 * The shape of a `Correction` that came from outside (a permalink, a saved file, browser storage, a
 * worker message): one check, used where snapshots are validated (src/core/share/validate.ts) and
 * where the engine reads its options, so what a link may carry and what the engine accepts never
 * drift apart. The result is a fresh object with only the known fields.
 *
 * Example: checkCorrection({ op: 'split', side: 'left', at: 12, extra: 1 }) → { op: 'split', side: 'left', at: 12 };
 *          checkCorrection({ op: 'split', side: 'up', at: 12 }) → 'side must be "left" or "right"'
 */
import type { Correction, SectionAnchor, Side } from '../types';
import { groupedDigits } from '../text/digits';

/** Most corrections one comparison carries: far more than a reader makes, few enough to check fast. */
export const MAX_CORRECTIONS = 2000;
/** Most sections one side of a hand-made pair may hold. */
export const MAX_PAIR_SECTIONS = 64;
/** Offsets are UTF-16 positions in a text of at most 1,000,000 units (MAX_TEXT_CHARS); node ids are short paths. */
const MAX_OFFSET = 1_000_000;
const MAX_NODE_CHARS = 64;

type Json = Record<string, unknown>;

class Bad extends Error {}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function offset(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_OFFSET)
    throw new Bad(`${path} must be a whole number from 0 to ${groupedDigits(MAX_OFFSET)}`);
  return value;
}

function side(value: unknown): Side {
  if (value !== 'left' && value !== 'right') throw new Bad('side must be "left" or "right"');
  return value;
}

function anchor(value: unknown, path: string): SectionAnchor {
  if (!isObject(value)) throw new Bad(`${path} must be an object`);
  const start = offset(value['start'], `${path}.start`);
  const node = value['node'];
  if (node === undefined) return { start };
  if (typeof node !== 'string' || node.length === 0 || node.length > MAX_NODE_CHARS)
    throw new Bad(`${path}.node must be a short outline id`);
  return { start, node };
}

function anchors(value: unknown, path: string): SectionAnchor[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_PAIR_SECTIONS)
    throw new Bad(`${path} must list 1 to ${MAX_PAIR_SECTIONS} sections`);
  return value.map((a, i) => anchor(a, `${path}[${i}]`));
}

/** The correction, rebuilt from known fields, or what is wrong with it. */
export function checkCorrection(value: unknown): Correction | string {
  try {
    if (!isObject(value)) throw new Bad('a correction must be an object');
    switch (value['op']) {
      case 'split':
      case 'merge':
        return { op: value['op'], side: side(value['side']), at: offset(value['at'], 'at') };
      case 'pair':
        return { op: 'pair', left: anchors(value['left'], 'left'), right: anchors(value['right'], 'right') };
      case 'unpair':
        return { op: 'unpair', left: anchor(value['left'], 'left'), right: anchor(value['right'], 'right') };
      case 'no-counterpart':
        return {
          op: 'no-counterpart',
          side: side(value['side']),
          section: anchor(value['section'], 'section'),
        };
      default:
        throw new Bad('op must be split, merge, pair, unpair or no-counterpart');
    }
  } catch (e) {
    if (e instanceof Bad) return e.message;
    throw e;
  }
}

/** A whole list: the corrections, or the first problem with its position. */
export function checkCorrections(value: unknown): Correction[] | string {
  if (!Array.isArray(value)) return 'corrections must be a list';
  if (value.length > MAX_CORRECTIONS) return `more than ${MAX_CORRECTIONS} corrections`;
  const out: Correction[] = [];
  for (const [i, item] of value.entries()) {
    const checked = checkCorrection(item);
    if (typeof checked === 'string') return `correction ${i + 1}: ${checked}`;
    out.push(checked);
  }
  return out;
}
