/**
 * The fields of `ReportMeta`, read from the metadata lines and the lead, each with its ORIGINAL text
 * and range, and with `text` (what a reader sees: glosses left out) where that differs. Example,
 * Traditional seed: the line `編輯:孫莉姍` gives
 *   editor: { value: '孫莉姍', range: <the three characters after the colon> }
 * and `關鍵詞:統一戰(zhàn)線 畢節 試驗區 推進會` gives keywords.value as written (glosses included,
 * since a value is the original's slice), keywords.text without them, and keywords.list
 * `['統一戰線', '畢節', '試驗區', '推進會']`, split on the original's spaces (the normalizer drops spaces
 * between Han).
 *
 * The first line of a kind wins. The title is chosen among the head lines (`./meta-title`), the dates
 * are told apart into `published` and `meeting` (`./meta-dates`; `date` is `published ?? meeting`), the
 * place is read from the occasion line, the title or the lead (`./meta-place`). An empty field takes
 * the next line only when that line reads as its value (`./meta-values`). `source` also comes from a
 * trailing parenthetical that closes the last paragraph (`…参加会议。（贵州统一战线宣传联席办 毕节市委统战部）`):
 * the range of its content only; the paragraph stays in its section. A parenthetical of credits
 * (`（视频编辑：谢佳欣 文字编辑：刘禛）`) is the editor instead. A `来源:` value that ends in a
 * date (`来源: 《某某日报》 2020年01月22日`) leaves the date out: it is the publication date.
 */

import type { DateField, MetaField, Normalized, Range, ReportMeta } from '../types';
import { completeFrom, findDates, isoOf, readDates, type DateMention } from './meta-dates';
import { URL_PATTERN, type MetaLine } from './meta-lines';
import { findPlace } from './meta-place';
import { chooseTitle } from './meta-title';
import { shownText, trimSpan, valueAfterColon, valueOnNextLine } from './meta-values';
import { normalizedSpan, originalClean, originalLineRange, originalRange } from './original-text';
import { isSentenceEnd, splitSentences, type Span } from './text-spans';

function fieldOf(input: Normalized, range: Range): MetaField {
  const value = input.original.slice(range.start, range.end);
  const shown = shownText(input, range);
  return shown === value ? { value, range } : { value, range, text: shown };
}

function field(input: Normalized, span: Span): MetaField {
  return fieldOf(input, originalRange(input, span));
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

const EDITOR_CREDIT = /(?:编辑|责编|记者|摄影|通讯员)\s*[:：]/;

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

/** A `来源:` value without a date that ends it (`《某某日报》 2020年01月22日` → `《某某日报》`). */
function withoutTrailingDate(text: string, value: Span): Span | null {
  const date = findDates(text, value).at(-1);
  const span =
    date && date.start > value.start ? trimSpan(text, { start: value.start, end: date.start }) : value;
  return span.end > span.start ? span : null;
}

/** A field's value on its line, or on the next line when the field is empty there. */
function fieldValue(text: string, line: Span, next: MetaLine | undefined, from = line.start): Span | null {
  const value = valueAfterColon(text, line, from);
  if (value) return value;
  const rest = text.slice(from, line.end).replace(/^[^:：]*[:：]/, '');
  return /^\s*$/.test(rest) ? valueOnNextLine(text, next?.span) : null;
}

/** What a line of the given kind contributes: its own field, and a URL or `来源:` on it. */
function readLine(
  input: Normalized,
  meta: ReportMeta,
  { kind, span }: MetaLine,
  next: MetaLine | undefined,
): void {
  const text = input.normalized;
  if (kind === 'breadcrumb') setOnce(meta, kind, fieldOf(input, originalLineRange(input, span)));
  if (kind === 'source-paren')
    setOnce(meta, 'source', field(input, trimSpan(text, { start: span.start + 1, end: span.end - 1 })));
  if (kind === 'editor' || kind === 'keywords') {
    const value = fieldValue(text, span, next);
    if (value === null) return;
    const found = field(input, value);
    setOnce(meta, kind, kind === 'keywords' ? { ...found, list: keywordItems(input, found.range) } : found);
  }
  const line = text.slice(span.start, span.end);
  const sourceAt = line.search(/(?:来源|稿源|出处)\s*[:：]/);
  if (sourceAt >= 0) {
    const value = fieldValue(text, span, next, span.start + sourceAt);
    const source = value && withoutTrailingDate(text, value);
    if (source) setOnce(meta, 'source', field(input, source));
  }
  if (kind === 'dateline' || kind === 'other' || kind === 'share') {
    const url = URL_PATTERN.exec(line);
    if (url) setOnce(meta, 'url', field(input, matchSpan(span, url)));
  }
}

function dateField(input: Normalized, mention: DateMention, completed?: DateMention): DateField {
  const parts = completed ?? mention;
  const iso = isoOf(parts);
  return {
    ...field(input, mention),
    ...(parts.year !== undefined ? { year: parts.year } : {}),
    ...(parts.month !== undefined ? { month: parts.month } : {}),
    day: parts.day,
    ...(iso !== undefined ? { iso } : {}),
    ...(completed ? { inferred: true } : {}),
  };
}

export function buildMeta(
  input: Normalized,
  metaLines: readonly MetaLine[],
  body: readonly Span[],
): ReportMeta {
  const text = input.normalized;
  const meta: ReportMeta = { lines: metaLines.map((m) => originalLineRange(input, m.span)) };
  metaLines.forEach((line, i) => readLine(input, meta, line, metaLines[i + 1]));
  const lead = body[0];
  const head = lead ? metaLines.filter((m) => m.span.start < lead.start) : [];
  const title = chooseTitle(text, head, lead !== undefined);
  if (title) meta.title = fieldOf(input, originalLineRange(input, trimSpan(text, title)));

  const dates = readDates(text, metaLines, lead);
  const { published, meeting } = dates;
  if (published) meta.published = dateField(input, published);
  if (meeting) {
    const completed =
      meeting.year === undefined && published?.year !== undefined && published.month !== undefined
        ? {
            ...meeting,
            ...completeFrom(meeting, { year: published.year, month: published.month, day: published.day }),
          }
        : undefined;
    // A completion that names no real day (30 February) is no completion.
    meta.meeting = dateField(input, meeting, completed && isoOf(completed) ? completed : undefined);
  }
  const shown = meta.published ?? meta.meeting;
  if (shown) meta.date = shown;

  const leadSentence = lead ? splitSentences(text, lead)[0] : undefined;
  const place = findPlace(text, { occasion: dates.occasion ?? null, title, lead: leadSentence ?? null });
  if (place) {
    const found = field(input, place.span);
    meta.place = place.text ? { ...found, text: place.text } : found;
  }
  const last = body.at(-1);
  const paren = last ? trailingParenthetical(text, last) : null;
  // `（视频编辑：谢佳欣 文字编辑：刘禛）` credits the editors; anything else there names the source.
  const credit = paren && EDITOR_CREDIT.test(text.slice(paren.start, paren.end));
  if (paren) setOnce(meta, credit ? 'editor' : 'source', field(input, paren));
  return meta;
}
