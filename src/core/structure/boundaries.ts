/**
 * Where the closing and the annex of a report begin, in the NORMALIZED text (`./units` body).
 *
 * - The ANNEX is a glossary or list of projects after the closing, opened by a short line of its own:
 *   `名词解释`, `附件1`, `附表`, `附录`, `2026年十件民生实事`. Only looked for in the last 60 % of the
 *   body, so a `附件` line in a lead never cuts the report.
 * - The CLOSING is, in this order of preference:
 *   1. a final appeal: the last paragraph opening `各位代表！` / `同志们！` / `各位委员，` after the last
 *      chapter heading (`三、…`), or in the last third of the body when there are none (an appeal in
 *      the middle of a work report, `各位代表！经过五年接续奋斗…`, is never the closing);
 *   2. a closing heading line: `结语`, `结束语`;
 *   3. the trailing run of closing-like paragraphs of a news report: `会上，…`, `会议号召，…`, `座谈会后，…`,
 *      `会议还研究了其他事项`, attendee rolls (`…等出席会议。`, `…主持会议。`) and exchange speeches
 *      (`…作大会交流发言。`), the group photo (`…与大家合影留念。`) and a paragraph that only notes a
 *      document discussed (`会议讨论了《…意见（讨论稿）》。`); when the report is one paragraph, its
 *      trailing closing-like sentences.
 *   Example: `…要加强领导。⏎会上，传达学习了…。⏎市委常委…等参加会议。` → the closing starts at `会上`.
 * An attendee roll is recognised by how it ENDS (the attendance verb within the sentence's last
 * `ATTENDANCE_TAIL` characters), so a paragraph that says who presided and then goes on with a speech
 * (`…主持会议并作工作部署，表示…`) is not a closing.
 */

import type { Body, Paragraph, Sentence } from './units';
import { length } from './units';

const ANNEX_LINE =
  /^(?:名词解释|名词注释|附件\s*[0-9一二三四五六七八九十]*|附表\s*[0-9]*|附录|.{0,12}民生实事(?:项目)?(?:清单)?)$/;
const ANNEX_LINE_MAX = 20;
/** The annex is looked for after this share of the body's paragraphs. */
const ANNEX_FROM = 0.4;

const APPEAL = /^(?:各位代表|同志们|各位委员)[！!，,]/;
const CLOSING_HEADING = /^(?:结语|结束语)$/;
const CHAPTER_HEADING = /^[一二三四五六七八九十]{1,3}、/;
/** Without chapters, an appeal closes the report only in its last third. */
const APPEAL_FROM = 2 / 3;

const OPENERS =
  /^(?:会上|会议上|座谈会上|座谈会后|会后|会前|会议号召|会议还|会议最后|会议结束时?|此次会议|本次会议|据悉|据了解|另悉|会议期间|会议以|(?:出席|参加|列席)(?:会议|座谈会|大会)的)/;
const ATTENDANCE =
  /(?:出席|参加|列席)了?(?:会议|座谈会|大会|开幕会|闭幕会|活动)|主持(?:会议|座谈会)|交流发言|书面交流|大会发言|合影(?:留念)?/g;
/** The attendance verb must end within this many UTF-16 units of the sentence's end. */
const ATTENDANCE_TAIL = 8;

export interface BodyBoundaries {
  /** Normalized index where the closing starts, or null. */
  closing: number | null;
  /** Normalized index where the annex starts, or null. */
  annex: number | null;
  /** Index of the first paragraph of the annex (`paragraphs.length` when none). */
  annexParagraph: number;
}

function annexParagraph(body: Body): number {
  const { text, paragraphs } = body;
  for (let p = Math.ceil(paragraphs.length * ANNEX_FROM); p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    if (p === 0 || length(text, para) > ANNEX_LINE_MAX) continue;
    if (ANNEX_LINE.test(text.slice(para.start, para.end)) && p + 1 < paragraphs.length) return p;
  }
  return paragraphs.length;
}

function opens(text: string, at: number, pattern: RegExp): boolean {
  return pattern.test(text.slice(at, at + 24));
}

function endsWithAttendance(text: string, sentence: Sentence): boolean {
  const s = text.slice(sentence.start, sentence.end);
  ATTENDANCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let lastEnd = -1;
  while ((m = ATTENDANCE.exec(s)) !== null) lastEnd = m.index + m[0].length;
  return lastEnd >= 0 && s.length - lastEnd <= ATTENDANCE_TAIL;
}

export function closingLikeSentence(text: string, sentence: Sentence): boolean {
  return opens(text, sentence.start, OPENERS) || endsWithAttendance(text, sentence);
}

/**
 * A document the meeting discussed, noted in a paragraph of its own after the appeal. Only a paragraph of
 * one sentence: `会议讨论通过了《…》。决定…` opens an agenda point of an executive meeting.
 */
const DOCUMENT_NOTE = /^会议(?:讨论|审议)了《[^》\n]{2,80}》[。.]?$/;

/** A paragraph whose first sentence is closing-like (an attendee roll may end on a remark about the venue). */
function closingLikeParagraph(text: string, para: Paragraph): boolean {
  const first = para.sentences[0];
  if (first === undefined) return false;
  if (para.sentences.length === 1 && DOCUMENT_NOTE.test(text.slice(first.start, first.end).trim()))
    return true;
  return closingLikeSentence(text, first);
}

/** Start of the trailing closing-like run in paragraphs [0, end), or null. */
function newsClosing(body: Body, end: number): number | null {
  const { text, paragraphs } = body;
  let first = end;
  while (first > 1 && closingLikeParagraph(text, paragraphs[first - 1]!)) first--;
  if (first < end) return paragraphs[first]!.start;
  // One long paragraph (a report without breaks): its trailing closing-like sentences.
  const last = paragraphs[end - 1];
  if (!last || last.sentences.length < 3) return null;
  let s = last.sentences.length;
  while (s > 1 && closingLikeSentence(text, last.sentences[s - 1]!)) s--;
  return s < last.sentences.length ? last.sentences[s]!.start : null;
}

function appealClosing(body: Body, end: number): number | null {
  const { text, paragraphs } = body;
  let lastChapter = -1;
  for (let p = 0; p < end; p++) if (opens(text, paragraphs[p]!.start, CHAPTER_HEADING)) lastChapter = p;
  const from = lastChapter >= 0 ? lastChapter + 1 : Math.ceil(end * APPEAL_FROM);
  for (let p = end - 1; p >= Math.max(from, 1); p--) {
    const start = paragraphs[p]!.start;
    if (opens(text, start, APPEAL)) return start;
    // A bare `各位代表！` line followed by the appeal's text.
    if (/^(?:各位代表|同志们|各位委员)[！!]$/.test(text.slice(start, paragraphs[p]!.end))) return start;
  }
  for (let p = from; p < end; p++) {
    const para = paragraphs[p]!;
    if (p > 0 && CLOSING_HEADING.test(text.slice(para.start, para.end))) return para.start;
  }
  return null;
}

/**
 * A speech with no appeal to delegates and no news closing still ends on a rally: `讓我們…一起來奮鬥！`,
 * `謝謝大家！`, `中華民國萬歲！` (inaugural addresses). Looked for in the last `RALLY_WITHIN` paragraphs,
 * the earliest that rallies and ends on `！`; what follows it (`現在，請大家跟我一起高呼：`) is its.
 */
const RALLY = /讓我們|让我们|謝謝大家|谢谢大家|萬歲|万岁|邀請每一位|邀请每一位/;
const RALLY_WITHIN = 4;

function rallyClosing(body: Body, end: number): number | null {
  const { text, paragraphs } = body;
  for (let p = Math.max(1, end - RALLY_WITHIN); p < end; p++) {
    const para = text.slice(paragraphs[p]!.start, paragraphs[p]!.end).trim();
    if (RALLY.test(para) && /[！!]$/.test(para)) return paragraphs[p]!.start;
  }
  return null;
}

export function findBoundaries(body: Body): BodyBoundaries {
  const annexAt = annexParagraph(body);
  const annex = annexAt < body.paragraphs.length ? body.paragraphs[annexAt]!.start : null;
  const closing = appealClosing(body, annexAt) ?? newsClosing(body, annexAt) ?? rallyClosing(body, annexAt);
  return { closing, annex, annexParagraph: annexAt };
}
