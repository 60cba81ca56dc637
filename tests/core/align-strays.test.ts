/**
 * A second chance for the items of nodes left unpaired whole (`strayWith`, src/core/align/index.ts).
 * Cases written by hand: each item text below is made to match exactly one item of the other side.
 */
import { describe, expect, it } from 'vitest';
import { strayWith, type AlignSection } from '../../src/core/align';
import { alignSideOf } from './align-side';

type Part = AlignSection & { text: string };
const head = (side: 'L' | 'R', n: string, text: string): Part => ({
  id: `${side}-task-${n}`,
  kind: 'task',
  node: `${side}-${n}`,
  part: 'head',
  text,
});
const whole = (side: 'L' | 'R', n: string, text: string): Part => ({ ...head(side, n, text), part: 'whole' });

const sideOf = alignSideOf;

describe('strayWith', () => {
  // Both reviews of the year pair (chapter 1 with chapter 1). The left's welfare chapter 2 and the
  // right's chapter 3 were left unpaired whole; their items answer each other crosswise. The left
  // also keeps its government-conduct points inside its review (1.2, unpaired whole), which the
  // right gives a chapter of its own (5, under no paired frame).
  const left = [
    head('L', '1', '二〇二五年工作回顾'),
    whole('L', '1.1', '去年消费回暖，社会消费品零售总额增长较快'),
    head('L', '1.2', '加强政府自身建设'),
    whole('L', '1.2.1', '严格落实中央八项规定精神，反对形式主义官僚主义'),
    head('L', '2', '民生福祉'),
    whole('L', '2.1', '深化养老金制度改革，确保养老保险基金可持续运行'),
    whole('L', '2.2', '推进能源转型，保障供电稳定，发展绿色电力产业'),
    whole('L', '2.3', '去年乡村振兴成效明显，粮食产量稳定增长'),
  ];
  const right = [
    head('R', '1', '二〇二五年工作回顾'),
    whole('R', '1.1', '去年乡村振兴成效明显，粮食产量稳定增长'),
    head('R', '3', '社会建设'),
    whole('R', '3.1', '推进能源转型，保障供电稳定，发展绿色电力产业'),
    whole('R', '3.2', '深化养老金制度改革，确保养老保险基金可持续运行'),
    whole('R', '4', '去年消费回暖，社会消费品零售总额增长较快'),
    whole('R', '5', '严格落实中央八项规定精神，反对形式主义官僚主义'),
  ];
  const pairs = strayWith(
    (l, r) => (l.length === 1 && r.length === 1 && left[l[0]!]!.text === right[r[0]!]!.text ? 0.9 : 0.01),
    sideOf(left),
    sideOf(right),
    [{ left: ['L-task-1'], right: ['R-task-1'], kind: 'task' }],
    { left: ['L-1.2', 'L-2'], right: ['R-3'] },
  );
  const partner = (id: string) => pairs.find((p) => p.left.includes(id))!.right;

  it('pairs the items of two strays by what they say, whatever their order', () => {
    expect(partner('L-task-2.1')).toEqual(['R-task-3.2']);
    expect(partner('L-task-2.2')).toEqual(['R-task-3.1']);
  });

  it('keeps the pairs made before', () => {
    expect(partner('L-task-1')).toEqual(['R-task-1']);
  });

  it('lets a stray item inside a paired frame meet a unit under no paired frame', () => {
    expect(partner('L-task-1.2.1')).toEqual(['R-task-5']);
  });

  it('keeps a unit left over inside a paired frame within it: a stray item elsewhere does not reach it', () => {
    expect(partner('L-task-2.3')).toEqual([]);
    expect(pairs.find((p) => p.right.includes('R-task-1.1'))!.left).toEqual([]);
  });

  it('pairs no two units of which neither is a stray item: they had their chance before', () => {
    expect(partner('L-task-1.1')).toEqual([]);
    expect(pairs.find((p) => p.right.includes('R-task-4'))!.left).toEqual([]);
  });

  it('pairs the heads of two strays whose items pair only with each other (src/core/align/frame-heads.ts)', () => {
    expect(partner('L-task-2')).toEqual(['R-task-3']);
  });

  it("leaves a stray's head unpaired when its items pair outside any frame, every section in one pair", () => {
    expect(partner('L-task-1.2')).toEqual([]);
    const ids = (side: 'left' | 'right') => pairs.flatMap((p) => p[side]).sort();
    expect(ids('left')).toEqual(left.map((p) => p.id).sort());
    expect(ids('right')).toEqual(right.map((p) => p.id).sort());
  });
});
