/**
 * One line of English naming a correction, for the undo/redo buttons' labels and the list of
 * corrections that no longer fit. Section names come from the caller (it knows the current labels).
 *
 * Example: describeCorrection({ op: 'merge', side: 'right', at: 340 }, name) → 'merge right 二是… into the section before'
 */
import type { Correction, SectionAnchor, Side } from '../types';

/** How to call the section at an anchor of a side, e.g. `（三）扩大内需` or `at 812`. */
export type SectionNamer = (side: Side, anchor: SectionAnchor) => string;

export function describeCorrection(correction: Correction, name: SectionNamer): string {
  switch (correction.op) {
    case 'split':
      return `split the ${correction.side} section at ${name(correction.side, { start: correction.at })}`;
    case 'merge':
      return `merge ${correction.side} ${name(correction.side, { start: correction.at })} into the section before`;
    case 'pair':
      return `pair ${correction.left.map((a) => name('left', a)).join(' + ')} with ${correction.right
        .map((a) => name('right', a))
        .join(' + ')}`;
    case 'unpair':
      return `unpair ${name('left', correction.left)} and ${name('right', correction.right)}`;
    case 'no-counterpart':
      return `${correction.side} ${name(correction.side, correction.section)} has no counterpart`;
  }
}
