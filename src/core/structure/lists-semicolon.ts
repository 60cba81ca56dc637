/**
 * Candidate lists of `；`-separated parallel clauses: a sentence of three pieces or more, each piece
 * an item. The first item begins after the sentence's lead when it has one: after the last colon of the
 * first piece (`今年重点办好以下实事：完成老旧小区改造600个；治理…；…`), at a clause of the first piece
 * that opens like every later piece (`实践启示我们，什么时候…；什么时候…`), or after a speaker's lead-in
 * (`会议要求，…；…`) or a speaker's request of someone (`习近平希望各民主党派中央…把…；坚持…；…`), else
 * at the sentence's start. The last item ends with the sentence.
 *
 *   `加快制造强省建设，确保…；统筹教育强省建设，推动…；促进深层次改革…。` → three items
 *
 * Score 30: below runs of pieces that open alike (`./lists-runs`), which name the same items better.
 */

import { closeItems, type Candidate } from './candidate';
import { statesFigure } from './figures';
import { NOT_LIST_OPENERS } from './lists-runs';
import { askedAt, leadInEnd } from './speech-act';
import type { Body, Sentence } from './units';

const MIN_PIECES = 3;
/** A lead announcing items: a count of them or `以下`/`如下`/`包括`, right before the colon. */
const ANNOUNCED =
  /(?:以下|如下|包括|[0-9０-９一二三四五六七八九十百]+(?:件|项|个方面|方面|条))[^：:，,。]{0,12}[：:]$/;
/** A piece shorter than this (UTF-16 units) is a fragment, not an item. */
const MIN_PIECE = 6;

/**
 * When every piece after the first opens with the same two characters and a clause of the first piece
 * does too (`实践启示我们，什么时候…；什么时候…；什么时候…`), the first item begins at that clause: what
 * comes before it is the lead. -1 otherwise.
 */
function openingLikeTheRest(text: string, sentence: Sentence): number {
  const [first, ...rest] = sentence.pieces;
  const key = text.slice(rest[0]!.start, rest[0]!.start + 2);
  if (!/^[\u4e00-\u9fff]{2}$/.test(key) || rest.some((p) => !text.startsWith(key, p.start))) return -1;
  const clause = sentence.clauses.find(
    (c) => c.start > first!.start && c.start < first!.end && text.startsWith(key, c.start),
  );
  return clause ? clause.start : -1;
}

export function semicolonLists(body: Body, regionEnd: number): Candidate[] {
  const { text } = body;
  const candidates: Candidate[] = [];
  for (const para of body.paragraphs) {
    if (para.start >= regionEnd) break;
    for (const sentence of para.sentences) {
      const { pieces } = sentence;
      if (pieces.length < MIN_PIECES || pieces.some((p) => p.end - p.start < MIN_PIECE)) continue;
      const first = pieces[0]!;
      const colon = Math.max(text.lastIndexOf('：', first.end - 1), text.lastIndexOf(':', first.end - 1));
      const announced = colon >= first.start && ANNOUNCED.test(text.slice(first.start, colon + 1));
      // A list of figures (`地区生产总值增长5%；城镇新增就业120万人；…`) is a table of targets, not tasks,
      // unless the lead announces it as items (`办好15件民生实事，包括：改造小区600个；…`).
      const figures = pieces.filter((p) => statesFigure(text.slice(p.start, p.end))).length;
      if (!announced && figures * 2 >= pieces.length) continue;
      // `过去的五年，我们…；过去的五年，我们…；…`: a frame repeated for rhythm, not items.
      const key = text.slice(first.start, first.start + 2);
      if (NOT_LIST_OPENERS.has(key) && pieces.every((p) => text.startsWith(key, p.start))) continue;
      const lead = leadInEnd(text, first);
      let start = first.start;
      const alike = openingLikeTheRest(text, sentence);
      if (colon >= first.start) start = colon + 1;
      else if (alike >= 0) start = alike;
      else if (lead >= 0) start = lead;
      else if (askedAt(text, first) >= 0) start = askedAt(text, first);
      if (first.end - start < MIN_PIECE) continue;
      const starts = [start, ...pieces.slice(1).map((p) => p.start)].map((s, i) => ({
        start: s,
        labelFrom: s,
        ordinal: i + 1,
      }));
      candidates.push({
        style: 'semicolon',
        items: closeItems(body, starts, Math.min(regionEnd, sentence.end)),
        score: 30,
      });
    }
  }
  return candidates;
}
