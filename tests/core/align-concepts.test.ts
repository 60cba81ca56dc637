/**
 * Theme terms counted as shared concepts by the pair score (src/core/align/concepts.ts). Cases
 * written by hand.
 */
import { describe, expect, it } from 'vitest';
import { alignSections } from '../../src/core/align';
import { withConcepts } from '../../src/core/align/concepts';
import { projectHan } from '../../src/core/phrases';
import { alignSideOf } from './align-side';

const codesOf = (text: string) => {
  return [...withConcepts(projectHan(text, [{ start: 0, end: text.length }])).codes];
};

describe('withConcepts', () => {
  it('follows each theme term with the same two marks, whichever term of the theme it is', () => {
    const a = codesOf('支持民营经济');
    const b = codesOf('非公有制经济');
    expect(String.fromCodePoint(...a.slice(0, 6))).toBe('支持民营经济');
    expect(a).toHaveLength(8);
    expect(b).toHaveLength(8);
    expect(a.slice(6)).toEqual(b.slice(6));
    expect(a[6]).toBeGreaterThanOrEqual(0xe000);
  });

  it('reads the longest term: 非公有制经济人士 is one mention, not also 非公有制经济', () => {
    expect(codesOf('非公有制经济人士')).toHaveLength(10);
  });

  it('marks no term of the poverty theme, and leaves text without terms as it was', () => {
    expect(codesOf('巩固脱贫成果')).toHaveLength(6);
    expect(codesOf('扩大有效投资')).toHaveLength(6);
  });

  it('places the marks where their term ends, so sections found by normalized index keep them', () => {
    const text = '民营经济，有效投资';
    const marked = withConcepts(projectHan(text, [{ start: 0, end: text.length }]));
    // 民营经济 at 0–3, its two marks at 3 (济), then 有效投资 at 5–8.
    expect([...marked.norm]).toEqual([0, 1, 2, 3, 3, 3, 5, 6, 7, 8]);
  });
});

describe('items on one theme in different words pair', () => {
  const task = (side: 'L' | 'R', n: number, text: string) => ({
    id: `${side}-task-${n}`,
    kind: 'task' as const,
    text,
  });
  // Each right item says the left one's topic in other words of the same theme; the words they share
  // otherwise (加强, 工作, 引导) are shared by every item.
  const left = [
    task('L', 1, '加强民营经济人士思想政治引导工作，促进健康成长。'),
    task('L', 2, '加强宗教工作，引导宗教与社会主义社会相适应。'),
    task('L', 3, '加强港澳同胞联谊工作，凝聚爱国爱港爱澳力量。'),
  ];
  const right = [
    task('R', 1, '加强信教群众团结引导工作，坚持我国宗教中国化方向。'),
    task('R', 2, '加强香港同胞和澳门同胞交往工作，广泛团结爱国力量。'),
    task('R', 3, '加强非公经济代表人士引导工作，弘扬企业家精神。'),
  ];
  it('pairs each left item with the right item of its theme', () => {
    const pairs = alignSections(alignSideOf(left), alignSideOf(right));
    const partner = (id: string) => pairs.find((p) => p.left.includes(id))!.right;
    expect(partner('L-task-1')).toEqual(['R-task-3']);
    expect(partner('L-task-2')).toEqual(['R-task-1']);
    expect(partner('L-task-3')).toEqual(['R-task-2']);
  });
});
