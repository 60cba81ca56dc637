/**
 * How a report's metadata reads in its header card (plain maths for `SummaryStrip.svelte`): each
 * value as a reader should see it (pinyin glosses left out), and the two dates apart and labelled.
 *
 * Example, the Simplified sample:
 *   metaFacts(meta) → [
 *     { key: 'place', zh: '地点', en: 'Place', text: '攀枝花市' },
 *     { key: 'meeting', zh: '会议日期', en: 'Meeting', text: '2015-08-18', note: 'year from the page date', written: '8月18日' },
 *     { key: 'published', zh: '发布日期', en: 'Published', text: '2015-08-19', written: '2015-08-19' },
 *   ]
 * A date without its year shows as written (`12月21日`, `12月11日至12日`).
 */
import type { DateField, MetaField, ReportMeta } from '../core/types';

export interface MetaFact {
  key: 'place' | 'meeting' | 'published' | 'source';
  zh: string;
  en: string;
  text: string;
  /** The date as written, for a tooltip. */
  written?: string;
  /** Why a part of the value was not read from the text itself. */
  note?: string;
}

/** What a reader sees of a field: its text without glosses. */
export function shown(field: MetaField | undefined): string | undefined {
  return field === undefined ? undefined : (field.text ?? field.value);
}

function dateFact(key: 'meeting' | 'published', zh: string, en: string, date: DateField): MetaFact {
  return {
    key,
    zh,
    en,
    text: date.iso ?? date.value,
    written: date.value,
    ...(date.inferred ? { note: 'year from the page date' } : {}),
  };
}

export function metaFacts(meta: ReportMeta): MetaFact[] {
  const facts: MetaFact[] = [];
  const place = shown(meta.place);
  if (place) facts.push({ key: 'place', zh: '地点', en: 'Place', text: place });
  if (meta.meeting) facts.push(dateFact('meeting', '会议日期', 'Meeting', meta.meeting));
  if (meta.published) facts.push(dateFact('published', '发布日期', 'Published', meta.published));
  const source = shown(meta.source);
  if (source) facts.push({ key: 'source', zh: '来源', en: 'Source', text: source });
  return facts;
}
