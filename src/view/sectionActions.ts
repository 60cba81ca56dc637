/**
 * What a section's correction menu offers, each choice a ready `Correction` (src/core/types.ts): split
 * it at one of its sentence starts, merge the next section of the same side into it, pair it with a
 * section of the other report (taking that section from any pair it was in), undo each of its current
 * pairings, or mark it as having no counterpart. Plain data, so the menu stays a list of buttons.
 *
 * Example: left `要统一思想。要凝聚共识。` (L-task-1 0..12) · `要明确方向。` (L-task-2 12..18); right R-task-1 0..9
 * and R-task-2 9..20; pairs L-task-1↔R-task-1, L-task-2↔R-task-2. For L-task-1:
 *   split: [{ at: 6, title: '要凝聚共识。', correction: { op: 'split', side: 'left', at: 6 } }]
 *   mergeNext: { op: 'merge', side: 'left', at: 12 }
 *   unpair: [{ title: R-task-1's title, correction: { op: 'unpair', left: { start: 0 }, right: { start: 0 } } }]
 *   pairWith: R-task-1, R-task-2, each { op: 'pair', left: [{ start: 0 }], right: [{ start: … }] }
 *   noCounterpart: { op: 'no-counterpart', side: 'left', section: { start: 0 } }
 */
import { anchorOf } from '../core/corrections/anchors';
import type { Comparison, Correction, Section, Side } from '../core/types';
import { sectionTitle, splitPoints } from './correctionPoints';

export interface Choice {
  title: string;
  correction: Correction;
}

export interface SectionActions {
  split: (Choice & { at: number })[];
  /** Null for the last section of its side. */
  mergeNext: Correction | null;
  /** One choice per section it pairs with now. */
  unpair: Choice[];
  /** Every section of the other report. */
  pairWith: Choice[];
  noCounterpart: Correction;
}

type Input = Pick<Comparison, 'left' | 'right' | 'pairs'>;

const other = (side: Side): Side => (side === 'left' ? 'right' : 'left');

export function sectionActions(comparison: Input, side: Side, sectionId: string): SectionActions | null {
  const sections = comparison[side].sections;
  const index = sections.findIndex((s) => s.id === sectionId);
  const section = sections[index];
  if (!section) return null;
  const otherSide = other(side);
  const byId = new Map(comparison[otherSide].sections.map((s) => [s.id, s]));
  const pairOf = (mine: Section, theirs: Section): Correction =>
    side === 'left'
      ? { op: 'pair', left: [anchorOf(mine)], right: [anchorOf(theirs)] }
      : { op: 'pair', left: [anchorOf(theirs)], right: [anchorOf(mine)] };
  const unpairOf = (mine: Section, theirs: Section): Correction =>
    side === 'left'
      ? { op: 'unpair', left: anchorOf(mine), right: anchorOf(theirs) }
      : { op: 'unpair', left: anchorOf(theirs), right: anchorOf(mine) };

  const counterparts = comparison.pairs
    .filter((pair) => pair[side].includes(section.id))
    .flatMap((pair) => pair[otherSide].map((id) => byId.get(id)))
    .filter((s): s is Section => s !== undefined);
  const next = sections[index + 1];

  return {
    split: splitPoints(comparison[side].text, section, comparison[side].glosses).map((point) => ({
      at: point.at,
      title: point.preview,
      correction: { op: 'split', side, at: point.at },
    })),
    mergeNext: next ? { op: 'merge', side, at: next.start } : null,
    unpair: counterparts.map((theirs) => ({
      title: sectionTitle(theirs),
      correction: unpairOf(section, theirs),
    })),
    pairWith: comparison[otherSide].sections.map((theirs) => ({
      title: sectionTitle(theirs),
      correction: pairOf(section, theirs),
    })),
    noCounterpart: { op: 'no-counterpart', side, section: anchorOf(section) },
  };
}
