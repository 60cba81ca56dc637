/**
 * The PERIOD a list of items speaks of, read from the words that introduce it. A provincial work report
 * of 2026 reviews two periods in one chapter: the past year (`过去的一年…`, `一年来，主要做了以下工作：`)
 * and the five-year plan just ended (`过去的五年极不寻常`, `五年来，…`, `——这是…的五年`). Both lists
 * cover the economy, reform, the environment and welfare, so their items share the words of their
 * topics across periods: without the period, one province's 2025 item on reform paired the other's
 * five-year point on reform (`npm run eval`, the review chapters of ln×sx and gs×hlj).
 *
 * The cue is read in the list's first item's opening characters (`五年来，创新实力日益彰显`), else in the
 * Han text just before it, nearest first: the introduction, which ends the item before or the
 * chapter's head. Nearest, because a chapter's heading may name both periods
 * (`“十四五”时期和2025年工作回顾`) while the paragraph after it speaks of one (`过去的五年极不寻常`).
 * No cue in reach says nothing (null): most lists outside review chapters.
 *
 * Example: `…各项工作取得新进展新成效。过去的一年，…` | `一是内需潜力有效释放…` → 'year'.
 */
import { codePointsToString } from '../normalize/codePoints';
import type { HanProjection } from '../phrases/projection';

export type Period = 'year' | 'five-year';

/** Han characters read from the first item's start (`这五年，消费扩容提质` holds its cue at once). */
export const PERIOD_OPENING = 25;
/** Han characters read back from the first item: an introductory paragraph runs 80–200 of them. */
export const PERIOD_BEFORE = 200;

const CUES: readonly [string, Period][] = [
  ['五年', 'five-year'],
  ['十四五', 'five-year'],
  ['一年', 'year'],
  ['全年', 'year'],
];

/** The period of the list whose first item starts at projection index `start`, or null. */
export function periodAt(projection: HanProjection, start: number): Period | null {
  const { codes, length } = projection;
  // Read by index (`codePointsToString`): spreading the typed array walked its iterator, an object a
  // step, 3 MB of garbage per comparison at 100k characters a side.
  const opening = codePointsToString(codes, start, Math.min(length, start + PERIOD_OPENING));
  const before = codePointsToString(codes, Math.max(0, start - PERIOD_BEFORE), start);
  return nearestCue(opening, 'first') ?? nearestCue(before, 'last');
}

/** Two periods that say two lists cannot answer each other: both known, and not the same. */
export const periodsClash = (a: Period | null, b: Period | null) => a !== null && b !== null && a !== b;

/** The period of the cue met first (`'first'`) or last (`'last'`) in `text`. */
function nearestCue(text: string, end: 'first' | 'last'): Period | null {
  let best: { at: number; period: Period } | null = null;
  for (const [word, period] of CUES) {
    const at = end === 'first' ? text.indexOf(word) : text.lastIndexOf(word);
    if (at < 0) continue;
    if (!best || (end === 'first' ? at < best.at : at > best.at)) best = { at, period };
  }
  return best?.period ?? null;
}
