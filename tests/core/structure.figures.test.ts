/**
 * `statesFigure`: which stretches of a report state a quantity (a table of results or targets) and
 * which only give a year. Cases written by hand; each says why.
 */
import { describe, expect, it } from 'vitest';
import { statesFigure } from '../../src/core/structure/figures';

describe('statesFigure', () => {
  it.each([
    { text: '城镇新增就业52万人', want: true, why: 'a count' },
    { text: '城镇调查失业率控制在5.5%以内', want: true, why: 'a rate' },
    { text: '增速居全国第2位', want: true, why: 'a rank' },
    { text: '全年粮食产量１２００万吨', want: true, why: 'full-width digits' },
    { text: '到2035年，基本实现现代化', want: false, why: 'a year says when, not how much' },
    { text: '到２０５０年，全面建成强国', want: false, why: 'a full-width year' },
    { text: '2025年是收官之年，完成投资300亿元', want: true, why: 'a year, then a quantity' },
    { text: '建成12345年产能项目', want: true, why: 'five digits before 年 are not a year' },
    { text: '加快建设现代化产业体系', want: false, why: 'no digit at all' },
  ])('$text → $want ($why)', ({ text, want }) => {
    expect(statesFigure(text)).toBe(want);
  });
});
