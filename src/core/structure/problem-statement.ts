/**
 * A report's statement of its problems: the passage of a work report that owns up to what is not yet
 * right (`我们也清醒认识到，发展中还存在不少困难和问题，主要是：需求不足…；风险较多…；…`). Its `；` pieces
 * and the clauses that open alike inside it are parallel in form, but they are the chapter's text, not
 * tasks a reader lines up against another report: no unnumbered list is read there.
 *
 * `statesProblems(body, at)` looks at the LEAD of a list starting at `at`: the sentence before it (in
 * the same paragraph, or the last sentence of the paragraph before) and the first clauses of its own
 * sentence up to `LEAD_REACH` units past `at` (a lead written inside the first piece:
 * `在看到成绩的同时，我们也清醒认识到，经济…；…`). The lead states problems when it says that the
 * speaker sees them soberly (`清醒认识到`, `清醒地看到`) or that problems are many or remain
 * (`问题…不少`, `困难…主要是`, `挑战依然`).
 *
 * Numbered lists are never judged here: `一是…二是…` after such a lead is still a list the text numbers.
 */

import { paragraphAt, sentenceAt } from './candidate';
import type { Body } from './units';

/** How far past the list's start its lead may reach (UTF-16 units), for a lead inside the first piece. */
const LEAD_REACH = 24;

const SOBER = /清醒(?:地)?(?:认识|看)到/;
const PROBLEMS_REMAIN =
  /(?:问题|困难|挑战|不足|短板)[^。；;！!]{0,10}(?:不少|主要是|主要表现|依然|仍然|亟待)/;

export function statesProblems(body: Body, at: number): boolean {
  const p = paragraphAt(body, at);
  const para = body.paragraphs[p]!;
  const s = sentenceAt(body, p, at);
  const sentence = para.sentences[s];
  const before = s > 0 ? para.sentences[s - 1] : body.paragraphs[p - 1]?.sentences.at(-1);
  const from = before?.start ?? sentence?.start ?? at;
  const to = Math.min(sentence?.end ?? at, at + LEAD_REACH);
  const lead = body.text.slice(from, Math.max(at, to));
  return SOBER.test(lead) || PROBLEMS_REMAIN.test(lead);
}
