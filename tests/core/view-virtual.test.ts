import { describe, expect, it } from 'vitest';
import type { Side } from '../../src/core/types';
import { sampleComparison } from '../../src/state/sample';
import { buildReadingModel, pieceAt, type ReadingModel } from '../../src/view/readingModel';
import { reusePlan, VirtualLayout, type Plan } from '../../src/view/virtualLayout';
import { RIGHT_TEXT, fixtureComparison } from '../state/fixture';

const SIDES: Side[] = ['left', 'right'];
const wide = { wide: true, cellWidth: 420, script: 'original' as const };

/** Every piece index of `side` a plan draws, in the order drawn. */
function drawnPieces(plan: Plan, side: Side): number[] {
  const out: number[] = [];
  for (const item of plan.items) {
    for (const card of item.cells?.[side].cards ?? []) {
      if (!card.drawn) continue;
      for (const group of card.groups)
        if (group.drawn) for (let i = group.from; i < group.to; i++) out.push(i);
    }
  }
  return out;
}

/** The text a side's pieces give, read in order of their start offsets. */
function readBack(model: ReadingModel, side: Side, text: string): string {
  const pieces = model.pieces[side];
  return [...pieces.order].map((i) => text.slice(pieces.start[i]!, pieces.end[i]!)).join('');
}

describe('buildReadingModel', () => {
  it('lists the fixture as metadata, bands and rows', () => {
    const model = buildReadingModel(fixtureComparison());
    expect(model.items.map((item) => (item.kind === 'row' ? item.key : item.kind))).toEqual([
      'meta',
      'band',
      'pair-0',
      'pair-1',
      'band',
      'pair-2',
    ]);
  });

  it.each([
    { label: 'the fixture', comparison: fixtureComparison() },
    { label: 'the two samples', comparison: sampleComparison() },
  ])('its pieces tile each text exactly: $label', ({ comparison }) => {
    const model = buildReadingModel(comparison);
    for (const side of SIDES)
      expect(readBack(model, side, comparison[side].text)).toBe(comparison[side].text);
  });

  it('finds the piece holding an offset', () => {
    const model = buildReadingModel(fixtureComparison());
    const pieces = model.pieces.right;
    const at = RIGHT_TEXT.indexOf('扶贫');
    const piece = pieceAt(pieces, at);
    expect(RIGHT_TEXT.slice(pieces.start[piece]!, pieces.end[piece]!)).toContain('二是扶贫攻坚');
    expect(pieceAt(pieces, -1)).toBe(-1);
  });
});

describe('VirtualLayout', () => {
  const comparison = sampleComparison();
  const model = buildReadingModel(comparison);

  it('drawing everything draws every piece of each side once', () => {
    const plan = new VirtualLayout(model, wide).plan(0, 0, true);
    for (const side of SIDES) {
      const drawn = drawnPieces(plan, side).sort((a, b) => a - b);
      expect(drawn).toEqual(Array.from({ length: model.pieces[side].count }, (_, i) => i));
    }
    expect([plan.top, plan.bottom]).toEqual([0, 0]);
  });

  it('a stretch draws only items that reach it, and spacers fill the rest to the full height', () => {
    const layout = new VirtualLayout(model, wide);
    const plan = layout.plan(1500, 2500);
    const first = plan.items[0]!.index;
    const last = plan.items.at(-1)!.index;
    expect(layout.itemTop(first)).toBeLessThanOrEqual(1500);
    expect(layout.itemTop(last) + layout.itemHeight(last)).toBeGreaterThanOrEqual(2500);
    const drawnHeight = plan.items.reduce((sum, item) => sum + layout.itemHeight(item.index), 0);
    expect(plan.top + drawnHeight + plan.bottom).toBeCloseTo(layout.total);
    expect(plan.items.length).toBeLessThan(model.items.length);
  });

  it('inside a tall row, draws the lines near the stretch and stands in for the others', () => {
    // One row, 400 one-line paragraphs a side: ~12,000 px at 30 px a line.
    const text = Array.from({ length: 400 }, (_, i) => `第${i}段要统一思想。`).join('\n');
    const tall = fixtureComparison();
    const section = (side: 'L' | 'R') => ({
      id: `${side}-task-1`,
      kind: 'task' as const,
      label: '',
      level: 1,
      start: 0,
      end: text.length,
    });
    const report = {
      ...tall.left,
      text,
      normalized: text,
      map: identity(text.length),
      meta: { lines: [] },
      sections: [],
    };
    const both = {
      left: { ...report, sections: [section('L')] },
      right: { ...report, sections: [section('R')] },
      pairs: [{ left: ['L-task-1'], right: ['R-task-1'], kind: 'task' as const, similarity: 1 }],
    };
    const layout = new VirtualLayout(buildReadingModel(both), wide);
    const plan = layout.plan(6000, 7000);
    const row = plan.items.find((item) => item.item.kind === 'row')!;
    const card = row.cells!.left.cards[0]!;
    expect(card.drawn).toBe(true);
    if (!card.drawn) return;
    const body = card.groups[0]!;
    expect(body.drawn).toBe(true);
    if (!body.drawn) return;
    expect(body.to - body.from).toBeGreaterThan(20);
    expect(body.to - body.from).toBeLessThan(60);
    const lineHeight = layout.pieceHeight('left', 0);
    expect(body.before).toBeCloseTo(body.from * lineHeight);
    expect(body.after).toBeCloseTo((400 - body.to) * lineHeight);
    // The piece at list position ~6,000 is among those drawn.
    const middle = pieceAt(layout.model.pieces.left, text.indexOf('第200段'));
    expect(layout.pieceTop('left', middle)).toBeGreaterThan(5000);
    expect(middle).toBeGreaterThanOrEqual(body.from);
  });

  it('a measured piece moves what is below it by the difference', () => {
    const layout = new VirtualLayout(model, wide);
    const total = layout.total;
    const lastItem = model.items.length - 1;
    const below = layout.itemTop(lastItem);
    // A piece of a row the tallest on its side, so the row grows with it.
    const piece = model.pieces.left.count - 1;
    const item = model.pieces.left.item[piece]!;
    const before = layout.itemHeight(item);
    layout.measurePiece('left', piece, layout.pieceHeight('left', piece) + 300);
    const grown = layout.itemHeight(item) - before;
    expect(grown).toBeGreaterThanOrEqual(0);
    expect(layout.total - total).toBeCloseTo(grown);
    if (item < lastItem) expect(layout.itemTop(lastItem) - below).toBeCloseTo(grown);
  });

  it('a measurement within half a pixel is kept exactly but does not count as a move', () => {
    const layout = new VirtualLayout(model, wide);
    const piece = model.pieces.left.count - 1;
    const estimate = layout.pieceHeight('left', piece);
    // 0.1875 px off: a spacer standing in for the piece later must be this tall, not the estimate.
    expect(layout.measurePiece('left', piece, estimate - 0.1875)).toBe(false);
    expect(layout.pieceHeight('left', piece)).toBe(estimate - 0.1875);
    expect(layout.measurePiece('left', piece, estimate - 0.1875)).toBe(false);
    const row = model.items.findIndex((item) => item.kind === 'row');
    expect(layout.measurePart(row, 'left', 5000)).toBe(true);
    expect(layout.measurePart(row, 'left', 5000.25)).toBe(false);
    expect(layout.itemHeight(row)).toBe(5000.25);
  });

  it('a measured cell is the height of its side of the row from then on', () => {
    const layout = new VirtualLayout(model, wide);
    const row = model.items.findIndex((item) => item.kind === 'row');
    layout.measurePart(row, 'left', 5000);
    expect(layout.itemHeight(row)).toBe(5000);
    layout.setMetrics({ ...wide, cellWidth: 300 }); // another width: what was measured no longer holds
    expect(layout.itemHeight(row)).not.toBe(5000);
  });

  it('in the narrow layout a row is its two cells and the gutter, one under the other', () => {
    const narrow = new VirtualLayout(model, { ...wide, wide: false });
    const row = model.items.findIndex((item) => item.kind === 'row');
    narrow.measurePart(row, 'left', 100);
    narrow.measurePart(row, 'gutter', 30);
    narrow.measurePart(row, 'right', 200);
    expect(narrow.itemHeight(row)).toBe(330);
    const item = model.items[row]!;
    if (item.kind !== 'row') throw new Error('not a row');
    const firstRight = item.cells.right.cards[0]!.from;
    expect(narrow.pieceTop('right', firstRight)).toBeGreaterThanOrEqual(narrow.itemTop(row) + 130);
  });
});

function identity(length: number) {
  const starts = Int32Array.from({ length }, (_, i) => i);
  return { normStart: starts, normEnd: Int32Array.from({ length }, (_, i) => i + 1) };
}

describe('reusePlan', () => {
  const model = buildReadingModel(sampleComparison());
  const layout = new VirtualLayout(model, wide);
  const step = 400;
  const previous = layout.plan(1600, 2800);
  const next = layout.plan(1600 + step, 2800 + step);
  const reused = reusePlan(previous, next);
  const byIndex = (plan: Plan) => new Map(plan.items.map((item) => [item.index, item]));

  it('plans exactly what the new plan plans', () => {
    expect(reused).toEqual(next);
  });

  it.each([
    {
      label: 'an item planned alike in both is the previous object',
      check: () => {
        const old = byIndex(previous);
        const same = reused.items.filter((item) => item === old.get(item.index));
        // Items in the middle of both stretches are planned alike (at least one is, by the step's size).
        expect(same.length).toBeGreaterThan(0);
        for (const item of same) expect(item).toEqual(byIndex(next).get(item.index));
      },
    },
    {
      label: 'an item only the new plan draws is the new object',
      check: () => {
        const old = byIndex(previous);
        const entering = next.items.filter((item) => !old.has(item.index));
        expect(entering.length).toBeGreaterThan(0);
        for (const item of entering) expect(byIndex(reused).get(item.index)).toBe(item);
      },
    },
    {
      label: 'an item planned otherwise keeps the cells planned alike',
      check: () => {
        const first = previous.items.find((item) => item.cells?.right.cards.some((card) => card.drawn))!;
        const right = {
          cards: first.cells!.right.cards.map((card) =>
            card.drawn ? { drawn: false as const, height: 1 } : card,
          ),
        };
        // The left cell planned alike but built anew, as every plan builds it.
        const changed = { ...first, cells: { left: structuredClone(first.cells!.left), right } };
        const out = reusePlan(previous, { ...previous, items: [changed] }).items[0]!;
        expect(out).not.toBe(first);
        expect(out.cells!.left).toBe(first.cells!.left);
        expect(out.cells!.right).not.toBe(first.cells!.right);
        expect(out.cells!.right).toEqual(right);
      },
    },
    {
      label: 'a new model reuses nothing (items are other objects)',
      check: () => {
        const other = new VirtualLayout(buildReadingModel(sampleComparison()), wide).plan(1600, 2800);
        const out = reusePlan(previous, other);
        other.items.forEach((item, i) => expect(out.items[i]).toBe(item));
      },
    },
  ])('$label', ({ check }) => check());
});
