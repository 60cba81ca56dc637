/**
 * The bigrams of whole texts, numbered once per comparison, so that every cut of the texts into
 * sections (compare() aligns up to five: the first cut, refine rounds, the stray round) reads its
 * tallies from them instead of counting every section again.
 *
 * A text is a run of Han code points (a `HanProjection`: its `codes`, with `norm`, each one's index in
 * the normalized text). A bigram is two consecutive code points of a text; its RANK is its place among
 * the distinct bigrams of all the texts, in the order of the key `first id × base + second id`, ids
 * being dense numbers of the code points in order of first appearance. A section is a half-open range
 * of positions of one text; its bigrams are those with both characters inside it.
 *
 * Example: texts `ABAB` and `BAB` (ids A = 0, B = 1; bigrams AB, BA; ranks AB 0, BA 1):
 *   rank at position 1, 2, 3 of text 0: 0, 1, 0 (AB, BA, AB); of text 1: 1, 0 (BA, AB)
 *   tally(0, 0, 4): ranks [0, 1], counts [2, 1];  tally(0, 1, 3): `BA` → ranks [1], counts [1]
 *   rankOf(A, B) = 0; rankOf(B, B) = −1 (no text has BB); distinct 2
 *
 * The ranks are found by one radix sort of every bigram occurrence (two counting passes, by second id
 * then by first), linear in the texts plus the number of distinct code points; a section's tally is
 * one pass over its positions and a sort of its distinct ranks, made once and kept (`tally`).
 */

import { firstAtLeast, firstIndexWhere } from '../sorted';

/** What the corpus reads of a text: the Han code points and where each stands in the normalized text. */
export interface HanText {
  codes: Int32Array;
  norm: Int32Array;
}

/** One section's distinct bigrams: parallel arrays, `ranks` ascending. */
export interface SectionTally {
  ranks: Int32Array;
  /** Occurrences of each bigram in the section (≥ 1). */
  counts: Int32Array;
}

export class BigramCorpus {
  /** Distinct bigrams of all the texts: every rank is below it. */
  readonly distinct: number;
  private readonly texts: readonly HanText[];
  /** Per text, the rank of the bigram ending at each position (position 0: −1, no bigram ends there). */
  private readonly rankAt: Int32Array[];
  /** Key (`first id × base + second id`) of each rank, ascending. */
  private readonly keys: Float64Array;
  private readonly ids: DenseIds;
  private readonly base: number;
  /** Scratch: occurrences of each rank in the section being tallied, zero between tallies. */
  private readonly seen: Int32Array;
  private readonly tallies = new Map<string, SectionTally>();
  /** Scratch for `tally`: the distinct ranks of the section being tallied, grown as needed. */
  private found = new Int32Array(0);

  constructor(texts: readonly HanText[]) {
    this.texts = texts;
    const ids = new DenseIds();
    const sequences = texts.map(({ codes }) => {
      const out = new Int32Array(codes.length);
      for (let i = 0; i < codes.length; i++) out[i] = ids.add(codes[i]!);
      return out;
    });
    this.ids = ids;
    this.base = Math.max(1, ids.size);
    const { rankAt, keys } = rankBigrams(sequences, this.base);
    this.rankAt = rankAt;
    this.keys = keys;
    this.distinct = keys.length;
    this.seen = new Int32Array(this.distinct);
  }

  /** Position in text `text` of the first Han character at or after normalized index `normIndex`. */
  positionOf(text: number, normIndex: number): number {
    const norm = this.texts[text]!.norm;
    return firstIndexWhere(norm.length, (i) => norm[i]! >= normIndex);
  }

  /** The rank of the bigram of code points `a`, `b`; −1 when no text has it. */
  rankOf(a: number, b: number): number {
    const x = this.ids.get(a);
    const y = this.ids.get(b);
    if (x < 0 || y < 0) return -1;
    const key = x * this.base + y;
    const at = firstAtLeast(this.keys, key);
    return at < this.distinct && this.keys[at] === key ? at : -1;
  }

  /** The bigrams of positions `from` .. `to` − 1 of text `text`, counted once and kept. */
  tally(text: number, from: number, to: number): SectionTally {
    const name = `${text}:${from}:${to}`;
    const kept = this.tallies.get(name);
    if (kept) return kept;
    const rankAt = this.rankAt[text]!;
    const seen = this.seen;
    // The distinct ranks into a typed scratch array (a section has at most `to − from − 1` bigrams),
    // then sorted in a copy of their size.
    const found = this.scratchFor(to - from);
    let size = 0;
    for (let p = from + 1; p < to; p++) {
      const rank = rankAt[p]!;
      if (seen[rank]!++ === 0) found[size++] = rank;
    }
    const ranks = found.slice(0, size).sort();
    const counts = new Int32Array(size);
    for (let i = 0; i < ranks.length; i++) {
      counts[i] = seen[ranks[i]!]!;
      seen[ranks[i]!] = 0;
    }
    const made = { ranks, counts };
    this.tallies.set(name, made);
    return made;
  }

  private scratchFor(size: number): Int32Array {
    if (this.found.length < size) this.found = new Int32Array(Math.max(size, 2 * this.found.length));
    return this.found;
  }
}

/**
 * Every bigram occurrence of every sequence ranked by its key: the sequences laid end to end, each
 * occurrence named by the position it ends at, counting sort by the second id, then (stable) by the
 * first, and one walk numbering the keys as they change.
 * One function a pass, each named for what it makes. (Split in the hope of fewer on-stack-replacement
 * bail-outs, which `node --trace-deopt` showed at each pass of the one long function: the passes still
 * bail out, and a provincial compare's instruction count did not move, 929 → 920 M within ±1.5 %.)
 */
function rankBigrams(
  sequences: readonly Int32Array[],
  base: number,
): { rankAt: Int32Array[]; keys: Float64Array } {
  const offsets = [0];
  for (const ids of sequences) offsets.push(offsets.at(-1)! + ids.length);
  const all = new Int32Array(offsets.at(-1)!);
  sequences.forEach((ids, s) => all.set(ids, offsets[s]!));
  const ends = bigramEnds(sequences, offsets);
  const bySecond = countingSort(ends, all, 0, base);
  const sorted = countingSort(bySecond, all, 1, base);
  const ranks = new Int32Array(all.length).fill(-1);
  const keys = numberKeys(sorted, all, base, ranks);
  const rankAt = sequences.map((_, s) => ranks.subarray(offsets[s]!, offsets[s + 1]!));
  return { rankAt, keys };
}

/**
 * Positions where a bigram ends: all but the first of each sequence, in a typed array (a plain one
 * grown by push held ~8 % of the ranking's profile samples at 100k characters a side).
 */
function bigramEnds(sequences: readonly Int32Array[], offsets: readonly number[]): Int32Array {
  let total = 0;
  for (const ids of sequences) total += Math.max(0, ids.length - 1);
  const ends = new Int32Array(total);
  let at = 0;
  for (let s = 0; s < sequences.length; s++) {
    const offset = offsets[s]!;
    const length = sequences[s]!.length;
    for (let i = 1; i < length; i++) ends[at++] = offset + i;
  }
  return ends;
}

/**
 * `ends` stably sorted by the id at `end − back` (0: the bigram's second character, 1: its first):
 * one counting pass and one placing pass over ids below `base`.
 */
function countingSort(ends: Int32Array, all: Int32Array, back: number, base: number): Int32Array {
  const total = ends.length;
  const start = new Int32Array(base + 1);
  for (let o = 0; o < total; o++) start[all[ends[o]! - back]! + 1]!++;
  for (let v = 0; v < base; v++) start[v + 1]! += start[v]!;
  const out = new Int32Array(total);
  for (let o = 0; o < total; o++) out[start[all[ends[o]! - back]!]!++] = ends[o]!;
  return out;
}

/** Walks the sorted occurrences: each key's rank into `ranks` (by end position); the distinct keys. */
function numberKeys(sorted: Int32Array, all: Int32Array, base: number, ranks: Int32Array): Float64Array {
  const total = sorted.length;
  const keys = new Float64Array(total);
  let distinct = 0;
  let last = -1;
  for (let o = 0; o < total; o++) {
    const end = sorted[o]!;
    const key = all[end - 1]! * base + all[end]!;
    if (key !== last) keys[distinct++] = last = key;
    ranks[end] = distinct - 1;
  }
  return keys.slice(0, distinct);
}

/**
 * Code points numbered 0, 1, 2, … in the order they are first added. The Basic Multilingual Plane (all
 * but the rarest Han) is looked up in a table, the rest in a map: a map for all of them was most of
 * the cost of numbering a provincial report's 40,000 characters.
 *
 * Example: add(统) → 0, add(战) → 1, add(统) → 0; get(工) → −1; size 2.
 */
class DenseIds {
  /** Id + 1 of each BMP code point, 0 when not added (256 KB, zeroed once per corpus). */
  private readonly bmp = new Int32Array(0x10000);
  private readonly astral = new Map<number, number>();
  size = 0;

  add(code: number): number {
    if (code < 0x10000) {
      const id = this.bmp[code]! - 1;
      if (id >= 0) return id;
      this.bmp[code] = this.size + 1;
      return this.size++;
    }
    const id = this.astral.get(code);
    if (id !== undefined) return id;
    this.astral.set(code, this.size);
    return this.size++;
  }

  /** The id of a code point added, −1 for one never added. */
  get(code: number): number {
    if (code >= 0 && code < 0x10000) return this.bmp[code]! - 1;
    return this.astral.get(code) ?? -1;
  }
}
