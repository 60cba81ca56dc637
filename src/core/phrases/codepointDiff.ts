/**
 * diff-match-patch over code points, returning the equal runs.
 *
 * diff-match-patch compares UTF-16 units, so a diff over raw strings could match the high half of
 * `𠀀` with the high half of `𪚥` and cut a character in two. Like its own `linesToChars` trick, each
 * distinct code point is first given one UTF-16 unit of its own (1, 2, 3…, skipping the surrogate
 * block), the diff runs on those units, and the runs come back as code-point indices.
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

/** Units 1..0xD7FF then 0xE000..0xFFFF: 63,487 distinct code points per call, far above any chunk. */
const MAX_DISTINCT = 0xd7ff + 0x2000;

/**
 * Equal runs between two code-point arrays, in order. `timeoutSeconds` is diff-match-patch's
 * `Diff_Timeout` (seconds; 0 = none). Callers keep inputs bounded (see `boundedDiff.ts`): with no
 * timeout the cost grows with the product of the lengths when the texts differ.
 */
export function codepointEqualRuns(a: Int32Array, b: Int32Array, timeoutSeconds: number): EqualRun[] {
  if (a.length === 0 || b.length === 0) return [];
  const units = new Map<number, string>();
  const encode = (codes: Int32Array): string | null => {
    const parts: string[] = [];
    for (const code of codes) {
      let unit = units.get(code);
      if (unit === undefined) {
        if (units.size >= MAX_DISTINCT) return null;
        const n = units.size + 1;
        unit = String.fromCharCode(n <= 0xd7ff ? n : n - 0xd7ff + 0xdfff);
        units.set(code, unit);
      }
      parts.push(unit);
    }
    return parts.join('');
  };
  const textA = encode(a);
  const textB = encode(b);
  // Unreachable for bounded chunks; said plainly rather than diffing mis-encoded text.
  if (textA === null || textB === null) throw new Error('codepointEqualRuns: too many distinct characters');

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
