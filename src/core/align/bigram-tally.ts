/**
 * Bigram counts of many sections at once: each section's distinct bigrams, ascending, with how often it
 * has each and in how many sections each occurs (its document frequency), for the tf-idf vectors of
 * `./similarity`.
 *
 * A bigram is two consecutive character ids (dense ids, `0..base-1`), keyed `first × base + second`.
 * Every bigram occurrence of every section is sorted in two stable counting passes (by second id, then
 * by first id: a radix sort), so equal keys come out together with their sections in ascending order,
 * and one walk gives the counts, the frequencies and each section's keys in order. Linear in the
 * number of bigrams plus `base`; it replaced a comparison sort per section and one more over every
 * section's keys to count frequencies, which were most of the align stage's index on two provincial
 * reports (`npm run bench:provincial`).
 *
 * Example: sections `ABAB` and `BAB` with ids A = 0, B = 1 (base 2, so AB = 1, BA = 2):
 *   sections[0]: keys [1, 2], counts [2, 1], frequencies [2, 2], ranks [0, 1]
 *   sections[1]: keys [1, 2], counts [1, 1], frequencies [2, 2], ranks [0, 1]
 *   distinct 2; frequency(1) = 2, frequency(3) = 0 (BB: no section has it)
 */

import { firstIndexWhere } from '../sorted';

/** One section's distinct bigrams: parallel arrays, `keys` ascending. */
export interface SectionBigrams {
  keys: Float64Array;
  /** Occurrences of each key in this section (≥ 1). */
  counts: Int32Array;
  /** Sections (of all those tallied) that have each key (≥ 1). */
  frequencies: Int32Array;
  /**
   * Each key's place among the distinct keys of all sections, ascending (0 .. `distinct` − 1): a dense
   * id in the keys' order, so a vector keyed by it can be laid out in a flat array (`./row-cosine`).
   */
  ranks: Int32Array;
}

export interface BigramTally {
  sections: SectionBigrams[];
  /** Distinct keys over all sections. */
  distinct: number;
  /** Sections that have a key, 0 when none has it. */
  frequency(key: number): number;
}

/** `sequences`: each section's character ids, every id below `base`. */
export function tallyBigrams(sequences: readonly Int32Array[], base: number): BigramTally {
  const offsets = new Int32Array(sequences.length + 1);
  sequences.forEach((ids, s) => (offsets[s + 1] = offsets[s]! + Math.max(0, ids.length - 1)));
  const { keys: sortedKeys, sections: sortedSections } = sortOccurrences(sequences, base, offsets);
  const total = sortedKeys.length;

  const keys = new Float64Array(total);
  const counts = new Int32Array(total);
  const frequencies = new Int32Array(total);
  const ranks = new Int32Array(total);
  const cursor = offsets.slice(0, sequences.length);
  const allKeys = new Float64Array(total);
  const allFrequencies = new Int32Array(total);
  let distinct = 0;
  for (let g = 0; g < total;) {
    const key = sortedKeys[g]!;
    let end = g + 1;
    let df = 1;
    for (; end < total && sortedKeys[end] === key; end++)
      if (sortedSections[end] !== sortedSections[end - 1]) df++;
    for (let i = g; i < end;) {
      const s = sortedSections[i]!;
      let j = i + 1;
      while (j < end && sortedSections[j] === s) j++;
      const at = cursor[s]!++;
      keys[at] = key;
      counts[at] = j - i;
      frequencies[at] = df;
      ranks[at] = distinct;
      i = j;
    }
    allKeys[distinct] = key;
    allFrequencies[distinct++] = df;
    g = end;
  }
  const sections = sequences.map((_, s) => {
    const from = offsets[s]!;
    const to = cursor[s]!;
    return {
      keys: keys.subarray(from, to),
      counts: counts.subarray(from, to),
      frequencies: frequencies.subarray(from, to),
      ranks: ranks.subarray(from, to),
    };
  });
  return { sections, distinct, frequency: (key) => lookup(allKeys, allFrequencies, distinct, key) };
}

/**
 * Every bigram occurrence's key and section, sorted by key, each key's in section order: counting sort
 * by the second id, then (stable) by the first, each pass carrying what the next one needs.
 */
function sortOccurrences(
  sequences: readonly Int32Array[],
  base: number,
  offsets: Int32Array,
): { keys: Float64Array; sections: Int32Array } {
  const total = offsets[sequences.length]!;
  const start = new Int32Array(base + 1);
  for (const ids of sequences) for (let i = 1; i < ids.length; i++) start[ids[i]! + 1]!++;
  for (let v = 0; v < base; v++) start[v + 1]! += start[v]!;
  const firstBySecond = new Int32Array(total);
  const secondBySecond = new Int32Array(total);
  const sectionBySecond = new Int32Array(total);
  sequences.forEach((ids, s) => {
    for (let i = 1; i < ids.length; i++) {
      const at = start[ids[i]!]!++;
      firstBySecond[at] = ids[i - 1]!;
      secondBySecond[at] = ids[i]!;
      sectionBySecond[at] = s;
    }
  });
  start.fill(0);
  for (let i = 0; i < total; i++) start[firstBySecond[i]! + 1]!++;
  for (let v = 0; v < base; v++) start[v + 1]! += start[v]!;
  const keys = new Float64Array(total);
  const sections = new Int32Array(total);
  for (let i = 0; i < total; i++) {
    const first = firstBySecond[i]!;
    const at = start[first]!++;
    keys[at] = first * base + secondBySecond[i]!;
    sections[at] = sectionBySecond[i]!;
  }
  return { keys, sections };
}

/** The frequency stored for `key` among the first `size` of `keys` (ascending), 0 when absent. */
function lookup(keys: Float64Array, frequencies: Int32Array, size: number, key: number): number {
  const at = firstIndexWhere(size, (i) => keys[i]! >= key);
  return at < size && keys[at] === key ? frequencies[at]! : 0;
}
