/**
 * Chapter bands (src/view/chapters.ts) and a pair's reason (src/view/pairReason.ts). The nested
 * reports below are built by hand (offsets made up); every expected band was worked out on paper:
 *
 *   left   L-opening · L-task-1 (chapter) { L-task-1.1, L-task-1.2 } · L-task~1 (text after it no node holds)
 *          · L-task-2 (chapter) { L-task-2.1 } · L-closing
 *   right  R-opening · R-task-1 (chapter) { R-task-1.1, R-task-1.2 } · R-task-2 (chapter, no items)
 *          · R-task-3 (chapter) { R-task-3.1 } · R-closing
 */
import { describe, expect, it } from 'vitest';
import type { Comparison, Section, SectionKind, SectionPair } from '../../src/core/types';
import { chapterHolding, groupChapters } from '../../src/view/chapters';
import { buildReadingModel, foldedItems, pieceAt, type ReadingModel } from '../../src/view/readingModel';
import { VirtualLayout } from '../../src/view/virtualLayout';
import { pairReason } from '../../src/view/pairReason';
import { LEFT_TEXT, fixtureComparison } from '../state/fixture';

function sections(
  specs: [id: string, parent?: string, kind?: SectionKind, part?: Section['part']][],
): Section[] {
  return specs.map(([id, parent, kind = 'task', part], i) => ({
    id,
    kind,
    label: id,
    level: parent ? 2 : 1,
    ...(parent ? { parent } : {}),
    ...(part ? { part } : {}),
    ...(kind === 'task' && part !== 'tail' ? { node: id.replace('-task', '') } : {}),
    start: i * 10,
    end: i * 10 + 10,
  }));
}

const LEFT = sections([
  ['L-opening', undefined, 'opening'],
  ['L-task-1'],
  ['L-task-1.1', 'L-task-1'],
  ['L-task-1.2', 'L-task-1'],
  ['L-task~1', undefined, 'task', 'tail'],
  ['L-task-2'],
  ['L-task-2.1', 'L-task-2'],
  ['L-closing', undefined, 'closing'],
]);
const RIGHT = sections([
  ['R-opening', undefined, 'opening'],
  ['R-task-1'],
  ['R-task-1.1', 'R-task-1'],
  ['R-task-1.2', 'R-task-1'],
  ['R-task-2'],
  ['R-task-3'],
  ['R-task-3.1', 'R-task-3'],
  ['R-closing', undefined, 'closing'],
]);

const pair = (left: string[], right: string[], kind: SectionKind = 'task'): SectionPair => ({
  left,
  right,
  kind,
  similarity: left.length && right.length ? 0.5 : 0,
});

function comparison(pairs: SectionPair[]) {
  const report = (s: Section[]) => ({ sections: s }) as unknown as Comparison['left'];
  return { left: report(LEFT), right: report(RIGHT), pairs };
}

const bands = (pairs: SectionPair[]) =>
  groupChapters(comparison(pairs))?.map(
    (c) => `${c.id} [${c.left?.id ?? '—'} | ${c.right?.id ?? '—'}] ${c.pairs.join(',')}`,
  );

describe('chapter bands', () => {
  it('paired chapters share a band; items, right-only items and loose text follow their chapter', () => {
    expect(
      bands([
        pair(['L-opening'], ['R-opening'], 'opening'), // 0
        pair(['L-task-1'], ['R-task-1']), // 1
        pair(['L-task-1.1'], ['R-task-1.2']), // 2
        pair([], ['R-task-1.1']), // 3
        pair(['L-task-1.2'], []), // 4
        pair(['L-task~1'], []), // 5
        pair(['L-task-2'], ['R-task-3']), // 6
        pair(['L-task-2.1'], ['R-task-3.1']), // 7
        pair([], ['R-task-2']), // 8
        pair(['L-closing'], ['R-closing'], 'closing'), // 9
      ]),
    ).toEqual([
      'L-task-1 [L-task-1 | R-task-1] 1,2,3,4,5',
      'L-task-2 [L-task-2 | R-task-3] 6,7',
      'R-task-2 [— | R-task-2] 8',
    ]);
  });

  it("a chapter's own text after its last item (the tail of its node) stays in that chapter", () => {
    const tailed = comparison([
      pair(['L-task-1'], ['R-task-1']),
      pair(['L-task-1.1'], ['R-task-1.1']),
      pair(['L-task-1~'], []),
    ]);
    const tail = {
      id: 'L-task-1~',
      kind: 'task',
      label: '',
      level: 1,
      part: 'tail',
      node: 'L-1',
      start: 35,
      end: 40,
    };
    tailed.left = { sections: [...LEFT, tail as Section] } as unknown as Comparison['left'];
    expect(groupChapters(tailed)?.map((c) => `${c.id} ${c.pairs.join(',')}`)).toEqual(['L-task-1 0,1,2']);
  });

  it('an item paired across chapters stays with its left chapter', () => {
    expect(
      bands([
        pair(['L-task-1'], ['R-task-1']),
        pair(['L-task-1.1'], ['R-task-3.1']),
        pair(['L-task-2'], ['R-task-3']),
      ]),
    ).toEqual(['L-task-1 [L-task-1 | R-task-1] 0,1', 'L-task-2 [L-task-2 | R-task-3] 2']);
  });

  it('finds the chapter showing an offset of one side, by the sections of its pairs', () => {
    const c = comparison([pair(['L-task-1'], ['R-task-1']), pair(['L-task-1.1'], ['R-task-3.1'])]);
    const chapters = groupChapters(c)!;
    // L-task-1.1 spans 20..30 (third section), R-task-3.1 60..70 (seventh).
    expect(chapterHolding(chapters, c, 'left', 25)?.id).toBe('L-task-1');
    expect(chapterHolding(chapters, c, 'right', 65)?.id).toBe('L-task-1');
    expect(chapterHolding(chapters, c, 'right', 45)).toBeNull(); // R-task-2 is in no pair
  });

  it('flat reports (the samples) have no chapters', () => {
    expect(groupChapters(fixtureComparison())).toBeNull();
  });
});

describe('chapter bands in the reading model', () => {
  // The fixture made nested by hand: L-task-2 (要脫貧攻堅。) an item of L-task-1. Both task pairs then
  // belong to the chapter L-task-1 (paired with R-task-1), the closing pair stays in its own band.
  const nested = () => {
    const c = fixtureComparison();
    const sections = c.left.sections.map((s) =>
      s.id === 'L-task-2' ? { ...s, level: 2, parent: 'L-task-1' } : s,
    );
    return { ...c, left: { ...c.left, sections } };
  };
  const keys = (model: ReadingModel) =>
    model.items.map((item) =>
      item.kind === 'band' ? (item.chapter ? `chapter ${item.chapter.chapter.id}` : 'band') : item.key,
    );

  it('a chapter band heads its rows', () => {
    expect(keys(buildReadingModel(nested()))).toEqual([
      'meta',
      'band',
      'chapter L-task-1',
      'pair-0',
      'pair-1',
      'band',
      'pair-2',
    ]);
  });

  it('folding hides exactly the rows of the folded chapters; the model stays as it is', () => {
    const model = buildReadingModel(nested());
    const band = model.items.find((item) => item.kind === 'band' && item.chapter);
    expect(band?.kind === 'band' && band.chapter).toMatchObject({ rows: 2 });
    const hiddenKeys = (folded: Set<string>) => {
      const hidden = foldedItems(model, folded);
      return keys(model).filter((_, i) => hidden[i] === 1);
    };
    expect(hiddenKeys(new Set())).toEqual([]);
    expect(hiddenKeys(new Set(['L-task-1']))).toEqual(['pair-0', 'pair-1']);
    expect(hiddenKeys(new Set(['no-such-chapter']))).toEqual([]);
  });

  it("a folded chapter's text is never drawn and takes no height; unfolded, it comes back", () => {
    const model = buildReadingModel(nested());
    const layout = new VirtualLayout(model, { wide: true, cellWidth: 420, script: 'original' });
    const piece = pieceAt(model.pieces.left, LEFT_TEXT.indexOf('脫貧'));
    const drawsIt = () =>
      layout
        .plan(0, 0, true)
        .items.some((item) =>
          item.cells?.left.cards.some(
            (card) => card.drawn && card.groups.some((g) => g.drawn && g.from <= piece && piece < g.to),
          ),
        );
    const open = layout.total;
    expect(drawsIt()).toBe(true);
    layout.setHidden(foldedItems(model, new Set(['L-task-1'])));
    expect(drawsIt()).toBe(false);
    const rows = [3, 4].reduce((sum, i) => sum + new VirtualLayout(model, layout.metrics).itemHeight(i), 0);
    expect(layout.total).toBeCloseTo(open - rows);
    layout.setHidden(null);
    expect(drawsIt()).toBe(true);
    expect(layout.total).toBeCloseTo(open);
  });
});

describe('why a pair', () => {
  it('the fixture pair 0: the engine’s reason with its theme labelled and its phrases looked up', () => {
    // Fixture: 凝聚共識/凝聚共识 (p1) and 統一戰(zhàn)線/统一战线 (p2) lie in L-task-1 and R-task-1; the
    // united-front theme is mentioned in both; p3 (攻坚) is dropped at a minimum length of 4.
    const reason = pairReason(fixtureComparison(), 0)!;
    expect(reason).toEqual({
      similarity: 0.8,
      manual: false,
      themes: [{ theme: 'united-front', zh: '统一战线', en: 'United front' }],
      terms: ['凝聚共识', '统一战线'],
      phrases: [
        { id: 'p1', text: '凝聚共识', hanLength: 4, kind: 'moved' },
        { id: 'p2', text: '统一战线', hanLength: 4, kind: 'aligned' },
      ],
      phraseCount: 2,
    });
  });

  it('a phrase the reason names but the comparison dropped is left out; a one-sided pair shares nothing', () => {
    // p3 攻坚 (2 characters) lies in L-task-2 and R-task-2 (pair 1): kept at a minimum of 2, not of 4.
    expect(pairReason(fixtureComparison(2), 1)!.phrases.map((p) => p.id)).toEqual(['p3']);
    const dropped = fixtureComparison(4);
    dropped.pairs[1]!.why!.phrases = ['p3']; // as if named by a reason made before p3 was dropped
    expect(pairReason(dropped, 1)!.phrases).toEqual([]);
    expect(pairReason(fixtureComparison(2), 2)).toMatchObject({ themes: [], terms: [], phraseCount: 0 });
    expect(pairReason(fixtureComparison(2), 9)).toBeNull();
  });

  it('two headings say how many pairs their items make; other pairs say nothing of items', () => {
    const comparison = fixtureComparison();
    comparison.pairs[0]!.why!.items = 3;
    expect(pairReason(comparison, 0)!.items).toBe(3);
    expect(pairReason(fixtureComparison(), 0)).not.toHaveProperty('items');
  });
});
