/**
 * The choices of a section's correction menu (src/view/sectionActions.ts), on a comparison built by
 * hand; every offset below was counted on the text.
 */
import { describe, expect, it } from 'vitest';
import type { Comparison, Section } from '../../src/core/types';
import { sectionActions } from '../../src/view/sectionActions';

const LEFT = '要统一思想。要凝聚共识。要明确方向。';
const RIGHT = '一是统一思想；二是凝聚共识，明确方向。';

const task = (id: string, start: number, end: number, label: string, marker?: string): Section => ({
  id,
  kind: 'task',
  label,
  level: 1,
  start,
  end,
  node: id.replace('-task', ''),
  ...(marker ? { marker } : {}),
});

const comparison = {
  left: {
    text: LEFT,
    glosses: [],
    sections: [task('L-task-1', 0, 12, '统一思想', '要'), task('L-task-2', 12, 18, '明确方向', '要')],
  },
  right: {
    text: RIGHT,
    glosses: [],
    sections: [task('R-task-1', 0, 7, '统一思想', '一是'), task('R-task-2', 7, 19, '凝聚共识', '二是')],
  },
  pairs: [
    { left: ['L-task-1'], right: ['R-task-1'], kind: 'task', similarity: 0.5 },
    { left: ['L-task-2'], right: ['R-task-2'], kind: 'task', similarity: 0.2 },
  ],
} as unknown as Pick<Comparison, 'left' | 'right' | 'pairs'>;

describe('sectionActions', () => {
  it('a left section: split at its second sentence, merge the next, unpair, pair with any right section', () => {
    const actions = sectionActions(comparison, 'left', 'L-task-1')!;
    expect(actions.split).toEqual([
      { at: 6, title: '要凝聚共识。', correction: { op: 'split', side: 'left', at: 6 } },
    ]);
    expect(actions.mergeNext).toEqual({ op: 'merge', side: 'left', at: 12 });
    expect(actions.unpair).toEqual([
      {
        title: '一是 统一思想',
        correction: { op: 'unpair', left: { start: 0, node: 'L-1' }, right: { start: 0, node: 'R-1' } },
      },
    ]);
    expect(actions.pairWith.map((choice) => [choice.title, choice.correction])).toEqual([
      [
        '一是 统一思想',
        { op: 'pair', left: [{ start: 0, node: 'L-1' }], right: [{ start: 0, node: 'R-1' }] },
      ],
      [
        '二是 凝聚共识',
        { op: 'pair', left: [{ start: 0, node: 'L-1' }], right: [{ start: 7, node: 'R-2' }] },
      ],
    ]);
    expect(actions.noCounterpart).toEqual({
      op: 'no-counterpart',
      side: 'left',
      section: { start: 0, node: 'L-1' },
    });
  });

  it('a right section puts its own anchor on the right of a pair; the last section merges nothing', () => {
    const actions = sectionActions(comparison, 'right', 'R-task-2')!;
    expect(actions.mergeNext).toBeNull();
    // The right text's only sentence end inside R-task-2 is its last character: nowhere to split.
    expect(actions.split).toEqual([]);
    expect(actions.pairWith[0]!.correction).toEqual({
      op: 'pair',
      left: [{ start: 0, node: 'L-1' }],
      right: [{ start: 7, node: 'R-2' }],
    });
    expect(actions.unpair.map((choice) => choice.title)).toEqual(['要 明确方向']);
  });

  it('an unknown section has no menu', () => {
    expect(sectionActions(comparison, 'left', 'L-task-9')).toBeNull();
  });
});
