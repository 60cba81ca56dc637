/**
 * The text of a range as a reader sees it, without the page damage the normalizer drops: pinyin glosses
 * (`戰(zhàn)` → `戰`) and whitespace folded away next to Chinese. Everything kept is the ORIGINAL text
 * (Traditional stays Traditional): the normalized units' map tells which original units survived.
 *
 * Example: original `統一戰(zhàn)線`, range 0..10 → `統一戰線`.
 */
import { firstIndexWhere } from '../sorted';
import type { Range, Report } from '../types';

export function visibleText(report: Pick<Report, 'text' | 'map'>, range: Range): string {
  const { normStart, normEnd } = report.map;
  // First normalized unit whose original span ends after range.start (spans are monotone).
  const lo = firstIndexWhere(normEnd.length, (i) => normEnd[i]! > range.start);
  let out = '';
  let copiedTo = range.start;
  for (let i = lo; i < normStart.length && normStart[i]! < range.end; i++) {
    const start = Math.max(normStart[i]!, copiedTo);
    const end = Math.min(normEnd[i]!, range.end);
    if (end > start) out += report.text.slice(start, end);
    copiedTo = Math.max(copiedTo, end);
  }
  return out;
}
