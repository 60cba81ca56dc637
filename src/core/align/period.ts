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
 * When the list opens its frame (`introStart`: the start of the frame's head just before it), the whole
 * head is read back, however long: hlj's `一年来，在省委坚强领导下，…` opens an introduction of 330 Han
 * characters of the year's figures before `（一）内需潜力持续释放`, out of reach of `PERIOD_BEFORE`, so
 * its 2025 items met gs's five-year points (`我们…`) as a list of no period and two of them paired. On
 * the labelled corpus (`npm run eval`): pair agreement 0.7840 → 0.7856, wrong pairs 0.0291 → 0.0221,
 * agreement on the labelled structure 0.7921 → 0.8052 (gs×hlj 74 → 88 %). A longer `PERIOD_BEFORE`
 * (300) instead read the previous paragraph of news reports (mn 2024×2025: the lessons lists of
 * `会议认为` took `一年来` and `“十四五”` from the paragraphs before theirs): agreement 0.7692.
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

/**
 * The period of the list whose first item starts at projection index `start`, or null; `introStart`
 * (≤ `start`): where the introduction of the list starts when it is read whole (the frame's head).
 */
export function periodAt(projection: HanProjection, start: number, introStart = start): Period | null {
  const { codes, length } = projection;
  // Read by index (`codePointsToString`): spreading the typed array walked its iterator, an object a
  // step, 3 MB of garbage per comparison at 100k characters a side.
  const opening = codePointsToString(codes, start, Math.min(length, start + PERIOD_OPENING));
  const before = codePointsToString(codes, Math.max(0, Math.min(introStart, start - PERIOD_BEFORE)), start);
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
