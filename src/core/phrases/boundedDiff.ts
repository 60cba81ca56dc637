/**
 * Equal runs between two code-point arrays of any length, with every diff-match-patch call bounded.
 *
 * A plain diff costs up to (a + b)² when the texts differ, which is seconds at 10,000 characters and
 * minutes at 100,000. So, patience-diff style: k-grams that occur exactly once on each side are
 * anchors; the longest chain of anchors in the same order on both sides splits the texts into gaps,
 * and each gap is handled the same way (its own unique k-grams). A gap still longer than
 * `chunkLimit` with no anchor left is cut into proportional slices of at most `chunkLimit` code
 * points per side, so each diff_main call sees at most 2 × `chunkLimit` characters.
 *
 * Example: a = `…A…B…C…`, b = `…A…C…B…` with A, B, C unique 8-grams: the chain is A, B (or A, C),
 * the gaps between them are diffed separately, and the third anchor is left to the moved-text pass.
 */

import { firstIndexWhere } from '../sorted';
import { codepointEqualRuns, type EqualRun } from './codepointDiff';
import { buildKgramIndex, firstPosition, kgramHashes, sameRun } from './kgrams';
import { gatherCodes } from './projection';

export interface BoundedDiffOptions {
  /** diff-match-patch `Diff_Timeout` in seconds per call; 0 = none. */
  timeoutSeconds: number;
  /** Largest slice handed to one diff_main call, in code points per side. */
  chunkLimit: number;
  /** Length of anchor k-grams, in code points. */
  anchorLength: number;
  /**
   * Shortest run the caller keeps, in code points (0 = keep all). Before each diff_main call, the
   * characters of a slice that belong to no k-gram (k = this) found in the other slice are dropped:
   * no kept run can contain them, and a diff costs about (a + b) × (number of differences), so on
   * slices that share little this turns tens of milliseconds into a fraction of one. Runs glued
   * across a dropped stretch are split again.
   */
  keepLength: number;
}

export const DEFAULT_BOUNDED_DIFF: BoundedDiffOptions = {
  timeoutSeconds: 0,
  // The total diff cost grows like text length × chunkLimit. At 1,000 per side one call stays under
  // ~10 ms even on text that defeats the candidate filter (random text over two characters: about
  // 0.1 s per 10,000 characters), while real reports keep their shared runs inside one slice.
  chunkLimit: 1000,
  anchorLength: 8,
  keepLength: 0,
};

/** Half-open ranges `a[a0..a1)` and `b[b0..b1)` of the two inputs. */
interface Window {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/** What every step shares: the inputs, the settings, and the runs found so far. */
interface Context {
  a: Int32Array;
  b: Int32Array;
  options: BoundedDiffOptions;
  out: EqualRun[];
}

export function boundedEqualRuns(
  a: Int32Array,
  b: Int32Array,
  options: BoundedDiffOptions = DEFAULT_BOUNDED_DIFF,
): EqualRun[] {
  const context: Context = { a, b, options, out: [] };
  diffWindow(context, { a0: 0, a1: a.length, b0: 0, b1: b.length }, 0);
  return mergeAdjacent(context.out);
}

function diffWindow(context: Context, window: Window, depth: number): void {
  const { a, b, options, out } = context;
  let { a0, a1, b0, b1 } = window;
  // Common prefix and suffix first: identical texts never reach the anchor search.
  let prefix = 0;
  while (a0 + prefix < a1 && b0 + prefix < b1 && a[a0 + prefix] === b[b0 + prefix]) prefix++;
  if (prefix > 0) out.push({ a: a0, b: b0, length: prefix });
  a0 += prefix;
  b0 += prefix;
  let suffix = 0;
  while (a1 - suffix > a0 && b1 - suffix > b0 && a[a1 - suffix - 1] === b[b1 - suffix - 1]) suffix++;
  const tail: EqualRun | null = suffix > 0 ? { a: a1 - suffix, b: b1 - suffix, length: suffix } : null;
  a1 -= suffix;
  b1 -= suffix;

  if (a0 < a1 && b0 < b1) {
    const inner = { a0, a1, b0, b1 };
    if (a1 - a0 <= options.chunkLimit && b1 - b0 <= options.chunkLimit) {
      directDiff(context, inner);
    } else {
      // Depth only guards against a bug; each level strictly shrinks the window.
      const anchors = depth < 32 ? anchorChain(context, inner) : [];
      if (anchors.length === 0) slicedDiff(context, inner);
      let ca = a0;
      let cb = b0;
      for (const anchor of anchors) {
        diffWindow(context, { a0: ca, a1: anchor.a, b0: cb, b1: anchor.b }, depth + 1);
        out.push(anchor);
        ca = anchor.a + anchor.length;
        cb = anchor.b + anchor.length;
      }
      if (anchors.length > 0) diffWindow(context, { a0: ca, a1, b0: cb, b1 }, depth + 1);
    }
  }
  if (tail) out.push(tail);
}

function directDiff({ a, b, options, out }: Context, { a0, a1, b0, b1 }: Window): void {
  const sliceA = a.subarray(a0, a1);
  const sliceB = b.subarray(b0, b1);
  const k = options.keepLength;
  if (k <= 1) {
    for (const run of codepointEqualRuns(sliceA, sliceB, options.timeoutSeconds)) {
      out.push({ a: run.a + a0, b: run.b + b0, length: run.length });
    }
    return;
  }
  const keptA = keptPositions(sliceA, sliceB, k);
  const keptB = keptPositions(sliceB, sliceA, k);
  if (keptA.length === 0 || keptB.length === 0) return;
  const runs = codepointEqualRuns(
    gatherCodes(sliceA, keptA),
    gatherCodes(sliceB, keptB),
    options.timeoutSeconds,
  );
  for (const run of runs) {
    let start = 0;
    for (let t = 1; t <= run.length; t++) {
      const glued =
        t < run.length &&
        keptA[run.a + t] === keptA[run.a + t - 1]! + 1 &&
        keptB[run.b + t] === keptB[run.b + t - 1]! + 1;
      if (glued) continue;
      out.push({ a: keptA[run.a + start]! + a0, b: keptB[run.b + start]! + b0, length: t - start });
      start = t;
    }
  }
}

/** Positions of `x` inside some k-gram that also occurs in `y` (by hash; a collision keeps a few more). */
function keptPositions(x: Int32Array, y: Int32Array, k: number): Int32Array {
  const hashesX = kgramHashes(x, k);
  // The typed-array index rather than a Set: most 32-bit hashes are past the small-integer range, and a
  // Set boxed each one as a heap number.
  const inY = buildKgramIndex(kgramHashes(y, k));
  const out = new Int32Array(x.length);
  let n = 0;
  // A position is kept while the last k-gram found in y that starts at or before it still covers it:
  // one pass, where filling each found k-gram's positions wrote most of them k times.
  let coveredTo = 0;
  for (let i = 0; i < x.length; i++) {
    if (i < hashesX.length && firstPosition(inY, hashesX[i]!) >= 0) coveredTo = i + k;
    if (i < coveredTo) out[n++] = i;
  }
  return out.subarray(0, n);
}

/** No anchors: cut both sides into the same number of proportional slices and diff slice by slice. */
function slicedDiff(context: Context, { a0, a1, b0, b1 }: Window): void {
  const la = a1 - a0;
  const lb = b1 - b0;
  const slices = Math.ceil(Math.max(la, lb) / context.options.chunkLimit);
  for (let s = 0; s < slices; s++) {
    const slice = {
      a0: a0 + Math.floor((la * s) / slices),
      a1: a0 + Math.floor((la * (s + 1)) / slices),
      b0: b0 + Math.floor((lb * s) / slices),
      b1: b0 + Math.floor((lb * (s + 1)) / slices),
    };
    if (slice.a0 < slice.a1 && slice.b0 < slice.b1) directDiff(context, slice);
  }
}

/**
 * Unique-on-both-sides k-grams of the two ranges, reduced to the longest chain increasing on both
 * sides, with overlapping anchors on one diagonal merged and crossing ones dropped.
 */
function anchorChain({ a, b, options }: Context, { a0, a1, b0, b1 }: Window): EqualRun[] {
  const k = options.anchorLength;
  const sliceA = a.subarray(a0, a1);
  const sliceB = b.subarray(b0, b1);
  const hashesA = kgramHashes(sliceA, k);
  const hashesB = kgramHashes(sliceB, k);
  if (hashesA.length === 0 || hashesB.length === 0) return [];
  // Hash → ascending positions on each side, in typed arrays (a Map boxed most 32-bit hashes): a
  // k-gram is unique on a side when its first position there has no next.
  const indexA = buildKgramIndex(hashesA);
  const indexB = buildKgramIndex(hashesB);
  const pairs: { i: number; j: number }[] = [];
  hashesA.forEach((hash, i) => {
    if (indexA.next[i] !== -1 || firstPosition(indexA, hash) !== i) return;
    const j = firstPosition(indexB, hash);
    if (j < 0 || indexB.next[j] !== -1) return;
    if (sameRun(sliceA, i, sliceB, j, k)) pairs.push({ i, j });
  });
  if (pairs.length === 0) return [];

  const chain = longestIncreasing(pairs);
  const anchors: EqualRun[] = [];
  for (const { i, j } of chain) {
    const last = anchors[anchors.length - 1];
    const gi = i + a0;
    const gj = j + b0;
    if (last && gi - gj === last.a - last.b && gi <= last.a + last.length) {
      last.length = Math.max(last.length, gi + k - last.a);
    } else if (!last || (gi >= last.a + last.length && gj >= last.b + last.length)) {
      anchors.push({ a: gi, b: gj, length: k });
    }
  }
  return anchors;
}

/** Pairs sorted by `i` (as given) → the longest subsequence with increasing `j` (patience sorting). */
function longestIncreasing(pairs: { i: number; j: number }[]): { i: number; j: number }[] {
  const tails: number[] = []; // index into pairs of the smallest tail of each length
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach((pair, index) => {
    const lo = firstIndexWhere(tails.length, (t) => pairs[tails[t]!]!.j >= pair.j);
    if (lo > 0) previous[index] = tails[lo - 1]!;
    tails[lo] = index;
  });
  const chain: { i: number; j: number }[] = [];
  for (let at = tails[tails.length - 1] ?? -1; at >= 0; at = previous[at]!) chain.push(pairs[at]!);
  return chain.reverse();
}

/** Runs that touch on the same diagonal become one. */
function mergeAdjacent(runs: EqualRun[]): EqualRun[] {
  const merged: EqualRun[] = [];
  for (const run of runs) {
    if (run.length <= 0) continue;
    const last = merged[merged.length - 1];
    if (last && last.a + last.length === run.a && last.b + last.length === run.b) last.length += run.length;
    else merged.push({ ...run });
  }
  return merged;
}
