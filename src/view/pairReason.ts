/**
 * Why two sections pair: what the gutter ring of a pair says on hover or focus. The engine computes the
 * reason (`SectionPair.why`, src/core/align/reasons.ts: score, shared themes, shared terms, the longest
 * shared phrases within the pair, the chapters it was made within); this module only looks its pieces
 * up for display (theme labels, phrase texts). A pair with one side has nothing shared.
 *
 * Example (the fixture comparison, tests/state/fixture.ts), pair 0 (L-task-1 ↔ R-task-1):
 *   { similarity: 0.8, manual: false, themes: [统一战线 United front], terms: [凝聚共识, 统一战线],
 *     phrases: [凝聚共识 (4), 统一战线 (4)], phraseCount: 2 }
 */
import type { Comparison, SharedPhrase } from '../core/types';

export interface PairReason {
  similarity: number;
  /** Paired (or left alone) by the reader. */
  manual: boolean;
  themes: { theme: string; zh: string; en: string }[];
  /** Terms both sides use that set the pair apart from the other sections (normalized script). */
  terms: string[];
  /** The longest shared phrases with both ends inside the pair, longest first (ties: left text order). */
  phrases: Pick<SharedPhrase, 'id' | 'text' | 'hanLength' | 'kind'>[];
  /** All shared phrases with both ends inside the pair. */
  phraseCount: number;
  /** The chapters the pair was made within (their head sections' ids). */
  within?: { left: string; right: string };
  /** Two heads: how many pairs their items make (`PairReason.items` of the engine). */
  items?: number;
}

export function pairReason(
  comparison: Pick<Comparison, 'pairs' | 'phrases' | 'themes'>,
  pairIndex: number,
): PairReason | null {
  const pair = comparison.pairs[pairIndex];
  if (!pair) return null;
  const why = pair.why;
  const phraseById = new Map(comparison.phrases.map((p) => [p.id, p]));
  const rowByTheme = new Map(comparison.themes.map((row) => [row.theme, row]));
  return {
    similarity: pair.similarity,
    manual: pair.manual === true,
    themes: (why?.themes ?? []).flatMap((theme) => {
      const row = rowByTheme.get(theme);
      return row ? [{ theme, zh: row.label.zh, en: row.label.en }] : [];
    }),
    terms: why?.terms ?? [],
    phrases: (why?.phrases ?? []).flatMap((id) => {
      const phrase = phraseById.get(id);
      return phrase ? [{ id, text: phrase.text, hanLength: phrase.hanLength, kind: phrase.kind }] : [];
    }),
    phraseCount: why?.phraseCount ?? 0,
    ...(why?.within ? { within: why.within } : {}),
    ...(why?.items ? { items: why.items } : {}),
  };
}
