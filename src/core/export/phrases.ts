/**
 * Shared phrasing as records a researcher can take elsewhere: for each phrase, its text as written on
 * each side and normalized, its kind and length, and on each side its range into the original text,
 * its section, and its paragraph and line (see `positions.ts` for how those are counted).
 *
 * Example (the samples, one aligned phrase):
 *   { id: 'p12', kind: 'aligned', hanLength: 6, text: '统一战线工作',
 *     left:  { text: '統一戰(zhàn)線工作', start: 812, end: 826, paragraph: 3, paragraphEnd: 3,
 *              line: 4, lineEnd: 4, section: { id: 'L-task-1', kind: 'task', ordinal: 1, … } },
 *     right: { text: '统一战线工作', start: 1404, end: 1410, … } }
 *
 * Records come in the left text's reading order (the order of `n`/`p`).
 */
import type { Comparison, Range, Report, SharedPhrase } from '../types';
import { toCsv, type CsvValue } from './csv';
import { TextPositions } from './positions';
import { reportRef, sectionRefAt, type ReportRef, type SectionRef } from './where';

export interface PhraseSide {
  /** The original text of the range, exactly (glosses included). */
  text: string;
  start: number;
  end: number;
  paragraph: number | null;
  paragraphEnd: number | null;
  line: number;
  lineEnd: number;
  section: SectionRef | null;
}

export interface PhraseRecord {
  id: string;
  kind: SharedPhrase['kind'];
  hanLength: number;
  /** Normalized (Simplified, folded) text the two sides share. */
  text: string;
  left: PhraseSide;
  right: PhraseSide;
}

/** Builds positions once per report; every lookup after that is a binary search. */
export class ReportLocator {
  readonly positions: TextPositions;
  constructor(readonly report: Report) {
    this.positions = new TextPositions(report.text, report.meta.lines);
  }

  side(range: Range): PhraseSide {
    const { first, last } = this.positions.span(range);
    return {
      text: this.report.text.slice(range.start, range.end),
      start: range.start,
      end: range.end,
      paragraph: first.paragraph,
      paragraphEnd: last.paragraph,
      line: first.line,
      lineEnd: last.line,
      section: sectionRefAt(this.report, range.start),
    };
  }
}

export function phraseRecords(comparison: Comparison): PhraseRecord[] {
  const left = new ReportLocator(comparison.left);
  const right = new ReportLocator(comparison.right);
  return [...comparison.phrases]
    .sort((a, b) => a.left.start - b.left.start || a.right.start - b.right.start)
    .map((phrase) => ({
      id: phrase.id,
      kind: phrase.kind,
      hanLength: phrase.hanLength,
      text: phrase.text,
      left: left.side(phrase.left),
      right: right.side(phrase.right),
    }));
}

const SIDE_COLUMNS = [
  'text',
  'start',
  'end',
  'paragraph',
  'paragraph_end',
  'line',
  'line_end',
  'section_id',
  'section_kind',
  'section_ordinal',
  'section_label',
] as const;

export const PHRASE_CSV_HEADER: readonly string[] = [
  'id',
  'kind',
  'han_length',
  'text_normalized',
  ...SIDE_COLUMNS.map((column) => `left_${column}`),
  ...SIDE_COLUMNS.map((column) => `right_${column}`),
];

function sideCells(side: PhraseSide): CsvValue[] {
  return [
    side.text,
    side.start,
    side.end,
    side.paragraph,
    side.paragraphEnd,
    side.line,
    side.lineEnd,
    side.section?.id ?? null,
    side.section?.kind ?? null,
    side.section?.ordinal ?? null,
    side.section?.label ?? null,
  ];
}

export function phrasesCsv(records: readonly PhraseRecord[]): string {
  return toCsv([
    PHRASE_CSV_HEADER,
    ...records.map((r) => [r.id, r.kind, r.hanLength, r.text, ...sideCells(r.left), ...sideCells(r.right)]),
  ]);
}

export interface ExportContext {
  comparison: Comparison;
  names: { left: string; right: string };
  /** When the export was made (a parameter so tests are repeatable). */
  exportedAt: Date;
}

/** What every JSON export says about itself and the two reports. */
export function envelope(kind: string, context: ExportContext) {
  const { comparison, names } = context;
  return {
    duizhao: kind,
    version: 1,
    exportedAt: context.exportedAt.toISOString(),
    offsets: 'UTF-16 code units into each original text, half-open [start, end)',
    left: reportRef(comparison.left, names.left) satisfies ReportRef,
    right: reportRef(comparison.right, names.right) satisfies ReportRef,
    options: { minPhraseLength: comparison.options.minPhraseLength },
  };
}

export function phrasesJson(context: ExportContext): string {
  const records = phraseRecords(context.comparison);
  return JSON.stringify({ ...envelope('phrases', context), phrases: records }, null, 1) + '\n';
}
