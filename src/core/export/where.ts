/**
 * What a citation or an export says about a place in a report and about the report itself: the one
 * adapter between the engine's structure (today `Report.sections`, a flat partition) and every export.
 * When the structure stage returns an outline, `sectionRefAt` picks the deepest node holding the offset
 * and fills `path`; nothing else in the exports reads the structure directly.
 *
 * Example (Simplified sample, an offset inside `二是要围绕…`):
 *   sectionRefAt(report, 900) → { id: 'R-task-2', kind: 'task', ordinal: 2, marker: '二是',
 *                                 label: '…', path: [] }
 *   reportRef(report, 'panzhihua.txt') → { name: 'panzhihua.txt', title: '攀枝花市召开市委统战工作会议',
 *                                          place: '攀枝花', date: '2015-08-19', source: … }
 *   reportLine(that) → '攀枝花市召开市委统战工作会议 · 攀枝花 · 会议 meeting 2015-08-18 · 发布 published 2015-08-19'
 */
import type { DateField, Report, Section } from '../types';
import { sectionAt } from '../../view/phrases';
import { visibleText } from './visible';

export interface SectionRef {
  id: string;
  kind: Section['kind'];
  /** 1-based task number (tasks only). */
  ordinal: number | null;
  marker: string | null;
  label: string;
  /** Enclosing outline nodes, outermost first (empty while the engine returns flat sections). */
  path: { id: string; label: string; ordinal: number | null }[];
}

export function toSectionRef(section: Section): SectionRef {
  return {
    id: section.id,
    kind: section.kind,
    ordinal: section.ordinal ?? null,
    marker: section.marker ?? null,
    label: section.label,
    path: [],
  };
}

export function sectionRefAt(report: Pick<Report, 'sections'>, offset: number): SectionRef | null {
  const section = sectionAt(report.sections, offset);
  return section ? toSectionRef(section) : null;
}

/** `任务 3`, `开头`, `结尾` with the English beside it, for citations. */
export function sectionName(ref: SectionRef | null): { zh: string; en: string } {
  if (!ref) return { zh: '正文', en: 'body' };
  if (ref.kind === 'task')
    return { zh: `任务 ${ref.ordinal ?? ''}`.trim(), en: `task ${ref.ordinal ?? ''}`.trim() };
  if (ref.kind === 'annex') return { zh: '附件', en: 'annex' };
  return ref.kind === 'opening' ? { zh: '开头', en: 'opening' } : { zh: '结尾', en: 'closing' };
}

export interface ReportRef {
  /** File name or paste label the user gave the text. */
  name: string;
  /** Metadata values as the reader sees them: original script, pinyin glosses left out. */
  title: string | null;
  place: string | null;
  /** ISO date when the year is known, else as written: the published date, else the meeting's. */
  date: string | null;
  /** When the meeting was held and when the page was published, apart (either may be unknown). */
  meetingDate: string | null;
  publishedDate: string | null;
  source: string | null;
  url: string | null;
}

export function reportRef(report: Report, name: string): ReportRef {
  const field = (value: { range: { start: number; end: number } } | undefined) =>
    value ? visibleText(report, value.range).trim() || null : null;
  const day = (value: DateField | undefined) => (value ? (value.iso ?? field(value)) : null);
  return {
    name,
    title: field(report.meta.title),
    place: field(report.meta.place),
    date: day(report.meta.date),
    meetingDate: day(report.meta.meeting),
    publishedDate: day(report.meta.published),
    source: field(report.meta.source),
    url: report.meta.url?.value.trim() ?? null,
  };
}

/** When the report was made: meeting and publication apart when it gives both and they differ. */
export function reportDates(report: ReportRef): string | null {
  const { meetingDate, publishedDate } = report;
  if (meetingDate && publishedDate && meetingDate !== publishedDate)
    return `会议 meeting ${meetingDate} · 发布 published ${publishedDate}`;
  return report.date;
}

/** A report named in one line, as a printed page's margin or a caption names it: title, place, dates. */
export function reportLine(report: ReportRef): string {
  return [report.title ?? report.name, report.place, reportDates(report)]
    .filter((part): part is string => part !== null)
    .join(' · ');
}
