/** Pair agreement and wrong pairs (./score-pairs.ts), on labels and engine pairs made up for the purpose. */
import { describe, expect, it } from 'vitest';
import { resolveLabel } from '../labels';
import { mapUnits, scorePairs, type PairsFile } from './score-pairs';

const idsOf = (keys: string[][], side: 'L' | 'R') => keys.map((k) => k.map((key) => `${side}-${key}`));
const maps = (left: string[], right: string[]) => ({
  left: new Map(left.map((k) => [k, `L-${k}`])),
  right: new Map(right.map((k) => [k, `R-${k}`])),
});
const engine = (pairs: [string[], string[]][]) =>
  pairs.map(([l, r]) => ({ left: idsOf([l], 'L')[0]!, right: idsOf([r], 'R')[0]! }));

describe('scorePairs', () => {
  const file: PairsFile = {
    left: 'a',
    right: 'b',
    pairs: [
      { left: ['1'], right: ['2'] },
      { left: ['2'], right: ['1', '3'], why: 'b splits it' },
    ],
    unpaired: { left: ['3'] },
  };
  const { left, right } = maps(['1', '2', '3'], ['1', '2', '3']);

  it('scores the worked example of the module comment', () => {
    const s = scorePairs(
      file,
      left,
      right,
      engine([
        [['1'], ['2']],
        [['2'], ['1']],
        [['3'], ['3']],
      ]),
    );
    expect(s).toMatchObject({
      decisions: 3,
      agreed: 1,
      found: 1,
      partial: 1,
      unpaired: 1,
      unpairedAgreed: 0,
    });
    expect(s).toMatchObject({ judged: 3, wrong: 1, wrongPairs: ['3 ↔ 3'] });
  });

  it('agrees everywhere when the engine makes exactly the labelled decisions', () => {
    const s = scorePairs(
      file,
      left,
      right,
      engine([
        [['1'], ['2']],
        [['2'], ['1', '3']],
        [['3'], []],
      ]),
    );
    expect(s).toMatchObject({ decisions: 3, agreed: 3, judged: 2, wrong: 0 });
  });

  it('still finds a pair when the engine adds a section the labels do not speak of', () => {
    const withExtra = engine([[['1'], ['2']]]);
    withExtra[0]!.right.push('R-chapter-head');
    expect(scorePairs(file, left, right, withExtra).found).toBe(1);
  });

  it('does not count an unpaired unit as agreeing when the engine pairs it with anything', () => {
    const pairs = [{ left: ['L-3'], right: ['R-chapter-head'] }];
    expect(scorePairs(file, left, right, pairs).unpairedAgreed).toBe(0);
  });

  it('cannot agree on a unit the engine never cut out', () => {
    const partial = maps(['1', '2'], ['1', '2', '3']);
    const s = scorePairs(file, partial.left, partial.right, engine([[['1'], ['2']]]));
    expect(s.agreed).toBe(1);
    expect(s.missed).toContain('3 ↔ ∅');
  });
});

describe('mapUnits', () => {
  const text = '会议召开。\n一是抓党建。\n二是促发展。\n会上，大家发言。';
  const doc = resolveLabel(
    {
      id: 'x',
      title: '',
      bodyStart: '会议召开',
      closingStart: '会上，',
      outline: [
        { at: '一是抓党建', level: 1, marker: '一是', style: 'shi' },
        { at: '二是促发展', level: 1, marker: '二是', style: 'shi' },
      ],
    },
    text,
  );

  it('finds opening, closing and nodes among the engine sections by where they start', () => {
    const sections = [
      { id: 'L-opening', kind: 'opening', start: 0 },
      { id: 'L-task-1', kind: 'task', start: text.indexOf('一是') },
      // The engine started the second task at its line, before the indentation-free marker: same place.
      { id: 'L-task-2', kind: 'task', start: text.indexOf('二是') - 1 },
      { id: 'L-closing', kind: 'closing', start: text.indexOf('会上') },
    ];
    const map = mapUnits(doc, ['opening', '1', '2', 'closing'], sections);
    expect([...map]).toEqual([
      ['opening', 'L-opening'],
      ['closing', 'L-closing'],
      ['1', 'L-task-1'],
      ['2', 'L-task-2'],
    ]);
  });

  it('maps only the units asked for, and none the engine lacks', () => {
    const sections = [{ id: 'L-task-1', kind: 'task', start: text.indexOf('一是') }];
    expect([...mapUnits(doc, ['1', '2', 'closing'], sections)]).toEqual([['1', 'L-task-1']]);
  });
});
