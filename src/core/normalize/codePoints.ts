/**
 * The working form of the normalizer between its passes: the text as a list of code points, each
 * remembering the original span it came from. Passes rewrite `cp` in place or drop entries; they never
 * lose the spans, which is what makes the final offset map exact.
 *
 * Example: original `戰(zhàn)線\r\n` becomes, after scanning,
 *   cp    = [戰, 線, \n]        kind  = [HAN, HAN, BREAK]
 *   start = [0, 7, 8]          end   = [1, 8, 10]
 * (the gloss at 1..7 is gone; `\r\n` is one line break spanning two units).
 */

export const KIND_OTHER = 0;
export const KIND_HAN = 1;
export const KIND_SPACE = 2;
export const KIND_BREAK = 3;

export interface CodePoints {
  /** Code point values; a lone surrogate is kept as its own value (0xD800–0xDFFF). */
  cp: Int32Array;
  /** KIND_* of each entry, fixed by the scanner (T→S keeps Han as Han). */
  kind: Uint8Array;
  /** Original span of each entry, UTF-16 offsets, half-open. */
  start: Int32Array;
  end: Int32Array;
  length: number;
}

export function allocateCodePoints(capacity: number): CodePoints {
  return {
    cp: new Int32Array(capacity),
    kind: new Uint8Array(capacity),
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    length: 0,
  };
}

export function pushCodePoint(buf: CodePoints, cp: number, kind: number, start: number, end: number): void {
  const i = buf.length;
  buf.cp[i] = cp;
  buf.kind[i] = kind;
  buf.start[i] = start;
  buf.end[i] = end;
  buf.length = i + 1;
}

// String.fromCodePoint takes its arguments on the stack: feed it bounded chunks.
const CHUNK = 4096;

/** The string of entries `from`..`to` (exclusive). Lone surrogates come back as lone surrogates. */
export function codePointsToString(cps: Int32Array, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i += CHUNK) {
    // `apply` reads the typed array by index; spreading it walked its iterator, four times slower.
    out += String.fromCodePoint.apply(null, cps.subarray(i, Math.min(to, i + CHUNK)) as unknown as number[]);
  }
  return out;
}
