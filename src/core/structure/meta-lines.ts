/**
 * Which lines of a report are metadata (not body), and of what kind.
 *
 * Only the HEAD (lines before the body) and the TAIL (lines after it) are searched: a body paragraph
 * that happens to start with `时间：` stays body. `MetaLine` example, for the Simplified seed's line 3:
 *   { kind: 'dateline', span: { start: 41, end: 91 } }   // http://www.sctyzx.gov.cn/ (2015-08-19 10:19:00)来源：
 *
 * Kinds: breadcrumb (`您的位置:…>…`, `首页>…>…`), title (the first short line of the head without sentence
 * punctuation, not an enumeration heading, with body after it), dateline (a URL, or a bare date line),
 * share (`分享到`), editor (`编辑:`/`责任编辑:`), keywords (`关键词:`), source (`来源:`, or a whole line in
 * parentheses at the tail such as `（新华社记者 张三）`), other (`发布时间:`, `作者:`, `【打印】【关闭】`…).
 * Lines longer than `META_MAX` never count: metadata is short.
 */

import { countHan } from '../text/han';
import { isClutterLine, salutationLine, trailStartLine } from './clutter';
import { endsEmpty, valueOnNextLine } from './meta-values';
import { codePointLength, type Span } from './text-spans';

export type MetaKind =
  'breadcrumb' | 'title' | 'dateline' | 'share' | 'editor' | 'keywords' | 'source' | 'source-paren' | 'other';

export interface MetaLine {
  kind: MetaKind;
  span: Span;
}

/** UTF-16 units. */
const META_MAX = 300;
/** Code points; a longer first line is a paragraph, not a headline. */
const TITLE_MAX = 48;

const SENTENCE_PUNCT = /[。！？!?；;]/;
const EDITOR = /^[（(【[]?\s*(?:责任编辑|编辑|责编)\s*[:：]/;
const KEYWORDS = /^(?:关键词|关键字|标签|Tags?)\s*[:：]/i;
const SOURCE = /^[（(【[]?\s*(?:来源|稿源|出处)\s*[:：]/;
const OTHER =
  /^[（(【[]?\s*(?:发布时间|发布日期|发布者|作者|记者|通讯员|时间|日期|字号|审核|校对|浏览次数|点击数|阅读次数|上一篇|下一篇)\s*[:：]/;
const BRACKETS_ONLY = /^(?:【[^】]{0,20}】\s*)+$/;
const BREADCRUMB_START = /^(?:您的位置|当前位置|您现在的位置|现在位置|所在位置)\s*[:：]/;
const CRUMB_SEPARATORS = /[>＞»›→]/g;
export const URL_PATTERN = /(?:https?:\/\/|www\.)[^\s（）()<>"'，。]+/i;
export const DATE_YMD = /([0-9０-９]{4})\s*[-/.年]\s*([0-9０-９]{1,2})\s*[-/.月]\s*([0-9０-９]{1,2})日?/;
const PAREN_LINE = /^[（(][^（()）。，,]{2,40}[）)]$/;
const ENUMERATION_HEADING =
  /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[0-9０-９]{1,2}[.．、]|第[一二三四五六七八九十]{1,3})/;

export function classifyMetaLine(text: string, line: Span, atTail: boolean): MetaKind | null {
  if (line.end - line.start > META_MAX) return null;
  const s = text.slice(line.start, line.end);
  if (EDITOR.test(s)) return 'editor';
  if (KEYWORDS.test(s)) return 'keywords';
  if (SOURCE.test(s)) return 'source';
  if (s.startsWith('分享')) return 'share';
  if (OTHER.test(s) || BRACKETS_ONLY.test(s) || isClutterLine(s)) return 'other';
  const sentence = SENTENCE_PUNCT.test(s);
  if (!sentence && (BREADCRUMB_START.test(s) || (s.match(CRUMB_SEPARATORS)?.length ?? 0) >= 2))
    return 'breadcrumb';
  if (!sentence && s.startsWith('首页') && /[>＞»›→]/.test(s)) return 'breadcrumb';
  if (!sentence && URL_PATTERN.test(s)) return 'dateline';
  if (!sentence && s.length <= 80 && !/[，,]/.test(s) && DATE_YMD.test(s)) return 'dateline';
  if (atTail && PAREN_LINE.test(s)) return 'source-paren';
  return null;
}

function titleLike(text: string, line: Span): boolean {
  const s = text.slice(line.start, line.end);
  return (
    codePointLength(text, line) <= TITLE_MAX &&
    countHan(s) > 0 &&
    !SENTENCE_PUNCT.test(s) &&
    !/[：:]$/.test(s) &&
    !ENUMERATION_HEADING.test(s)
  );
}

export interface Zones {
  head: MetaLine[];
  tail: MetaLine[];
  /** Non-blank lines between head and tail: the paragraphs of the body. */
  body: Span[];
}

/**
 * Head, body and tail of a page. The tail starts at a trail opener or menu run in the second half of
 * the page (`./clutter`), else it is the run of metadata lines at the end. The head is everything above
 * a work report's salutation (`各位代表：`) when every line above it is short; else the run of metadata
 * lines at the top, with at most one title.
 */
export function splitZones(text: string, lines: readonly Span[]): Zones {
  let tailStart = trailStartLine(text, lines, Math.floor(lines.length / 2));
  const tail: MetaLine[] = [];
  for (let i = tailStart; i < lines.length; i++) {
    tail.push({ kind: classifyMetaLine(text, lines[i]!, true) ?? 'other', span: lines[i]! });
  }
  while (tailStart > 0) {
    const line = lines[tailStart - 1]!;
    const kind = classifyMetaLine(text, line, true);
    if (kind === null) break;
    tail.unshift({ kind, span: line });
    tailStart--;
  }
  const head: MetaLine[] = [];
  let bodyStart = 0;
  let titled = false;
  const salutation = salutationLine(text, lines.slice(0, tailStart));
  while (bodyStart < tailStart) {
    const line = lines[bodyStart]!;
    let kind = classifyMetaLine(text, line, false);
    // A title needs a body after it: a lone short line is the body itself.
    if (kind === null && !titled && bodyStart + 1 < tailStart && titleLike(text, line)) kind = 'title';
    // The value of an empty field above (`来源：` / `某某日报客户端`) is metadata with it.
    const above = head.at(-1);
    if (kind === null && above && endsEmpty(text, above.span) && valueOnNextLine(text, line)) kind = 'other';
    // Headline lines right under the title (`习近平发表重要讲话 李强作总结讲话`) are its subtitles.
    const underTitle = above?.kind === 'title' || (titled && above?.kind === 'other');
    if (kind === null && underTitle && bodyStart + 1 < tailStart && titleLike(text, line)) kind = 'other';
    if (kind === null && bodyStart < salutation) kind = 'other';
    if (kind === null) break;
    titled ||= kind === 'title';
    head.push({ kind, span: line });
    bodyStart++;
  }
  return { head, tail, body: lines.slice(bodyStart, tailStart) };
}
