/**
 * Speech-act lead-ins: the `张剡强调，` / `陈志刚指出，` / `会议要求：` that open a paragraph or sentence of
 * a meeting report and attribute what follows to a speaker.
 *
 * `leadInEnd(text, sentence)` returns where the reported speech starts (after the comma or colon and
 * any spaces), or -1. Example: for `张剡强调，要加强领导，形成合力。` it returns the index of `要`.
 *
 * Limits: the speaker is 1..18 characters before the verb (`他`, `市委书记张剡`, `张剡在讲话中`), with no
 * sentence punctuation, and the verb is followed at once by a comma or colon; `强调指出` ends in `指出`.
 * A span opening with the modal `必须` is what is said, never who says it: in
 * `必须把严守纪律规矩作为底线要求，把权力…` the `要求，` ends a noun, not a lead-in (gwr2026-hun).
 */

import { isBasicHan, isBreakAt, isSentenceEndAt, isSpaceAt, skipSpaces, type Span } from './text-spans';

const VERBS = ['强调', '指出', '要求', '表示', '提出', '认为', '希望', '说', '确定', '部署', '决定'];
const MAX_SPEAKER = 18;
const YAO = 0x8981; // 要

/**
 * The scans below read characters by index (`…At`), never `text[i]`: that makes a string of each Han
 * character read, and they read the first twenty characters of every sentence and clause of a report.
 */

export function leadInEnd(text: string, sentence: Span): number {
  if (text.startsWith('必须', sentence.start)) return -1;
  const limit = Math.min(sentence.end, sentence.start + MAX_SPEAKER + 3);
  for (let i = sentence.start; i < limit; i++) {
    if (!isBreakAt(text, i)) continue;
    if (isSentenceEndAt(text, i)) return -1;
    let end = i;
    while (end > sentence.start && isSpaceAt(text, end - 1)) end--;
    // The verb ends the lead-in, and someone says it: the speaker is not empty.
    const said = VERBS.some((v) => end - v.length > sentence.start && text.startsWith(v, end - v.length));
    return said ? skipSpaces(text, i + 1, sentence.end) : -1;
  }
  return -1;
}

/**
 * `表示要坚持…`, `李干杰强调要…`: a speaker's verb run straight into `要` with no comma, as news reports
 * put it when a clause list follows (`表示要坚持A，坚持B，坚持C`). Returns the index of that `要`, or -1.
 * The verb ends within `MAX_SPEAKER` characters of the span's start.
 */
export function saidYaoAt(text: string, span: Span): number {
  const limit = Math.min(span.end - 1, span.start + MAX_SPEAKER + 2);
  for (let i = span.start + 1; i < limit; i++) {
    if (isBreakAt(text, i)) return -1;
    if (text.charCodeAt(i) !== YAO) continue;
    if (VERBS.some((v) => i - v.length >= span.start && text.startsWith(v, i - v.length))) return i;
  }
  return -1;
}

/** Characters of a speaker's name before a bare `希望` (`习近平希望`, `俞正声希望`). */
const WISHER_MIN = 2;
const WISHER_MAX = 4;

/**
 * `俞正声希望各民主党派…`: a name of 2–4 Han characters at the span's start and a wish, with no comma
 * after the verb. Returns the index of `希望` (where the speaker's point starts), or -1.
 */
export function wishAt(text: string, span: Span): number {
  for (let w = span.start + 1; w <= span.start + WISHER_MAX && w + 2 <= span.end; w++) {
    if (!isBasicHan(text.charCodeAt(w - 1))) return -1;
    if (w - span.start >= WISHER_MIN && text.startsWith('希望', w)) return w;
  }
  return -1;
}

/** Verbs by which a speaker asks something of an addressee named right after (`希望各民主党派中央…`). */
const ASKING = ['希望', '要求', '号召', '勉励', '鼓励'];
/** Words that end the addressee and open what is asked: a disposal `把`, `要`, or an adverb of manner. */
const ASKED = /把|要|继续|进一步|始终|更好|切实|积极|充分|认真|坚持|努力/y;
/** Longest addressee, in UTF-16 units (`各民主党派中央、全国工商联和无党派人士` is 19). */
const MAX_ADDRESSEE = 30;

/**
 * `习近平希望各民主党派中央、全国工商联和无党派人士把思想和行动统一到…；坚持…；深化…。`: a speaker's
 * verb of asking, its addressee, then what is asked, with no comma between. Returns where what is asked
 * starts (`把`), or -1. The verb ends within `MAX_SPEAKER` characters of the span's start, and the
 * addressee holds no clause break.
 */
export function askedAt(text: string, span: Span): number {
  const limit = Math.min(span.end, span.start + MAX_SPEAKER + 2);
  for (let i = span.start + 1; i < limit; i++) {
    if (isBreakAt(text, i)) return -1;
    const verb = ASKING.find((v) => text.startsWith(v, i));
    if (!verb) continue;
    const from = i + verb.length;
    for (let j = from; j < Math.min(span.end, from + MAX_ADDRESSEE); j++) {
      if (isBreakAt(text, j)) return -1;
      // An addressee has two characters at least (`大家`).
      if (j < from + 2) continue;
      ASKED.lastIndex = j;
      if (ASKED.test(text)) return j;
    }
    return -1;
  }
  return -1;
}
