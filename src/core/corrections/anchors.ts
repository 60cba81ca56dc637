/**
 * Finding a section again from a `SectionAnchor` (src/core/types.ts) after a recompute.
 *
 * A section is found where one starts exactly at the anchor's offset. Failing that, where the anchor
 * names an outline node, the section showing that node whose range holds the offset: a newer parser
 * that now starts `一要…` at its lead still finds the task the reader paired. Nothing else matches, so
 * a correction never lands on a section the reader did not mean.
 *
 * Example: sections [L-opening 0..40, L-task-1 40..90 (node L-1), L-task-2 90..200 (node L-2)]:
 *   { start: 90 } → 2;   { start: 95, node: 'L-2' } → 2;   { start: 95 } → -1;   { start: 95, node: 'L-1' } → -1
 */
import { firstIndexWhere } from '../sorted';
import type { Section, SectionAnchor } from '../types';

/** Index of the section `anchor` names in `sections` (sorted, non-overlapping), or -1. */
export function findAnchored(sections: readonly Section[], anchor: SectionAnchor): number {
  const at = startingAt(sections, anchor.start);
  if (at >= 0) return at;
  if (anchor.node === undefined) return -1;
  return sections.findIndex(
    (section) => section.node === anchor.node && section.start <= anchor.start && anchor.start < section.end,
  );
}

/** The anchor that names `section`: its start, and its node when it shows one. */
export function anchorOf(section: Pick<Section, 'start' | 'node'>): SectionAnchor {
  return section.node === undefined ? { start: section.start } : { start: section.start, node: section.node };
}

/** Index of the section starting at `offset` (binary search), or -1. */
export function startingAt(sections: readonly Pick<Section, 'start'>[], offset: number): number {
  const i = containing(sections, offset);
  return i >= 0 && sections[i]!.start === offset ? i : -1;
}

/** Index of the last section starting at or before `offset`, or -1 (the caller checks its end). */
export function containing(sections: readonly Pick<Section, 'start'>[], offset: number): number {
  return firstIndexWhere(sections.length, (i) => sections[i]!.start > offset) - 1;
}
