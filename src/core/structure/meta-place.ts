/**
 * The place of a report, as written: where the meeting was held, or whose report it is. First found
 * wins, in the NORMALIZED text:
 *   1. the occasion line of a work report: the X of `在X第十四届人民代表大会…` (`安徽省`);
 *   2. the title: the X of `[2026年]X[人民]政府工作报告` (`安徽省`), then a name right before
 *      `召开`/`举行` or before `市委`/`县委`… (`攀枝花市召开…` → `攀枝花市`, `宜宾市委…` → `宜宾市`);
 *   3. the lead's first sentence: the X of `在X召开/举行/开幕/闭幕` (`北京`, `中南海`; `在京召开`:
 *      `京`, shown as `北京`), the venue of `在X同/会见/主持…` when X names one (`人民大会堂`), then
 *      a name before `召开` as in 2.
 * A place is a name, never a time, an office or an act: the words before `召开` are cut after a date
 * or a time of day (`8月18日上午,攀枝花市召开` → `攀枝花市`), and a run holding an office or a verb
 * (`总理李克强3月25日主持召开`) is no place; `全国`, `全省`… are scopes, not places.
 */

import type { Span } from './text-spans';

export interface PlaceFound {
  span: Span;
  /** The name a reader knows, when the text abbreviates it (`京` → `北京`). */
  text?: string;
}

const HAN = String.raw`\p{Script=Han}`;
/** `在安徽省第十四届人民代表大会…`, `在甘肃省十四届…`; then `在X…人民代表大会` without the session's number. */
const OCCASION_PLACE = new RegExp(String.raw`在(${HAN}{2,8}?)第?[一二三四五六七八九十]{1,4}届`, 'u');
const OCCASION_CONGRESS = new RegExp(String.raw`在(${HAN}{2,8}?)人民代表大会`, 'u');
const REPORT_TITLE = new RegExp(String.raw`^(?:\d{4}年)?(${HAN}{2,8}?)(?:人民)?政府工作报告`, 'u');
const HELD_IN = new RegExp(String.raw`在(${HAN}{1,8}?)(?:召开|举行|开幕|闭幕|隆重)`, 'u');
const VENUE = new RegExp(
  String.raw`在(${HAN}{2,8}?(?:堂|厅|宫|馆|宾馆|中南海|中心|大厦))(?:同|会见|主持|出席|举行|召开|看望)`,
  'u',
);
const BEFORE = /(召开|举行|市委|县委|区委|州委|省委)/g;
const NOT_A_PLACE =
  /书记|主席|总理|部长|省长|市长|县长|主任|同志|主持|出席|会议|中央|国务院|领导|政府|人大|政协|委员|全[国省市县区州]/;
const ABBREVIATIONS: Record<string, string> = {
  京: '北京',
  沪: '上海',
  穗: '广州',
  蓉: '成都',
  津: '天津',
  渝: '重庆',
};

function isPlaceName(name: string): boolean {
  return name.length >= 2 && name.length <= 8 && !NOT_A_PLACE.test(name);
}

function found(span: Span, at: number, name: string): PlaceFound {
  const start = span.start + at;
  const abbreviated = ABBREVIATIONS[name];
  return abbreviated
    ? { span: { start, end: start + name.length }, text: abbreviated }
    : { span: { start, end: start + name.length } };
}

/** The X of a pattern whose first group is the place, within `span`. */
function group(
  text: string,
  span: Span,
  pattern: RegExp,
  accept: (name: string) => boolean,
): PlaceFound | null {
  const s = text.slice(span.start, span.end);
  const m = pattern.exec(s);
  if (!m || !accept(m[1]!)) return null;
  return found(span, m.index + m[0].indexOf(m[1]!, m[0].startsWith('在') ? 1 : 0), m[1]!);
}

/** A name right before `召开`/`举行`/`市委`…: the Han run before it, cut after a date or a time of day. */
function before(text: string, span: Span): PlaceFound | null {
  const s = text.slice(span.start, span.end);
  for (const m of s.matchAll(BEFORE)) {
    let from = m.index;
    while (from > 0 && /\p{Script=Han}/u.test(s[from - 1]!) && m.index - from < 8) from--;
    const run = s
      .slice(from, m.index)
      .replace(/^.*[日号]/, '')
      .replace(/^(?:上午|下午|晚上|晚|今天|昨天|近日)/, '');
    if (isPlaceName(run)) return found(span, m.index - run.length, run);
  }
  return null;
}

export function findPlace(
  text: string,
  where: { occasion: Span | null; title: Span | null; lead: Span | null },
): PlaceFound | null {
  const { occasion, title, lead } = where;
  return (
    (occasion && group(text, occasion, OCCASION_PLACE, isPlaceName)) ||
    (occasion && group(text, occasion, OCCASION_CONGRESS, isPlaceName)) ||
    (title && group(text, title, REPORT_TITLE, isPlaceName)) ||
    (title && group(text, title, HELD_IN, (n) => (n.length === 1 ? n in ABBREVIATIONS : isPlaceName(n)))) ||
    (title && before(text, title)) ||
    (lead && group(text, lead, HELD_IN, (n) => (n.length === 1 ? n in ABBREVIATIONS : isPlaceName(n)))) ||
    (lead && group(text, lead, VENUE, isPlaceName)) ||
    (lead && before(text, lead)) ||
    null
  );
}
