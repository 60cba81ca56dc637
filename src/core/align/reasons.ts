/**
 * Why two sections were paired, in words a reader can check: the themes of the lexicon both mention,
 * the terms both use that weigh most in telling sections apart, and the score.
 *
 * A TERM is a maximal run of Han characters (normalized, so Simplified) whose every bigram the other
 * side uses too, ranked by the sum of its bigrams' idf over all sections (`./similarity`):
 * `扩大内需` and `提振消费` rank above `工作` or `加强`, which every section has. Runs longer than
 * `TERM_MAX` characters are copied phrasing rather than terms (the phrase stage shows those); they are
 * cut to their first `TERM_MAX` characters. At most `TERMS` terms, none inside another.
 *
 * Example: `（一）加力扩内需稳增长…提振消费…` against `（二）全力扩大内需…提振消费…`:
 *   { score: 0.41, themes: [], terms: ['提振消费', '扩内需'…] }
 */

import type { HanProjection } from '../phrases/projection';
import { CodePairSet } from './code-pair-set';

export const TERMS = 6;
export const TERM_MAX = 8;

export interface UnitText {
  projection: HanProjection;
  /** Span indices of the projection (its sections) read as one unit. */
  spans: readonly number[];
}

/**
 * Whether projection entries `i` and `i + 1` stand side by side in the text. The projection keeps Han
 * characters only, so `12月21日` gives 月, 日 next to each other and `统战部长，市政府` gives 长, 市: runs
 * across digits or punctuation are not words (`月日`, `统战部长市` were shown as shared terms).
 */
function adjacent(projection: HanProjection, i: number): boolean {
  return projection.norm[i + 1]! === projection.norm[i]! + (projection.codes[i]! > 0xffff ? 2 : 1);
}

/** Terms both units use, best first; `idfOf` gives a bigram's idf over all sections. */
export function sharedTerms(
  left: UnitText,
  right: UnitText,
  idfOf: (a: number, b: number) => number,
): string[] {
  const { codes: rightCodes, spanStart: rightStart } = right.projection;
  let bigrams = 0;
  for (const span of right.spans) bigrams += Math.max(0, rightStart[span + 1]! - rightStart[span]! - 1);
  const rightBigrams = new CodePairSet(bigrams);
  for (const span of right.spans) {
    for (let i = rightStart[span]!; i + 1 < rightStart[span + 1]!; i++)
      if (adjacent(right.projection, i)) rightBigrams.add(rightCodes[i]!, rightCodes[i + 1]!);
  }
  const found = new Map<string, number>();
  for (const span of left.spans) {
    const { codes, spanStart } = left.projection;
    const end = spanStart[span + 1]!;
    const shared = (k: number) => adjacent(left.projection, k) && rightBigrams.has(codes[k]!, codes[k + 1]!);
    let i = spanStart[span]!;
    while (i + 1 < end) {
      if (!shared(i)) {
        i++;
        continue;
      }
      let j = i;
      let weight = 0;
      while (j + 1 < end && shared(j)) {
        weight += idfOf(codes[j]!, codes[j + 1]!);
        j++;
      }
      if (weight > 0) {
        // Character by character: spreading the typed array into fromCodePoint walks its iterator.
        let term = '';
        for (let k = i; k < Math.min(j + 1, i + TERM_MAX); k++) term += String.fromCodePoint(codes[k]!);
        found.set(term, Math.max(found.get(term) ?? 0, weight));
      }
      i = j;
    }
  }
  const ranked = [...found].sort(
    (x, y) => y[1] - x[1] || y[0].length - x[0].length || (x[0] < y[0] ? -1 : 1),
  );
  const terms: string[] = [];
  for (const [term] of ranked) {
    if (terms.length >= TERMS) break;
    if (terms.some((t) => t.includes(term) || term.includes(t))) continue;
    terms.push(term);
  }
  return terms;
}

/** Keys of the themes both units mention, the most mentioned (on the weaker side) first. */
export function sharedThemes(
  left: readonly number[],
  right: readonly number[],
  keys: readonly string[],
): string[] {
  const shared: { key: string; weight: number }[] = [];
  keys.forEach((key, i) => {
    const w = Math.min(left[i] ?? 0, right[i] ?? 0);
    if (w > 0) shared.push({ key, weight: w });
  });
  return shared.sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1)).map((s) => s.key);
}
