/**
 * Page clutter: the lines a web page puts around a report (buttons, font-size switches, share bars,
 * related-article lists, navigation menus), read in the NORMALIZED text. Clutter is metadata, never
 * body: `./meta-lines` classifies a clutter line as `other`, and `./meta-lines` `splitZones` uses the
 * two finders below to cut the head and the trail of the page.
 *
 *   isClutterLine('下载') · isClutterLine('【字号：') · isClutterLine('扫一扫在手机打开当前页')   → true
 *   salutationLine(lines) → the index of `各位代表：` in a work report: everything above it (button
 *     row, title, `——2026年1月27日在…会议上`, `来源：`, `省长 王清宪`) is the page's head
 *   trailStartLine(lines, from) → the index of `相关报道：`, `责任编辑：`, or the first line of a menu
 *     run (three or more short lines without punctuation) in the second half of the page
 *
 * Limits: lists of words, not a page model. A related-article list without one of these openers and
 * made of long titles stays in the body when no menu run or opener precedes it.
 */

import type { Span } from './text-spans';
import { codePointLength } from './text-spans';

/** A whole line that is a control of the page. */
const CLUTTER =
  /^(?:下载|打印|全屏|收藏|关闭|加大|还原|减小|大|中|小|[【】|×]|打印本页|关闭窗口|【?字[号体][:：]?|分享(?:到|至)?[:：]?.{0,12}|扫一扫.{0,16}|相关(?:报道|新闻|链接|附件|文档|阅读|稿件)[:：>]*|english|详细内容|上一张图片|下一张图片|[》>]+.{0,12}[《<]+|阅读量[:：]?|浏览次数[:：]?.{0,12}|阅读时间.{0,12}|预计阅读.{0,12})$/i;

/** A line from which the rest of the page is trail: related articles, editor, share bars. */
const TRAIL_START =
  /^(?:相关(?:报道|新闻|链接|附件|文档|阅读|稿件)|责任编辑[:：]|[（(]?责编[:：]|扫一扫|[》>]+\s*点击|打印本页|关闭窗口|上一篇|下一篇|分享到)/;

/** The salutation a speech opens on; the lines above it in a work report are the page's head. */
const SALUTATION = /^(?:各位代表|同志们|各位委员|女士们、先生们)[:：]$/;

/** How far from the top a salutation is looked for (lines), and how long a head line may be. */
const SALUTATION_WITHIN = 30;
const HEAD_LINE_MAX = 80;
/** A menu line: at most this many code points and no sentence punctuation. */
const MENU_LINE_MAX = 16;
const MENU_RUN_MIN = 3;

/**
 * A news agency's tag before the lead, `央视网消息（新闻联播）：` or `新华社北京12月3日电`: metadata (the
 * source), not the report's first words. A broadcast may repeat it as `本台消息，` after the site's
 * tag (`中国网络电视台消息(新闻联播)：本台消息，国务院总理…`): both are the source. Length of the tag
 * in `line`, 0 when there is none.
 */
const AGENCY_TAG =
  /^[^\s，。：:（(]{2,16}(?:消息|讯|电)\s*(?:[（(][^）)\n]{1,12}[）)])?\s*[：:]\s*(?:本(?:台|报|网)(?:消息|讯)[，,]\s*)?/;

export function agencyTagLength(line: string): number {
  return AGENCY_TAG.exec(line)?.[0].length ?? 0;
}

export function isClutterLine(line: string): boolean {
  return CLUTTER.test(line.trim());
}

/** Index of the salutation line that opens the body, or -1 when the head is not a short-line block. */
export function salutationLine(text: string, lines: readonly Span[]): number {
  const limit = Math.min(lines.length, SALUTATION_WITHIN);
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    if (SALUTATION.test(text.slice(line.start, line.end))) return i;
    if (codePointLength(text, line) > HEAD_LINE_MAX) return -1;
  }
  return -1;
}

function menuLine(text: string, line: Span): boolean {
  const s = text.slice(line.start, line.end);
  return codePointLength(text, line) <= MENU_LINE_MAX && !/[。！？!?；;，,：:“”]/.test(s);
}

/**
 * Index of the first trail line at or after `from`: a trail opener, or the first line of a run of at
 * least `MENU_RUN_MIN` menu lines; `lines.length` when there is none.
 */
export function trailStartLine(text: string, lines: readonly Span[], from: number): number {
  let run = 0;
  for (let i = Math.max(0, from); i < lines.length; i++) {
    const line = lines[i]!;
    if (TRAIL_START.test(text.slice(line.start, line.end))) return i;
    run = menuLine(text, line) ? run + 1 : 0;
    if (run >= MENU_RUN_MIN) return i - run + 1;
  }
  return lines.length;
}
