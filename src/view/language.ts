/**
 * The `lang` to put on a column, so the browser picks Traditional or Simplified glyph forms (Noto CJK TC
 * vs SC draw some shared code points differently). A report counts as Traditional when more than 2 % of
 * its Han characters changed in the T→S normalization (the offset map tells which unit came from where).
 *
 * A long report is judged on units spread evenly through it (at most `SAMPLE_UNITS`): reading all of a
 * million-character report held the page for a tenth of a second and more when its comparison arrived,
 * and 2 % of 50,000 units is 1,000 changed characters, plenty to tell the scripts apart.
 *
 * Example: `統一戰線` → normalized `统一战线`: 3 of 4 Han changed → 'zh-Hant'. `统一战线` → 'zh-Hans'.
 */
import { isHan } from '../core/text/han';
import type { Report } from '../core/types';

/** Share of changed Han characters above which a text is called Traditional. */
const TRADITIONAL_SHARE = 0.02;
/** Normalized units looked at, at most (every unit of a shorter text). */
export const SAMPLE_UNITS = 50_000;

export function columnLang(report: Pick<Report, 'text' | 'normalized' | 'map'>): 'zh-Hant' | 'zh-Hans' {
  let han = 0;
  let changed = 0;
  const { normStart, normEnd } = report.map;
  const step = Math.max(1, Math.ceil(report.normalized.length / SAMPLE_UNITS));
  for (let i = 0; i < report.normalized.length; i += step) {
    const code = report.normalized.charCodeAt(i);
    if (!isHan(code)) continue;
    han++;
    // One BMP unit in, one out: a character-for-character conversion we can compare directly.
    if (normEnd[i]! - normStart[i]! === 1 && report.text.charCodeAt(normStart[i]!) !== code) changed++;
  }
  return han > 0 && changed / han > TRADITIONAL_SHARE ? 'zh-Hant' : 'zh-Hans';
}
