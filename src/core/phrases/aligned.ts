/**
 * Aligned phrases: equal runs of at least `minLength` Han characters found by diffing the Han
 * projections of each section pair.
 *
 * A pair with two sections on one side is diffed against their concatenation; a run that crosses
 * from one section into the next is split there when the two are not adjacent in the projection, so
 * every run is contiguous on both sides.
 *
 * Example: left section `要统一思想，凝聚共识，明确方向` paired with right `进一步统一思想、凝聚共识`
 * gives one run of the eight characters `统一思想凝聚共识`: { left: 1, right: 3, length: 8 } in
 * projection indices.
 */

import { boundedEqualRuns, type BoundedDiffOptions } from './boundedDiff';
import { gatherCodes, type HanProjection } from './projection';

/** A shared run in projection indices: left[left..left+length) equals right[right..right+length). */
export interface Match {
  left: number;
  right: number;
  length: number;
}

/** Sections paired by the align stage, as indices into each projection's spans. */
export interface SpanPair {
  left: number[];
  right: number[];
}

export function alignedMatches(
  left: HanProjection,
  right: HanProjection,
  pairs: readonly SpanPair[],
  minLength: number,
  diff: BoundedDiffOptions,
): Match[] {
  const matches: Match[] = [];
  for (const pair of pairs) {
    if (pair.left.length === 0 || pair.right.length === 0) continue;
    const leftIndices = spanIndices(left, pair.left);
    const rightIndices = spanIndices(right, pair.right);
    const runs = boundedEqualRuns(
      gatherCodes(left.codes, leftIndices),
      gatherCodes(right.codes, rightIndices),
      {
        ...diff,
        keepLength: minLength,
      },
    );
    for (const run of runs) {
      // Split where either side jumps between non-adjacent sections.
      let start = 0;
      for (let t = 1; t <= run.length; t++) {
        const broken =
          t === run.length ||
          leftIndices[run.a + t]! !== leftIndices[run.a + t - 1]! + 1 ||
          rightIndices[run.b + t]! !== rightIndices[run.b + t - 1]! + 1;
        if (!broken) continue;
        if (t - start >= minLength) {
          matches.push({
            left: leftIndices[run.a + start]!,
            right: rightIndices[run.b + start]!,
            length: t - start,
          });
        }
        start = t;
      }
    }
  }
  return matches;
}

/** Projection indices of the given spans, in span order. */
function spanIndices(projection: HanProjection, spans: readonly number[]): Int32Array {
  const ordered = [...spans].sort((x, y) => x - y);
  let total = 0;
  for (const s of ordered) total += projection.spanStart[s + 1]! - projection.spanStart[s]!;
  const out = new Int32Array(total);
  let at = 0;
  for (const s of ordered) {
    for (let i = projection.spanStart[s]!; i < projection.spanStart[s + 1]!; i++) out[at++] = i;
  }
  return out;
}
