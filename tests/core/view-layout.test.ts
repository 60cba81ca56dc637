import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { partitionReport } from '../../src/view/blocks';
import { buildRows } from '../../src/view/rows';
import { phrasePreview, phrasesByLength, sectionAt, stepPhrase } from '../../src/view/phrases';
import type { Section } from '../../src/core/types';
import { LEFT_TEXT, RIGHT_TEXT, fixtureComparison } from '../state/fixture';

function section(id: string, start: number, end: number, kind: Section['kind'] = 'task'): Section {
  return { id, kind, label: id, level: 1, start, end };
}

describe('partitionReport', () => {
  it('labels the worked example from the module comment', () => {
    const text = '标题\n要统一思想。\n编辑:某';
    const blocks = partitionReport({
      text,
      meta: {
        lines: [
          { start: 0, end: 2 },
          { start: 10, end: 14 },
        ],
      },
      sections: [section('L-task-1', 3, 9)],
    });
    expect(blocks.map((b) => [b.kind, text.slice(b.start, b.end), b.blank])).toEqual([
      ['meta', '标题', false],
      ['other', '\n', true],
      ['section', '要统一思想。', false],
      ['other', '\n', true],
      ['meta', '编辑:某', false],
    ]);
  });

  it('covers the text exactly, in order, whatever the (even overlapping) inputs (property)', () => {
    const rangeArb = (max: number) =>
      fc.tuple(fc.nat(max), fc.nat(max)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(
      fc.property(
        fc
          .string({ maxLength: 60 })
          .chain((text) =>
            fc.tuple(
              fc.constant(text),
              fc.array(rangeArb(text.length + 3), { maxLength: 5 }),
              fc.array(rangeArb(text.length + 3), { maxLength: 5 }),
            ),
          ),
        ([text, lines, sectionRanges]) => {
          const sections = sectionRanges.map((r, i) => section(`s${i}`, r.start, r.end));
          const blocks = partitionReport({ text, meta: { lines }, sections });
          expect(blocks.map((b) => text.slice(b.start, b.end)).join('')).toBe(text);
          blocks.forEach((block, i) => {
            expect(block.end).toBeGreaterThan(block.start);
            if (i > 0) expect(block.start).toBe(blocks[i - 1]!.end);
          });
        },
      ),
    );
  });
});

describe('buildRows', () => {
  it('puts paired sections on one row and an unpaired one opposite an empty cell', () => {
    const { rows, bands, meta } = buildRows(fixtureComparison());
    expect(
      rows.map((row) => [
        row.kind,
        row.left.sections.map((s) => s.section.id),
        row.right.sections.map((s) => s.section.id),
      ]),
    ).toEqual([
      ['task', ['L-task-1'], ['R-task-1']],
      ['task', ['L-task-2'], ['R-task-2']],
      ['closing', [], ['R-closing']],
    ]);
    expect(bands.map((band) => [band.kind, band.rows.length])).toEqual([
      ['task', 2],
      ['closing', 1],
    ]);
    expect(rows[2]!.similarity).toBeNull();
    expect(rows[0]!.similarity).toBe(0.8);
    // The title line and the newline after it are metadata, not reading rows.
    expect(meta.left.map((b) => LEFT_TEXT.slice(b.start, b.end))).toEqual(['畢節會議', '\n']);
    expect(meta.right.map((b) => RIGHT_TEXT.slice(b.start, b.end))).toEqual(['攀枝花会议', '\n']);
  });

  it('draws every character of both texts exactly once (meta, preamble, sections, trailing text)', () => {
    const comparison = fixtureComparison();
    // Unpair the second task on the left and add unassigned text before the first section.
    comparison.pairs = comparison.pairs.filter((pair) => !pair.left.includes('L-task-2'));
    const { rows, meta } = buildRows(comparison);
    for (const side of ['left', 'right'] as const) {
      const text = comparison[side].text;
      const blocks = [
        ...meta[side],
        ...rows.flatMap((row) => [
          ...row[side].loose,
          ...row[side].sections.flatMap((item) => [item.block, ...item.trailing]),
        ]),
      ].sort((a, b) => a.start - b.start);
      expect(blocks.map((b) => text.slice(b.start, b.end)).join('')).toBe(text);
    }
    expect(rows.some((row) => row.key === 'single-L-task-2')).toBe(true);
  });

  it('gives text before the first section its own preamble row', () => {
    const comparison = fixtureComparison();
    comparison.left.meta.lines = [];
    comparison.left.meta.title = undefined;
    const { rows } = buildRows(comparison);
    expect(rows[0]!.kind).toBe('preamble');
    expect(rows[0]!.left.loose.map((b) => LEFT_TEXT.slice(b.start, b.end)).join('')).toBe('畢節會議\n');
  });
});

describe('phrase helpers', () => {
  const phrases = fixtureComparison(2).phrases;

  it('lists the longest first, ties in reading order', () => {
    expect(phrasesByLength(phrases).map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
  });

  it.each([
    { label: 'first step from nothing', current: null, step: 1 as const, expected: 'p1' },
    { label: 'back from nothing', current: null, step: -1 as const, expected: 'p3' },
    { label: 'forward', current: 'p1', step: 1 as const, expected: 'p2' },
    { label: 'wraps forward', current: 'p3', step: 1 as const, expected: 'p1' },
    { label: 'wraps back', current: 'p1', step: -1 as const, expected: 'p3' },
    { label: 'unknown id restarts', current: 'p99', step: 1 as const, expected: 'p1' },
  ])('steps: $label', ({ current, step, expected }) => {
    expect(stepPhrase(phrases, current, step)).toBe(expected);
  });

  it.each([
    { label: 'short text whole', text: '统一战线', units: 4, expected: '统一战线' },
    { label: 'long text cut, marked', text: '凝聚共识统一战线', units: 4, expected: '凝聚共识…' },
    { label: 'never inside a surrogate pair', text: '凝聚𠀀共识', units: 3, expected: '凝聚…' },
    {
      label: 'the default length',
      text: '要'.repeat(500),
      units: undefined,
      expected: `${'要'.repeat(120)}…`,
    },
  ])('previews a phrase for the list: $label', ({ text, units, expected }) => {
    expect(phrasePreview(text, units)).toBe(expected);
  });

  it('finds the section holding an offset', () => {
    const sections = fixtureComparison().right.sections;
    expect(sectionAt(sections, RIGHT_TEXT.indexOf('扶贫'))?.id).toBe('R-task-2');
    expect(sectionAt(sections, 0)).toBeUndefined();
    expect(sectionAt(sections, RIGHT_TEXT.length - 1)?.id).toBe('R-closing');
  });
});
