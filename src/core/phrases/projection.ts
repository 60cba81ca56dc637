/**
 * The Han projection of a report's body: its Han characters only, in reading order, each remembering
 * where it sits in the normalized text and which section holds it. Phrase matching, section
 * similarity and coverage all count on this projection, so punctuation, whitespace, digits and Latin
 * letters never break a shared run (`凝聚共识，明确方向` and `凝聚共识明确方向` share eight characters).
 *
 * Only text inside sections is projected: metadata lines (breadcrumb, title, 编辑, 关键词) are not
 * what a reader compares, and their stock words would otherwise count as shared phrasing.
 *
 * Example: normalized `要统一思想，凝聚𠀀` with one section covering all of it:
 *   codes   = [要, 统, 一, 思, 想, 凝, 聚, 𠀀]   (code points; `𠀀` is one entry)
 *   norm    = [0, 1, 2, 3, 4, 6, 7, 8]          (UTF-16 index in the normalized text)
 *   section = [0, 0, 0, 0, 0, 0, 0, 0]          (index into the section list given)
 * and `normEnd(7)` is 10 because `𠀀` takes two UTF-16 units.
 */

import { firstIndexWhere } from '../sorted';
import { isHan } from '../text/han';

export interface HanProjection {
  /** Code point of each Han character. */
  codes: Int32Array;
  /** UTF-16 index in the normalized text where each Han character starts. */
  norm: Int32Array;
  /** Index (into the spans given to `projectHan`) of the section holding each Han character. */
  section: Int32Array;
  /** First projection index of each span, plus a final entry equal to `length`. */
  spanStart: Int32Array;
  length: number;
}

/** A half-open span of the normalized text (UTF-16 units), e.g. one section. */
export interface NormSpan {
  start: number;
  end: number;
}

export function projectHan(normalized: string, spans: readonly NormSpan[]): HanProjection {
  // Upper bound on the size: every Han character is at least one UTF-16 unit.
  let bound = 0;
  for (const span of spans) bound += Math.max(0, span.end - span.start);
  const codes = new Int32Array(bound);
  const norm = new Int32Array(bound);
  const section = new Int32Array(bound);
  const spanStart = new Int32Array(spans.length + 1);
  let length = 0;
  spans.forEach((span, index) => {
    spanStart[index] = length;
    const end = Math.min(span.end, normalized.length);
    for (let i = Math.max(0, span.start); i < end; i++) {
      const code = normalized.codePointAt(i)!;
      const wide = code > 0xffff;
      // A pair cut by the span's end is not a character of this span.
      if (wide && i + 1 >= end) break;
      if (isHan(code)) {
        codes[length] = code;
        norm[length] = i;
        section[length] = index;
        length++;
      }
      if (wide) i++;
    }
  });
  spanStart[spans.length] = length;
  return {
    codes: codes.subarray(0, length),
    norm: norm.subarray(0, length),
    section: section.subarray(0, length),
    spanStart,
    length,
  };
}

/**
 * `projectHan(normalized, spans)` read off `whole`, the projection of the whole normalized text (one
 * span from 0 to its length): each span's Han characters are a run of the whole's, found by binary
 * search and copied, rather than every code point being read and tested again. compare() projects the
 * same text for each cut it aligns; the result is the same, entry for entry.
 */
export function projectFrom(
  whole: HanProjection,
  normalizedLength: number,
  spans: readonly NormSpan[],
): HanProjection {
  const norm = whole.norm;
  const ends = (p: number) => norm[p]! + (whole.codes[p]! > 0xffff ? 2 : 1);
  const runs = spans.map((span) => {
    const start = Math.max(0, span.start);
    const end = Math.min(span.end, normalizedLength);
    const from = firstIndexWhere(whole.length, (p) => norm[p]! >= start);
    // A character runs to its last unit: one cut by the span's end is not the span's.
    const to = firstIndexWhere(whole.length, (p) => ends(p) > end);
    return { from, to: Math.max(from, to) };
  });
  let length = 0;
  for (const run of runs) length += run.to - run.from;
  const codes = new Int32Array(length);
  const at = new Int32Array(length);
  const section = new Int32Array(length);
  const spanStart = new Int32Array(spans.length + 1);
  let next = 0;
  runs.forEach(({ from, to }, index) => {
    spanStart[index] = next;
    codes.set(whole.codes.subarray(from, to), next);
    at.set(norm.subarray(from, to), next);
    section.fill(index, next, next + to - from);
    next += to - from;
  });
  spanStart[spans.length] = length;
  return { codes, norm: at, section, spanStart, length };
}

/** UTF-16 index just past Han character `index` of the projection. */
export function normEnd(projection: HanProjection, index: number): number {
  return projection.norm[index]! + (projection.codes[index]! > 0xffff ? 2 : 1);
}

/** The code points at the given positions of `codes`, in order. */
export function gatherCodes(codes: Int32Array, positions: Int32Array): Int32Array {
  const out = new Int32Array(positions.length);
  for (let t = 0; t < positions.length; t++) out[t] = codes[positions[t]!]!;
  return out;
}
