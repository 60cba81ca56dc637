/**
 * Stage 4, shared phrasing: which runs of Han characters the two reports share, as `SharedPhrase`s
 * whose ranges point into the original texts.
 *
 * Steps: aligned runs by diffing each section pair (`aligned.ts`, bounded by `boundedDiff.ts`), then
 * moved runs anywhere else (`moved.ts`), then projection indices → normalized offsets → original
 * offsets. A phrase's range runs from its first to its last Han character, so punctuation, glosses
 * and spaces between them are inside it, widened over a bracket or quotation mark beside it that it
 * leaves open (`做到“两个维护”`, not `做到“两个维护`; `./marks.ts`). Its `text` is the LEFT report's
 * normalized slice over that range (left punctuation kept, so a phrase list reads naturally); its Han
 * characters are exactly the shared run on both sides.
 *
 * Example: Bijie's `把思想和行動統一到中央` and Panzhihua's `把思想和行动统一到中央` give one phrase
 * with text `把思想和行动统一到中央`, hanLength 11, each range slicing to its own script.
 */

import type { PhraseKind, Range, SharedPhrase } from '../types';
import { alignedMatches, type Match, type SpanPair } from './aligned';
import { DEFAULT_BOUNDED_DIFF } from './boundedDiff';
import { movedMatches } from './moved';
import { withBalancedMarks } from './marks';
import { normEnd, type HanProjection } from './projection';

export { projectHan, normEnd, type HanProjection, type NormSpan } from './projection';
export type { Match, SpanPair } from './aligned';
export { cutAtDifferingNumbers } from './numbers';

/** One report as the phrase stage sees it. */
export interface PhraseSide {
  normalized: string;
  projection: HanProjection;
  /** Normalized half-open span → original range (the normalize stage's `toOriginalRange`). */
  toOriginal(normStart: number, normEnd: number): Range;
}

export interface PhraseOptions {
  /** Shortest run kept, in Han characters (≥ 1). */
  minPhraseLength: number;
  /** diff-match-patch `Diff_Timeout` per bounded diff call, seconds; 0 = none. */
  diffTimeoutSeconds: number;
}

/** A match with its kind, still in projection indices. */
export interface KindedMatch extends Match {
  kind: PhraseKind;
}

/** Aligned then moved matches, in projection indices, sorted by left then right start. */
export function findMatches(
  left: HanProjection,
  right: HanProjection,
  pairs: readonly SpanPair[],
  options: PhraseOptions,
): KindedMatch[] {
  const k = Math.max(1, Math.floor(options.minPhraseLength));
  const aligned = alignedMatches(left, right, pairs, k, {
    ...DEFAULT_BOUNDED_DIFF,
    timeoutSeconds: Math.max(0, options.diffTimeoutSeconds),
  });
  const coveredLeft = new Uint8Array(left.length);
  const coveredRight = new Uint8Array(right.length);
  for (const m of aligned) {
    coveredLeft.fill(1, m.left, m.left + m.length);
    coveredRight.fill(1, m.right, m.right + m.length);
  }
  const moved = movedMatches(left.codes, right.codes, coveredLeft, coveredRight, k);
  // Fields named, not spread: a spread went through V8's generic object copy for each of thousands.
  const kinded = (m: Match, kind: PhraseKind): KindedMatch => ({
    left: m.left,
    right: m.right,
    length: m.length,
    kind,
  });
  const all: KindedMatch[] = aligned.map((m) => kinded(m, 'aligned'));
  for (const m of foldIntoAligned(all, moved)) all.push(kinded(m, 'moved'));
  return all.sort((x, y) => x.left - y.left || x.right - y.right);
}

/**
 * A moved run on the same diagonal as an aligned run it overlaps or touches is the aligned run
 * continued past where the diff stopped: extend the aligned run instead of reporting it twice.
 * Returns the moved runs that remain.
 */
function foldIntoAligned(aligned: KindedMatch[], moved: Match[]): Match[] {
  const byDiagonal = new Map<number, KindedMatch[]>();
  for (const m of aligned) {
    const list = byDiagonal.get(m.left - m.right);
    if (list) list.push(m);
    else byDiagonal.set(m.left - m.right, [m]);
  }
  return moved.filter((m) => {
    const host = byDiagonal
      .get(m.left - m.right)
      ?.find((a) => m.left <= a.left + a.length && a.left <= m.left + m.length);
    if (!host) return true;
    const end = Math.max(host.left + host.length, m.left + m.length);
    const start = Math.min(host.left, m.left);
    host.right -= host.left - start;
    host.left = start;
    host.length = end - start;
    return false;
  });
}

/** Matches → `SharedPhrase`s with original ranges and ids `p1…` in order of the left range. */
export function toSharedPhrases(left: PhraseSide, right: PhraseSide, matches: readonly KindedMatch[]) {
  const phrases: SharedPhrase[] = matches.map((m) => {
    const leftNorm = withBalancedMarks(left.normalized, normSpan(left.projection, m.left, m.length));
    const rightNorm = withBalancedMarks(right.normalized, normSpan(right.projection, m.right, m.length));
    return {
      id: '',
      text: left.normalized.slice(leftNorm.start, leftNorm.end),
      hanLength: m.length,
      left: left.toOriginal(leftNorm.start, leftNorm.end),
      right: right.toOriginal(rightNorm.start, rightNorm.end),
      kind: m.kind,
    };
  });
  phrases.sort((x, y) => x.left.start - y.left.start || x.right.start - y.right.start);
  phrases.forEach((phrase, index) => (phrase.id = `p${index + 1}`));
  return phrases;
}

/** Normalized span from the first to the last Han character of a projection run. */
function normSpan(projection: HanProjection, from: number, length: number): Range {
  return { start: projection.norm[from]!, end: normEnd(projection, from + length - 1) };
}
