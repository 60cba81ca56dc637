/**
 * `compare()` with the reader's corrections, on the two samples. Sections and offsets come from the
 * uncorrected comparison (each named by its label, checked by hand against src/sample/*), so the tests
 * say what a reader did: "pair Bijie's 统一思想 task with Panzhihua's 党外知识分子 task".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, type Comparison, type Correction, type Section } from '../../src/core/index';
import { BIJIE, PANZHIHUA } from './samples';

const BASE = compare(BIJIE, PANZHIHUA);
// The last section so labelled: a speech point's head shares the label of its first topic, and the
// topic itself is the unit a reader pairs.
const section = (side: 'left' | 'right', label: string): Section => {
  const found = BASE[side].sections.filter((s) => s.label.startsWith(label)).at(-1);
  if (!found) throw new Error(`no ${side} section labelled ${label}`);
  return found;
};
// Bijie `要統一思想,凝聚共識,明確方向。…`; Panzhihua `二是要围绕更好地团结和激发党外知识分子…`.
const UNITE = section('left', '統一思想');
const INTELLECTUALS = section('right', '做好党外知识分子工作');
// 二是 pairs with nothing, so it shows its 要 sentences (a stray stays open): its second, on
// intellectuals in the new economic and social organisations, is a section of its own.
const NEW_ORGANISATIONS = BASE.right.sections.find((s) =>
  BASE.right.text.slice(s.start, s.end).startsWith('要做好新经济组织'),
)!;
// The cut section edits apply to: the engine's level, no node opened (compare() opens none once the
// reader has split or merged).
const CUT = compare(BIJIE, PANZHIHUA, { alignLevel: BASE.level });
const run = (...corrections: Correction[]) => compare(BIJIE, PANZHIHUA, { corrections });
const pairOf = (c: Comparison, id: string) =>
  c.pairs.find((p) => p.left.includes(id) || p.right.includes(id))!;

describe('compare with corrections', () => {
  it('none: the engine result as it was, nothing marked manual', () => {
    expect(BASE.corrections).toEqual([]);
    expect(BASE.pairs.some((p) => p.manual)).toBe(false);
    expect(BASE.left.sections.some((s) => s.manual)).toBe(false);
  });

  it('a hand-made pair is scored and its shared phrasing is diffed as aligned', () => {
    const target = NEW_ORGANISATIONS;
    const c = run({ op: 'pair', left: [{ start: UNITE.start }], right: [{ start: target.start }] });
    expect(c.corrections).toEqual([{ applied: true }]);
    const pair = pairOf(c, UNITE.id);
    expect(pair).toMatchObject({ left: [UNITE.id], right: [target.id], kind: 'task', manual: true });
    expect(pair.similarity).toBeGreaterThanOrEqual(0);
    // Both sections say 统战工作 (`統戰(zhàn)工作精神`, `知识分子的统战工作`): aligned once they pair.
    const inside = (r: { start: number }, s: Section) => r.start >= s.start && r.start < s.end;
    const aligned = c.phrases.filter(
      (p) => p.kind === 'aligned' && inside(p.left, UNITE) && inside(p.right, target),
    );
    expect(aligned.map((p) => p.text)).toContain('统战工作');
    expect(
      BASE.phrases.some((p) => p.kind === 'aligned' && inside(p.left, UNITE) && inside(p.right, target)),
    ).toBe(false);
    expect(c.stats.pairs).toHaveLength(c.pairs.length);
  });

  it('a split opening gains a task, which the engine then aligns like any other', () => {
    // Bijie's opening is the lead (line 3) and the attendee line (line 4), checked by hand: split it
    // before the attendee line.
    const opening = section('left', '开头');
    const at = BIJIE.indexOf('市委常委宮曉農');
    expect(at).toBeGreaterThan(opening.start);
    expect(at).toBeLessThan(opening.end);
    const c = run({ op: 'split', side: 'left', at });
    expect(c.corrections).toEqual([{ applied: true }]);
    const made = c.left.sections.find((s) => s.id === `L-task@${at}`)!;
    expect(made).toMatchObject({ kind: 'task', manual: true, start: at, end: opening.end });
    expect(made.label.length).toBeGreaterThan(0);
    expect(c.pairs.filter((p) => p.left.includes(made.id))).toHaveLength(1);
  });

  it('a merge joins two tasks into one section, and a pair may name it afterwards', () => {
    // 三是 whole, as it stands in the cut the merge applies to.
    const head = section('right', '做好非公有制经济领域统战工作');
    const second = CUT.right.sections.find((s) => s.start === head.start)!;
    const c = run(
      { op: 'merge', side: 'right', at: second.start },
      { op: 'pair', left: [{ start: UNITE.start }], right: [{ start: INTELLECTUALS.start }] },
    );
    expect(c.corrections).toEqual([{ applied: true }, { applied: true }]);
    expect(c.right.sections).toHaveLength(CUT.right.sections.length - 1);
    expect(c.right.sections.find((s) => s.id === INTELLECTUALS.id)).toMatchObject({
      end: second.end,
      manual: true,
    });
  });

  it('an edit that no longer fits is reported with its reason; the rest apply; a malformed one does not throw', () => {
    const c = compare(BIJIE, PANZHIHUA, {
      corrections: [
        { op: 'merge', side: 'left', at: UNITE.start + 3 },
        { op: 'no-counterpart', side: 'left', section: { start: UNITE.start } },
        { op: 'split', side: 'up', at: 'x' } as unknown as Correction,
      ],
    });
    expect(c.corrections[0]).toEqual({ applied: false, reason: `no section starts at ${UNITE.start + 3}` });
    expect(c.corrections[1]).toEqual({ applied: true });
    expect(c.corrections[2]).toMatchObject({
      applied: false,
      reason: expect.stringMatching(/^malformed/) as unknown,
    });
    expect(pairOf(c, UNITE.id)).toMatchObject({ right: [], manual: true });
  });
});

describe('corrections across an alignment level the reader switches', () => {
  // At level 1 the Simplified sample is cut at its four speech points: Panzhihua's 二是…党外知识分子
  // item (inside the third point) starts no section there, so a pair naming it cannot apply; a split of
  // Bijie's opening names an offset, which fits at any level.
  const at = BIJIE.indexOf('市委常委宮曉農');
  const corrections: Correction[] = [
    { op: 'pair', left: [{ start: UNITE.start }], right: [{ start: INTELLECTUALS.start }] },
    { op: 'split', side: 'left', at },
  ];

  it('at the chapters, the pair that no longer fits is reported and kept; the split applies', () => {
    const c = compare(BIJIE, PANZHIHUA, { corrections, alignLevel: 1 });
    expect(c.level).toBe(1);
    expect(c.right.sections.some((s) => s.start === INTELLECTUALS.start)).toBe(false);
    expect(c.corrections[0]).toMatchObject({ applied: false });
    expect(c.corrections[1]).toEqual({ applied: true });
    expect(c.options.corrections).toEqual(corrections);
  });

  it('back at the engine’s level, both apply again', () => {
    const c = compare(BIJIE, PANZHIHUA, { corrections, alignLevel: 'auto' });
    expect(c.corrections).toEqual([{ applied: true }, { applied: true }]);
    expect(pairOf(c, UNITE.id)).toMatchObject({ right: [INTELLECTUALS.id], manual: true });
  });
});

describe('compare with any corrections keeps its contract', () => {
  const offset = fc.nat({ max: Math.max(BIJIE.length, PANZHIHUA.length) });
  const side = fc.constantFrom('left' as const, 'right' as const);
  const anchor = (s: 'left' | 'right') =>
    fc.nat({ max: BASE[s].sections.length - 1 }).map((i) => ({ start: BASE[s].sections[i]!.start }));
  const correction: fc.Arbitrary<Correction> = fc.oneof(
    fc.record({ op: fc.constant('split' as const), side, at: offset }),
    fc.record({ op: fc.constant('merge' as const), side, at: offset }),
    fc.record({
      op: fc.constant('pair' as const),
      left: fc.array(anchor('left'), { minLength: 1, maxLength: 2 }),
      right: fc.array(anchor('right'), { minLength: 1, maxLength: 2 }),
    }),
    fc.record({ op: fc.constant('unpair' as const), left: anchor('left'), right: anchor('right') }),
    side.chain((s) =>
      fc.record({ op: fc.constant('no-counterpart' as const), side: fc.constant(s), section: anchor(s) }),
    ),
  );

  it('sections stay a sorted partition, every section sits in exactly one pair, one outcome per edit', () => {
    fc.assert(
      fc.property(fc.array(correction, { maxLength: 6 }), (corrections) => {
        const c = compare(BIJIE, PANZHIHUA, { corrections });
        expect(c.corrections).toHaveLength(corrections.length);
        for (const s of ['left', 'right'] as const) {
          const sections = c[s].sections;
          sections.forEach((x, i) => {
            expect(x.start).toBeLessThan(x.end);
            if (i > 0) expect(x.start).toBeGreaterThanOrEqual(sections[i - 1]!.end);
          });
          // The corrected sections hold exactly the text the engine's held, no more, no less.
          const held = (list: readonly Section[]) =>
            list
              .map((x) => c[s].text.slice(x.start, x.end))
              .join('')
              .replace(/\s/gu, '');
          expect(held(sections)).toBe(held(BASE[s].sections));
          const ids = c.pairs.flatMap((p) => p[s]);
          expect(ids.sort()).toEqual(sections.map((x) => x.id).sort());
        }
        expect(c.stats.pairs).toHaveLength(c.pairs.length);
      }),
      { numRuns: 40 },
    );
  });
});
