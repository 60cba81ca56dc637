/**
 * A candidate list: one way the text may enumerate, proposed by a `./lists-*` module and weighed by
 * `./outline-tree` against the others. Spans are in the NORMALIZED text.
 *
 * Example, `会议强调，一是加强领导。…二是突出重点。…` in one paragraph:
 *   { style: 'shi', score: 67, items: [
 *       { start: 5, labelFrom: 7, end: 20, ordinal: 1, open: false },
 *       { start: 20, labelFrom: 22, end: 40, ordinal: 2, open: false } ] }
 *
 * An item runs from its marker to the next item's start; the LAST item ends where the list's parallel
 * form ends (`closeItems`): with its sentence when every earlier item is a clause of one sentence,
 * after as many paragraphs as the longest earlier item took when those are short (three paragraphs or
 * fewer; never over a paragraph summing up the period, `一年来，我们…`), else it is `open` and reaches to the end of whatever holds the list (its parent node, or the
 * body before the closing), settled when the tree is built.
 */

import type { OutlineStyle } from '../types';
import type { Body } from './units';
import { firstIndexWhere } from '../sorted';

export interface Item {
  start: number;
  /** Where the marker ends and the label's text begins. */
  labelFrom: number;
  end: number;
  /** The number the text gives (or the position in an unnumbered list), 1-based. */
  ordinal: number;
  /** True when the item runs to the end of its container (settled by the tree). */
  open: boolean;
  /** The item's own style when a list mixes them (`一是…第二，…三是`); else the list's. */
  style?: OutlineStyle;
}

export interface Candidate {
  style: OutlineStyle;
  items: Item[];
  /** Higher is more certain; lists are accepted in decreasing score. */
  score: number;
  /** Paragraph-level lists always extend their last item to the container (chapters, `（一）` items). */
  alwaysOpen?: boolean;
}

/** Most paragraphs an item may take for the last item of its list to be closed by the same count. */
const CLOSED_SPAN_MAX = 3;
/** Items a list needs for its single-sentence form to close the last (two earlier ones to show it). */
const SINGLE_SENTENCE_MIN = 3;

/** Index of the paragraph holding normalized index `at` (the last starting at or before it; 0 if none). */
export function paragraphAt(body: Body, at: number): number {
  const { paragraphs } = body;
  return Math.max(0, firstIndexWhere(paragraphs.length, (i) => paragraphs[i]!.start > at) - 1);
}

/**
 * Index of the sentence of paragraph `p` holding `at`, by binary search: a one-paragraph text of a
 * megabyte holds 140,000 sentences, and a scan from the first for each item made the lists quadratic.
 */
export function sentenceAt(body: Body, p: number, at: number): number {
  const sentences = body.paragraphs[p]?.sentences ?? [];
  return Math.max(0, firstIndexWhere(sentences.length, (i) => i > 0 && sentences[i]!.start > at) - 1);
}

/**
 * Items from their starts (sorted), each ending at the next start and the last one closed by the
 * rule of the module comment, never past `limit`.
 */
export function closeItems(
  body: Body,
  starts: readonly { start: number; labelFrom: number; ordinal: number; style?: OutlineStyle }[],
  limit: number,
  alwaysOpen = false,
): Item[] {
  // Fields named, not spread: a spread of `s` went through V8's generic object copy for each item.
  const items: Item[] = starts.map((s, i) => {
    const item: Item = {
      start: s.start,
      labelFrom: s.labelFrom,
      end: starts[i + 1]?.start ?? limit,
      ordinal: s.ordinal,
      open: false,
    };
    if (s.style !== undefined) item.style = s.style;
    return item;
  });
  const last = items.at(-1);
  if (!last) return items;
  if (alwaysOpen || items.length === 1) {
    last.open = true;
    return items;
  }
  const paras = items.map((it) => paragraphAt(body, it.start));
  const lastPara = paras.at(-1)!;
  // Every earlier item a clause or sentence group inside one sentence: the last ends with its sentence.
  const sameSentence = items.slice(0, -1).every((it, i) => {
    const p = paras[i]!;
    return paras[i + 1] === p && sentenceAt(body, p, it.start) === sentenceAt(body, p, items[i + 1]!.start);
  });
  if (sameSentence) {
    const sentences = body.paragraphs[lastPara]!.sentences;
    const s = sentences[sentenceAt(body, lastPara, last.start)];
    last.end = Math.min(limit, s ? s.end : body.paragraphs[lastPara]!.end);
    return items;
  }
  // Three items or more inside one paragraph, each a single sentence (the first may follow its lead in one,
  // `今年再办好15件民生实事：一是…。二是…`): the last is one sentence too, so a remark after the list
  // (`十五是…。我们要用心…`) is not its. Items of several sentences keep their paragraph: how far the
  // last one's detail goes is not told by the others' (a `要…` topic's elaboration varies).
  if (items.length >= SINGLE_SENTENCE_MIN && paras.every((p) => p === lastPara)) {
    const sentences = body.paragraphs[lastPara]!.sentences;
    const at = items.map((it) => sentenceAt(body, lastPara, it.start));
    const single = items.every(
      (it, i) =>
        (i === 0 || sentences[at[i]!]?.start === it.start) &&
        (i + 1 === items.length || at[i + 1]! === at[i]! + 1),
    );
    const s = sentences[at.at(-1)!];
    if (single && s) {
      last.end = Math.min(limit, s.end);
      return items;
    }
  }
  // Paragraphs each earlier item reaches into (an item ending at a paragraph start takes the one before).
  let span = 1;
  for (let i = 0; i + 1 < items.length; i++) {
    const endPara = paragraphAt(body, Math.max(items[i]!.start, items[i + 1]!.start - 1));
    span = Math.max(span, endPara - paras[i]! + 1);
  }
  if (span > CLOSED_SPAN_MAX) {
    last.open = true;
    return items;
  }
  let endPara = Math.min(body.paragraphs.length - 1, lastPara + span - 1);
  // `一年来，我们持续加强政府建设…`: the government's account of its own year after the list's items is
  // the chapter's, not the last item's.
  for (let p = lastPara + 1; p <= endPara; p++) {
    if (PERIOD_FRAME.test(body.text.slice(body.paragraphs[p]!.start, body.paragraphs[p]!.start + 8))) {
      endPara = p - 1;
      break;
    }
  }
  last.end = Math.min(limit, body.paragraphs[endPara]!.end);
  return items;
}

/** A paragraph opening on the period it sums up and who acted: `一年来，我们…`, `过去一年，我们…`. */
export const PERIOD_FRAME = /^(?:一年来|过去一年|五年来|过去五年)，我们/;
