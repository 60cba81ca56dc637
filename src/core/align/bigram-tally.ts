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
 *   sections[0]: keys [1, 2], counts [2, 1], frequencies [2, 2]
 *   sections[1]: keys [1, 2], counts [1, 1], frequencies [2, 2]
 *   frequency(1) = 2, frequency(3) = 0 (BB: no section has it)
 */

/** One section's distinct bigrams: parallel arrays, `keys` ascending. */
export interface SectionBigrams {
  keys: Float64Array;
  /** Occurrences of each key in this section (≥ 1). */
  counts: Int32Array;
  /** Sections (of all those tallied) that have each key (≥ 1). */
  frequencies: Int32Array;
}

export interface BigramTally {
  sections: SectionBigrams[];
  /** Sections that have a key, 0 when none has it. */
  frequency(key: number): number;
}

/** `sequences`: each section's character ids, every id below `base`. */
export function tallyBigrams(sequences: readonly Int32Array[], base: number): BigramTally {
  const offsets = new Int32Array(sequences.length + 1);
  sequences.forEach((ids, s) => (offsets[s + 1] = offsets[s]! + Math.max(0, ids.length - 1)));
  const total = offsets[sequences.length]!;
  const first = new Int32Array(total);
  const second = new Int32Array(total);
  const sectionOf = new Int32Array(total);
  sequences.forEach((ids, s) => {
    for (let i = 0, at = offsets[s]!; i + 1 < ids.length; i++, at++) {
      first[at] = ids[i]!;
      second[at] = ids[i + 1]!;
      sectionOf[at] = s;
    }
  });
  // Occurrences start in section order; both passes are stable, so each key's stay in section order.
  const bySecond = stableOrder(second, base, null);
  const order = stableOrder(first, base, bySecond);

  const keys = new Float64Array(total);
  const counts = new Int32Array(total);
  const frequencies = new Int32Array(total);
  const cursor = offsets.slice(0, sequences.length);
  const allKeys = new Float64Array(total);
  const allFrequencies = new Int32Array(total);
  let distinct = 0;
  for (let g = 0; g < total;) {
    const a = first[order[g]!]!;
    const b = second[order[g]!]!;
    let end = g + 1;
    while (end < total && first[order[end]!] === a && second[order[end]!] === b) end++;
    let df = 0;
    for (let i = g; i < end; i++) if (i === g || sectionOf[order[i]!] !== sectionOf[order[i - 1]!]) df++;
    const key = a * base + b;
    for (let i = g; i < end;) {
      const s = sectionOf[order[i]!]!;
      let j = i + 1;
      while (j < end && sectionOf[order[j]!] === s) j++;
      const at = cursor[s]!++;
      keys[at] = key;
      counts[at] = j - i;
      frequencies[at] = df;
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
    };
  });
  return { sections, frequency: (key) => lookup(allKeys, allFrequencies, distinct, key) };
}

/**
 * Indices of `values` (each in `0..base-1`) ordered by value, ties in their order in `within` (or in
 * index order when null): one counting-sort pass.
 */
function stableOrder(values: Int32Array, base: number, within: Int32Array | null): Int32Array {
  const start = new Int32Array(base + 1);
  for (let i = 0; i < values.length; i++) start[values[i]! + 1]!++;
  for (let v = 0; v < base; v++) start[v + 1]! += start[v]!;
  const out = new Int32Array(values.length);
  for (let k = 0; k < values.length; k++) {
    const i = within === null ? k : within[k]!;
    out[start[values[i]!]!++] = i;
  }
  return out;
}

/** The frequency stored for `key` among the first `size` of `keys` (ascending), 0 when absent. */
function lookup(keys: Float64Array, frequencies: Int32Array, size: number, key: number): number {
  let lo = 0;
  let hi = size - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid]!;
    if (k === key) return frequencies[mid]!;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
