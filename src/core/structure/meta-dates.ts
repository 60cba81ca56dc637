/**
 * Dates of a report: when the page was PUBLISHED and when the meeting or speech took place, kept apart
 * (the Simplified sample's page says `2015-08-19` for a meeting held on `8月18日`).
 *
 * `findDates` reads every date written in a span of the NORMALIZED text (digits and punctuation are
 * already folded to ASCII there). A `DateMention` example, in `——2026年2月5日在安徽省…会议上`:
 *   { start: 2, end: 11, year: 2026, month: 2, day: 5 }          (normalized offsets)
 * Forms: `2026-02-11`, `2023/4/7 9:05:57`, `2026.02.11`, `2026年2月11日`, `2026年02月10日 07时41分`,
 * `二〇二六年二月十一日`, `2月11日`, and with `dayOnly` `18日`; a range (`12月11日至12日`, `18日至20日`)
 * is its first day, and its value keeps the range as written; a time after a date is left out.
 *
 * Which date is which (`readDates`):
 *   - meeting: the OCCASION line of a speech (`——2026年2月5日在…会议上`, `（2026年1月27日在…）`: a
 *     metadata line that opens with a date followed by `在`), else the first date in the first sentence
 *     of the lead (`中央经济工作会议12月11日至12日在北京举行`, `8月18日上午,攀枝花市召开…`);
 *   - published: the first full date (with its year) on any other metadata line: a dateline, a field
 *     (`发布时间:`, `时间：`, `来源: 《某某日报》 2020年01月22日`), a URL line.
 * A meeting date written without its year (`8月18日`, `18日`) takes the year, and if needed the month,
 * of the publication date when there is one, the latest date not after it (`inferred: true`): a report
 * is published on or after its meeting.
 */

import type { MetaLine } from './meta-lines';
import { codePointLength, type Span } from './text-spans';

export interface DateMention extends Span {
  year?: number;
  month?: number;
  day: number;
}

const CN_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** `十二` → 12, `二十八` → 28, `三十一` → 31; NaN for anything else. */
function cnNumber(s: string): number {
  if (s === '十') return 10;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? (CN_DIGIT[s] ?? NaN) : NaN;
  const tens = ten === 0 ? 1 : (CN_DIGIT[s.slice(0, ten)] ?? NaN);
  const units = ten === s.length - 1 ? 0 : (CN_DIGIT[s.slice(ten + 1)] ?? NaN);
  return tens * 10 + units;
}

const RANGE_END = String.raw`(?:至|到|-|—|～|~)(?:\d{1,2}月)?\d{1,2}[日号]`;
const DATE_FORMS = new RegExp(
  [
    // 2026-02-11, 2026/4/7, 2026.02.11 (not inside a longer number)
    String.raw`(?<![\d.])(?<y1>\d{4})(?<s>[-/.])(?<m1>\d{1,2})\k<s>(?<d1>\d{1,2})(?![\d])`,
    // 2026年2月11日, 2026年02月10日 07时41分
    String.raw`(?<![\d])(?<y2>\d{4})\s*年\s*(?<m2>\d{1,2})\s*月\s*(?<d2>\d{1,2})\s*[日号](?:${RANGE_END})?`,
    // 二〇二六年二月十一日
    String.raw`(?<y3>[〇零一二三四五六七八九]{4})年(?<m3>[一二三四五六七八九十]{1,2})月(?<d3>[一二三四五六七八九十]{1,3})日`,
    // 2月11日, 12月11日至12日
    String.raw`(?<![\d年])(?<m4>\d{1,2})\s*月\s*(?<d4>\d{1,2})\s*[日号](?:${RANGE_END})?`,
    // 18日, 18日至20日 (only where day-only dates are looked for)
    String.raw`(?<![\d月])(?<d5>\d{1,2})[日号](?:${RANGE_END})?`,
  ].join('|'),
  'g',
);

function valid(m: DateMention): boolean {
  if (!(m.day >= 1 && m.day <= 31)) return false;
  if (m.month !== undefined && !(m.month >= 1 && m.month <= 12)) return false;
  return m.year === undefined || (m.year >= 1900 && m.year <= 2199);
}

/** Every date written in `span` of `text`, in text order. Day-only dates (`18日`) only with `dayOnly`. */
export function findDates(text: string, span: Span, dayOnly = false): DateMention[] {
  const out: DateMention[] = [];
  const s = text.slice(span.start, span.end);
  for (const m of s.matchAll(DATE_FORMS)) {
    const g = m.groups!;
    let found: DateMention;
    const at = { start: span.start + m.index, end: span.start + m.index + m[0].length };
    if (g.y1 !== undefined) found = { ...at, year: +g.y1, month: +g.m1!, day: +g.d1! };
    else if (g.y2 !== undefined) found = { ...at, year: +g.y2, month: +g.m2!, day: +g.d2! };
    else if (g.y3 !== undefined) {
      const year = Number([...g.y3].map((c) => CN_DIGIT[c]).join(''));
      found = { ...at, year, month: cnNumber(g.m3!), day: cnNumber(g.d3!) };
    } else if (g.m4 !== undefined) found = { ...at, month: +g.m4, day: +g.d4! };
    else if (dayOnly) found = { ...at, day: +g.d5! };
    else continue;
    if (valid(found)) out.push(found);
  }
  return out;
}

/** Days in `month` (1–12) of `year`. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` when the date is whole and exists (no 30 February), else undefined. */
export function isoOf(m: { year?: number; month?: number; day: number }): string | undefined {
  if (m.year === undefined || m.month === undefined || m.day > daysIn(m.year, m.month)) return undefined;
  return `${m.year}-${String(m.month).padStart(2, '0')}-${String(m.day).padStart(2, '0')}`;
}

/**
 * A meeting date without its year (and perhaps month), completed from the publication date: the
 * latest such date not after `published`.
 */
export function completeFrom(
  meeting: DateMention,
  published: { year: number; month: number; day: number },
): { year: number; month: number; day: number } {
  let month = meeting.month ?? published.month;
  let year = published.year;
  if (meeting.month === undefined && meeting.day > published.day) month -= 1;
  if (month < 1) {
    month = 12;
    year -= 1;
  }
  if (
    meeting.month !== undefined &&
    (month > published.month || (month === published.month && meeting.day > published.day))
  )
    year -= 1;
  return { year, month, day: meeting.day };
}

/** Before the date of an occasion line: dashes, brackets, spaces; after it, `在`. */
const OCCASION_BEFORE = /^[—－\-–\s（(]*$/;
const OCCASION_AFTER = /^\s*在/;
/** A line carrying a date field (`发布时间:`, `时间：`, `来源: 《…》 2020年01月22日`). */
const DATE_FIELD = /(?:时间|日期|发布|发表|更新|来源|稿源)\s*[:：]/;
/** Code points: a short line without sentence punctuation holding a full date is a dateline. */
const DATELINE_MAX = 40;
/** Code units of the lead's first sentence searched for the meeting date. */
const LEAD_WINDOW = 120;
/** What follows a date in a lead that tells an event's day (`16日在京召开`, `6日下午`, `12月4日，`). */
const DAY_CONTEXT = /^(?:上午|下午|晚上?|凌晨|至|到|在|召开|举行|主持|出席|会见|同|[,，])/;

export interface DatesFound {
  published?: DateMention;
  meeting?: DateMention;
  /** The occasion line, when there is one (`——2026年2月5日在安徽省…会议上`): the place is read there too. */
  occasion?: Span;
}

function occasionDate(text: string, line: Span): DateMention | null {
  const first = findDates(text, line)[0];
  if (!first) return null;
  const before = text.slice(line.start, first.start);
  const after = text.slice(first.end, line.end);
  return OCCASION_BEFORE.test(before) && OCCASION_AFTER.test(after) ? first : null;
}

function publishedDate(text: string, { kind, span }: MetaLine): DateMention | null {
  const full = findDates(text, span).find((d) => d.year !== undefined && d.month !== undefined);
  if (!full) return null;
  const s = text.slice(span.start, span.end);
  const dateline = kind === 'dateline' || DATE_FIELD.test(s);
  const short = codePointLength(text, span) <= DATELINE_MAX && !/[。！？!?；;，,]/.test(s);
  return dateline || short ? full : null;
}

/**
 * The lead's first sentence (up to `。！？` or `LEAD_WINDOW` units): its first date that tells the day
 * of an event (`16日在京召开`, `8月18日上午`, `12月4日，中共中央…`), not a deadline (`自8月1日起`).
 */
function leadDate(text: string, lead: Span): DateMention | null {
  const limit = Math.min(lead.end, lead.start + LEAD_WINDOW);
  let end = lead.start;
  while (end < limit && !/[。！？!?]/.test(text[end]!)) end++;
  return (
    findDates(text, { start: lead.start, end }, true).find((d) =>
      DAY_CONTEXT.test(text.slice(d.end, d.end + 2)),
    ) ?? null
  );
}

/** Which date is the meeting's and which the page's, from the metadata lines and the lead (module comment). */
export function readDates(text: string, metaLines: readonly MetaLine[], lead: Span | undefined): DatesFound {
  const found: DatesFound = {};
  for (const line of metaLines) {
    const occasion = found.meeting ? null : occasionDate(text, line.span);
    if (occasion) {
      found.meeting = occasion;
      found.occasion = line.span;
      continue;
    }
    found.published ??= publishedDate(text, line) ?? undefined;
  }
  if (!found.meeting && lead) found.meeting = leadDate(text, lead) ?? undefined;
  return found;
}
