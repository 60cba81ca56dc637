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
  return new OriginalCleanReader(input, span.start).upTo(span.end);
}

/**
 * `originalClean` of spans sharing a start and growing, each read on from where the last one ended
 * rather than from the start again: a task label tries one clause more at a time.
 *
 * Example: `const r = new OriginalCleanReader(input, 0)`; `r.upTo(4)` is `originalClean(input,
 * { start: 0, end: 4 })`, then `r.upTo(9)` is `originalClean(input, { start: 0, end: 9 })`.
 */
export class OriginalCleanReader {
  /** Text of the runs before the current one (a dropped gloss ends a run). */
  private before = '';
  /** The current run of adjacent original units, [runStart, covered). */
  private runStart = -1;
  /** Original units already taken (a unit shared by two normalized ones is taken once). */
  private covered = 0;
  /** The next normalized unit to read. */
  private n: number;

  constructor(
    private readonly input: Normalized,
    start: number,
  ) {
    this.n = Math.max(0, start);
  }

  /** `originalClean` of [start, end); `end` never less than the last one asked. */
  upTo(end: number): string {
    const { normStart, normEnd } = this.input.map;
    const original = this.input.original;
    const last = Math.min(end, normStart.length, normEnd.length);
    for (; this.n < last; this.n++) {
      const from = Math.max(normStart[this.n] ?? 0, this.covered);
      const to = Math.min(normEnd[this.n] ?? 0, original.length);
      if (to <= from) continue;
      // Most units follow on from the last: one slice of the original holds the run, where a string
      // grown unit by unit had to be flattened again for every candidate label read from it.
      if (from !== this.covered || this.runStart < 0) {
        if (this.runStart >= 0) this.before += original.slice(this.runStart, this.covered);
        this.runStart = from;
      }
      this.covered = to;
    }
    return this.runStart < 0 ? this.before : this.before + original.slice(this.runStart, this.covered);
  }
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
