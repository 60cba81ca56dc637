/**
 * Where an offset of a report's original text sits for a reader: its line (as an editor numbers them)
 * and its paragraph (as a reader counts them).
 *
 *   - `line`: 1-based physical line; `\r\n`, `\n` and `\r` each end one line.
 *   - `paragraph`: 1-based among the body's paragraphs: non-blank lines that are not metadata lines
 *     (breadcrumb, title, dateline, 编辑…, as the structure stage classified them). News pages and the
 *     .docx/.pdf readers give one paragraph per line. null for an offset in a metadata line or a
 *     blank line, which no reader would count.
 *
 * Example: text `标题\n\n第一段。\n第二段。` with the first line metadata →
 *   at(0) = { line: 1, paragraph: null }, at(4) = { line: 3, paragraph: 1 }, at(9) = { line: 4, paragraph: 2 }
 */
import { firstIndexWhere } from '../sorted';
import type { Range } from '../types';

export interface TextPosition {
  line: number;
  paragraph: number | null;
}

const LINE_BREAK = /\r\n|\n|\r/g;
const BLANK = /^\s*$/u;

export class TextPositions {
  /** Offset where each line starts, ascending; `lineStarts[0]` is 0. */
  readonly lineStarts: number[];
  /** Body paragraph number of each line, 0 for a blank or metadata line. */
  readonly #paragraphOfLine: Int32Array;

  constructor(text: string, metaLines: readonly Range[] = []) {
    const starts = [0];
    for (const match of text.matchAll(LINE_BREAK)) starts.push(match.index + match[0].length);
    this.lineStarts = starts;
    const meta = [...metaLines].sort((a, b) => a.start - b.start);
    const inMeta = (start: number, end: number) =>
      meta.some((range) => range.start < Math.max(end, start + 1) && range.end > start);
    this.#paragraphOfLine = new Int32Array(starts.length);
    let paragraph = 0;
    starts.forEach((start, i) => {
      const next = starts[i + 1];
      const end = next === undefined ? text.length : next;
      const line = text.slice(start, end);
      if (BLANK.test(line) || inMeta(start, end)) return;
      this.#paragraphOfLine[i] = ++paragraph;
    });
  }

  /** Position of the UTF-16 `offset` (clamped to the text). */
  at(offset: number): TextPosition {
    // The last line starting at or before the offset.
    const lo = Math.max(0, firstIndexWhere(this.lineStarts.length, (i) => this.lineStarts[i]! > offset) - 1);
    const paragraph = this.#paragraphOfLine[lo]!;
    return { line: lo + 1, paragraph: paragraph === 0 ? null : paragraph };
  }

  /** Positions of the first and last unit of a non-empty range. */
  span(range: Range): { first: TextPosition; last: TextPosition } {
    return { first: this.at(range.start), last: this.at(Math.max(range.start, range.end - 1)) };
  }
}
