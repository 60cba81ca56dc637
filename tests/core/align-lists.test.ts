/**
 * Lists within paired frames (src/core/align/lists.ts): sibling items grouped by style and numbering,
 * and the aligner pairing lists before their items. Cases written by hand.
 */
import { describe, expect, it } from 'vitest';
import { alignSections } from '../../src/core/align';
import { listsOf } from '../../src/core/align/lists';
import type { Unit } from '../../src/core/align/units';
import type { OutlineNode, OutlineStyle } from '../../src/core/types';
import { alignSideOf, outlinedSideOf, type OutlinedPart } from './align-side';

const leaf = (node: string | null, i: number): Unit => ({ node, head: i, sections: [i], children: [] });

describe('listsOf', () => {
  it.each([
    {
      label: 'a change of style starts a list; a tail belongs to none',
      nodes: [['paren', 1], ['paren', 2], ['topic-run', 1], ['topic-run', 2], null],
      lists: [
        [0, 1],
        [2, 3],
      ],
      rest: [4],
    },
    {
      label: 'numbering that starts again starts a list, even in the same style',
      nodes: [
        ['shi', 1],
        ['shi', 2],
        ['shi', 3],
        ['shi', 1],
        ['shi', 2],
      ],
      lists: [
        [0, 1, 2],
        [3, 4],
      ],
      rest: [],
    },
    {
      label: 'one style numbered on is one list',
      nodes: [
        ['paren', 1],
        ['paren', 2],
        ['paren', 3],
      ],
      lists: [[0, 1, 2]],
      rest: [],
    },
  ] as { label: string; nodes: ([OutlineStyle, number] | null)[]; lists: number[][]; rest: number[] }[])(
    '$label',
    ({ nodes, lists, rest }) => {
      const byId = new Map<string, Pick<OutlineNode, 'style' | 'ordinal'>>();
      const units = nodes.map((n, i) => {
        if (n === null) return leaf(null, i);
        byId.set(`L-1.${i}`, { style: n[0], ordinal: n[1] });
        return leaf(`L-1.${i}`, i);
      });
      const got = listsOf(units, byId);
      expect(got.lists.map((list) => list.map((u) => u.head))).toEqual(lists);
      expect(got.rest.map((u) => u.head)).toEqual(rest);
    },
  );
});

describe('pairing lists before their items', () => {
  // Two review chapters, each with the year's items (（一）, （二）…) and then five-year points (——).
  // Both review consumption and the countryside in both spans. Only the left reviews the environment
  // in the year, and only the right over five years: read item by item those two pair, across the
  // spans; read list by list, they stay apart.
  type Part = OutlinedPart;
  const node = (side: 'L' | 'R', n: string, style: OutlineStyle, ordinal: number, text: string): Part => ({
    id: `${side}-task-${n}`,
    kind: 'task',
    node: `${side}-${n}`,
    part: 'whole',
    style,
    ordinal,
    text,
  });
  const head = (side: 'L' | 'R'): Part => ({
    id: `${side}-task-1`,
    kind: 'task',
    node: `${side}-1`,
    part: 'head',
    style: 'chapter',
    ordinal: 1,
    text: '回顾过去工作成绩显著',
  });
  const left = [
    head('L'),
    node('L', '1.1', 'paren', 1, '去年消费回暖，社会消费品零售总额增长百分之五'),
    node('L', '1.2', 'paren', 2, '去年乡村振兴，粮食产量再创新高，高标准农田建设有序推进'),
    node('L', '1.3', 'paren', 3, '去年生态环境持续改善，空气质量优良天数比例提高'),
    node('L', '1.4', 'topic-run', 1, '这五年，消费扩容提质，服务消费占比提高'),
    node('L', '1.5', 'topic-run', 2, '这五年，乡村全面振兴，农民收入持续增长，城乡差距不断缩小'),
  ];
  const right = [
    head('R'),
    node('R', '1.1', 'paren', 1, '去年乡村振兴，粮食产量稳中有增，高标准农田建设有序推进'),
    node('R', '1.2', 'paren', 2, '去年消费回暖，社会消费品零售总额增长百分之四'),
    node('R', '1.3', 'topic-run', 1, '这五年，乡村全面振兴，农民收入较快增长，城乡差距不断缩小'),
    node('R', '1.4', 'topic-run', 2, '这五年，消费扩容提质，服务消费占比稳步提高'),
    node('R', '1.5', 'topic-run', 3, '这五年，生态环境持续改善，空气质量优良天数比例提高'),
  ];
  const sideOf = (parts: Part[], withOutline: boolean) =>
    withOutline ? outlinedSideOf(parts) : alignSideOf(parts);
  const partnerOf = (withOutline: boolean) => {
    const pairs = alignSections(sideOf(left, withOutline), sideOf(right, withOutline));
    return (id: string) => pairs.find((p) => p.left.includes(id))!.right;
  };

  it('pairs the items on each topic within the lists of the same span; the environment stays alone', () => {
    const partner = partnerOf(true);
    expect(partner('L-task-1.1')).toEqual(['R-task-1.2']);
    expect(partner('L-task-1.2')).toEqual(['R-task-1.1']);
    expect(partner('L-task-1.3')).toEqual([]);
    expect(partner('L-task-1.4')).toEqual(['R-task-1.4']);
    expect(partner('L-task-1.5')).toEqual(['R-task-1.3']);
  });

  it('(the case bites: without the outline, item by item, the environment pairs across the spans)', () => {
    expect(partnerOf(false)('L-task-1.3')).toEqual(['R-task-1.5']);
  });
});
