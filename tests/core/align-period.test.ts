/**
 * Periods of lists in review chapters (src/core/align/period.ts) and the aligner keeping the past
 * year's items apart from the five-year points. Cases written by hand.
 */
import { describe, expect, it } from 'vitest';
import { alignSections } from '../../src/core/align';
import { periodAt } from '../../src/core/align/period';
import { projectHan } from '../../src/core/phrases';
import { outlinedPart, outlinedSideOf } from './align-side';

describe('periodAt', () => {
  it.each([
    {
      label: 'an introduction on the past year',
      before: '过去的一年，我们主要做了以下工作：',
      item: '一是内需潜力有效释放',
      period: 'year',
    },
    {
      label: '一年来 as the introduction',
      before: '各项目标任务较好完成。一年来，主要做了以下工作：',
      item: '（一）着力扩大内需',
      period: 'year',
    },
    {
      label: 'the item opens on its period',
      before: '兜牢民生底线，办好民生实事。',
      item: '五年来，创新实力日益彰显',
      period: 'five-year',
    },
    {
      label: 'the opening speaks before the text before it',
      before: '顺利完成全年主要目标任务。',
      item: '这五年，消费扩容提质',
      period: 'five-year',
    },
    {
      label: 'a heading naming both periods, then a paragraph naming one: the nearest wins',
      before: '“十四五”时期和二〇二五年工作回顾过去的五年极不寻常，经受住严峻考验。',
      item: '综合实力稳步提升',
      period: 'five-year',
    },
    {
      label: 'the plan named by its number',
      before: '“十四五”规划目标任务圆满完成，主要成就如下：',
      item: '经济实力跃上新台阶',
      period: 'five-year',
    },
    { label: 'no cue in reach', before: '今年的主要任务是：', item: '（一）持续扩大内需', period: null },
  ])('$label', ({ before, item, period }) => {
    const text = before + item;
    const projection = projectHan(text, [{ start: 0, end: text.length }]);
    const start = [...before].filter((c) => /\p{Script=Han}/u.test(c)).length;
    expect(periodAt(projection, start)).toBe(period);
  });

  it('reads no further back than PERIOD_BEFORE Han characters', () => {
    const before = '五年来成绩显著。' + '各项工作扎实推进'.repeat(30);
    const text = before + '（一）稳定经济运行';
    const projection = projectHan(text, [{ start: 0, end: text.length }]);
    expect(periodAt(projection, [...before].length - 2)).toBe(null);
  });

  it('reads a whole introduction that starts further back (introStart)', () => {
    // The list's frame opens on its period, then gives the year's figures at length.
    const intro = '一年来，全省上下顶压前行。' + '地区生产总值稳步增长'.repeat(25);
    const text = intro + '（一）内需潜力持续释放';
    const projection = projectHan(text, [{ start: 0, end: text.length }]);
    const start = [...intro].filter((c) => /\p{Script=Han}/u.test(c)).length;
    expect(start).toBeGreaterThan(200);
    expect(periodAt(projection, start)).toBe(null);
    expect(periodAt(projection, start, 0)).toBe('year');
  });
});

describe('review items paired by period', () => {
  // The left review chapter holds the past year's items and then five-year points; the right one only
  // the past year's items. The left's five-year point on consumption repeats the words of the right's
  // 2025 item on consumption almost whole: by words alone it takes that item from the left's own 2025
  // item on consumption.
  const part = outlinedPart;
  const left = [
    part('L', '1', 'chapter', 1, '一、工作回顾。过去的一年，我们主要做了以下工作。'),
    part('L', '1.1', 'paren', 1, '（一）消费持续回暖，开展消费品以旧换新，家电销售额增长。'),
    part('L', '1.2', 'paren', 2, '（二）粮食产量再创新高，高标准农田建设有序推进。'),
    part(
      'L',
      '1.3',
      'topic-run',
      1,
      '这五年，消费回暖，汽车以旧换新补贴发放，社会消费品零售总额年均增长，家电销售额增长。',
    ),
    part('L', '1.4', 'topic-run', 2, '这五年，生态环境持续改善，空气质量优良天数比例提高。'),
  ];
  const right = [
    part('R', '1', 'chapter', 1, '一、工作回顾。过去的一年，我们主要做了以下工作。'),
    part(
      'R',
      '1.1',
      'paren',
      1,
      '（一）消费回暖，汽车以旧换新补贴发放，社会消费品零售总额增长，家电销售额增长。',
    ),
    part('R', '1.2', 'paren', 2, '（二）粮食产量稳中有增，高标准农田建设有序推进。'),
  ];
  it('never pairs a five-year point with a year item; the year items pair by topic', () => {
    const pairs = alignSections(outlinedSideOf(left), outlinedSideOf(right));
    const partner = (id: string) => pairs.find((p) => p.left.includes(id))!.right;
    expect(partner('L-task-1.1')).toEqual(['R-task-1.1']);
    expect(partner('L-task-1.2')).toEqual(['R-task-1.2']);
    expect(partner('L-task-1.3')).toEqual([]);
    expect(partner('L-task-1.4')).toEqual([]);
  });

  // The same chapters, the right one introducing its year items with a paragraph longer than
  // PERIOD_BEFORE that names its period at its start (一年来, then the year's figures): the period is
  // read in the whole head of the frame just before the list.
  const longIntro =
    '一、工作回顾。一年来，我们主要做了以下工作，全省经济运行总体平稳。' +
    '地区生产总值稳步增长，一般公共预算收入稳定增长，城乡居民收入持续提高，'.repeat(8);
  const rightLong = [part('R', '1', 'chapter', 1, longIntro), ...right.slice(1)];
  it('reads the period of a list in a long introduction of its frame', () => {
    const pairs = alignSections(outlinedSideOf(left), outlinedSideOf(rightLong));
    const partner = (id: string) => pairs.find((p) => p.left.includes(id))!.right;
    expect(partner('L-task-1.1')).toEqual(['R-task-1.1']);
    expect(partner('L-task-1.3')).toEqual([]);
  });
});
