/**
 * The reader's pair edits, applied to the engine's alignment before shared phrasing is computed, so
 * aligned runs are diffed within the pairs the reader stands behind.
 *
 *   pair            the named sections form one pair (one-to-many allowed), taken out of any pair
 *                   they were in
 *   unpair          two sections of one pair no longer pair: when one of them shares its side of the
 *                   pair with others it alone leaves; when both stand alone on their sides, both do
 *   no-counterpart  the section leaves its pair and stands alone
 *
 * Every pair an edit touched (the new one, and what is left of the ones it took sections from) carries
 * `manual: true` and gets its similarity scored again; a pair left with one side empty falls apart into
 * one unpaired entry per section, as the engine gives them. The result is in the engine's reading
 * order. Anchors are found with `findAnchored`; an edit naming a section that is not in the partition
 * (another alignment level, a newer parser) changes nothing and says so.
 *
 * Example, engine pairs [L1↔R1, L2↔R2]; edits [pair L1↔R2] → [L1↔R2 (manual), L2↔— (manual), —↔R1 (manual)].
 */
import { readingOrder, type IndexedPair } from '../align';
import type { Correction, CorrectionOutcome, Section, SectionAnchor, SectionKind, Side } from '../types';
import { findAnchored } from './anchors';

export type PairEdit = Extract<Correction, { op: 'pair' | 'unpair' | 'no-counterpart' }>;

/** The engine's similarity of a pair, from section indices of each side. */
export type PairScore = (left: readonly number[], right: readonly number[]) => number;

interface Group {
  left: number[];
  right: number[];
  kind: SectionKind;
  similarity: number;
  manual: boolean;
}

export function applyPairEdits(
  pairs: readonly IndexedPair[],
  edits: readonly PairEdit[],
  sections: { left: readonly Section[]; right: readonly Section[] },
  score: PairScore,
): { pairs: IndexedPair[]; outcomes: CorrectionOutcome[] } {
  const groups = new Set<Group>();
  const groupOf = { left: new Map<number, Group>(), right: new Map<number, Group>() };
  const add = (group: Group) => {
    groups.add(group);
    for (const side of ['left', 'right'] as const) for (const i of group[side]) groupOf[side].set(i, group);
  };
  for (const p of pairs) {
    add({
      left: [...p.leftIndex],
      right: [...p.rightIndex],
      kind: p.kind,
      similarity: p.similarity,
      manual: p.manual === true,
    });
  }
  /** Takes section `i` of `side` out of its group. */
  const take = (side: Side, i: number) => {
    const group = groupOf[side].get(i);
    if (!group) return;
    group[side] = group[side].filter((j) => j !== i);
    group.manual = true;
    groupOf[side].delete(i);
    if (group.left.length === 0 && group.right.length === 0) groups.delete(group);
  };
  const alone = (side: Side, i: number) =>
    add({
      left: side === 'left' ? [i] : [],
      right: side === 'right' ? [i] : [],
      kind: sections[side][i]!.kind,
      similarity: 0,
      manual: true,
    });
  const resolve = (side: Side, anchor: SectionAnchor): number | string => {
    const i = findAnchored(sections[side], anchor);
    return i >= 0 ? i : `the ${side} report has no section starting at ${String(anchor.start)} at this level`;
  };

  const outcomes = edits.map((edit): CorrectionOutcome => {
    const fail = (reason: string): CorrectionOutcome => ({ applied: false, reason });
    if (edit.op === 'pair') {
      if (edit.left.length === 0 || edit.right.length === 0)
        return fail('a pair needs a section on each side');
      const left = edit.left.map((a) => resolve('left', a));
      const right = edit.right.map((a) => resolve('right', a));
      const missing = [...left, ...right].find((x) => typeof x === 'string');
      if (missing !== undefined) return fail(missing);
      const l = unique(left as number[]);
      const r = unique(right as number[]);
      l.forEach((i) => take('left', i));
      r.forEach((i) => take('right', i));
      add({ left: l, right: r, kind: 'task', similarity: 0, manual: true });
      return { applied: true };
    }
    if (edit.op === 'unpair') {
      const l = resolve('left', edit.left);
      const r = resolve('right', edit.right);
      if (typeof l === 'string') return fail(l);
      if (typeof r === 'string') return fail(r);
      const group = groupOf.left.get(l);
      if (!group || groupOf.right.get(r) !== group) return fail('the two sections are not paired');
      const leaving: [Side, number][] =
        group.left.length > 1
          ? [['left', l]]
          : group.right.length > 1
            ? [['right', r]]
            : [
                ['left', l],
                ['right', r],
              ];
      for (const [side, i] of leaving) {
        take(side, i);
        alone(side, i);
      }
      return { applied: true };
    }
    const i = resolve(edit.side, edit.section);
    if (typeof i === 'string') return fail(i);
    take(edit.side, i);
    alone(edit.side, i);
    return { applied: true };
  });

  const settled: Group[] = [];
  for (const group of groups) {
    if (group.left.length > 0 && group.right.length > 0) {
      if (group.manual) {
        group.left.sort((a, b) => a - b);
        group.right.sort((a, b) => a - b);
        group.kind = kindOf([
          ...group.left.map((i) => sections.left[i]!.kind),
          ...group.right.map((i) => sections.right[i]!.kind),
        ]);
        group.similarity = score(group.left, group.right);
      }
      settled.push(group);
    } else {
      // One side empty: one unpaired entry per section, as the engine lists them.
      for (const side of ['left', 'right'] as const) {
        for (const i of group[side]) {
          settled.push({
            left: side === 'left' ? [i] : [],
            right: side === 'right' ? [i] : [],
            kind: sections[side][i]!.kind,
            similarity: 0,
            manual: group.manual,
          });
        }
      }
    }
  }

  return {
    pairs: readingOrder(settled).map((g) => ({
      left: g.left.map((i) => sections.left[i]!.id),
      right: g.right.map((i) => sections.right[i]!.id),
      kind: g.kind,
      similarity: g.similarity,
      ...(g.manual ? { manual: true as const } : {}),
      leftIndex: g.left,
      rightIndex: g.right,
    })),
    outcomes,
  };
}

/** A pair of one kind keeps it (opening↔opening); a mix of kinds reads as tasks. */
function kindOf(kinds: readonly SectionKind[]): SectionKind {
  return kinds.every((k) => k === kinds[0]) ? kinds[0]! : 'task';
}

function unique(xs: readonly number[]): number[] {
  return [...new Set(xs)];
}
