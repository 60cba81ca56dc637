/**
 * Names of texts (a file name, "Pasted text (left)"): one rule for what the app keeps, one check for
 * what it reads back, one rule for how a name is shown. Every place a name enters (a file, a paste), is
 * checked (a permalink, a stored comparison, a comparison file, in both directions) or is shown (cards,
 * notices, the drop overlay, downloads) goes through this module.
 *
 *   capName(raw)        the way in: at most MAX_NAME_CHARS UTF-16 units, cut at a code point, the
 *                       extension kept (`aaaa…aaa.txt`), so whatever the app holds it can write and read back
 *   nameProblem(value)  the check (validate.ts uses it for links, storage and files, both directions)
 *   displayName(name)   the way out: bidi controls and other control characters made visible
 *                       (`report\u202Etxt.exe` → `report‹RLO›txt.exe`), so a name can neither reorder
 *                       the text around it nor pass itself off as another
 *   isolateName(name)   displayName between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL
 *                       ISOLATE: the plain-text form of `<bdi>`, for messages and attributes. The
 *                       notices render each isolated name as a `<bdi>` element (`splitNames`).
 *   safeFileName(name)  a name made safe as part of a download's file name (no controls, no bidi
 *                       controls, no characters file systems refuse)
 *
 * Example: isolateName('報告\u202Etxt.exe') is '\u2068報告‹RLO›txt.exe\u2069'; a message
 * `“${isolateName(n)}” is empty` reads left to right whatever the name holds.
 */
import { snapToCodePoint } from './text/code-points';

/** File names are shown, not used as paths; 255 is what common file systems allow. */
export const MAX_NAME_CHARS = 255;

const FSI = '\u2068';
const PDI = '\u2069';

/** Explicit bidi formatting characters (UAX #9), by the short names people look them up by. */
const BIDI_CONTROLS: Record<string, string> = {
  '\u061c': 'ALM',
  '\u200e': 'LRM',
  '\u200f': 'RLM',
  '\u202a': 'LRE',
  '\u202b': 'RLE',
  '\u202c': 'PDF',
  '\u202d': 'LRO',
  '\u202e': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
};
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
/** C0 and C1 controls, DEL; tabs and line breaks in a name are as unwelcome as the rest. */
const CONTROL = /\p{Cc}/gu;
/** Other invisible characters that can hide part of a name (line/paragraph separators, BOM). */
const INVISIBLE = /[\u2028\u2029\ufeff]/gu;

const ELLIPSIS = '…';
const EXTENSION = /\.[^.\s]{1,10}$/u;

export function capName(raw: string): string {
  if (raw.length <= MAX_NAME_CHARS) return raw;
  const extension = EXTENSION.exec(raw)?.[0] ?? '';
  const keep = MAX_NAME_CHARS - ELLIPSIS.length - extension.length;
  const stem = raw.slice(0, raw.length - extension.length);
  return stem.slice(0, snapToCodePoint(stem, keep)) + ELLIPSIS + extension;
}

/** Why a value cannot be a name, or null when it can. */
export function nameProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'must be text';
  if (value.length > MAX_NAME_CHARS) return `is longer than ${MAX_NAME_CHARS} characters`;
  return null;
}

function codeOf(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function displayName(name: string): string {
  return name
    .replace(BIDI, (ch) => `‹${BIDI_CONTROLS[ch]!}›`)
    .replace(CONTROL, (ch) => `‹${codeOf(ch)}›`)
    .replace(INVISIBLE, (ch) => `‹${codeOf(ch)}›`);
}

export function isolateName(name: string): string {
  return FSI + displayName(name) + PDI;
}

/** A message cut into plain text and isolated names (odd indices), for rendering names as `<bdi>`. */
export function splitNames(message: string): string[] {
  return message.split(/\u2068([^\u2068\u2069]*)\u2069/u);
}

export function safeFileName(name: string): string {
  return name
    .replace(BIDI, '')
    .replace(INVISIBLE, '')
    .replace(/[\\/:*?"<>|]+/g, '_')
    .replace(CONTROL, '_')
    .trim();
}
