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
import { bestFirst } from '../best-first';
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
  // Runs as numbers first (their characters' place in the projection, their weight); a run's text is
  // made only when the ranking reaches it, so a long pair's thousands of runs are not all made into
  // strings and a map (the ranking asks for six).
  const runs: { from: number; to: number; weight: number; text?: string }[] = [];
  const { codes } = left.projection;
  for (const span of left.spans) {
    const { spanStart } = left.projection;
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
      if (weight > 0) runs.push({ from: i, to: Math.min(j + 1, i + TERM_MAX), weight });
      i = j;
    }
  }
  const textOf = (run: (typeof runs)[number]) => {
    if (run.text === undefined) {
      // Character by character: spreading the typed array into fromCodePoint walks its iterator.
      let term = '';
      for (let k = run.from; k < run.to; k++) term += String.fromCodePoint(codes[k]!);
      run.text = term;
    }
    return run.text;
  };
  // Heaviest first; among equal weights the longer, then the first in code order. A term found in
  // several runs ranks at its heaviest, and its other runs are skipped as inside it (so runs the
  // order calls equal, the same term twice, are interchangeable, as `bestFirst` needs).
  const heaviest = (x: (typeof runs)[number], y: (typeof runs)[number]) => {
    if (y.weight !== x.weight) return y.weight - x.weight;
    const a = textOf(x);
    const b = textOf(y);
    return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
  };
  const terms: string[] = [];
  for (const run of bestFirst(runs, heaviest)) {
    if (terms.length >= TERMS) break;
    const term = textOf(run);
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
