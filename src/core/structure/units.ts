/**
 * The body of a report cut into the units every list proposal reads: paragraphs, their sentences, and
 * each sentence's clauses and `；` pieces. All spans are in the NORMALIZED text.
 *
 * For the paragraph `加快制造强省建设，确保占比稳定；统筹教育强省建设。另一句。` at 0:
 *   sentences  [0..26 `加快…建设。`, 26..30 `另一句。`]
 *   clauses    of the first: [0..8 `加快制造强省建设`, 9..15 `确保占比稳定`, 16..25 `统筹教育强省建设`]
 *   pieces     of the first: [0..15, 16..26]   (cut at `；`, the terminator stays with the last)
 *
 * Sentences end after `。！？!?` and any closing quotes or brackets; `；` cuts pieces, not sentences,
 * so a `；`-separated list stays one sentence with several pieces. Clauses are cut at `，：；` (not at
 * `、`). Linear in the length of the body.
 */

import { UnitSet } from '../text/unit-set';
import { CLOSER_UNITS, type Span } from './text-spans';

export interface Sentence extends Span {
  clauses: Span[];
  pieces: Span[];
}

export interface Paragraph extends Span {
  /** Index in `Body.paragraphs`. */
  index: number;
  sentences: Sentence[];
}

export interface Body {
  text: string;
  paragraphs: Paragraph[];
}

/** Character classes by UTF-16 code, for the one pass that cuts a paragraph. */
const SENTENCE_END = new UnitSet('。！？!?');
const PIECE_BREAK = new UnitSet('；;');
const CLAUSE_BREAK = new UnitSet('，,：:；;');

const isSpaceCode = (c: number) =>
  c <= 0x20 || c === 0x3000 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b);
const isCloserAt = (text: string, i: number) => CLOSER_UNITS.at(text, i);

/** Where [start, end) starts once trimmed of white space. */
function trimmedStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && isSpaceCode(text.charCodeAt(s))) s++;
  return s;
}

/** Where [start, end) ends once trimmed of white space (`start` when nothing is left). */
function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return e;
}

/**
 * [from, to) trimmed onto `list`, unless nothing is left or only a closer (the `”` after `；`). A plain
 * function with positions, not a closure and a span per sentence: it runs for every clause of the body.
 */
function push(text: string, list: Span[], from: number, to: number): void {
  const s = trimmedStart(text, from, to);
  const e = trimmedEnd(text, s, to);
  if (e > s && !(e - s === 1 && isCloserAt(text, s))) list.push({ start: s, end: e });
}

/**
 * The sentence [start, end) with its clauses and pieces, cut in one pass. A clause or piece made only
 * of a closer (the `”` after `；`) is not a unit.
 */
function sentenceAt(text: string, start: number, end: number): Sentence {
  const clauses: Span[] = [];
  const pieces: Span[] = [];
  let clauseFrom = start;
  let pieceFrom = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!CLAUSE_BREAK.has(c)) continue;
    push(text, clauses, clauseFrom, i);
    clauseFrom = i + 1;
    if (PIECE_BREAK.has(c)) {
      push(text, pieces, pieceFrom, i + 1);
      pieceFrom = i + 1;
    }
  }
  // The sentence's terminator stays with its last piece but not with its last clause.
  let clauseEnd = end;
  while (
    clauseEnd > clauseFrom &&
    (SENTENCE_END.has(text.charCodeAt(clauseEnd - 1)) || isCloserAt(text, clauseEnd - 1))
  ) {
    clauseEnd--;
  }
  push(text, clauses, clauseFrom, clauseEnd);
  push(text, pieces, pieceFrom, end);
  return { start, end, clauses, pieces };
}

/** The sentence [from, to) trimmed onto `sentences`, unless nothing is left. */
function close(text: string, sentences: Sentence[], from: number, to: number): void {
  const s = trimmedStart(text, from, to);
  const e = trimmedEnd(text, s, to);
  if (e > s) sentences.push(sentenceAt(text, s, e));
}

function sentencesOf(text: string, para: Span): Sentence[] {
  const sentences: Sentence[] = [];
  let from = para.start;
  let i = para.start;
  while (i < para.end) {
    if (!SENTENCE_END.has(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < para.end && (SENTENCE_END.has(text.charCodeAt(end)) || isCloserAt(text, end))) end++;
    close(text, sentences, from, end);
    from = end;
    i = end;
  }
  close(text, sentences, from, para.end);
  return sentences;
}

export function readBody(text: string, lines: readonly Span[]): Body {
  return {
    text,
    // Fields named, not spread: a spread of `line` went through V8's generic object copy each time.
    paragraphs: lines.map((line, index) => ({
      start: line.start,
      end: line.end,
      index,
      sentences: sentencesOf(text, line),
    })),
  };
}

/** Code points in a span (a surrogate pair counts once). */
export function length(text: string, span: Span): number {
  let n = 0;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** True when the span holds a character from `chars`. */
export function holds(text: string, span: Span, chars: string): boolean {
  for (let i = span.start; i < span.end; i++) if (chars.includes(text[i]!)) return true;
  return false;
}
