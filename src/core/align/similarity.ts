/**
 * Content similarity of sections: cosine of tf-idf weighted Han character bigrams.
 *
 * Units: a bigram is two consecutive Han characters of the projection (punctuation between them is
 * already gone), tf is dampened as 1 + ln(count), idf is ln(1 + N / df) over the N sections of BOTH
 * reports, so bigrams every section has (统战, 工作) weigh little and the words that make a task its
 * own (知识分子, 民族宗教) weigh most. The score is in 0..1: 1 for identical bigram profiles, 0 for
 * no shared bigram.
 *
 * Every bigram counts, but a vector STORES only the bigrams some other section also has: a bigram of
 * one section alone can never meet another, so it is kept as mass (`rest`, its share of the squared
 * length) and the cosine stays exact. (A cap of the 128 heaviest bigrams per section, the earlier
 * bound, kept exactly those of one section alone in a long section and dropped the ones it shares:
 * two provincial reports' items on domestic demand scored 0.05, and pair agreement on the labelled
 * corpus was 0.50; `npm run eval`.)
 *
 * Example: `做好民主党派工作` and `支持民主党派工作` share 民主, 主党, 党派, 派工, 工作 out of seven
 * bigrams each; unweighted that is a cosine of 5/7 ≈ 0.71.
 */

import type { HanProjection } from '../phrases/projection';
import { BigramCorpus, type SectionTally } from './bigram-corpus';

/**
 * Sparse unit vector, keys ascending: bigram id → weight. Sorted typed arrays rather than a Map so
 * that a cosine is one merge walk with no hashing (the align stage computes thousands of them). In the
 * vectors of `bigramIndex` a bigram's id is its rank in the corpus (`./bigram-corpus`: dense, below
 * `bigrams`; in the order of the bigrams' keys), so a vector can be laid out in a flat array
 * (`./row-cosine`).
 * `rest` is the squared length of the weights not stored (bigrams no other section has), so the
 * stored weights' squares plus `rest` make 1.
 *
 * Example: weights 3 (shared) and 4 (this section's own) → keys [shared], weights [0.6], rest 0.64.
 */
export interface SparseVector {
  keys: Float64Array;
  weights: Float64Array;
  rest: number;
}

/** One section: a span of a projection. */
export interface SectionRef {
  projection: HanProjection;
  span: number;
}

/** One section of a corpus text (`./bigram-corpus`): positions `from` .. `to` − 1 of text `text`. */
export interface CorpusSection {
  text: number;
  from: number;
  to: number;
}

/** tf-idf unit vectors of the given sections (idf over exactly these sections). */
export function bigramVectors(sections: readonly SectionRef[]): SparseVector[] {
  const projections = [...new Set(sections.map((s) => s.projection))];
  const corpus = new BigramCorpus(projections);
  return bigramIndex(
    corpus,
    sections.map(({ projection, span }) => ({
      text: projections.indexOf(projection),
      from: projection.spanStart[span]!,
      to: projection.spanStart[span + 1]!,
    })),
  ).vectors;
}

/**
 * The vectors of the given sections of `corpus`, and the idf of a bigram of two code points over these
 * sections (0 when no section has it), so a caller can rank shared terms by how rare they are
 * (`./reasons`). A vector's keys are the corpus's ranks of its bigrams.
 */
export function bigramIndex(
  corpus: BigramCorpus,
  sections: readonly CorpusSection[],
): {
  vectors: SparseVector[];
  /** Distinct bigrams of the corpus: every key of `vectors` is below it. */
  bigrams: number;
  idfOf(a: number, b: number): number;
} {
  const tallies = sections.map(({ text, from, to }) => corpus.tally(text, from, to));
  const frequencies = documentFrequencies(tallies, corpus.distinct);
  const n = sections.length;
  // idf by document frequency (1..n), computed once per frequency rather than once per key; 0 for 0.
  const idfByDf = new Float64Array(n + 1);
  for (let df = 1; df <= n; df++) idfByDf[df] = Math.log(1 + n / df);
  const idfOf = (a: number, b: number): number => {
    const rank = corpus.rankOf(a, b);
    return rank < 0 ? 0 : idfByDf[frequencies[rank]!]!;
  };
  // One pass a section over its bigrams (each a random read of `frequencies`): the bigrams no other
  // section has add to its mass (`rest`), the kept ones go to scratch arrays sized for the longest
  // tally, then are copied out at their size. Their squares are added to the mass after the pass, in
  // key order, the order `unit` adds them.
  let longest = 0;
  for (const { ranks } of tallies) longest = Math.max(longest, ranks.length);
  const keptKeys = new Float64Array(longest);
  const keptWeights = new Float64Array(longest);
  const vectors = tallies.map((tally) => {
    const { ranks } = tally;
    const tf = tfOf(tally);
    let alone = 0;
    let size = 0;
    for (let i = 0; i < ranks.length; i++) {
      const rank = ranks[i]!;
      const df = frequencies[rank]!;
      const w = tf[i]! * idfByDf[df]!;
      if (df < 2) alone += w * w;
      else {
        keptKeys[size] = rank;
        keptWeights[size++] = w;
      }
    }
    const keys = keptKeys.slice(0, size);
    const weights = keptWeights.slice(0, size);
    let norm = alone;
    for (let k = 0; k < size; k++) norm += weights[k]! * weights[k]!;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let k = 0; k < size; k++) weights[k]! *= scale;
    return { keys, weights, rest: alone * scale * scale };
  });
  return { vectors, bigrams: corpus.distinct, idfOf };
}

/** How many of the tallies hold each bigram, by rank (the document frequency of the idf). */
function documentFrequencies(tallies: readonly SectionTally[], distinct: number): Int32Array {
  const frequencies = new Int32Array(distinct);
  for (const { ranks } of tallies) for (let i = 0; i < ranks.length; i++) frequencies[ranks[i]!]!++;
  return frequencies;
}

/**
 * The dampened term frequency of each bigram of a section's tally, 1 + ln(count): a tally is kept
 * across the cuts of a comparison, so its logarithms are taken once, not once per cut.
 */
const tfs = new WeakMap<SectionTally, Float64Array>();

function tfOf(tally: SectionTally): Float64Array {
  let tf = tfs.get(tally);
  if (!tf) {
    const { counts } = tally;
    tf = new Float64Array(counts.length);
    // Most bigrams occur once in their section, and 1 + ln 1 is exactly 1.
    for (let i = 0; i < counts.length; i++) tf[i] = counts[i] === 1 ? 1 : 1 + Math.log(counts[i]!);
    tfs.set(tally, tf);
  }
  return tf;
}

/** `keys` (ascending) and their weights, with `rest` more squared weight not stored, scaled to unit length. */
function unit(keys: Float64Array, weights: Float64Array, rest: number): SparseVector {
  let norm = rest;
  for (let i = 0; i < weights.length; i++) norm += weights[i]! * weights[i]!;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  const out = new Float64Array(weights.length);
  for (let i = 0; i < weights.length; i++) out[i] = weights[i]! * scale;
  return { keys, weights: out, rest: rest * scale * scale };
}

export function cosine(x: SparseVector, y: SparseVector): number {
  // The arrays and lengths in locals: read through the vectors at every step, they were reloaded.
  const xKeys = x.keys;
  const yKeys = y.keys;
  const xWeights = x.weights;
  const yWeights = y.weights;
  const xLength = xKeys.length;
  const yLength = yKeys.length;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < xLength && j < yLength) {
    const a = xKeys[i]!;
    const b = yKeys[j]!;
    if (a === b) dot += xWeights[i++]! * yWeights[j++]!;
    else if (a < b) i++;
    else j++;
  }
  // Rounding can push a unit-vector dot product a hair past 1.
  return Math.min(1, Math.max(0, dot));
}

/**
 * Sum of unit vectors, renormalized: the profile of two sections read as one. The weights not stored
 * belong each to one section alone, so their squares add up. Each key's weights are added in the order
 * of `vectors` (the sums, to the last bit, of adding vector after vector), into a dense scratch array
 * indexed by key: a frame's profile sums dozens of sections, and walking the union once per section
 * (as a merge would) cost a fifth of the scoring at 100k characters. The keys are found by merging the
 * vectors' ascending key lists rather than by a map or a sort.
 */
export function combine(vectors: readonly SparseVector[]): SparseVector {
  if (vectors.length === 1) return vectors[0]!;
  const keys = unionOf(vectors.map((v) => v.keys));
  const dense = denseScratch(keys.length === 0 ? 0 : keys[keys.length - 1]! + 1);
  let rest = 0;
  for (const v of vectors) {
    for (let t = 0; t < v.keys.length; t++) dense[v.keys[t]!]! += v.weights[t]!;
    rest += v.rest;
  }
  const sums = new Float64Array(keys.length);
  for (let k = 0; k < keys.length; k++) {
    sums[k] = dense[keys[k]!]!;
    // Left as zeros for the next call.
    dense[keys[k]!] = 0;
  }
  return unit(keys, sums, rest);
}

/** `combine`'s sums by key, all zeros between calls; grown to the largest key seen (bigram ranks). */
let scratch = new Float64Array(0);

function denseScratch(size: number): Float64Array {
  if (scratch.length < size) scratch = new Float64Array(Math.max(size, 2 * scratch.length));
  return scratch;
}

/** Union of ascending lists without repeats, ascending: merged two by two, so each key is copied log₂ k times. */
function unionOf(lists: Float64Array[]): Float64Array {
  let level = lists;
  while (level.length > 1) {
    const next: Float64Array[] = [];
    for (let i = 0; i < level.length; i += 2)
      next.push(i + 1 < level.length ? merge(level[i]!, level[i + 1]!) : level[i]!);
    level = next;
  }
  return level[0] ?? new Float64Array(0);
}

/** Two ascending lists without repeats as one, a key in both kept once. */
function merge(x: Float64Array, y: Float64Array): Float64Array {
  const out = new Float64Array(x.length + y.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < x.length && j < y.length) {
    const a = x[i]!;
    const b = y[j]!;
    if (a <= b) {
      out[n++] = a;
      i++;
      if (a === b) j++;
    } else {
      out[n++] = b;
      j++;
    }
  }
  while (i < x.length) out[n++] = x[i++]!;
  while (j < y.length) out[n++] = y[j++]!;
  return out.subarray(0, n);
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

/**
 * Similarity of two headings (a section's first line, normalized, its enumeration marker left out):
 * the Dice coefficient of their sets of bigrams of Han characters and digits, 0..1. `十五五时期主要任务` and
 * `十五五时期经济社会发展的主要目标和战略举措` share 十五, 五五, 五时, 时期, 主要: 2·5 / (8 + 20) ≈ 0.36.
 */
export function headingSimilarity(a: string, b: string): number {
  const x = hanBigrams(a);
  const y = hanBigrams(b);
  if (x.length === 0 || y.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return (2 * shared) / (x.length + y.length);
}

const HEADING_CHAR = /[\p{Script=Han}\p{Nd}]/u;
/** Bigram sets of headings seen lately: a pool scores each heading against every heading of the other side. */
const headingCache = new Map<string, Float64Array>();
/** Entries kept before the cache starts over (a heading is at most a few dozen characters). */
const HEADING_CACHE_SIZE = 4096;
/** Above every code point: a bigram of code points a, b is the number a × CODE_SPACE + b. */
const CODE_SPACE = 0x110000;

/**
 * The set of bigrams of a heading's Han characters and digits (`2026年` counts: years set chapters
 * apart), as numbers ascending without repeats, so two sets meet in one merge walk (a pool compares
 * every heading with every heading of the other side; sets of strings were hashed at each step).
 */
function hanBigrams(s: string): Float64Array {
  const cached = headingCache.get(s);
  if (cached) return cached;
  const han = [...s].filter((c) => HEADING_CHAR.test(c)).map((c) => c.codePointAt(0)!);
  const all = new Float64Array(Math.max(0, han.length - 1));
  for (let i = 0; i + 1 < han.length; i++) all[i] = han[i]! * CODE_SPACE + han[i + 1]!;
  all.sort();
  let size = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[size++] = all[i]!;
  const out = all.slice(0, size);
  if (headingCache.size >= HEADING_CACHE_SIZE) headingCache.clear();
  headingCache.set(s, out);
  return out;
}
