/**
 * Translating positions between the normalized text and the original through an `OffsetMap`
 * (described in src/core/types.ts). Example, original `戰(zhàn)線`, normalized `战线`:
 *   normStart = [0, 7], normEnd = [1, 8]
 *   toOriginalRange(map, 0, 2) → { start: 0, end: 8 }   (the gloss inside the span is included)
 *   toOriginalRange(map, 1, 1) → { start: 7, end: 7 }   (empty span: the position before `線`)
 *   toNormalizedIndex(map, 3)  → 1                      (offset 3 is inside the gloss: next unit is `线`)
 */

import { firstIndexWhere } from '../sorted';
import type { OffsetMap, Range } from '../types';

/**
 * The original span of the half-open normalized span `[normStart, normEnd)`: from the start of its
 * first unit's source to the end of its last unit's source. Out-of-range arguments are clamped. An
 * empty span maps to a zero-width range at the start of the next unit's source; at the very end of the
 * normalized text, at `originalLength` when given (so trailing dropped text belongs before it), else at
 * the end of the last unit's source.
 */
export function toOriginalRange(
  map: OffsetMap,
  normStart: number,
  normEnd: number,
  originalLength?: number,
): Range {
  const n = map.normStart.length;
  const from = clamp(normStart, 0, n);
  const to = clamp(normEnd, from, n);
  if (from === to) {
    const at = from < n ? map.normStart[from]! : (originalLength ?? (n > 0 ? map.normEnd[n - 1]! : 0));
    return { start: at, end: at };
  }
  return { start: map.normStart[from]!, end: map.normEnd[to - 1]! };
}

/**
 * The first normalized unit whose source starts at or after `originalOffset`, or the normalized length
 * if there is none (`normStart` is monotone non-decreasing, so a binary search finds it).
 */
export function toNormalizedIndex(map: OffsetMap, originalOffset: number): number {
  const starts = map.normStart;
  return firstIndexWhere(starts.length, (i) => starts[i]! >= originalOffset);
}

function clamp(value: number, min: number, max: number): number {
  if (!(value >= min)) return min; // also catches NaN
  return value > max ? max : Math.trunc(value);
}
