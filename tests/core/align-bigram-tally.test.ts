/**
 * `tallyBigrams` (src/core/align/bigram-tally.ts): the radix-sorted counts against the plain
 * definition, a map of `first × base + second` per section, on labelled cases and random sequences.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tallyBigrams } from '../../src/core/align/bigram-tally';

/** The definition: per section a map key → count, frequencies counted over the sections' key sets. */
function naive(sequences: readonly number[][], base: number) {
  const perSection = sequences.map((ids) => {
    const counts = new Map<number, number>();
    for (let i = 0; i + 1 < ids.length; i++) {
      const key = ids[i]! * base + ids[i + 1]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  });
  const df = new Map<number, number>();
  for (const counts of perSection) for (const key of counts.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  return perSection.map((counts) => {
    const keys = [...counts.keys()].sort((a, b) => a - b);
    return { keys, counts: keys.map((k) => counts.get(k)!), frequencies: keys.map((k) => df.get(k)!) };
  });
}

/** The definition of ranks: each key's index among every section's distinct keys, ascending. */
function naiveRanks(sequences: readonly number[][], base: number) {
  const all = [...new Set(naive(sequences, base).flatMap((s) => s.keys))].sort((a, b) => a - b);
  return {
    distinct: all.length,
    ranks: naive(sequences, base).map((s) => s.keys.map((k) => all.indexOf(k))),
  };
}

const plain = (t: ReturnType<typeof tallyBigrams>) =>
  t.sections.map((s) => ({ keys: [...s.keys], counts: [...s.counts], frequencies: [...s.frequencies] }));

describe('tallyBigrams', () => {
  it('ABAB and BAB: AB twice and BA once in the first, each once in the second, both in two sections', () => {
    const t = tallyBigrams([Int32Array.of(0, 1, 0, 1), Int32Array.of(1, 0, 1)], 2);
    expect(plain(t)).toEqual([
      { keys: [1, 2], counts: [2, 1], frequencies: [2, 2] },
      { keys: [1, 2], counts: [1, 1], frequencies: [2, 2] },
    ]);
    expect(t.frequency(1)).toBe(2);
    expect(t.frequency(3)).toBe(0); // BB: in no section
    // AB and BA are the only keys: ranks 0 and 1 in both sections.
    expect(t.sections.map((s) => [...s.ranks])).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(t.distinct).toBe(2);
  });

  it('ranks number the keys of all sections together, ascending: AC, CA in one, AB in the other', () => {
    // A = 0, B = 1, C = 2, base 3: AB = 1, AC = 2, CA = 6; distinct keys 1, 2, 6 → ranks 0, 1, 2.
    const t = tallyBigrams([Int32Array.of(2, 0, 2), Int32Array.of(0, 1)], 3);
    expect(t.sections.map((s) => [...s.ranks])).toEqual([[1, 2], [0]]);
    expect(t.distinct).toBe(3);
  });

  it('sections of fewer than two characters have no bigrams and do not shift the others', () => {
    const t = tallyBigrams([Int32Array.of(), Int32Array.of(2), Int32Array.of(2, 0, 2, 0)], 3);
    expect(plain(t)).toEqual([
      { keys: [], counts: [], frequencies: [] },
      { keys: [], counts: [], frequencies: [] },
      // CA = 2·3 + 0 = 6 twice, AC = 0·3 + 2 = 2 once; each in this section only.
      { keys: [2, 6], counts: [1, 2], frequencies: [1, 1] },
    ]);
  });

  it('a bigram repeated inside one section counts once towards its frequency', () => {
    const t = tallyBigrams([Int32Array.of(0, 0, 0, 0), Int32Array.of(1, 0, 0)], 2);
    expect(plain(t)).toEqual([
      { keys: [0], counts: [3], frequencies: [2] },
      { keys: [0, 2], counts: [1, 1], frequencies: [2, 1] },
    ]);
  });

  it('matches the definition on random sections', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 12 })
          .chain((base) =>
            fc.tuple(
              fc.constant(base),
              fc.array(fc.array(fc.integer({ min: 0, max: base - 1 }), { maxLength: 40 }), { maxLength: 8 }),
            ),
          ),
        ([base, sequences]) => {
          const t = tallyBigrams(
            sequences.map((s) => Int32Array.from(s)),
            base,
          );
          const expected = naive(sequences, base);
          expect(plain(t)).toEqual(expected);
          const { distinct, ranks } = naiveRanks(sequences, base);
          expect(t.sections.map((s) => [...s.ranks])).toEqual(ranks);
          expect(t.distinct).toBe(distinct);
          for (let key = 0; key < base * base; key++) {
            const df = expected.filter((s) => s.keys.includes(key)).length;
            expect(t.frequency(key)).toBe(df);
          }
        },
      ),
    );
  });
});
