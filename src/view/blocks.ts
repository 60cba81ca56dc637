/**
 * Partitioning one report's original text into blocks the reading view draws: metadata lines, sections,
 * and whatever lies between them ("other": blank runs, or lines the structure stage left unassigned).
 *
 * The blocks cover `[0, text.length)` exactly, in order, without overlap, so the reading view can show
 * every character of the original somewhere. Overlapping inputs (a metadata line inside a section) are
 * resolved in favour of the block that starts first.
 *
 * Example: text `标题\n要统一思想。\n编辑:某` with meta lines 0..2 and 10..14, one section 3..9 →
 *   [ meta 0..2, other 2..3 (blank), section 3..9, other 9..10 (blank), meta 10..14 ]
 */
import type { Report, Section } from '../core/types';

export type BlockKind = 'meta' | 'section' | 'other';

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** The section drawn, for `section` blocks. */
  section?: Section;
  /** Only whitespace: kept in the DOM (the text reads back whole) but not shown. */
  blank: boolean;
}

type ReportLayoutInput = Pick<Report, 'text' | 'sections'> & { meta: Pick<Report['meta'], 'lines'> };

const BLANK = /^\s*$/u;

export function partitionReport(report: ReportLayoutInput): Block[] {
  const { text } = report;
  const claimed = [
    ...report.meta.lines.map((range) => ({ kind: 'meta' as const, start: range.start, end: range.end })),
    ...report.sections.map((section) => ({
      kind: 'section' as const,
      start: section.start,
      end: section.end,
      section,
    })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);

  const blocks: Block[] = [];
  let at = 0;
  const pushOther = (end: number) => {
    if (end > at) blocks.push({ kind: 'other', start: at, end, blank: BLANK.test(text.slice(at, end)) });
    at = Math.max(at, end);
  };
  for (const item of claimed) {
    const start = Math.max(item.start, at);
    const end = Math.min(item.end, text.length);
    if (end <= start) continue;
    pushOther(start);
    blocks.push({ ...item, start, end, blank: BLANK.test(text.slice(start, end)) });
    at = end;
  }
  pushOther(text.length);
  return blocks;
}
