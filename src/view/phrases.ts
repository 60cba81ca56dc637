/**
 * Phrase bookkeeping for the views: the list order (longest first), the stepping order for `n`/`p`
 * (reading order of the left text), and which section holds a range.
 *
 * Example: phrases p1 (4 Han, left 2..6), p2 (4 Han, left 7..17), p3 (2 Han) →
 *   byLength: p1, p2, p3 (ties keep left-text order)   stepOrder: p1, p2, p3
 */
import { firstIndexWhere } from '../core/sorted';
import type { Section, SharedPhrase } from '../core/types';

export function phrasesByLength(phrases: readonly SharedPhrase[]): SharedPhrase[] {
  return [...phrases].sort((a, b) => b.hanLength - a.hanLength || a.left.start - b.left.start);
}

export function phrasesInReadingOrder(phrases: readonly SharedPhrase[]): SharedPhrase[] {
  return [...phrases].sort((a, b) => a.left.start - b.left.start || a.right.start - b.right.start);
}

/**
 * The list shows a phrase's first lines only (three at most); a long run is a whole copied paragraph,
 * and setting all of it (hundreds of characters per row, the longest first) held the page when a long
 * comparison arrived. The whole phrase is in the columns.
 */
export const PREVIEW_UNITS = 120;

/** `text` cut to `PREVIEW_UNITS` (never inside a surrogate pair), with `…` when cut. */
export function phrasePreview(text: string, units = PREVIEW_UNITS): string {
  if (text.length <= units) return text;
  // Not src/core/text/code-points' snapToCodePoint: importing it here split it into a chunk of its own
  // that the first paint then fetched.
  const high = text.charCodeAt(units - 1);
  return `${text.slice(0, high >= 0xd800 && high <= 0xdbff ? units - 1 : units)}…`;
}

/** The next (`step` 1) or previous (−1) phrase id after `current`, wrapping around; null if none. */
export function stepPhrase(
  order: readonly SharedPhrase[],
  current: string | null,
  step: 1 | -1,
): string | null {
  if (order.length === 0) return null;
  const index = current === null ? -1 : order.findIndex((phrase) => phrase.id === current);
  if (index < 0) return (step === 1 ? order[0] : order.at(-1))!.id;
  return order[(index + step + order.length) % order.length]!.id;
}

/** The section containing `offset` (sections are sorted and disjoint), or undefined. */
export function sectionAt(sections: readonly Section[], offset: number): Section | undefined {
  const section = sections[firstIndexWhere(sections.length, (i) => sections[i]!.end > offset)];
  return section && section.start <= offset ? section : undefined;
}

const PART_NAMES = { opening: '开头', closing: '结尾', annex: '附件' } as const;

/** A short place name for a section: `任务 3`, `开头`, `结尾`, `附件`. */
export function sectionPlace(section: Section | undefined): string {
  if (!section) return '—';
  // A nested task names its path (`任务 3.2`), read off its id (`L-task-3.2`).
  if (section.kind === 'task')
    return `任务 ${/-task-([\d.]+)/.exec(section.id)?.[1] ?? section.ordinal ?? ''}`.trim();
  return PART_NAMES[section.kind];
}

/** The phrase with id `id`: ids are `p1`, `p2`… in order, so the index is read off the id (checked). */
export function phraseById(phrases: readonly SharedPhrase[], id: string): SharedPhrase | undefined {
  const at = phrases[Number(id.slice(1)) - 1];
  return at?.id === id ? at : phrases.find((phrase) => phrase.id === id);
}
