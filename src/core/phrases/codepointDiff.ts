/**
 * diff-match-patch over code points, returning the equal runs.
 *
 * diff-match-patch compares UTF-16 units, so a diff over raw strings could match the high half of
 * `𠀀` with the high half of `𪚥` and cut a character in two. Like its own `linesToChars` trick, each
 * distinct code point is first given one UTF-16 unit of its own, the diff runs on those units, and the
 * runs come back as code-point indices. A code point of the Basic Multilingual Plane is its own unit
 * (no table to look it up in: the diffs of two provincial reports encode ~100,000 code points); an
 * astral one, or a lone surrogate, gets a unit that neither array uses. The diff only ever asks whether
 * two units are equal, so any one-to-one encoding gives the same runs.
 *
 * Example: a = [把, 思, 想, 𠀀, 和], b = [思, 想, 𠀀, 和, 行]  →  [{ a: 1, b: 0, length: 4 }].
 */

import DiffMatchPatch from 'diff-match-patch';

/** A run of equal code points: `a[a..a+length)` equals `b[b..b+length)`. */
export interface EqualRun {
  a: number;
  b: number;
  length: number;
}

const DIFF_EQUAL = 0;
const DIFF_DELETE = -1;
const DIFF_INSERT = 1;

/**
 * Equal runs between two code-point arrays, in order. `timeoutSeconds` is diff-match-patch's
 * `Diff_Timeout` (seconds; 0 = none). Callers keep inputs bounded (see `boundedDiff.ts`): with no
 * timeout the cost grows with the product of the lengths when the texts differ.
 */
export function codepointEqualRuns(a: Int32Array, b: Int32Array, timeoutSeconds: number): EqualRun[] {
  if (a.length === 0 || b.length === 0) return [];
  const stand = standIns(a, b);
  const textA = asUnits(a, stand);
  const textB = asUnits(b, stand);

  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = timeoutSeconds;
  const diffs = dmp.diff_main(textA, textB, false);

  const runs: EqualRun[] = [];
  let i = 0;
  let j = 0;
  for (const [op, text] of diffs) {
    // One unit per code point, so lengths are code-point counts.
    if (op === DIFF_EQUAL) {
      runs.push({ a: i, b: j, length: text.length });
      i += text.length;
      j += text.length;
    } else if (op === DIFF_DELETE) i += text.length;
    else if (op === DIFF_INSERT) j += text.length;
  }
  return runs;
}

/** Whether a code point cannot be its own UTF-16 unit: astral, or a surrogate (a lone one in bad text). */
const needsStandIn = (code: number) => code > 0xffff || (code >= 0xd800 && code <= 0xdfff);

/**
 * A unit for each code point of `a` and `b` that cannot be its own (`needsStandIn`): BMP units outside
 * the surrogate block that neither array holds, in order of first appearance. Null when there is none
 * to stand in for (nearly always: the rare Han of the astral planes).
 */
function standIns(a: Int32Array, b: Int32Array): Map<number, number> | null {
  if (!a.some(needsStandIn) && !b.some(needsStandIn)) return null;
  const used = new Uint8Array(0x10000);
  for (const codes of [a, b]) for (const code of codes) if (code <= 0xffff) used[code] = 1;
  const stand = new Map<number, number>();
  let free = 1;
  for (const codes of [a, b]) {
    for (const code of codes) {
      if (!needsStandIn(code) || stand.has(code)) continue;
      while (free <= 0xffff && (used[free] === 1 || (free >= 0xd800 && free <= 0xdfff))) free++;
      // Unreachable for bounded chunks (63,000 distinct characters in one chunk); said plainly rather
      // than diffing mis-encoded text.
      if (free > 0xffff) throw new Error('codepointEqualRuns: too many distinct characters');
      stand.set(code, free++);
    }
  }
  return stand;
}

/** Reads UTF-16LE: no surrogate reaches it, and a leading U+FEFF is kept, so every unit comes back as itself. */
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

function asUnits(codes: Int32Array, stand: Map<number, number> | null): string {
  const units = new Uint16Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    units[i] = stand !== null && needsStandIn(code) ? stand.get(code)! : code;
  }
  return utf16.decode(units);
}
