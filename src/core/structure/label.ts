/**
 * Task labels: a few words naming a task's topic, shown next to its ordinal in the two-column viewer.
 *
 * The label comes from the task's first sentence (from `labelFrom`, just after the marker) in three
 * steps; the words each step reads are listed in `./label-words`.
 *   1. The sentence is cut into clauses at `，：` (not at `、`); each clause's leading fillers (`要`,
 *      `进一步`, `切实`…) are left out.
 *   2. The topic starts at the first clause that is not framing (`围绕…`, `按照…`, `以…为…`), or at the
 *      first clause when all of them frame. When that clause alone is too long for a label, a later
 *      clause that opens with a programmatic verb (`做好`, `加强`…) and fits takes its place.
 *   3. The label is the ORIGINAL text of whole clauses from the topic on, as many as fit in `LABEL_MAX`,
 *      with `…` when the sentence goes on. Pinyin glosses the normalizer dropped stay out
 *      (`originalClean`), so a Traditional report gets Traditional labels. A single clause too long
 *      to fit is cut after its last `、` (keeping at least `LABEL_MIN_AT_PAUSE`), else hard.
 *
 * Examples, from the seeds:
 *   `一是要围绕更好地发挥…的特殊优势,进一步做好民主党派和无党派人士工作。`  → `做好民主党派和无党派人士工作`
 *     (the first clause frames: `围绕`; `进一步` is a filler)
 *   `要統一思想,凝聚共識,明確方向。`                                      → `統一思想,凝聚共識,明確方向`
 *   `要強化組織,夯實保障,全力推動統戰(zhàn)工作邁上新臺階。`              → `強化組織,夯實保障…`
 *     (all three clauses would take 23 code points)
 * Why the programmatic verb does not simply win: in `要研究新方法，探索新模式，推动毕节统一战线工作开创
 * 新局面` the clause it opens is the aim, and the topic is the first two clauses.
 */

import type { Normalized } from '../types';
import { skipFillers, startsFraming, startsProgrammatic } from './label-words';
import { countCodePoints } from '../text/code-points';
import { OriginalCleanReader, originalClean } from './original-text';
import {
  codePointLength,
  isClauseBreakAt,
  isSentenceEndAt,
  isSpaceAt,
  splitClauses,
  type Span,
} from './text-spans';

/** Code points of a label, the `…` included. */
export const LABEL_MAX = 20;
/** Code points an over-long clause keeps when it is cut at a `、`; below that it is cut hard. */
const LABEL_MIN_AT_PAUSE = 6;
/** Code units scanned for the end of the first sentence: room for a long framing clause, bounded. */
const SENTENCE_SCAN = 200;
const ELLIPSIS = '…';
const NEWLINE = 0x0a;

interface LabelSentence {
  span: Span;
  /** False when the scan stopped before the sentence ended: what follows is then cut. */
  complete: boolean;
}

/** The first sentence from `from`: up to a sentence end, a line break or the section's end. */
function labelSentence(text: string, from: number, sectionEnd: number): LabelSentence {
  let start = from;
  while (start < sectionEnd && (isSpaceAt(text, start) || isClauseBreakAt(text, start))) start++;
  const limit = Math.min(sectionEnd, start + SENTENCE_SCAN);
  let end = start;
  while (end < limit && !isSentenceEndAt(text, end) && text.charCodeAt(end) !== NEWLINE) end++;
  return { span: { start, end }, complete: end < limit || limit === sectionEnd };
}

/** The clauses of the label, from the topic on, each starting after its fillers. */
function topicClauses(text: string, sentence: Span): Span[] {
  const clauses = splitClauses(text, sentence).map((c) => ({
    start: skipFillers(text, c.start, c.end),
    end: c.end,
  }));
  let topic = clauses.findIndex((c) => !startsFraming(text, c.start));
  if (topic < 0) topic = 0;
  const first = clauses[topic];
  if (first && codePointLength(text, first) > LABEL_MAX) {
    const later = clauses.findIndex(
      (c, i) => i > topic && codePointLength(text, c) < LABEL_MAX && startsProgrammatic(text, c.start),
    );
    if (later >= 0) topic = later;
  }
  return clauses.slice(topic);
}

function cutClause(clause: string): string {
  const chars = Array.from(clause);
  const room = LABEL_MAX - ELLIPSIS.length;
  const pause = chars.lastIndexOf('、', room);
  const keep = pause >= LABEL_MIN_AT_PAUSE ? pause : room;
  return chars.slice(0, keep).join('') + ELLIPSIS;
}

/** The label of a task whose first sentence starts at normalized `labelFrom`; '' when there is none. */
export function taskLabel(input: Normalized, labelFrom: number, sectionEnd: number): string {
  const text = input.normalized;
  const { span, complete } = labelSentence(text, labelFrom, sectionEnd);
  const clauses = topicClauses(text, span);
  const first = clauses[0];
  if (!first) return '';
  let label = '';
  // Each candidate is the last one and one clause more: the original is read on, not again.
  const reader = new OriginalCleanReader(input, first.start);
  for (const [i, clause] of clauses.entries()) {
    const candidate = reader.upTo(clause.end).trim();
    const length = countCodePoints(candidate);
    const whole = complete && i === clauses.length - 1;
    if (whole && length <= LABEL_MAX) return candidate;
    if (length > LABEL_MAX - ELLIPSIS.length) break;
    label = candidate;
  }
  if (label) return label + ELLIPSIS;
  const clause = originalClean(input, first).trim();
  return clause ? cutClause(clause) : '';
}
