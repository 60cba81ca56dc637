/**
 * Why two sections pair: what the gutter ring of a pair says on hover or focus. The similarity the
 * engine scored, the themes both sides mention within the pair, and the longest runs of shared
 * phrasing found between the pair's sections, longest first. Computed for one pair when asked (a
 * pass over the phrases), not for every pair up front.
 *
 * Example (the fixture comparison, tests/state/fixture.ts), pair 0 (L-task-1 ↔ R-task-1):
 *   { similarity: 0.8, manual: false, themes: [统一战线 United front],
 *     phrases: [统一战线 (4), 凝聚共识 (4)], phraseCount: 2 }
 */
import type { Comparison, SharedPhrase, Side } from '../core/types';

export interface PairReason {
  similarity: number;
  /** Paired (or left alone) by the reader. */
  manual: boolean;
  themes: { theme: string; zh: string; en: string }[];
  /** The longest shared phrases with both ends inside the pair, longest first (ties: left text order). */
  phrases: Pick<SharedPhrase, 'id' | 'text' | 'hanLength' | 'kind'>[];
  /** All shared phrases with both ends inside the pair. */
  phraseCount: number;
}

/** How many phrases a reason lists. */
export const REASON_PHRASES = 3;

export function pairReason(
  comparison: Pick<Comparison, 'left' | 'right' | 'pairs' | 'phrases' | 'themes'>,
  pairIndex: number,
): PairReason | null {
  const pair = comparison.pairs[pairIndex];
  if (!pair) return null;
  const spans = (side: Side) =>
    comparison[side].sections
      .filter((s) => pair[side].includes(s.id))
      .map(({ start, end }) => ({ start, end }));
  const within = { left: spans('left'), right: spans('right') };
  const inside = (side: Side, phrase: SharedPhrase) =>
    within[side].some((r) => phrase[side].start >= r.start && phrase[side].end <= r.end);

  const both = comparison.phrases.filter((phrase) => inside('left', phrase) && inside('right', phrase));
  const longest = [...both]
    .sort((a, b) => b.hanLength - a.hanLength || a.left.start - b.left.start)
    .slice(0, REASON_PHRASES)
    .map(({ id, text, hanLength, kind }) => ({ id, text, hanLength, kind }));
  const themes = comparison.themes
    .filter(
      (row) =>
        row.left.sections.some((id) => pair.left.includes(id)) &&
        row.right.sections.some((id) => pair.right.includes(id)),
    )
    .map((row) => ({ theme: row.theme, zh: row.label.zh, en: row.label.en }));
  return {
    similarity: pair.similarity,
    manual: pair.manual === true,
    themes,
    phrases: longest,
    phraseCount: both.length,
  };
}
