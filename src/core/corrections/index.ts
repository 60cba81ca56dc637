/**
 * The reader's last word on structure: a list of `Correction`s (src/core/types.ts) that `compare()`
 * applies at two hook points, so everything downstream (alignment, shared phrasing, themes, stats)
 * works on what the reader stands behind:
 *
 *   normalize → structure → [section edits: split, merge]  (./sections, per report)
 *             → align     → [pair edits: pair, unpair, no-counterpart]  (./pairs)
 *             → phrases → themes → stats
 *
 * Corrections name places by original-text offsets and outline node ids (`SectionAnchor`), never by
 * array positions, so the same list re-applies after an option change (another alignment level) or
 * a newer engine. Each one applies or, when it no longer fits, is reported with a reason and kept:
 * switching back makes it fit again. They apply in the order made; a later edit sees the earlier
 * ones' sections (a pair may name the section a split made).
 *
 * Example: compare(a, b, { corrections: [{ op: 'split', side: 'left', at: 812 },
 *   { op: 'pair', left: [{ start: 812 }], right: [{ start: 400, node: 'R-3' }] }] })
 *   → the left report gains a section `L-task@812`, paired with the right section starting at 400;
 *     `comparison.corrections` is [{ applied: true }, { applied: true }].
 */
import type { CorrectionOutcome } from '../types';
import type { PairEdit } from './pairs';
import { checkCorrection } from './shape';
import type { SectionEdit } from './sections';

export { anchorOf, findAnchored } from './anchors';
export { applyPairEdits, type PairEdit, type PairScore } from './pairs';
export { applySectionEdits, type SectionEdit, type SectionEditContext } from './sections';
export { describeCorrection, type SectionNamer } from './describe';
export { checkCorrection, checkCorrections, MAX_CORRECTIONS } from './shape';
export { mirrorCorrection } from './mirror';

/** The corrections sorted by hook, each with its position in the list (outcomes go back there). */
export interface CorrectionPlan {
  sections: { left: Indexed<SectionEdit>[]; right: Indexed<SectionEdit>[] };
  pairs: Indexed<PairEdit>[];
}

export interface Indexed<T> {
  index: number;
  edit: T;
}

/**
 * Sorts `corrections` by hook. One whose shape is wrong (the engine reads options from a worker
 * message; never throw on them) gets its outcome in `outcomes` at once and goes nowhere.
 */
export function planCorrections(
  corrections: readonly unknown[] | undefined,
  outcomes: CorrectionOutcome[],
): CorrectionPlan {
  const plan: CorrectionPlan = { sections: { left: [], right: [] }, pairs: [] };
  (Array.isArray(corrections) ? corrections : []).forEach((value, index) => {
    const edit = checkCorrection(value);
    if (typeof edit === 'string') outcomes[index] = { applied: false, reason: `malformed: ${edit}` };
    else if (edit.op === 'split' || edit.op === 'merge') plan.sections[edit.side].push({ index, edit });
    else plan.pairs.push({ index, edit });
  });
  return plan;
}

/** Writes `outcomes` (one per item of `items`) to their places in `into`. */
export function recordOutcomes(
  into: CorrectionOutcome[],
  items: readonly Indexed<unknown>[],
  outcomes: readonly CorrectionOutcome[],
): void {
  items.forEach((item, k) => (into[item.index] = outcomes[k]!));
}
