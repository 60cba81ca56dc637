/**
 * Pairing by topic: the pool (lift over the background, one to one, joins), the unit tree the aligner
 * walks (frames and their items), pairs made within paired frames, the reasons pairs carry, and the
 * alignment level as an option. Cases are labelled by hand.
 */
import { describe, expect, it } from 'vitest';
import { alignSections, type AlignSection } from '../../src/core/align';
import { pairPool } from '../../src/core/align/pool';
import { sharedTerms, sharedThemes } from '../../src/core/align/reasons';
import { unitsOf } from '../../src/core/align/units';
import { compare } from '../../src/core/index';
import { projectHan } from '../../src/core/phrases';
import { alignSideOf } from './align-side';
import { BIJIE, PANZHIHUA } from './samples';

const loose = { pair: 0.1, lift: 1.5, mutual: 0.1, maxScores: 10_000 };
const provincial = { pair: 0.12, lift: 1.6, mutual: 0.12, maxScores: 10_000 };
const parallel = { score: 0.05, lift: 3, share: 0.7 };
/** A square of 0.01 with `diagonal` on its diagonal. */
const lowDiagonal = (diagonal: number[]) =>
  diagonal.map((d, l) => diagonal.map((_, r) => (l === r ? d : 0.01)));

describe('pairPool', () => {
  it.each([
    {
      label: 'a clear diagonal pairs one to one; a row that stands out nowhere stays alone',
      scores: [
        [0.4, 0.1, 0.08],
        [0.12, 0.35, 0.1],
        [0.09, 0.11, 0.1],
      ],
      thresholds: { ...loose, mutual: undefined },
      pairs: [
        { left: [0], right: [0] },
        { left: [1], right: [1] },
      ],
    },
    {
      label: 'a unit left over joins the pair of its best partner when its lift allows (one-to-many)',
      scores: [
        [0.4, 0.05, 0.05, 0.05],
        [0.05, 0.4, 0.36, 0.05],
        [0.05, 0.05, 0.05, 0.05],
      ],
      thresholds: { ...loose, mutual: undefined, join: 2 },
      pairs: [
        { left: [0], right: [0] },
        { left: [1], right: [1, 2] },
      ],
    },
    {
      label: 'without join, the same leftover stays alone',
      scores: [
        [0.4, 0.05, 0.05, 0.05],
        [0.05, 0.4, 0.36, 0.05],
        [0.05, 0.05, 0.05, 0.05],
      ],
      thresholds: { ...loose, mutual: undefined },
      pairs: [
        { left: [0], right: [0] },
        { left: [1], right: [1] },
      ],
    },
    {
      label: 'uniformly high scores lift nothing: everything resembles everything',
      scores: [
        [0.5, 0.5],
        [0.5, 0.5],
      ],
      thresholds: { ...loose, mutual: undefined },
      pairs: [],
    },
    {
      label: 'mutual best partners pair whatever their lift',
      scores: [
        [0.5, 0.45],
        [0.45, 0.5],
      ],
      thresholds: { ...loose, mutual: 0.2 },
      pairs: [
        { left: [0], right: [0] },
        { left: [1], right: [1] },
      ],
    },
    {
      // Backgrounds: every row and column median 0.01, floored at 0.02, so each 0.08 has lift 4.
      label: 'parallel lists: most units with a clear partner under the score floor, every clear pair pairs',
      scores: lowDiagonal([0.08, 0.08, 0.08, 0.08]),
      thresholds: { ...provincial, parallel },
      pairs: [0, 1, 2, 3].map((i) => ({ left: [i], right: [i] })),
    },
    {
      label: 'without the parallel option the same low diagonal pairs nothing',
      scores: lowDiagonal([0.08, 0.08, 0.08, 0.08]),
      thresholds: provincial,
      pairs: [],
    },
    {
      // Two clear pairs of four: under the 0.7 share, so nothing says the lists are parallel.
      label: 'parallel lists: a few clear pairs alone prove nothing',
      scores: lowDiagonal([0.08, 0.08, 0.01, 0.01]),
      thresholds: { ...provincial, parallel },
      pairs: [],
    },
  ])('$label', ({ scores, thresholds, pairs }) => {
    const got = pairPool(scores.length, scores[0]!.length, (l, r) => scores[l]![r]!, thresholds);
    expect(got.sort((a, b) => a.left[0]! - b.left[0]!)).toEqual(pairs);
  });
});

describe('unitsOf', () => {
  it('reads a level-2 cut as frames holding their items and tails; opening and closing are no units', () => {
    const sections: AlignSection[] = [
      { id: 'L-opening', kind: 'opening' },
      { id: 'L-task-1', kind: 'task', node: 'L-1', part: 'head' },
      { id: 'L-task-1.1', kind: 'task', node: 'L-1.1', part: 'whole' },
      { id: 'L-task-1.2', kind: 'task', node: 'L-1.2', part: 'whole' },
      { id: 'L-task-1~2', kind: 'task', part: 'tail' },
      { id: 'L-task-2', kind: 'task', node: 'L-2', part: 'whole' },
      { id: 'L-closing', kind: 'closing' },
    ];
    // The tail has no node: it is read as a unit of its own at the top (text no node holds).
    const units = unitsOf(sections);
    expect(units.map((u) => [u.node, u.head, u.sections, u.children.map((c) => c.sections)])).toEqual([
      ['L-1', 1, [1, 2, 3], [[2], [3]]],
      [null, 4, [4], []],
      ['L-2', 5, [5], []],
    ]);
  });
});

describe('sharedThemes', () => {
  it('names the themes both sides mention, the most mentioned on the weaker side first', () => {
    expect(sharedThemes([3, 0, 1, 2], [1, 4, 5, 2], ['a', 'b', 'c', 'd'])).toEqual(['d', 'a', 'c']);
  });
});

const sideOf = alignSideOf;

describe('pairs within paired frames', () => {
  // Two work reports: a review chapter and a plans chapter each. The plans' item on consumption reads
  // almost like the review's item on consumption; within the paired plans chapters it must pair with
  // the other plans' item, not with the review's.
  const review = '回顾过去一年工作成绩显著经济运行稳中有进';
  const plans = '今年重点工作部署安排全力推进任务落实';
  const left = sideOf([
    { id: 'L-task-1', kind: 'task', node: 'L-1', part: 'head', text: review },
    {
      id: 'L-task-1.1',
      kind: 'task',
      node: 'L-1.1',
      part: 'whole',
      text: '提振消费扩大内需以旧换新成效明显',
    },
    { id: 'L-task-1.2', kind: 'task', node: 'L-1.2', part: 'whole', text: '乡村振兴粮食生产稳定农民增收' },
    { id: 'L-task-2', kind: 'task', node: 'L-2', part: 'head', text: plans },
    { id: 'L-task-2.1', kind: 'task', node: 'L-2.1', part: 'whole', text: '提振消费扩大内需服务消费新场景' },
    { id: 'L-task-2.2', kind: 'task', node: 'L-2.2', part: 'whole', text: '乡村振兴耕地保护高标准农田建设' },
  ]);
  const right = sideOf([
    { id: 'R-task-1', kind: 'task', node: 'R-1', part: 'head', text: review },
    { id: 'R-task-1.1', kind: 'task', node: 'R-1.1', part: 'whole', text: '乡村振兴粮食丰收农民收入增长' },
    { id: 'R-task-1.2', kind: 'task', node: 'R-1.2', part: 'whole', text: '提振消费扩大内需消费品以旧换新' },
    { id: 'R-task-2', kind: 'task', node: 'R-2', part: 'head', text: plans },
    { id: 'R-task-2.1', kind: 'task', node: 'R-2.1', part: 'whole', text: '乡村振兴高标准农田建设耕地保护' },
    { id: 'R-task-2.2', kind: 'task', node: 'R-2.2', part: 'whole', text: '提振消费扩大内需服务消费新业态' },
  ]);
  const pairs = alignSections(left, right);
  const partner = (id: string) => pairs.find((p) => p.left.includes(id))!;

  it('pairs the chapters’ heads, then each item with its topic inside the same chapter', () => {
    expect(partner('L-task-1').right).toEqual(['R-task-1']);
    expect(partner('L-task-2').right).toEqual(['R-task-2']);
    expect(partner('L-task-1.1').right).toEqual(['R-task-1.2']);
    expect(partner('L-task-1.2').right).toEqual(['R-task-1.1']);
    expect(partner('L-task-2.1').right).toEqual(['R-task-2.2']);
    expect(partner('L-task-2.2').right).toEqual(['R-task-2.1']);
  });

  it('says which chapters an item pair was made within', () => {
    expect(partner('L-task-2.1').within).toEqual({ left: 'L-task-2', right: 'R-task-2' });
    expect(partner('L-task-1').within).toBeUndefined();
  });
});

describe('compare(): reasons and the level option', () => {
  const c = compare(BIJIE, PANZHIHUA);

  it('every pair with both sides carries why, its score its similarity; one-sided pairs carry none', () => {
    for (const p of c.pairs) {
      const both = p.left.length > 0 && p.right.length > 0;
      expect(p.why !== undefined).toBe(both);
      if (p.why) expect(p.why.score).toBe(p.similarity);
    }
  });

  it('the pair on leadership and guarantees names its shared terms, its chapters, and phrases lying inside it', () => {
    // L-task-3.2 (要強化組織，夯實保障…形成齊抓共管的工作合力) and R-task-4.1 (要加强领导，形成合力，
    // 为全市统战工作提供有力保障): both say 合力 and 保障; made within the speech points 陳志剛強調… (L-3)
    // and 张剡强调，要加强领导….
    const pair = c.pairs.find((p) => p.left.includes('L-task-3.2'))!;
    expect(pair.right).toContain('R-task-4.1');
    expect(pair.why!.terms).toEqual(expect.arrayContaining(['合力', '保障']));
    expect(pair.why!.within).toEqual({ left: 'L-task-3', right: 'R-task-4' });
    const inside = (side: 'left' | 'right', id: string) => {
      const s = c[side].sections.find((x) => x.id === id)!;
      return (r: { start: number; end: number }) => r.start >= s.start && r.end <= s.end;
    };
    expect(pair.why!.phrases.length).toBeGreaterThan(0);
    for (const id of pair.why!.phrases) {
      const phrase = c.phrases.find((p) => p.id === id)!;
      expect(inside('left', 'L-task-3.2')(phrase.left)).toBe(true);
      expect(pair.right.some((r) => inside('right', r)(phrase.right))).toBe(true);
    }
  });

  it('terms are found in long sections too, where shared bigrams weigh least in the vectors', () => {
    // Both openings: 12月21日…畢節市委書記陳志剛主持召開… and 8月18日…市委书记张剡出席会议并讲话…主持会议.
    const opening = c.pairs.find((p) => p.kind === 'opening')!;
    expect(opening.why!.terms).toEqual(expect.arrayContaining(['市委书记', '主持', '出席会议']));
  });

  it('names the openings’ shared terms without runs across the dates (no 月日)', () => {
    const opening = c.pairs.find((p) => p.kind === 'opening')!;
    expect(opening.why!.terms.filter((t) => t.includes('月日'))).toEqual([]);
  });

  it('a pair the reader makes gets a reason too', () => {
    const at = (side: 'left' | 'right', id: string) => {
      const s = c[side].sections.find((x) => x.id === id)!;
      return { start: s.start, node: s.node };
    };
    const edited = compare(BIJIE, PANZHIHUA, {
      corrections: [{ op: 'pair', left: [at('left', 'L-task-1')], right: [at('right', 'R-task-1')] }],
    });
    expect(edited.corrections).toEqual([{ applied: true }]);
    const pair = edited.pairs.find((p) => p.left.includes('L-task-1'))!;
    expect(pair.manual).toBe(true);
    expect(pair.why?.score).toBe(pair.similarity);
  });

  it.each([
    { alignLevel: 'auto' as const, level: 2 },
    { alignLevel: 1, level: 1 },
    { alignLevel: 3, level: 3 },
  ])('alignLevel $alignLevel cuts both reports at level $level', ({ alignLevel, level }) => {
    const at = compare(BIJIE, PANZHIHUA, { alignLevel });
    expect(at.level).toBe(level);
    expect(at.options.alignLevel).toBe(alignLevel);
    // Level 1: the speech points whole (R-task-3 holds 一是…六是); level 2 and deeper: the six tasks apart.
    expect(at.right.sections.some((s) => s.id === 'R-task-3.1')).toBe(level >= 2);
  });
});

describe('shared terms', () => {
  const unit = (text: string) => ({
    projection: projectHan(text, [{ start: 0, end: text.length }]),
    spans: [0],
  });
  const everyBigramWeighsOne = () => 1;
  it.each([
    {
      label: 'a date does not make 月日 a term (the projection drops the digits between them)',
      left: '会议于12月21日召开',
      right: '会议于8月18日召开',
      terms: ['会议于', '日召开'],
    },
    {
      label: 'a comma ends a term on the side that has it',
      left: '统战部长，市政府秘书长',
      right: '统战部长市政府',
      terms: ['统战部长', '市政府'],
    },
    {
      label: 'a run both sides write alike is one term',
      left: '全力扩大内需',
      right: '扩大内需，提振消费',
      terms: ['扩大内需'],
    },
  ])('$label', ({ left, right, terms }) => {
    expect(sharedTerms(unit(left), unit(right), everyBigramWeighsOne).sort()).toEqual([...terms].sort());
  });
});
