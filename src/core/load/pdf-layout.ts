/**
 * A PDF's text items → the report's paragraphs, one a line. Pure geometry on what pdf.js reports (no
 * pdf.js here, so every rule is tested in Node on labelled pages).
 *
 *   PdfItem   one run of text as pdf.js places it: { str: '一、总体要求', x: 72, y: 96, width: 84,
 *             size: 14, hasEOL: false }. Units are PDF points; `y` is the baseline measured DOWN from
 *             the page's top (pdf.js measures up from the bottom; `pdf.ts` turns it over).
 *   PdfPage   { width: 595, height: 842, items: PdfItem[] } in the order pdf.js gives them (the content
 *             stream's, which is the reading order for the PDFs that word processors and browsers print).
 *   PdfLine   items on one baseline, joined: { text: '一、总体要求', x: 72, right: 156, y: 96, size: 14 }.
 *
 * The steps, each a function below:
 *   1. `itemsToLines`: items sharing a baseline (within 40% of the font size) make a line; a gap wider than
 *      a quarter of the font size between two non-CJK runs is a space; CJK runs join without one.
 *   2. `dropRunningLines`: running headers and footers go: a line among the first or last two of its page
 *      whose text, digits ignored, comes back on at least half the pages (and on two or more); and page
 *      numbers there in any common form (`3`, `- 3 -`, `第3页`, `第 3 页 共 9 页`, `3 / 9`, `Page 3 of 9`).
 *   3. `linesToParagraphs`: a line continues the paragraph above unless it starts one: it is indented
 *      past the column's left edge (Chinese paragraphs indent their first line by two characters), the line
 *      above stopped short of the column's right edge (a paragraph's last line), the gap above is wider
 *      than the usual line spacing, the font size changes (a heading), or it starts with a top-level
 *      Chinese heading number (`一、`, `（一）`). A paragraph continues across a page break by the same rules.
 *      Lines join without a space when either side of the join is CJK, with one otherwise.
 *
 * Limits, said plainly: a document made only of one-line paragraphs all set alike gives no edge to
 * measure from, and reads as one paragraph; one column of horizontal text (a two-column page or vertical text reads in
 * pdf.js's item order, not by columns); tables read row by row, a cell's lines as separate lines.
 *
 * Example: two lines of one indented paragraph (`  我们要坚持…` ending at the right edge, then `推进…`
 *          at the left edge), then a footer `- 1 -` → '我们要坚持…推进…'.
 */

export interface PdfItem {
  str: string;
  x: number;
  /** Baseline, measured down from the page's top, in points. */
  y: number;
  width: number;
  /** Font size in points (the text's height). */
  size: number;
  hasEOL?: boolean;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

export interface PdfLine {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/** Han, kana, hangul, CJK punctuation and full-width forms: no space is written around them. */
const CJK =
  /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u3000-\u303F]|[\uD840-\uD87F][\uDC00-\uDFFF]/u;
const CJK_START = new RegExp(`^(?:${CJK.source})`, 'u');
const CJK_END = new RegExp(`(?:${CJK.source})$`, 'u');

/** Join two pieces of one line or paragraph: no space next to CJK, one space between other words. */
export function joinPieces(left: string, right: string): string {
  if (left === '' || right === '') return left + right;
  if (/\s$/.test(left) || /^\s/.test(right)) return left + right;
  if (CJK_END.test(left) || CJK_START.test(right)) return left + right;
  return `${left} ${right}`;
}

/** Same baseline: within this share of the font size (superscripts and mixed fonts wobble a little). */
const SAME_LINE = 0.4;
/** A horizontal gap wider than this share of the font size between two runs is a space. */
const SPACE_GAP = 0.25;

export function itemsToLines(items: PdfItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let line: PdfLine | null = null;
  let endsLine = false;
  for (const item of items) {
    const text = item.str.replace(/\s+/g, ' ');
    const size = item.size > 0 ? item.size : 1;
    const onLine =
      line !== null &&
      !endsLine &&
      Math.abs(item.y - line.y) <= SAME_LINE * Math.max(size, line.size) &&
      item.x >= line.right - size; // a run far back to the left starts a new line, even on one baseline
    if (text.trim() !== '' || (line && onLine)) {
      if (line && onLine) {
        const gap = item.x - line.right;
        const spaced =
          gap > SPACE_GAP * size && text.trim() !== '' ? joinPieces(line.text, text) : line.text + text;
        line.text = spaced;
        line.right = Math.max(line.right, item.x + item.width);
        line.size = Math.max(line.size, size);
      } else {
        line = { text, x: item.x, right: item.x + item.width, y: item.y, size };
        lines.push(line);
      }
    }
    endsLine = item.hasEOL === true;
  }
  for (const l of lines) l.text = l.text.trim();
  return lines.filter((l) => l.text !== '');
}

const PAGE_NUMBER = [
  /^[-–—‒−_~·•.\s]*\d{1,4}[-–—‒−_~·•.\s]*$/, // 3, - 3 -, — 3 —, ·3·
  /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/, // 第3页, 第 3 页 共 9 页
  /^共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页$/, // 共9页 第3页
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/, // 3 / 9
  /^(page|p\.)\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i, // Page 3 of 9
];

export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return PAGE_NUMBER.some((pattern) => pattern.test(t));
}

/** Lines looked at for running heads at each end of a page. */
const EDGE_LINES = 2;

const runningKey = (text: string) => text.replace(/\s+/g, '').replace(/\d+/g, '#');

function edgeIndexes(count: number): number[] {
  const at = new Set<number>();
  for (let i = 0; i < Math.min(EDGE_LINES, count); i++) {
    at.add(i);
    at.add(count - 1 - i);
  }
  return [...at];
}

export function dropRunningLines(pages: PdfLine[][]): PdfLine[][] {
  const pagesWith = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set(edgeIndexes(lines.length).map((i) => runningKey(lines[i]!.text)));
    for (const key of keys) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const running = (text: string) => {
    const seen = pagesWith.get(runningKey(text)) ?? 0;
    return seen >= 2 && seen * 2 >= pages.length;
  };
  return pages.map((lines) => {
    const edges = new Set(edgeIndexes(lines.length));
    return lines.filter((line, i) => !(edges.has(i) && (isPageNumber(line.text) || running(line.text))));
  });
}

/** A top-level heading number of an official document starts a paragraph wherever it stands. */
const HEADING_START = /^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[)）])/;

/** The most common value, rounded to whole points (the column's left edge, the usual line spacing). */
function mode(values: number[]): number | null {
  const counts = new Map<number, number>();
  let best: number | null = null;
  let bestCount = 0;
  for (const v of values) {
    const key = Math.round(v);
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count > bestCount || (count === bestCount && best !== null && key < best)) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

interface Column {
  left: number;
  right: number;
  spacing: number | null;
}

/**
 * The column: its left edge is the leftmost x that two lines or more start at (one line hanging into the
 * margin does not move it); its right edge the second largest right end in a document of ten lines or more (one line running over does
 * not move it either; ragged lines end within a character of it).
 */
function columnOf(pages: PdfLine[][]): Column {
  const all = pages.flat();
  const starts = new Map<number, number>();
  for (const l of all) starts.set(Math.round(l.x), (starts.get(Math.round(l.x)) ?? 0) + 1);
  const shared = [...starts].filter(([, count]) => count >= 2).map(([x]) => x);
  const left = shared.length ? Math.min(...shared) : Math.min(...all.map((l) => l.x));
  const rights = all.map((l) => l.right).sort((a, b) => b - a);
  // A short document has too few lines to outvote an overhang: there the longest line is the edge.
  const right = rights[rights.length >= 10 ? 1 : 0] ?? 0;
  const gaps: number[] = [];
  for (const lines of pages)
    for (let i = 1; i < lines.length; i++) {
      const gap = lines[i]!.y - lines[i - 1]!.y;
      if (gap > 0) gaps.push(gap);
    }
  return { left, right, spacing: mode(gaps) };
}

function startsParagraph(line: PdfLine, previous: PdfLine, column: Column, samePage: boolean): boolean {
  const size = line.size;
  if (line.x > column.left + 0.8 * size) return true;
  if (previous.right < column.right - 1.5 * size) return true;
  if (Math.abs(line.size - previous.size) > 0.15 * Math.max(line.size, previous.size)) return true;
  if (samePage && column.spacing !== null && line.y - previous.y > column.spacing * 1.4 + 1) return true;
  return HEADING_START.test(line.text);
}

export function linesToParagraphs(pages: PdfLine[][]): string[] {
  const column = columnOf(pages);
  const paragraphs: string[] = [];
  let previous: PdfLine | null = null;
  let previousPage = -1;
  pages.forEach((lines, page) => {
    for (const line of lines) {
      if (previous === null || startsParagraph(line, previous, column, page === previousPage)) {
        paragraphs.push(line.text);
      } else {
        paragraphs[paragraphs.length - 1] = joinPieces(paragraphs[paragraphs.length - 1]!, line.text);
      }
      previous = line;
      previousPage = page;
    }
  });
  return paragraphs;
}

/** The whole layout step: pages of items → the text, one paragraph a line. */
export function pdfPagesToText(pages: PdfPage[]): string {
  const lines = pages.map((page) => itemsToLines(page.items));
  return linesToParagraphs(dropRunningLines(lines)).join('\n');
}
