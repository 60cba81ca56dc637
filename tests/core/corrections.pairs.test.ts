/**
 * Pair edits (src/core/corrections/pairs.ts) on hand-built sections and pairs. Offsets are made up:
 *
 *   left   L-opening 0..10 · L-task-1 10..20 (node L-1) · L-task-2 20..30 (node L-2) · L-closing 30..40
 *   right  R-opening 0..10 · R-task-1 10..20 · R-task-2 20..30 · R-task-3 30..40
 *   engine pairs  opening↔opening · L-task-1↔R-task-1 · L-task-2↔R-task-2 · —↔R-task-3 · L-closing↔—
 *
 * The scorer stub returns 0.5 for any pair, so a changed pair is visibly re-scored (the engine's were 0.9).
 */
import { describe, expect, it } from 'vitest';
import { applyPairEdits, type PairEdit } from '../../src/core/corrections';
import type { IndexedPair } from '../../src/core/align';
import type { Section, SectionKind } from '../../src/core/types';

function sections(side: 'L' | 'R', kinds: SectionKind[]): Section[] {
  let task = 0;
  return kinds.map((kind, i) => {
    const id = kind === 'task' ? `${side}-task-${++task}` : `${side}-${kind}`;
    return {
      id,
      kind,
      label: id,
      level: 1,
      start: i * 10,
      end: i * 10 + 10,
      ...(kind === 'task' ? { node: `${side}-${task}` } : {}),
    };
  });
}

const LEFT = sections('L', ['opening', 'task', 'task', 'closing']);
const RIGHT = sections('R', ['opening', 'task', 'task', 'task']);
const SIDES = { left: LEFT, right: RIGHT };

function pair(left: number[], right: number[], kind: SectionKind = 'task', similarity = 0.9): IndexedPair {
  return {
    left: left.map((i) => LEFT[i]!.id),
    right: right.map((i) => RIGHT[i]!.id),
    kind,
    similarity: left.length && right.length ? similarity : 0,
    leftIndex: left,
    rightIndex: right,
  };
}

const ENGINE: IndexedPair[] = [
  pair([0], [0], 'opening'),
  pair([1], [1]),
  pair([2], [2]),
  pair([], [3]),
  pair([3], [], 'closing'),
];

const run = (pairs: IndexedPair[], ...edits: PairEdit[]) => applyPairEdits(pairs, edits, SIDES, () => 0.5);
const brief = (pairs: IndexedPair[]) =>
  pairs.map(
    (p) => `${p.left.join('+') || '—'} ↔ ${p.right.join('+') || '—'}${p.manual ? ' *' : ''} ${p.similarity}`,
  );
const at = (start: number, node?: string) => (node ? { start, node } : { start });

describe('pair', () => {
  it('takes the sections from their pairs; what is left of those falls apart into unpaired entries', () => {
    const { pairs, outcomes } = run(ENGINE, { op: 'pair', left: [at(10)], right: [at(20)] });
    expect(outcomes).toEqual([{ applied: true }]);
    // The engine's reading order: a right-only entry right after the pair of the right section before it.
    expect(brief(pairs)).toEqual([
      'L-opening ↔ R-opening 0.9',
      '— ↔ R-task-1 * 0',
      'L-task-1 ↔ R-task-2 * 0.5',
      '— ↔ R-task-3 0',
      'L-task-2 ↔ — * 0',
      'L-closing ↔ — 0',
    ]);
  });

  it('one-to-many: two left sections with one right section; the pair is a task pair', () => {
    const { pairs } = run(ENGINE, { op: 'pair', left: [at(10), at(20)], right: [at(30)] });
    expect(brief(pairs)).toContain('L-task-1+L-task-2 ↔ R-task-3 * 0.5');
    expect(brief(pairs)).toContain('— ↔ R-task-1 * 0');
  });

  it('a pair of one kind keeps it; a mix of kinds reads as tasks', () => {
    const closing = run(ENGINE, { op: 'pair', left: [at(30)], right: [at(30)] }).pairs;
    expect(closing.find((p) => p.left[0] === 'L-closing')!.kind).toBe('task');
    const opening = run(ENGINE, { op: 'pair', left: [at(0)], right: [at(0)] }).pairs;
    expect(opening[0]).toMatchObject({ kind: 'opening', manual: true, similarity: 0.5 });
  });

  it('finds a section by its node when its start moved (a newer parser), never by node alone', () => {
    expect(run(ENGINE, { op: 'pair', left: [at(14, 'L-1')], right: [at(20)] }).outcomes[0]!.applied).toBe(
      true,
    );
    const elsewhere = run(ENGINE, { op: 'pair', left: [at(24, 'L-1')], right: [at(20)] });
    expect(elsewhere.outcomes[0]).toMatchObject({ applied: false });
    expect(elsewhere.pairs).toEqual(ENGINE);
  });

  it('does not fit when a section is missing, and changes nothing', () => {
    const { pairs, outcomes } = run(ENGINE, { op: 'pair', left: [at(10)], right: [at(25)] });
    expect(outcomes[0]).toEqual({
      applied: false,
      reason: 'the right report has no section starting at 25 at this level',
    });
    expect(pairs).toEqual(ENGINE);
  });
});

describe('unpair', () => {
  it('one-to-one: both stand alone', () => {
    const { pairs } = run(ENGINE, { op: 'unpair', left: at(10), right: at(10) });
    expect(brief(pairs).slice(1, 3)).toEqual(['— ↔ R-task-1 * 0', 'L-task-1 ↔ — * 0']);
  });

  it('one-to-many: only the section that shares its side leaves', () => {
    const engine = [
      pair([0], [0], 'opening'),
      pair([1, 2], [1]),
      pair([], [2]),
      pair([], [3]),
      pair([3], [], 'closing'),
    ];
    const { pairs } = run(engine, { op: 'unpair', left: at(20), right: at(10) });
    expect(brief(pairs)).toContain('L-task-1 ↔ R-task-1 * 0.5');
    expect(brief(pairs)).toContain('L-task-2 ↔ — * 0');
  });

  it('does not fit two sections that are not paired', () => {
    expect(run(ENGINE, { op: 'unpair', left: at(10), right: at(20) }).outcomes[0]).toEqual({
      applied: false,
      reason: 'the two sections are not paired',
    });
  });
});

describe('no counterpart', () => {
  it('the section leaves its pair; its partner stands alone too', () => {
    const { pairs } = run(ENGINE, { op: 'no-counterpart', side: 'right', section: at(20) });
    expect(brief(pairs)).toContain('L-task-2 ↔ — * 0');
    expect(brief(pairs)).toContain('— ↔ R-task-2 * 0');
  });

  it('after a pair edit, every section is in exactly one pair', () => {
    const { pairs } = run(
      ENGINE,
      { op: 'pair', left: [at(10)], right: [at(20), at(30)] },
      { op: 'no-counterpart', side: 'left', section: at(0) },
      { op: 'unpair', left: at(10), right: at(30) },
    );
    expect(pairs.flatMap((p) => p.left).sort()).toEqual(LEFT.map((s) => s.id).sort());
    expect(pairs.flatMap((p) => p.right).sort()).toEqual(RIGHT.map((s) => s.id).sort());
    expect(brief(pairs)).toContain('L-task-1 ↔ R-task-2 * 0.5');
  });
});
