/**
 * When a metadata value the engine gives is the labelled one (tests/corpus/eval/fields.test.ts).
 *
 *   - title: equal once white space is removed and both are NFKC-folded (full-width `（` = `(`), so a
 *     title on two lines or with a space between headline and subtitle still matches; anything else,
 *     page clutter (`下载`), a pinyin gloss left in (`統一戰(zhàn)線`), a missing subtitle, is wrong.
 *     When the labelled title is not in the text at all (a broadcast transcript whose headline only
 *     the corpus index has: `titleInText` is false), no engine can find it; the eval counts those
 *     documents apart (tests/corpus/README.md), where the engine is right to give no title.
 *   - place: the same, and a trailing administrative suffix (`省`, `市`, `县`, `区`, `州`,
 *     `…自治区`) does not count: `安徽省` = `安徽`, `宁夏回族自治区` = `宁夏`.
 *   - a date: the engine's ISO date equals the labelled one (`2015-08-18`). A partial date (`18日`,
 *     `3月25日`: no ISO) is right only when the text never writes the labelled date in full (the
 *     labeller took the year from elsewhere, as for a broadcast that says `25日`) and every part the
 *     engine gives agrees with the label; where the text does write it, the engine should have read it.
 *
 * Example: sameTitle('习近平在中央人才工作会议上强调 深入实施…', '习近平在中央人才工作会议上强调深入实施…') → true.
 */

function fold(s: string): string {
  return s.normalize('NFKC').replace(/\s+/gu, '');
}

const ADMIN_SUFFIX = /(?:(?:回族|维吾尔|壮族|維吾爾|壯族)?自治区|自治區|省|市|县|縣|区|區|州)$/u;

/** A pinyin gloss after a character, `(zhàn)`: the labels write titles without them. */
const GLOSS = /\((?:[a-zA-Z\u00c0-\u024f]|\p{M}){1,8}\)/gu;

/** Whether the labelled title can be found in the text at all (glosses and white space aside). */
export function titleInText(labelled: string, text: string): boolean {
  return fold(text.replace(GLOSS, '')).includes(fold(labelled));
}

export function sameTitle(predicted: string | undefined, labelled: string): boolean {
  return predicted !== undefined && fold(predicted) === fold(labelled);
}

export function samePlace(predicted: string | undefined, labelled: string): boolean {
  if (predicted === undefined) return false;
  const a = fold(predicted).replace(ADMIN_SUFFIX, '');
  const b = fold(labelled).replace(ADMIN_SUFFIX, '');
  return a.length > 0 && a === b;
}

/** A date as the engine gives it: ISO when it knows the whole date, else the parts it read. */
export interface DateParts {
  iso?: string;
  month?: number;
  day?: number;
}

/** Whether the text writes `iso` (YYYY-MM-DD) in full, in any of the common forms. */
export function fullDateWritten(iso: string, text: string): boolean {
  const [y, m, d] = iso.split('-');
  const [mm, dd] = [Number(m), Number(d)];
  const folded = text.normalize('NFKC').replace(/\s+/gu, '');
  const forms = [
    `${y}年${mm}月${dd}日`,
    `${y}年${m}月${d}日`,
    `${y}-${m}-${d}`,
    `${y}/${mm}/${dd}`,
    `${y}/${m}/${d}`,
    `${y}.${m}.${d}`,
  ];
  return forms.some((f) => folded.includes(f));
}

export function sameDate(predicted: DateParts | undefined, labelled: string, text: string): boolean {
  if (predicted === undefined) return false;
  if (predicted.iso !== undefined) return predicted.iso === labelled;
  if (predicted.day === undefined || fullDateWritten(labelled, text)) return false;
  const [, m, d] = labelled.split('-').map(Number);
  return predicted.day === d && (predicted.month === undefined || predicted.month === m);
}
