/**
 * Pass 3 of the normalizer: folds punctuation, width and whitespace, and writes the normalized UTF-16
 * text with its offset map.
 *
 * Folding rules (the same on both sides of a comparison, so that layout differences never break a
 * shared phrase):
 * - Full-width ASCII → ASCII (`Ａ１％（）` → `A1%()`), except the Chinese sentence punctuation
 *   `，：；！？`, which stays full width. So all parentheses become ASCII `()`: `（一）` → `(一)`.
 * - Quotes → Chinese curly quotes: `「『〝﹁｢„‟` → `“` and `」』〞〟﹂｣` → `”`; a straight `"` (or `＂`)
 *   alternates `“`/`”` within a line. Single quotes are left alone.
 * - Half-width `､｡` → `、。`.
 * - ASCII `,:;!?` next to Chinese (a Han character or full-width punctuation, looking past spaces on
 *   either side) → `，：；！？`; a run of them is folded as one (`相适应,,把` → `相适应，，把`).
 *   Elsewhere they stay ASCII: `10:19:00`, `http://`, `1,000`.
 * - Repeated `，` (spaces between allowed) collapse to one: `相适应，，把` → `相适应，把`.
 * - Whitespace (space, tab, NBSP, U+3000 ideographic space, …): dropped at the start and end of a
 *   line and next to Chinese; elsewhere a run becomes one ASCII space mapped to the whole run.
 * - Line breaks stay: exactly one `\n` per original line break, blank lines included.
 */

import { isWide } from './charClass';
import { type CodePoints, KIND_BREAK, KIND_OTHER, KIND_SPACE } from './codePoints';
import type { OffsetMap } from '../types';

const FULLWIDTH_COMMA = 0xff0c;
const OPEN_QUOTE = 0x201c;
const CLOSE_QUOTE = 0x201d;
const SPACE = 0x20;
const STRAIGHT_QUOTE = 0x22;

/** ASCII `,:;!?` → their full-width forms, used only in Chinese context. */
const TO_FULLWIDTH_PUNCT = new Map<number, number>([
  [0x2c, 0xff0c],
  [0x3a, 0xff1a],
  [0x3b, 0xff1b],
  [0x21, 0xff01],
  [0x3f, 0xff1f],
]);
const KEPT_FULLWIDTH = new Set([0xff0c, 0xff1a, 0xff1b, 0xff01, 0xff1f]);

/** Context-free folds of one code point (quotes, widths). Straight quotes are handled by the caller. */
function foldOne(cp: number): number {
  if (cp >= 0xff01 && cp <= 0xff5e) {
    if (KEPT_FULLWIDTH.has(cp)) return cp;
    return cp - 0xfee0;
  }
  switch (cp) {
    case 0x300c: // 「
    case 0x300e: // 『
    case 0x301d: // 〝
    case 0xfe41: // ﹁
    case 0xff62: // ｢
    case 0x201e: // „
    case 0x201f: // ‟
      return OPEN_QUOTE;
    case 0x300d: // 」
    case 0x300f: // 』
    case 0x301e: // 〞
    case 0x301f: // 〟
    case 0xfe42: // ﹂
    case 0xff63: // ｣
      return CLOSE_QUOTE;
    case 0xff64: // ､
      return 0x3001;
    case 0xff61: // ｡
      return 0x3002;
    default:
      return cp;
  }
}

/** Folds every non-space code point of `buf` in place: widths and quotes, then ASCII punctuation runs. */
export function foldInPlace(buf: CodePoints): void {
  const { cp, kind, length } = buf;
  let quoteOpen = false;
  for (let i = 0; i < length; i++) {
    const k = kind[i]!;
    if (k === KIND_BREAK) quoteOpen = false;
    if (k !== KIND_OTHER) continue; // Han, spaces and breaks have nothing to fold
    const folded = foldOne(cp[i]!);
    if (folded === STRAIGHT_QUOTE) {
      cp[i] = quoteOpen ? CLOSE_QUOTE : OPEN_QUOTE;
      quoteOpen = !quoteOpen;
    } else cp[i] = folded;
  }
  foldAsciiPunctuation(buf);
}

/** A run of ASCII `,:;!?` (spaces allowed inside) becomes full width when Chinese sits on either side. */
function foldAsciiPunctuation(buf: CodePoints): void {
  const { cp, kind, length } = buf;
  let i = 0;
  while (i < length) {
    if (kind[i] !== KIND_OTHER || !TO_FULLWIDTH_PUNCT.has(cp[i]!)) {
      i++;
      continue;
    }
    let end = i + 1; // one past the last punctuation mark of the run
    for (let j = end; j < length; j++) {
      if (kind[j] === KIND_SPACE) continue;
      if (kind[j] !== KIND_OTHER || !TO_FULLWIDTH_PUNCT.has(cp[j]!)) break;
      end = j + 1;
    }
    if (isWideNeighbour(buf, i - 1, -1) || isWideNeighbour(buf, end, 1)) {
      for (let j = i; j < end; j++) {
        const full = TO_FULLWIDTH_PUNCT.get(cp[j]!);
        if (full !== undefined && kind[j] === KIND_OTHER) cp[j] = full;
      }
    }
    i = end;
  }
}

/** Whether the first non-space entry from `i` in direction `step`, on the same line, is Chinese. */
function isWideNeighbour(buf: CodePoints, i: number, step: 1 | -1): boolean {
  for (let j = i; j >= 0 && j < buf.length; j += step) {
    const k = buf.kind[j]!;
    if (k === KIND_SPACE) continue;
    if (k === KIND_BREAK) return false;
    return isWide(buf.cp[j]!);
  }
  return false;
}

export interface Emitted {
  normalized: string;
  map: OffsetMap;
}

/** Writes the folded code points as UTF-16, dropping and collapsing whitespace and repeated `，`. */
export function emit(buf: CodePoints): Emitted {
  const { cp, kind, start, end, length } = buf;
  // A BMP character can become astral under T→S (`㗲`→`𠵾`): up to two units per entry.
  const capacity = 2 * length;
  const units = new Uint16Array(capacity);
  const normStart = new Int32Array(capacity);
  const normEnd = new Int32Array(capacity);
  let n = 0;
  let last = -1; // last code point written on the current line, -1 at the start of a line

  for (let i = 0; i < length;) {
    const k = kind[i]!;
    if (k === KIND_SPACE) {
      let runEnd = i + 1;
      while (runEnd < length && kind[runEnd] === KIND_SPACE) runEnd++;
      const following = runEnd < length && kind[runEnd] !== KIND_BREAK ? cp[runEnd]! : -1;
      if (last !== -1 && following !== -1 && !isWide(last) && !isWide(following)) {
        units[n] = SPACE;
        normStart[n] = start[i]!;
        normEnd[n] = end[runEnd - 1]!;
        n++;
        last = SPACE;
      }
      i = runEnd;
      continue;
    }
    const value = cp[i]!;
    if (value === FULLWIDTH_COMMA && last === FULLWIDTH_COMMA) {
      i++;
      continue;
    }
    if (value > 0xffff) {
      // Both halves of a surrogate pair map to the same original span.
      units[n] = 0xd800 + ((value - 0x10000) >> 10);
      units[n + 1] = 0xdc00 + ((value - 0x10000) & 0x3ff);
      normStart[n] = normStart[n + 1] = start[i]!;
      normEnd[n] = normEnd[n + 1] = end[i]!;
      n += 2;
    } else {
      // A lone low half right after a lone high half (something dropped between them, a control
      // character) would read as one astral character the original never had: it becomes U+FFFD.
      const joins =
        value >= 0xdc00 && value <= 0xdfff && n > 0 && units[n - 1]! >= 0xd800 && units[n - 1]! <= 0xdbff;
      units[n] = joins ? 0xfffd : value;
      normStart[n] = start[i]!;
      normEnd[n] = end[i]!;
      n++;
    }
    last = k === KIND_BREAK ? -1 : value;
    i++;
  }

  return {
    normalized: unitsToString(units, n),
    map: { normStart: normStart.slice(0, n), normEnd: normEnd.slice(0, n) },
  };
}

const CHUNK = 8192;

function unitsToString(units: Uint16Array, n: number): string {
  let out = '';
  for (let i = 0; i < n; i += CHUNK) {
    // `apply` reads the typed array by index; spreading it walked its iterator (see codePointsToString).
    out += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  }
  return out;
}
