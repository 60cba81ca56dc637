/**
 * The closing of a meeting report: what happened around the speech and who attended, e.g.
 *   会上，传达学习了省委统战工作会议精神；…作了书面交流。
 *   市委常委，各县(区)党委书记、统战部部长，…等参加会议。
 *
 * The closing is the longest run of closing-like paragraphs at the END of the body, and only after
 * `after` (the paragraph of the last task, or the lead): an attendee list inside the opening
 * (`…等出席会议。` right after the lead) is not a closing because a non-closing paragraph follows it.
 * A paragraph is closing-like when it starts with one of the phrases below, or names the attendance
 * (`参加会议`, `出席会议`, `列席会议`) and is shorter than `ATTENDANCE_MAX` characters.
 */

import type { Span } from './text-spans';

const OPENERS = [
  '会上',
  '会议上',
  '会前',
  '会后',
  '会议期间',
  '会议最后',
  '会议结束',
  '会议还',
  '此次会议',
  '本次会议',
  '据悉',
  '据了解',
  '另悉',
];
const ATTENDANCE = ['参加会议', '出席会议', '列席会议', '参加了会议', '出席了会议', '参会'];
/** UTF-16 units; a long paragraph that mentions attendance is a speech, not an attendee list. */
const ATTENDANCE_MAX = 400;

function closingLike(text: string, para: Span): boolean {
  if (OPENERS.some((o) => text.startsWith(o, para.start))) return true;
  if (para.end - para.start > ATTENDANCE_MAX) return false;
  const body = text.slice(para.start, para.end);
  return ATTENDANCE.some((a) => body.includes(a));
}

/** Index of the first closing paragraph, or `paragraphs.length` when there is none. */
export function findClosingStart(text: string, paragraphs: readonly Span[], after: number): number {
  let first = paragraphs.length;
  for (let p = paragraphs.length - 1; p > after; p--) {
    if (!closingLike(text, paragraphs[p]!)) break;
    first = p;
  }
  return first;
}
