/**
 * Which metadata line is the document's title. Pages put many short lines above a report (buttons,
 * font switches, breadcrumbs, a column name, the byline, the occasion line), so the title is chosen
 * among the HEAD lines by what a title looks like, never as merely the first short line:
 *
 *   - a candidate has at least `MIN_HAN` Han characters and at most `TITLE_MAX` code points, no
 *     sentence punctuation and no field colon; it is not a breadcrumb or a crumb of one (a line next
 *     to a line that is only `>`), not a line repeated in the head (`云南要闻` shown twice: a column name), not a
 *     date line, an occasion line (`——2026年2月5日在…会议上`), a byline (`省长 王清宪`) or a photo
 *     credit (`… 摄`);
 *   - the first candidate naming a document or an event (`报告`, `会议`, `召开`, `讲话`, `座谈`…) wins,
 *     else the first candidate.
 *
 * Example: the head `下载 / 打印 / … / 2026年安徽省政府工作报告 / ——2026年2月5日在…会议上 / 来源：安徽日报`
 * gives `2026年安徽省政府工作报告`; `您的位置: / 首页 / > / 云南要闻 / 云南要闻 / 2026年政府工作报告` gives
 * `2026年政府工作报告`.
 */

import { countHan } from '../text/han';
import type { MetaLine } from './meta-lines';
import { findDates } from './meta-dates';
import { codePointLength, type Span } from './text-spans';

const MIN_HAN = 4;
/** Code points; news headlines with a subtitle run to about 60. */
const TITLE_MAX = 64;
const SENTENCE_PUNCT = /[。！？!?；;]/;
const FIELD = /[:：]/;
const CRUMB = /[>＞»›→]/;
/** A line that is only a breadcrumb separator: the lines on either side are crumbs. */
const SEPARATOR = /^[>＞»›→]+$/;
const BYLINE = /^\S{1,16}\s+\p{Script=Han}{2,4}$/u;
const CREDIT = /(?:摄|供图|图)$/;
const NAMES_A_DOCUMENT =
  /报告|会议|召开|举行|讲话|座谈|演说|致辞|公报|通知|意见|决定|纲要|规划|条例|办法|方案|强调|指出|出席|主持|发表/;

export function chooseTitle(text: string, head: readonly MetaLine[], hasBody: boolean): Span | null {
  if (!hasBody) return null;
  const lineText = head.map((l) => text.slice(l.span.start, l.span.end).trim());
  const count = new Map<string, number>();
  for (const s of lineText) count.set(s, (count.get(s) ?? 0) + 1);
  const candidates: number[] = [];
  head.forEach((line, i) => {
    const s = lineText[i]!;
    if (line.kind !== 'title' && line.kind !== 'other' && line.kind !== 'dateline') return;
    if (countHan(s) < MIN_HAN || codePointLength(text, line.span) > TITLE_MAX) return;
    if (SENTENCE_PUNCT.test(s) || FIELD.test(s) || CRUMB.test(s) || BYLINE.test(s) || CREDIT.test(s)) return;
    if ((count.get(s) ?? 0) > 1) return;
    if (SEPARATOR.test(lineText[i - 1] ?? '') || SEPARATOR.test(lineText[i + 1] ?? '')) return;
    if (findDates(text, line.span).length > 0 && !NAMES_A_DOCUMENT.test(s.replace(/^\d{4}年/, ''))) return;
    if (/^[—－\-–（(]/.test(s)) return;
    candidates.push(i);
  });
  const named = candidates.find((i) => NAMES_A_DOCUMENT.test(lineText[i]!));
  const chosen = named ?? candidates[0];
  return chosen === undefined ? null : head[chosen]!.span;
}
