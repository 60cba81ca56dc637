/**
 * Lists that found no partner where they stand pair with the like list of another chapter
 * (src/core/align/index.ts, `ORPHAN_LISTS`). Cases written by hand.
 */
import { describe, expect, it } from 'vitest';
import { alignSections } from '../../src/core/align';
import { outlinedPart, outlinedSideOf, type OutlinedPart } from './align-side';

const part = outlinedPart;

// The left report reviews the past year and the five years in one chapter (一); the right one gives
// the five years a chapter of their own (二). Chapter 一 pairs with 一 and the coming year with the
// coming year, so the left's five-year points are a list left over in a paired chapter and the
// right's chapter 二 is a chapter with no counterpart: they never met.
const review = (side: 'L' | 'R') =>
  part(side, '1', 'chapter', 1, '一、2025年工作回顾。过去的一年，我们主要做了以下工作。');
const left = [
  review('L'),
  part('L', '1.1', 'paren', 1, '（一）稳住经济增长，地区生产总值增长百分之五。'),
  part('L', '1.2', 'paren', 2, '（二）办好民生实事，新增城镇就业十万人。'),
  part('L', '1.3', 'topic-run', 1, '这五年，科技创新能力显著增强，研发投入强度提高，高新技术企业数量翻番。'),
  part('L', '1.4', 'topic-run', 2, '这五年，生态环境明显改善，空气质量优良天数比例提高，河湖水质好转。'),
  part('L', '2', 'chapter', 2, '二、2026年重点工作。'),
  part('L', '2.1', 'paren', 1, '（一）扩大内需，提振消费，扩大有效投资。'),
  part('L', '2.2', 'paren', 2, '（二）建设现代化产业体系，培育新兴产业。'),
];
const review2 = (heading: string, lead: string) => [
  part('R', '2', 'chapter', 2, heading),
  part('R', '2.1', 'topic-run', 1, `${lead}创新驱动成效显著，研发投入强度提高，高新技术企业数量大幅增加。`),
  part('R', '2.2', 'topic-run', 2, `${lead}绿色发展成效明显，空气质量优良天数比例提高，河湖水质持续好转。`),
];
const right = (middle: OutlinedPart[]) => [
  review('R'),
  part('R', '1.1', 'paren', 1, '（一）经济增长稳中有进，地区生产总值增长百分之五点二。'),
  part('R', '1.2', 'paren', 2, '（二）民生保障有力，城镇新增就业十二万人。'),
  ...middle,
  part('R', '3', 'chapter', 3, '三、2026年主要任务。'),
  part('R', '3.1', 'paren', 1, '（一）着力扩大内需，提振消费，扩大有效投资。'),
  part('R', '3.2', 'paren', 2, '（二）加快建设现代化产业体系，培育新兴产业。'),
];
const partnerIn = (pairs: ReturnType<typeof alignSections>) => (id: string) =>
  pairs.find((p) => p.left.includes(id))!.right;

describe('lists left over pair with the like list of another chapter', () => {
  it('pairs the five-year points of the left review with the right chapter on the five years', () => {
    const pairs = alignSections(
      outlinedSideOf(left),
      outlinedSideOf(right(review2('二、十四五时期回顾。过去五年，我们走过了不平凡的历程。', '五年来，'))),
    );
    const partner = partnerIn(pairs);
    expect(partner('L-task-1.3')).toEqual(['R-task-2.1']);
    expect(partner('L-task-1.4')).toEqual(['R-task-2.2']);
    // What paired before stays: the year items with the year items, the coming year with its own.
    expect(partner('L-task-1.1')).toEqual(['R-task-1.1']);
    expect(partner('L-task-2.1')).toEqual(['R-task-3.1']);
    // The right chapter's head has no counterpart of its own.
    expect(pairs.find((p) => p.right.includes('R-task-2'))!.left).toEqual([]);
  });

  it('leaves them unpaired when the other chapter reviews another period (a year)', () => {
    const pairs = alignSections(
      outlinedSideOf(left),
      outlinedSideOf(right(review2('二、2024年工作回顾。过去一年，我们走过了不平凡的历程。', '一年来，'))),
    );
    const partner = partnerIn(pairs);
    expect(partner('L-task-1.3')).toEqual([]);
    expect(partner('L-task-1.4')).toEqual([]);
  });
});
