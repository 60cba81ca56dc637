/**
 * Content similarity of sections: cosine of tf-idf weighted Han character bigrams.
 *
 * Units: a bigram is two consecutive Han characters of the projection (punctuation between them is
 * already gone), tf is dampened as 1 + ln(count), idf is ln(1 + N / df) over the N sections of BOTH
 * reports, so bigrams every section has (统战, 工作) weigh little and the words that make a task its
 * own (知识分子, 民族宗教) weigh most. The score is in 0..1: 1 for identical bigram profiles, 0 for
 * no shared bigram.
 *
 * Example: `做好民主党派工作` and `支持民主党派工作` share 民主, 主党, 党派, 派工, 工作 out of seven
 * bigrams each; unweighted that is a cosine of 5/7 ≈ 0.71.
 */

import type { HanProjection } from '../phrases/projection';

/** Sparse unit vector: bigram key → weight. */
export type SparseVector = Map<number, number>;

/** Distinct code points fit under 0x110000, so `first * 0x110000 + second` is exact in a double. */
const PLANE = 0x110000;

/** Raw bigram counts of the projection's spans. */
export function bigramCounts(projection: HanProjection, span: number): Map<number, number> {
  const counts = new Map<number, number>();
  const start = projection.spanStart[span]!;
  const end = projection.spanStart[span + 1]!;
  for (let i = start; i + 1 < end; i++) {
    const key = projection.codes[i]! * PLANE + projection.codes[i + 1]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Turns raw counts of every section (both reports) into tf-idf unit vectors. */
export function tfidfVectors(counts: readonly Map<number, number>[]): SparseVector[] {
  const documentFrequency = new Map<number, number>();
  for (const c of counts)
    for (const key of c.keys()) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  const n = counts.length;
  return counts.map((c) => {
    const vector: SparseVector = new Map();
    let norm = 0;
    for (const [key, count] of c) {
      const weight = (1 + Math.log(count)) * Math.log(1 + n / documentFrequency.get(key)!);
      vector.set(key, weight);
      norm += weight * weight;
    }
    if (norm > 0) {
      const scale = 1 / Math.sqrt(norm);
      for (const [key, weight] of vector) vector.set(key, weight * scale);
    }
    return vector;
  });
}

export function cosine(x: SparseVector, y: SparseVector): number {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let dot = 0;
  for (const [key, weight] of small) {
    const other = large.get(key);
    if (other !== undefined) dot += weight * other;
  }
  // Rounding can push a unit-vector dot product a hair past 1.
  return Math.min(1, Math.max(0, dot));
}

/** Sum of unit vectors, renormalized: the profile of two sections read as one. */
export function combine(vectors: readonly SparseVector[]): SparseVector {
  const sum: SparseVector = new Map();
  for (const v of vectors) for (const [key, weight] of v) sum.set(key, (sum.get(key) ?? 0) + weight);
  let norm = 0;
  for (const weight of sum.values()) norm += weight * weight;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (const [key, weight] of sum) sum.set(key, weight * scale);
  return sum;
}

/** Cosine of two dense count vectors (0 when either is all zeros). */
export function denseCosine(x: readonly number[], y: readonly number[]): number {
  let dot = 0;
  let xx = 0;
  let yy = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i] ?? 0;
    const b = y[i] ?? 0;
    dot += a * b;
    xx += a * a;
    yy += b * b;
  }
  return xx > 0 && yy > 0 ? Math.min(1, dot / Math.sqrt(xx * yy)) : 0;
}

/** Element-wise sum of dense vectors. */
export function sumDense(vectors: readonly (readonly number[])[]): number[] {
  const out: number[] = [];
  for (const v of vectors) v.forEach((x, i) => (out[i] = (out[i] ?? 0) + x));
  return out;
}
