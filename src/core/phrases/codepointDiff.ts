/**
 * diff-match-patch over code points, returning the equal runs.
 *
 * diff-match-patch compares UTF-16 units, so a diff over raw strings could match the high half of
 * `𠀀` with the high half of `𪚥` and cut a character in two. Like its own `linesToChars` trick, each
 * distinct code point is first given one UTF-16 unit of its own (1, 2, 3…, skipping the surrogate
 * block), the diff runs on those units, and the runs come back as code-point indices. BMP code points
 * find their unit in a typed table, the astral ones in a map: a map for all of them, and a string
 * joined from one-unit pieces, were most of the encoding's cost.
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
  const [textA, textB] = encode(a, b);

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

/** Units 1..0xD7FF then 0xE000..0xFFFF: 63,487 distinct code points per call, far above any chunk. */
const MAX_DISTINCT = 0xd7ff + 0x2000;

/** The unit of each BMP code point during one `encode` (0: none yet); all zeros between calls. */
const bmpUnits = new Uint16Array(0x10000);

/** Reads UTF-16LE: no surrogate reaches it, and a leading U+FEFF is kept, so every unit comes back as itself. */
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** `a` and `b` as strings of one unit per code point, the units given in order of first appearance. */
function encode(a: Int32Array, b: Int32Array): [string, string] {
  let astral: Map<number, number> | undefined;
  let next = 1;
  const unitsOf = (codes: Int32Array): string => {
    const out = new Uint16Array(codes.length);
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      let unit = code <= 0xffff ? bmpUnits[code]! : (astral?.get(code) ?? 0);
      if (unit === 0) {
        // Unreachable for bounded chunks; said plainly rather than diffing mis-encoded text.
        if (next > MAX_DISTINCT) throw new Error('codepointEqualRuns: too many distinct characters');
        unit = next <= 0xd7ff ? next : next - 0xd7ff + 0xdfff;
        next++;
        if (code <= 0xffff) bmpUnits[code] = unit;
        else (astral ??= new Map()).set(code, unit);
      }
      out[i] = unit;
    }
    return utf16.decode(out);
  };
  try {
    return [unitsOf(a), unitsOf(b)];
  } finally {
    for (const codes of [a, b]) for (const code of codes) if (code <= 0xffff) bmpUnits[code] = 0;
  }
}
