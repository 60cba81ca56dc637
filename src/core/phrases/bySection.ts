/**
 * Shared phrases filed by section, so that a pair's reason (compare()'s `reasonOf`) reads the phrases
 * with both ends inside its sections off its own sections, instead of testing every phrase of the
 * comparison against every pair (320 pairs × 831 phrases at 100k characters a side).
 *
 * Each phrase is filed under the section holding its left range whole, with the index of the section
 * holding its right range whole (sections do not overlap, so there is at most one of each; −1 for none).
 *
 * Example: left sections [0, 10) [10, 30), right [0, 20); phrases a (left 2–6, right 1–5) and b (left
 * 8–12: across two sections): filed { 0: [a] }; inside([0], [0]) → [a]; inside([1], [0]) → [].
 */
import { firstIndexWhere } from '../sorted';
import type { Range, SharedPhrase } from '../types';

export interface PhrasesBySection {
  /** The phrases with their left range inside one of `left` and right inside one of `right`, in order. */
  inside(left: readonly number[], right: readonly number[]): SharedPhrase[];
}

export function phrasesBySection(
  phrases: readonly SharedPhrase[],
  left: readonly Range[],
  right: readonly Range[],
): PhrasesBySection {
  const byLeft = new Map<number, number[]>();
  const rightOf = phrases.map((p, index) => {
    const at = holder(left, p.left);
    if (at >= 0) {
      const filed = byLeft.get(at);
      if (filed) filed.push(index);
      else byLeft.set(at, [index]);
    }
    return holder(right, p.right);
  });
  return {
    inside(leftSections, rightSections) {
      const rights = new Set(rightSections);
      const found = leftSections.flatMap((i) => (byLeft.get(i) ?? []).filter((k) => rights.has(rightOf[k]!)));
      return found.sort((a, b) => a - b).map((k) => phrases[k]!);
    },
  };
}

/** The section (in text order, not overlapping) holding `range` whole; −1 when none does. */
function holder(sections: readonly Range[], range: Range): number {
  const i = firstIndexWhere(sections.length, (k) => sections[k]!.start > range.start) - 1;
  return i >= 0 && range.end <= sections[i]!.end ? i : -1;
}
