/**
 * How much of each report is shared phrasing: the numbers behind `ComparisonStats`.
 *
 * `share` counts Han characters of the body (the projection) inside some shared phrase, over all Han
 * characters of the body; `covered` counts UTF-16 units of the original inside the union of phrase
 * ranges (punctuation and glosses between a phrase's first and last character included).
 *
 * Example: body `统一思想，凝聚共识。其他` (10 Han characters) with one phrase over
 * `统一思想，凝聚共识`: share = 8 / 10 = 0.8, covered = 9 units.
 */

import { firstIndexWhere } from '../sorted';
import type { PhraseCoverage, Range } from '../types';
import type { HanProjection } from './projection';

/** 1 for each Han character of the projection that some match covers. */
export function coveredMask(length: number, runs: readonly { start: number; length: number }[]): Uint8Array {
  const mask = new Uint8Array(length);
  for (const run of runs) mask.fill(1, run.start, run.start + run.length);
  return mask;
}

/** Sorted, disjoint union of ranges. */
export function unionRanges(ranges: readonly Range[]): Range[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((x, y) => x.start - y.start);
  const out: Range[] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else out.push({ ...range });
  }
  return out;
}

/** UTF-16 units of `union` (sorted, disjoint) inside `within` (any ranges). */
function unitsWithin(union: readonly Range[], within: readonly Range[]): number {
  let total = 0;
  for (const w of within) {
    // From the first range ending after w.start (the union is sorted and disjoint).
    for (let at = firstIndexWhere(union.length, (i) => union[i]!.end > w.start); at < union.length; at++) {
      const r = union[at]!;
      if (r.start >= w.end) break;
      total += Math.max(0, Math.min(r.end, w.end) - Math.max(r.start, w.start));
    }
  }
  return total;
}

/**
 * Coverage of the whole body (`spans` = undefined) or of the given spans (projection span indices
 * and their original ranges), e.g. the sections of one pair.
 */
export function phraseCoverage(
  projection: HanProjection,
  mask: Uint8Array,
  union: readonly Range[],
  spans?: { indices: readonly number[]; ranges: readonly Range[] },
): PhraseCoverage {
  let han = 0;
  let shared = 0;
  const count = (from: number, to: number) => {
    han += to - from;
    for (let i = from; i < to; i++) shared += mask[i]!;
  };
  let covered: number;
  if (spans) {
    for (const s of spans.indices) count(projection.spanStart[s]!, projection.spanStart[s + 1]!);
    covered = unitsWithin(union, spans.ranges);
  } else {
    count(0, projection.length);
    covered = union.reduce((sum, r) => sum + r.end - r.start, 0);
  }
  return { covered, share: han > 0 ? shared / han : 0 };
}
