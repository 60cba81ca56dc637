/**
 * Section edits (src/core/corrections/sections.ts) on a hand-built partition. Text and sections:
 *
 *   开头说明。\n要统一思想。要凝聚共识。\n要脱贫攻坚。\n会议结束。
 *   L-opening `开头说明。`   L-task-1 `要统一思想。要凝聚共识。`   L-task-2 `要脱贫攻坚。`
 *   L-closing `会议结束。`   (each followed by a line break that no section holds)
 *
 * Offsets are found with indexOf on the strings written here; expectations were worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { applySectionEdits, type SectionEdit } from '../../src/core/corrections';
import type { Section } from '../../src/core/types';

const TEXT = '开头说明。\n要统一思想。要凝聚共识。\n要脱贫攻坚。\n会议结束。';
const at = (part: string) => {
  const i = TEXT.indexOf(part);
  if (i < 0) throw new Error(`not in the text: ${part}`);
  return i;
};
const span = (part: string) => ({ start: at(part), end: at(part) + part.length });

const SECTIONS: Section[] = [
  { id: 'L-opening', kind: 'opening', label: '开头', level: 1, ...span('开头说明。') },
  {
    id: 'L-task-1',
    kind: 'task',
    label: '统一思想',
    ordinal: 1,
    marker: '要',
    level: 1,
    node: 'L-1',
    part: 'whole',
    ...span('要统一思想。要凝聚共识。'),
  },
  {
    id: 'L-task-2',
    kind: 'task',
    label: '脱贫攻坚',
    level: 1,
    node: 'L-2',
    part: 'whole',
    ...span('要脱贫攻坚。'),
  },
  { id: 'L-closing', kind: 'closing', label: '结尾', level: 1, ...span('会议结束。') },
];

const context = { text: TEXT, side: 'L' as const, label: (s: number, e: number) => `«${TEXT.slice(s, e)}»` };
const run = (...edits: SectionEdit[]) => applySectionEdits(SECTIONS, edits, context);
const brief = (sections: Section[]) =>
  sections.map((s) => `${s.id} ${TEXT.slice(s.start, s.end)}${s.manual ? ' *' : ''}`);

describe('split', () => {
  it('cuts the section holding the offset: the first part keeps its id, the second is a new task', () => {
    const { sections, outcomes } = run({ op: 'split', side: 'left', at: at('要凝聚') });
    expect(outcomes).toEqual([{ applied: true }]);
    expect(brief(sections)).toEqual([
      'L-opening 开头说明。',
      'L-task-1 要统一思想。 *',
      `L-task@${at('要凝聚')} 要凝聚共识。 *`,
      'L-task-2 要脱贫攻坚。',
      'L-closing 会议结束。',
    ]);
    const made = sections[2]!;
    expect(made).toMatchObject({ kind: 'task', level: 1, label: '«要凝聚共识。»', manual: true });
    expect(made.node).toBeUndefined();
    expect(sections[1]).toMatchObject({ node: 'L-1', ordinal: 1, label: '统一思想' });
  });

  it('a caret on the blank before a paragraph splits at the paragraph', () => {
    const text = '开头说明。\n\n  要统一思想。';
    const sections: Section[] = [
      { id: 'L-opening', kind: 'opening', label: '开头', level: 1, start: 0, end: text.length },
    ];
    const result = applySectionEdits(sections, [{ op: 'split', side: 'left', at: 5 }], { ...context, text });
    expect(result.sections.map((s) => text.slice(s.start, s.end))).toEqual([
      '开头说明。\n\n  ',
      '要统一思想。',
    ]);
  });

  it('splitting the opening makes the second part a task (a first point the engine missed)', () => {
    const { sections } = run({ op: 'split', side: 'left', at: at('说明') });
    expect(sections.slice(0, 2).map((s) => [s.kind, TEXT.slice(s.start, s.end)])).toEqual([
      ['opening', '开头'],
      ['task', '说明。'],
    ]);
  });

  it('the second part of a nested section stays at its level, under its parent', () => {
    const nested = SECTIONS.map((s) => (s.id === 'L-task-2' ? { ...s, level: 2, parent: 'L-task-1' } : s));
    const { sections } = applySectionEdits(nested, [{ op: 'split', side: 'left', at: at('攻坚') }], context);
    expect(sections[3]).toMatchObject({ level: 2, parent: 'L-task-1' });
  });

  it.each([
    { label: 'at a section start', offset: () => at('要脱贫'), reason: /nothing before it/ },
    { label: 'on the break between sections', offset: () => at('\n要脱贫'), reason: /in no section/ },
    { label: 'past the end of the text', offset: () => TEXT.length + 5, reason: /outside the text/ },
    { label: 'not a whole number', offset: () => 2.5, reason: /outside the text/ },
  ])('does not fit $label, and changes nothing', ({ offset, reason }) => {
    const { sections, outcomes } = run({ op: 'split', side: 'left', at: offset() });
    expect(sections).toEqual(SECTIONS);
    expect(outcomes[0]).toMatchObject({ applied: false, reason: expect.stringMatching(reason) as unknown });
  });

  it('never cuts a surrogate pair', () => {
    const text = '要𠀀𠀀统一';
    const sections: Section[] = [
      { id: 'L-task-1', kind: 'task', label: '', level: 1, start: 0, end: text.length },
    ];
    const { sections: out } = applySectionEdits(sections, [{ op: 'split', side: 'left', at: 2 }], {
      ...context,
      text,
    });
    expect(out.map((s) => text.slice(s.start, s.end))).toEqual(['要', '𠀀𠀀统一']);
  });
});

describe('merge', () => {
  it('joins the section starting at the offset to the one before; the first keeps its id and label', () => {
    const { sections, outcomes } = run({ op: 'merge', side: 'left', at: at('要脱贫') });
    expect(outcomes).toEqual([{ applied: true }]);
    expect(brief(sections)).toEqual([
      'L-opening 开头说明。',
      'L-task-1 要统一思想。要凝聚共识。\n要脱贫攻坚。 *',
      'L-closing 会议结束。',
    ]);
    expect(sections[1]!.label).toBe('统一思想');
  });

  it('nested sections of the one that joined now hang from the joined one', () => {
    const nested = [
      ...SECTIONS.slice(0, 3),
      {
        id: 'L-task-2.1',
        kind: 'task' as const,
        label: '',
        level: 2,
        parent: 'L-task-2',
        ...span('会议结束。'),
      },
    ];
    const { sections } = applySectionEdits(
      nested,
      [{ op: 'merge', side: 'left', at: at('要脱贫') }],
      context,
    );
    expect(sections.at(-1)).toMatchObject({ parent: 'L-task-1' });
  });

  it.each([
    { label: 'where no section starts', offset: () => at('凝聚'), reason: /no section starts/ },
    { label: 'at the first section', offset: () => 0, reason: /is the first/ },
  ])('does not fit $label', ({ offset, reason }) => {
    const { sections, outcomes } = run({ op: 'merge', side: 'left', at: offset() });
    expect(sections).toEqual(SECTIONS);
    expect(outcomes[0]).toMatchObject({ applied: false, reason: expect.stringMatching(reason) as unknown });
  });

  it('does not join across text that is in neither section', () => {
    const text = '甲。乙丙。丁。';
    const sections: Section[] = [
      { id: 'L-task-1', kind: 'task', label: '', level: 1, start: 0, end: 2 },
      { id: 'L-task-2', kind: 'task', label: '', level: 1, start: 5, end: 7 },
    ];
    const { outcomes } = applySectionEdits(sections, [{ op: 'merge', side: 'left', at: 5 }], {
      ...context,
      text,
    });
    expect(outcomes[0]).toMatchObject({ applied: false });
  });
});

describe('in order', () => {
  it('a merge can undo a split: the ranges come back, marked manual', () => {
    const { sections } = run(
      { op: 'split', side: 'left', at: at('要凝聚') },
      { op: 'merge', side: 'left', at: at('要凝聚') },
    );
    expect(sections.map((s) => [s.id, s.start, s.end])).toEqual(SECTIONS.map((s) => [s.id, s.start, s.end]));
    expect(sections[1]!.manual).toBe(true);
  });

  it('a later edit sees an earlier one: a split, then a split inside the new part', () => {
    const { sections, outcomes } = run(
      { op: 'split', side: 'left', at: at('要凝聚') },
      { op: 'split', side: 'left', at: at('共识') },
    );
    expect(outcomes).toEqual([{ applied: true }, { applied: true }]);
    expect(brief(sections).slice(1, 4)).toEqual([
      'L-task-1 要统一思想。 *',
      `L-task@${at('要凝聚')} 要凝聚 *`,
      `L-task@${at('共识')} 共识。 *`,
    ]);
  });

  it('one edit that does not fit leaves the others applied', () => {
    const { outcomes } = run(
      { op: 'merge', side: 'left', at: 0 },
      { op: 'split', side: 'left', at: at('要凝聚') },
    );
    expect(outcomes.map((o) => o.applied)).toEqual([false, true]);
  });
});
