/**
 * `BigramCorpus` (src/core/align/bigram-corpus.ts): ranks and section tallies against the plain
 * definition (a bigram is two consecutive code points of one text; its rank is its place among the
 * distinct bigrams of all texts in the order of `first id × base + second id`, ids by first
 * appearance), on labelled cases and random texts and sections.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BigramCorpus } from '../../src/core/align/bigram-corpus';

/** A text of code points, each at its own index of the normalized text. */
const textOf = (codes: readonly number[]) => ({
  codes: Int32Array.from(codes),
  norm: Int32Array.from(codes, (_, i) => i),
});
const A = 0x4e00; // 一
const B = 0x4e8c; // 二
const C = 0x4e09; // 三

const plain = (t: { ranks: Int32Array; counts: Int32Array }) => ({
  ranks: [...t.ranks],
  counts: [...t.counts],
});

describe('BigramCorpus', () => {
  it('ABAB and BAB: AB rank 0 and BA rank 1, counted per section', () => {
    const corpus = new BigramCorpus([textOf([A, B, A, B]), textOf([B, A, B])]);
    expect(corpus.distinct).toBe(2);
    expect(plain(corpus.tally(0, 0, 4))).toEqual({ ranks: [0, 1], counts: [2, 1] });
    expect(plain(corpus.tally(1, 0, 3))).toEqual({ ranks: [0, 1], counts: [1, 1] });
    // Positions 1 and 2 of ABAB hold B and A: the one bigram BA.
    expect(plain(corpus.tally(0, 1, 3))).toEqual({ ranks: [1], counts: [1] });
    expect(corpus.rankOf(A, B)).toBe(0);
    expect(corpus.rankOf(B, A)).toBe(1);
    expect(corpus.rankOf(B, B)).toBe(-1); // no text has BB
    expect(corpus.rankOf(C, A)).toBe(-1); // C is in no text
  });

  it('ranks follow first appearance of the characters, not their code points: CA before AC', () => {
    // Ids C = 0, A = 1 (C comes first), B = 2; keys CA = 0·3 + 1, AC = 1·3 + 0, AB = 1·3 + 2.
    const corpus = new BigramCorpus([textOf([C, A, C]), textOf([A, B])]);
    expect([corpus.rankOf(C, A), corpus.rankOf(A, C), corpus.rankOf(A, B)]).toEqual([0, 1, 2]);
  });

  it('a section of fewer than two characters has no bigram; a bigram across texts is none', () => {
    const corpus = new BigramCorpus([textOf([A]), textOf([B, A])]);
    expect(corpus.distinct).toBe(1); // only BA: A of text 0 and B of text 1 never meet
    expect(plain(corpus.tally(0, 0, 1))).toEqual({ ranks: [], counts: [] });
    expect(plain(corpus.tally(1, 1, 1))).toEqual({ ranks: [], counts: [] });
  });

  it('positionOf finds a character by its index in the normalized text', () => {
    // 一，二三: Han characters at normalized 0, 2, 3.
    const corpus = new BigramCorpus([{ codes: Int32Array.of(A, B, C), norm: Int32Array.of(0, 2, 3) }]);
    expect([0, 1, 2, 3, 4].map((n) => corpus.positionOf(0, n))).toEqual([0, 1, 1, 2, 3]);
  });

  it('a tally asked twice is the same object (kept for the next cut)', () => {
    const corpus = new BigramCorpus([textOf([A, B, C])]);
    expect(corpus.tally(0, 0, 3)).toBe(corpus.tally(0, 0, 3));
  });

  it('matches the definition on random texts and sections', () => {
    const code = fc.constantFrom(A, B, C, 0x20000, 0x4e94);
    fc.assert(
      fc.property(
        fc.array(fc.array(code, { maxLength: 30 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 6 }),
        (texts, picks) => {
          const corpus = new BigramCorpus(texts.map(textOf));
          // The definition: ids by first appearance over all texts, distinct keys ascending.
          const ids = new Map<number, number>();
          for (const t of texts) for (const c of t) if (!ids.has(c)) ids.set(c, ids.size);
          const base = Math.max(1, ids.size);
          const key = (a: number, b: number) => ids.get(a)! * base + ids.get(b)!;
          const keys = [...new Set(texts.flatMap((t) => t.slice(1).map((c, i) => key(t[i]!, c))))].sort(
            (x, y) => x - y,
          );
          expect(corpus.distinct).toBe(keys.length);
          for (const [x, y, z] of picks) {
            const text = x % texts.length;
            const length = texts[text]!.length;
            const from = length === 0 ? 0 : y % (length + 1);
            const to = from + (length === 0 ? 0 : z % (length - from + 1));
            const counts = new Map<number, number>();
            for (let p = from + 1; p < to; p++) {
              const rank = keys.indexOf(key(texts[text]![p - 1]!, texts[text]![p]!));
              counts.set(rank, (counts.get(rank) ?? 0) + 1);
            }
            const ranks = [...counts.keys()].sort((a, b) => a - b);
            expect(plain(corpus.tally(text, from, to))).toEqual({
              ranks,
              counts: ranks.map((r) => counts.get(r)!),
            });
          }
          for (const a of [A, B, C, 0x20000])
            for (const b of [A, B, C, 0x20000]) {
              const known = ids.has(a) && ids.has(b) ? keys.indexOf(key(a, b)) : -1;
              expect(corpus.rankOf(a, b)).toBe(known);
            }
        },
      ),
    );
  });
});
