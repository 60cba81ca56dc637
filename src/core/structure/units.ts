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

import { isCloser, isSpace, type Span } from './text-spans';

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

const SENTENCE_END = new Set(['。', '！', '？', '!', '?']);
const CLAUSE_BREAK = new Set(['，', ',', '：', ':', '；', ';']);
const PIECE_BREAK = new Set(['；', ';']);

function trim(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return { start: s, end: e };
}

/** Spans of [start, end) cut after each character in `breaks` (the break stays with its span). */
function cut(text: string, start: number, end: number, breaks: ReadonlySet<string>, keepBreak: boolean): Span[] {
  const spans: Span[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (!breaks.has(text[i]!)) continue;
    const span = trim(text, from, keepBreak ? i + 1 : i);
    if (span.end > span.start) spans.push(span);
    from = i + 1;
  }
  const rest = trim(text, from, end);
  // A rest made only of closers (the `”` after `；`) joins nothing and is not a unit.
  if (rest.end > rest.start && !(rest.end - rest.start === 1 && isCloser(text[rest.start]))) spans.push(rest);
  return spans;
}

function sentencesOf(text: string, para: Span): Sentence[] {
  const sentences: Sentence[] = [];
  let from = para.start;
  let i = para.start;
  const close = (end: number) => {
    const span = trim(text, from, end);
    if (span.end > span.start) {
      sentences.push({
        ...span,
        clauses: cut(text, span.start, span.end, CLAUSE_BREAK, false),
        pieces: cut(text, span.start, span.end, PIECE_BREAK, true),
      });
    }
    from = end;
  };
  while (i < para.end) {
    if (!SENTENCE_END.has(text[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < para.end && (SENTENCE_END.has(text[end]!) || isCloser(text[end]))) end++;
    close(end);
    i = end;
  }
  close(para.end);
  return sentences;
}

export function readBody(text: string, lines: readonly Span[]): Body {
  return {
    text,
    paragraphs: lines.map((line, index) => ({ ...line, index, sentences: sentencesOf(text, line) })),
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
