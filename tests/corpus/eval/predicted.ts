/**
 * What the engine says about one document, in the terms the labels use: outline nodes (level, start,
 * end, style, marker), the boundaries of the body's parts, and the metadata values.
 *
 * Read from `Report.outline` and `Report.parts` when the engine has them; from `Report.sections`
 * otherwise (each task a level-1 node, its style read off its marker), so the eval measures the
 * engine of any commit. Example, the Simplified sample today:
 *   nodes [{ level: 1, start: 761, style: 'shi', marker: '一是', … }, … six of them],
 *   bodyStart 105, openingEnd 761, closing 1603, annex null, title '攀枝花市召开市委统战工作会议'.
 */
import type { Report } from '../../../src/core/types';
import type { DateParts } from './fields';

export interface PredictedNode {
  level: number;
  start: number;
  end: number;
  style: string;
  marker: string;
}

export interface Predicted {
  nodes: PredictedNode[];
  bodyStart: number | null;
  bodyEnd: number | null;
  openingEnd: number | null;
  closing: number | null;
  annex: number | null;
  title?: string;
  published?: DateParts;
  meeting?: DateParts;
  place?: string;
}

interface RangeLike {
  start: number;
  end: number;
}
/** The outline contract as far as the eval reads it (src/core/types.ts `OutlineNode`, `ReportParts`). */
interface OutlineLike extends RangeLike {
  level: number;
  style: string;
  marker: string;
}
interface PartsLike {
  body: RangeLike | null;
  closing: RangeLike | null;
  annex: RangeLike | null;
}
interface FieldLike {
  value: string;
  /** The value as shown to a reader (glosses left out), when the engine gives one. */
  text?: string;
  iso?: string;
  month?: number;
  day?: number;
}

const NUMERAL = '[一二三四五六七八九十百零〇两]';
const MARKER_STYLES: [RegExp, string][] = [
  [new RegExp(`^${NUMERAL}+、`), 'chapter'],
  [new RegExp(`^[（(]${NUMERAL}+[）)]`), 'paren'],
  [/^[（(][0-9０-９]+[）)]/, 'paren-arabic'],
  [/^[0-9０-９]+[.．、]/, 'arabic'],
  [new RegExp(`^第${NUMERAL}+`), 'di'],
  [new RegExp(`^${NUMERAL}+是`), 'shi'],
  [new RegExp(`^${NUMERAL}+\\p{Script=Han}`, 'u'), 'verb'],
  [/^(?:首先|其次|再次|然后|最后)/, 'sequence'],
  [/^(?:要|必须|坚持)/, 'topic-run'],
];

/** The label style a marker is written in (`（三）` → `paren`); `other` when none fits. */
export function styleOfMarker(marker: string): string {
  return MARKER_STYLES.find(([pattern]) => pattern.test(marker))?.[1] ?? 'other';
}

function dateParts(f: FieldLike | undefined): DateParts | undefined {
  if (f === undefined) return undefined;
  return {
    ...(f.iso !== undefined ? { iso: f.iso } : {}),
    ...(f.month !== undefined ? { month: f.month } : {}),
    ...(f.day !== undefined ? { day: f.day } : {}),
  };
}

export function predictedOf(report: Report): Predicted {
  const outline = (report as { outline?: OutlineLike[] }).outline;
  const parts = (report as { parts?: PartsLike }).parts;
  const sections = report.sections;
  const nodes: PredictedNode[] = outline
    ? outline.map(({ level, start, end, style, marker }) => ({ level, start, end, style, marker }))
    : sections
        .filter((s) => s.kind === 'task')
        .map((s) => ({
          level: 1,
          start: s.start,
          end: s.end,
          style: styleOfMarker(s.marker ?? ''),
          marker: s.marker ?? '',
        }));
  const closing = parts
    ? (parts.closing?.start ?? null)
    : (sections.find((s) => s.kind === 'closing')?.start ?? null);
  const annex = parts ? (parts.annex?.start ?? null) : null;
  const bodyStart = parts ? (parts.body?.start ?? null) : (sections[0]?.start ?? null);
  const bodyEnd = parts ? (parts.body?.end ?? null) : (sections.at(-1)?.end ?? null);
  const firstTop = nodes.find((n) => n.level === 1)?.start;
  const meta = report.meta as unknown as Record<string, FieldLike | undefined>;
  const shown = (f: FieldLike | undefined) => (f === undefined ? undefined : (f.text ?? f.value));
  return {
    nodes,
    bodyStart,
    bodyEnd,
    openingEnd: firstTop ?? closing ?? annex ?? bodyEnd,
    closing,
    annex,
    title: shown(meta.title),
    published: dateParts(meta.published ?? (meta.meeting ? undefined : meta.date)),
    meeting: dateParts(meta.meeting),
    place: shown(meta.place),
  };
}
