/**
 * From normalized spans back to the ORIGINAL text, through the normalizer's offset map.
 *
 * `originalRange` gives the half-open original range a normalized span came from; `originalClean`
 * gives the original characters of the span without the pieces the normalizer dropped (pinyin
 * glosses, folded whitespace). Example, original `統一戰(zhàn)線` normalized to `统一战线`:
 *   originalRange(n, { start: 0, end: 4 }) → { start: 0, end: 10 }   (gloss inside the run)
 *   originalClean(n, { start: 0, end: 4 }) → `統一戰線`               (for labels and keyword lists)
 *
 * Ranges come from the normalizer's `toOriginalRange`, then are moved off the middle of a surrogate
 * pair and clamped to the original: a faulty map could misplace a range but never split a character.
 */

import { toNormalizedIndex, toOriginalRange } from '../normalize';
import type { Normalized, Range } from '../types';
import { snapToCodePoint } from '../text/code-points';
import type { Span } from './text-spans';

/** Original index where normalized unit `n` starts; the original's end for `n` past the last unit. */
export function originalStart(input: Normalized, n: number): number {
  return snapToCodePoint(input.original, toOriginalRange(input.map, n, n, input.original.length).start);
}

/** Original index where normalized unit `n - 1` ends (the end of a span ending at `n`). */
export function originalEnd(input: Normalized, n: number): number {
  if (n <= 0) return originalStart(input, 0);
  const end = toOriginalRange(input.map, n - 1, n, input.original.length).end;
  const i = snapToCodePoint(input.original, end);
  // An end inside a surrogate pair moves past the pair, so the range keeps the whole character.
  return i < end ? i + 2 : i;
}

export function originalRange(input: Normalized, span: Span): Range {
  const start = originalStart(input, span.start);
  if (span.end <= span.start) return { start, end: start };
  return { start, end: Math.max(start, originalEnd(input, span.end)) };
}

/** The original characters behind each normalized unit of `span`, dropped pieces left out. */
export function originalClean(input: Normalized, span: Span): string {
  const { normStart, normEnd } = input.map;
  let out = '';
  let covered = 0;
  const last = Math.min(span.end, normStart.length, normEnd.length);
  for (let n = Math.max(0, span.start); n < last; n++) {
    const from = Math.max(normStart[n] ?? 0, covered);
    const to = Math.min(normEnd[n] ?? 0, input.original.length);
    if (to > from) {
      out += input.original.slice(from, to);
      covered = to;
    }
  }
  return out;
}

/** The normalized units whose source starts inside the original `range`. */
export function normalizedSpan(input: Normalized, range: Range): Span {
  const start = toNormalizedIndex(input.map, range.start);
  return { start, end: Math.max(start, toNormalizedIndex(input.map, range.end)) };
}

/**
 * The original range of a whole normalized line: it ends at the original line break (trailing
 * whitespace left out), so text the normalizer dropped after the line's last unit, such as a gloss in
 * `…統戰(zhàn)`, stays inside the line.
 */
export function originalLineRange(input: Normalized, line: Span): Range {
  const range = originalRange(input, line);
  const lineBreak = input.normalized.indexOf('\n', line.end);
  let end = lineBreak < 0 ? input.original.length : originalStart(input, lineBreak);
  while (end > range.end && /\s/.test(input.original[end - 1]!)) end--;
  return { start: range.start, end: Math.max(end, range.end) };
}
