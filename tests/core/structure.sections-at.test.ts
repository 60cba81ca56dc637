/**
 * `sectionsAt`: the reading partition cut from an outline at one level. The outline below is built by
 * hand (offsets are made up, 0..100), so every expected section was worked out on paper:
 *
 *   opening 0..10
 *   L-1   10..50   chapter, children L-1.1 (15..30) and L-1.2 (30..40); its own text resumes 40..50
 *     L-1.1 has a point L-1.1.1 (20..25)
 *   L-2   50..70   chapter without children; body text 70..80 that no node holds
 *   closing 80..90, annex 90..100
 */
import { describe, expect, it } from 'vitest';
import { sectionsAt } from '../../src/core/structure';
import type { OutlineNode, ReportParts } from '../../src/core/types';
import { expectOutlineContract } from './outline-invariants';

function node(id: string, start: number, end: number, children: string[] = []): OutlineNode {
  const path = id.slice(2).split('.');
  return {
    id,
    level: path.length,
    parent: path.length > 1 ? `L-${path.slice(0, -1).join('.')}` : null,
    children,
    ordinal: Number(path.at(-1)),
    marker: `m${path.join('')}`,
    style: 'chapter',
    label: `label ${id}`,
    start,
    end,
  };
}

const outline = [
  node('L-1', 10, 50, ['L-1.1', 'L-1.2']),
  node('L-1.1', 15, 30, ['L-1.1.1']),
  node('L-1.1.1', 20, 25),
  node('L-1.2', 30, 40),
  node('L-2', 50, 70),
];
const parts: ReportParts = {
  body: { start: 0, end: 100 },
  opening: { start: 0, end: 10 },
  closing: { start: 80, end: 90 },
  annex: { start: 90, end: 100 },
};
const cut = (level: number) =>
  sectionsAt({ outline, parts }, 'L', level).map((s) => [
    s.id,
    s.start,
    s.end,
    s.level,
    s.parent ?? null,
    s.part ?? null,
  ]);

describe('sectionsAt', () => {
  it('the hand-built outline keeps the contract', () => {
    expectOutlineContract(outline, parts, 'L', 100);
  });

  it('level 1: one section per chapter, the unheld body text after L-2 its own section', () => {
    expect(cut(1)).toEqual([
      ['L-opening', 0, 10, 1, null, null],
      ['L-task-1', 10, 50, 1, null, 'whole'],
      ['L-task-2', 50, 70, 1, null, 'whole'],
      ['L-task~2', 70, 80, 1, null, 'tail'],
      ['L-closing', 80, 90, 1, null, null],
      ['L-annex', 90, 100, 1, null, null],
    ]);
  });

  it('level 2: the chapter head, its items whole, the chapter text after its last item as a tail', () => {
    expect(cut(2)).toEqual([
      ['L-opening', 0, 10, 1, null, null],
      ['L-task-1', 10, 15, 1, null, 'head'],
      ['L-task-1.1', 15, 30, 2, 'L-task-1', 'whole'],
      ['L-task-1.2', 30, 40, 2, 'L-task-1', 'whole'],
      ['L-task-1~2', 40, 50, 1, null, 'tail'],
      ['L-task-2', 50, 70, 1, null, 'whole'],
      ['L-task~2', 70, 80, 1, null, 'tail'],
      ['L-closing', 80, 90, 1, null, null],
      ['L-annex', 90, 100, 1, null, null],
    ]);
  });

  it('level 3: L-1.1 splits into its head, its point and its own text after the point', () => {
    expect(cut(3).slice(1, 7)).toEqual([
      ['L-task-1', 10, 15, 1, null, 'head'],
      ['L-task-1.1', 15, 20, 2, 'L-task-1', 'head'],
      ['L-task-1.1.1', 20, 25, 3, 'L-task-1.1', 'whole'],
      ['L-task-1.1~1', 25, 30, 2, 'L-task-1', 'tail'],
      ['L-task-1.2', 30, 40, 2, 'L-task-1', 'whole'],
      ['L-task-1~2', 40, 50, 1, null, 'tail'],
    ]);
  });

  it('a level past the deepest node changes nothing', () => {
    expect(cut(9)).toEqual(cut(3));
  });

  it('sections carry the node they show, its ordinal, marker and label', () => {
    const item = sectionsAt({ outline, parts }, 'L', 2).find((s) => s.id === 'L-task-1.2')!;
    expect(item).toMatchObject({
      kind: 'task',
      node: 'L-1.2',
      ordinal: 2,
      marker: 'm12',
      label: 'label L-1.2',
    });
  });

  it('an empty outline leaves the parts only', () => {
    expect(sectionsAt({ outline: [], parts }, 'R', 1).map((s) => s.id)).toEqual([
      'R-opening',
      'R-closing',
      'R-annex',
    ]);
  });
});
