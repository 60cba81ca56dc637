/**
 * `headingSimilarity` (src/core/align/similarity.ts): the Dice coefficient of two headings' sets of
 * bigrams of Han characters and digits, on labelled cases counted by hand and against the plain
 * definition (sets of two-character strings) on random headings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headingSimilarity } from '../../src/core/align/similarity';

/** The definition, with string sets. */
function dice(a: string, b: string): number {
  const bigrams = (s: string) => {
    const han = [...s].filter((c) => /[\p{Script=Han}\p{Nd}]/u.test(c));
    return new Set(han.slice(1).map((c, i) => han[i]! + c));
  };
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  return (2 * [...x].filter((g) => y.has(g)).length) / (x.size + y.size);
}

describe('headingSimilarity', () => {
  it.each([
    // 十五, 五五, 五时, 时期, 主要 shared; 8 and 20 bigrams: 2·5 / 28.
    { a: '十五五时期主要任务', b: '十五五时期经济社会发展的主要目标和战略举措', expected: 10 / 28 },
    { a: '着力扩大内需', b: '着力扩大内需', expected: 1 },
    // Punctuation between characters is skipped: 扩大, 大内, 内需 against 扩大, 大内, 内需.
    { a: '扩大，内需', b: '扩大内需', expected: 1 },
    // A repeated bigram counts once: 工作 in 工作工作 (工作, 作工) against 工作.
    { a: '工作工作', b: '工作', expected: (2 * 1) / 3 },
    { a: '2026年', b: '2025年', expected: (2 * 2) / 8 }, // 20, 02 shared of 20 02 26 6年 / 20 02 25 5年
    { a: '一', b: '一', expected: 0 }, // no bigram
    { a: '𠀀𠀁', b: '𠀀𠀁', expected: 1 }, // astral Han
  ])('$a vs $b', ({ a, b, expected }) => {
    expect(headingSimilarity(a, b)).toBeCloseTo(expected, 12);
  });

  it('is the Dice coefficient of the bigram sets on random headings', () => {
    const char = fc.constantFrom('扩', '大', '内', '需', '，', '2', '0', '𠀀', 'a');
    const heading = fc.array(char, { maxLength: 12 }).map((c) => c.join(''));
    fc.assert(
      fc.property(heading, heading, (a, b) => {
        expect(headingSimilarity(a, b)).toBeCloseTo(dice(a, b), 12);
      }),
    );
  });
});
