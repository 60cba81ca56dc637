/**
 * Text to display for a range of the original, in the chosen script. `original` shows the characters
 * as written; `simplified` shows the normalized text derived from exactly that range, through the offset
 * map: normalized units `[toNormalizedIndex(map, start), toNormalizedIndex(map, end))`. Adjacent ranges
 * therefore map to adjacent, non-overlapping normalized stretches, and a range holding only dropped
 * characters (a pinyin gloss, folded spaces) shows as empty.
 *
 * Example: original `統一戰(zhàn)線` (gloss at 3..9), normalized `统一战线` →
 *   (0, 10) → '统一战线'   (2, 3) → '战'   (3, 9) → ''  (the gloss alone)   (3, 10) → '线'
 */
// From offsetMap directly, not normalize/index: the latter pulls opencc-js's dictionaries into the
// main bundle, and the page only needs this binary search.
import { toNormalizedIndex } from '../core/normalize/offsetMap';
import type { Report } from '../core/types';

export type Script = 'original' | 'simplified';

export function displayText(
  report: Pick<Report, 'text' | 'normalized' | 'map'>,
  start: number,
  end: number,
  script: Script,
): string {
  if (script === 'original') return report.text.slice(start, end);
  return report.normalized.slice(toNormalizedIndex(report.map, start), toNormalizedIndex(report.map, end));
}
