/**
 * The fields of `ReportMeta`, read from the metadata lines and the lead, each with its ORIGINAL text
 * and range. Example, Traditional seed: the line `編輯:孫莉姍` gives
 *   editor: { value: '孫莉姍', range: <the three characters after the colon> }
 * and `關鍵詞:統一戰(zhàn)線 畢節(jié) 試驗區(qū) 推進會` gives keywords.value as written (glosses included,
 * since a value is the original's slice) and keywords.list `['統一戰線', '畢節', '試驗區', '推進會']`:
 * the items in the original script without the pinyin glosses, because the list is for reading and
 * search. The list is split on the original's spaces: the normalizer drops spaces between Han.
 *
 * The first line of a kind wins. `date` prefers a full date on a dateline (`2015-08-19`), then the
 * lead's `[YYYY年]M月D日` (iso only with the year). `place` is the short place name before `召开`/`举行`
 * or `市委`/`县委`… in the title, else in the lead's first sentence (`攀枝花市召开…` → `攀枝花`), or the
 * X of `在X召开`; 2..4 characters, or up to 6 ending in 市/县/区/州/省 (the suffix then dropped).
 * `source` also comes from a trailing parenthetical that closes the last paragraph
 * (`…参加会议。（贵州统一战线宣传联席办 毕节市委统战部）`): the range of its content only; the paragraph
 * stays in its section.
 */

import { isHan } from '../text/han';
import type { MetaField, Normalized, Range, ReportMeta } from '../types';
import { DATE_YMD, URL_PATTERN, type MetaLine } from './meta-lines';
import { normalizedSpan, originalClean, originalLineRange, originalRange } from './original-text';
import { isSentenceEnd, isSpace, splitSentences, type Span } from './text-spans';

function fieldOf(input: Normalized, range: Range): MetaField {
  return { value: input.original.slice(range.start, range.end), range };
}

function field(input: Normalized, span: Span): MetaField {
  return fieldOf(input, originalRange(input, span));
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}

/** The value after the line's `label:`, stopped before a further `label:` on the same line. */
function valueAfterColon(text: string, line: Span, from = line.start): Span | null {
  const s = text.slice(from, line.end);
  const colon = s.search(/[:：]/);
  if (colon < 0) return null;
  const start = from + colon + 1;
  let rest = text.slice(start, line.end);
  const nextLabel = rest.search(/\s+[^\s:：]{1,8}[:：]/);
  if (nextLabel >= 0) rest = rest.slice(0, nextLabel);
  let end = start + rest.length;
  // A bracketed line `（责任编辑：张三）` keeps its closing bracket out of the value.
  while (end > start && /[\s）)】\]]/.test(text[end - 1]!)) end--;
  const span = trimSpan(text, { start, end });
  return span.end > span.start ? span : null;
}

/**
 * Items of a keyword list, split on spaces, 、，,;；| in the ORIGINAL text: the normalizer drops the
 * spaces between Han characters, so `统一战线 毕节` arrives as `统一战线毕节`.
 */
function keywordItems(input: Normalized, value: Range): string[] {
  const items: string[] = [];
  let start = value.start;
  for (let i = value.start; i <= value.end; i++) {
    if (i < value.end && !/[\s、，,;；|]/.test(input.original[i]!)) continue;
    if (i > start) items.push(originalClean(input, normalizedSpan(input, { start, end: i })).trim());
    start = i + 1;
  }
  return items.filter((item) => item.length > 0);
}

/** ASCII or full-width digits as a number; NaN when absent. */
function digits(s: string | undefined): number {
  return s === undefined ? NaN : Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1900 && year <= 2199 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function datelineDate(input: Normalized, line: Span): ReportMeta['date'] {
  const text = input.normalized;
  const m = DATE_YMD.exec(text.slice(line.start, line.end));
  if (!m) return undefined;
  const iso = isoDate(digits(m[1]), digits(m[2]), digits(m[3]));
  if (iso === undefined) return undefined;
  return { ...field(input, { start: line.start + m.index, end: line.start + m.index + m[0].length }), iso };
}

const LEAD_DATE = /(?:([0-9０-９]{4})年)?([0-9０-９]{1,2})月([0-9０-９]{1,2})日/;
/** Code units of the lead searched for its date: the date opens the lead or follows the place. */
const LEAD_DATE_WINDOW = 40;

function leadDate(input: Normalized, lead: Span): ReportMeta['date'] {
  const text = input.normalized;
  const m = LEAD_DATE.exec(text.slice(lead.start, Math.min(lead.end, lead.start + LEAD_DATE_WINDOW)));
  if (!m) return undefined;
  const month = digits(m[2]);
  const day = digits(m[3]);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  const span = { start: lead.start + m.index, end: lead.start + m.index + m[0].length };
  const iso = m[1] !== undefined ? isoDate(digits(m[1]), month, day) : undefined;
  return iso !== undefined ? { ...field(input, span), iso } : field(input, span);
}

const PLACE_BEFORE = /(召开|举行|市委|县委|区委|州委|省委)/g;
const ADMIN_SUFFIX = /[市县区州省]$/;

/** A place name ending right before `召开`/`市委`…, or the X of `在X召开`, within `span`. */
function placeIn(text: string, span: Span): Span | null {
  const s = text.slice(span.start, span.end);
  const at = /在(\p{Script=Han}{2,6})(?:召开|举行)/u.exec(s);
  if (at) return { start: span.start + at.index + 1, end: span.start + at.index + 1 + at[1]!.length };
  for (const m of s.matchAll(PLACE_BEFORE)) {
    let from = m.index;
    while (from > 0 && isHan(s.charCodeAt(from - 1)) && m.index - from < 7) from--;
    // `12月21日毕节市委…`, `…上午攀枝花市召开…`: a date or time of day is not part of the place.
    const run = s
      .slice(from, m.index)
      .replace(/^.*日/, '')
      .replace(/^(?:上午|下午|晚上|晚)/, '');
    const runStart = m.index - run.length;
    const suffixed = ADMIN_SUFFIX.test(run);
    const name = suffixed ? run.slice(0, -1) : run;
    if (name.length >= 2 && name.length <= (suffixed ? 5 : 4) && !name.startsWith('全')) {
      return { start: span.start + runStart, end: span.start + runStart + name.length };
    }
  }
  return null;
}

/** `…。（贵州统一战线宣传联席办 毕节市委统战部）` at the end of the last paragraph: its content. */
function trailingParenthetical(text: string, para: Span): Span | null {
  const close = para.end - 1;
  if (text[close] !== '）' && text[close] !== ')') return null;
  for (let i = close - 1; i >= Math.max(para.start, close - 42); i--) {
    const ch = text[i]!;
    if (ch === '（' || ch === '(') {
      const inner = trimSpan(text, { start: i + 1, end: close });
      const before = text[i - 1];
      const afterSentence = i === para.start || isSentenceEnd(before) || before === '”';
      return afterSentence && inner.end - inner.start >= 2 ? inner : null;
    }
    if (isSentenceEnd(ch) || ch === '，' || ch === ',' || ch === '）' || ch === ')') return null;
  }
  return null;
}

/** The first value found for a field wins; an absent value leaves the field out (no undefined keys). */
function setOnce<K extends Exclude<keyof ReportMeta, 'lines'>>(
  meta: ReportMeta,
  key: K,
  value: ReportMeta[K],
): void {
  if (meta[key] === undefined && value !== undefined) meta[key] = value;
}

/** The span of a regular-expression match made on the text of `line`. */
function matchSpan(line: Span, m: RegExpExecArray): Span {
  return { start: line.start + m.index, end: line.start + m.index + m[0].length };
}

/** What a line of the given kind contributes: its own field, and a URL, date or `来源:` on it. */
function readLine(input: Normalized, meta: ReportMeta, { kind, span }: MetaLine): void {
  const text = input.normalized;
  if (kind === 'title' || kind === 'breadcrumb')
    setOnce(meta, kind, fieldOf(input, originalLineRange(input, span)));
  if (kind === 'source-paren')
    setOnce(meta, 'source', field(input, trimSpan(text, { start: span.start + 1, end: span.end - 1 })));
  if (kind === 'editor' || kind === 'source' || kind === 'keywords') {
    const value = valueAfterColon(text, span);
    if (value === null) return;
    const found = field(input, value);
    setOnce(meta, kind, kind === 'keywords' ? { ...found, list: keywordItems(input, found.range) } : found);
  }
  if (kind === 'dateline' || kind === 'other' || kind === 'share') {
    const line = text.slice(span.start, span.end);
    const url = URL_PATTERN.exec(line);
    if (url) setOnce(meta, 'url', field(input, matchSpan(span, url)));
    setOnce(meta, 'date', datelineDate(input, span));
    const sourceAt = line.search(/(?:来源|稿源)\s*[:：]/);
    const source = sourceAt >= 0 ? valueAfterColon(text, span, span.start + sourceAt) : null;
    if (source) setOnce(meta, 'source', field(input, source));
  }
}

export function buildMeta(
  input: Normalized,
  metaLines: readonly MetaLine[],
  body: readonly Span[],
): ReportMeta {
  const text = input.normalized;
  const meta: ReportMeta = { lines: metaLines.map((m) => originalLineRange(input, m.span)) };
  for (const line of metaLines) readLine(input, meta, line);
  const lead = body[0];
  if (lead) setOnce(meta, 'date', leadDate(input, lead));
  const titleLine = metaLines.find((m) => m.kind === 'title')?.span;
  const leadSentence = lead ? splitSentences(text, lead)[0] : undefined;
  const place = (titleLine && placeIn(text, titleLine)) || (leadSentence && placeIn(text, leadSentence));
  if (place) meta.place = field(input, place);
  const last = body.at(-1);
  const paren = last ? trailingParenthetical(text, last) : null;
  if (paren) setOnce(meta, 'source', field(input, paren));
  return meta;
}
