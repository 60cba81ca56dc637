/**
 * Field values on metadata lines (`来源：安徽日报`, `编辑:孫莉姍`), in the NORMALIZED text, and the
 * value a reader sees in the ORIGINAL.
 *
 *   valueAfterColon   `来源：安徽日报` → the span of `安徽日报`; stops before a further `label:` on the
 *                     line (`(2015-08-19 10:19:00)  来源:` has an empty 来源) and before a closing
 *                     bracket (`（责任编辑：王五）` → `王五`); null when empty.
 *   valueOnNextLine   an empty field whose value the page put on the next line (`来源：` / `宁夏日报客户端`)
 *                     takes that line only when it reads as a value: short, at least two Han characters,
 *                     no colon of its own, no sentence punctuation, no URL or date. So an empty field never
 *                     swallows the next field, a share bar or a button (`来源:` / `分享到: 更多`).
 *   shownText         the original characters of a range without what the normalizer dropped that is
 *                     not white space: pinyin glosses (`畢節(jié)` → `畢節`), zero-width and control
 *                     characters. Spaces stay (`习近平发表重要讲话 李强作总结讲话`).
 */

import { toNormalizedIndex } from '../normalize';
import { countHan } from '../text/han';
import type { Normalized, Range } from '../types';
import { URL_PATTERN } from './meta-lines';
import { findDates } from './meta-dates';
import { codePointLength, isSpace, type Span } from './text-spans';

/** Code points: a value on a line of its own is a name, not a paragraph. */
const NEXT_LINE_VALUE_MAX = 30;

export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}

export function valueAfterColon(text: string, line: Span, from = line.start): Span | null {
  const s = text.slice(from, line.end);
  const colon = s.search(/[:：]/);
  if (colon < 0) return null;
  const start = from + colon + 1;
  let rest = text.slice(start, line.end);
  const nextLabel = rest.search(/\s+[^\s:：]{1,8}[:：]/);
  if (nextLabel >= 0) rest = rest.slice(0, nextLabel);
  let end = start + rest.length;
  while (end > start && /[\s）)】\]]/.test(text[end - 1]!)) end--;
  const span = trimSpan(text, { start, end });
  return span.end > span.start ? span : null;
}

/** A field line with nothing after its colon (`来源：`, `发表时间：`). */
export function endsEmpty(text: string, line: Span): boolean {
  return /[:：]\s*$/.test(text.slice(line.start, line.end));
}

export function valueOnNextLine(text: string, next: Span | undefined): Span | null {
  if (!next) return null;
  const span = trimSpan(text, next);
  const s = text.slice(span.start, span.end);
  if (codePointLength(text, span) > NEXT_LINE_VALUE_MAX || countHan(s) < 2) return null;
  if (/[:：。！？!?；;]/.test(s) || URL_PATTERN.test(s) || findDates(text, span).length > 0) return null;
  return span;
}

export function shownText(input: Normalized, range: Range): string {
  const { original, map } = input;
  const covered = new Uint8Array(range.end - range.start);
  for (let n = toNormalizedIndex(map, range.start); n < map.normStart.length; n++) {
    const from = map.normStart[n]!;
    if (from >= range.end) break;
    const to = Math.min(map.normEnd[n]!, range.end);
    for (let i = Math.max(from, range.start); i < to; i++) covered[i - range.start] = 1;
  }
  let out = '';
  for (let i = range.start; i < range.end; i++) {
    if (covered[i - range.start] || isSpace(original[i])) out += original[i];
  }
  return out;
}
