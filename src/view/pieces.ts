/**
 * Pieces: the units the reading view draws, measures and skips. A stretch of a report (a section body,
 * a metadata line, text between sections) is cut into its lines, each line keeping the line break that
 * ends it, so the pieces of a stretch tile it exactly and each draws as one block. A line longer than
 * `MAX_PIECE_UNITS` is cut again after a sentence end (else at a character boundary), so no piece is too
 * big to draw at once: a report that is one 500,000-character line still draws only what is on screen.
 *
 * Each piece knows how wide its text is in em (Han characters and full-width punctuation 1 em, other
 * characters about half), which with the column width gives an estimate of its height before it is
 * ever drawn; drawn pieces are measured and the estimate replaced.
 *
 * Example: `要统一思想。\n\n要凝聚共识。` (14 units) →
 *   { start: 0, end: 7, blank: false }   `要统一思想。\n`   em 6
 *   { start: 7, end: 8, blank: true }    `\n`               (kept in the DOM, hidden)
 *   { start: 8, end: 14, blank: false }  `要凝聚共识。`       em 6
 */
import { snapToCodePoint } from '../core/text/code-points';

export interface Piece {
  start: number;
  end: number;
  /** Only whitespace: drawn hidden (the text still reads back whole), zero height. */
  blank: boolean;
}

/** Lines longer than this (UTF-16 units) are cut into several pieces. */
export const MAX_PIECE_UNITS = 1200;
/** A long line is cut after the last sentence end past this share of the limit. */
const MIN_CUT_SHARE = 0.5;
const SENTENCE_END = /[。！？；!?;…]/u;
const BLANK = /^\s*$/u;

/** The pieces of `text[start, end)`, in order, tiling it. */
export function cutPieces(text: string, start: number, end: number, maxUnits = MAX_PIECE_UNITS): Piece[] {
  const pieces: Piece[] = [];
  let at = start;
  while (at < end) {
    const newline = text.indexOf('\n', at);
    const lineEnd = newline < 0 || newline >= end ? end : newline + 1;
    for (let from = at; from < lineEnd;) {
      const to = lineEnd - from <= maxUnits ? lineEnd : cutPoint(text, from, from + maxUnits);
      pieces.push({ start: from, end: to, blank: BLANK.test(text.slice(from, to)) });
      from = to;
    }
    at = lineEnd;
  }
  return pieces;
}

/** Where to end a piece that starts at `from` and may not pass `limit`: after a sentence end if any. */
function cutPoint(text: string, from: number, limit: number): number {
  const earliest = from + Math.floor((limit - from) * MIN_CUT_SHARE);
  for (let i = limit - 1; i >= earliest; i--) {
    if (SENTENCE_END.test(text[i]!)) return i + 1;
  }
  const at = snapToCodePoint(text, limit);
  return at > from ? at : limit; // a limit inside the first character's pair: keep the pair whole
}

/**
 * Width of `text[start, end)` set on one line, in em: full-width characters (Han, kana, hangul, CJK
 * punctuation and full-width forms) 1, others 0.55, runs of spaces and line breaks 0.3.
 */
export function emWidth(text: string, start: number, end: number): number {
  let width = 0;
  let space = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20) {
      if (!space) width += 0.3;
      space = true;
      continue;
    }
    space = false;
    if (code >= 0xdc00 && code <= 0xdfff) continue; // second half of a pair: counted with the first
    width += code >= 0x2e80 ? 1 : 0.55;
  }
  return width;
}
