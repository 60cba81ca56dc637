/**
 * Finding text in a report, for the app's own find bar (the reading view draws only what is on screen,
 * so the browser's find cannot see most of a long report). A query is looked for twice: in the text as
 * written, and in its Simplified form (the normalized text, mapped back through the offset map), so
 * `统一战线` typed in Simplified finds `統一戰(zhàn)線` in a Traditional report, glosses and all. Latin
 * letters match in either case. Hits are original ranges, sorted, never overlapping.
 *
 * Example: report `統一戰(zhàn)線，统一战线` (Traditional then Simplified), query `统一战线` →
 *   [{ start: 0, end: 10 } (through the normalized text), { start: 11, end: 15 } (as written)]
 */
import { toOriginalRange } from '../core/normalize/offsetMap';
import type { Range, Report } from '../core/types';

/** More hits than this are not listed (a one-character query in a million characters). */
export const MAX_HITS = 10_000;

export interface FindResult {
  hits: Range[];
  /** More hits exist than were listed. */
  capped: boolean;
}

export function findInReport(report: Pick<Report, 'text' | 'normalized' | 'map'>, query: string): FindResult {
  const needle = asciiLower(query.trim());
  if (needle === '') return { hits: [], capped: false };
  const found: Range[] = [];
  let capped = false;
  const scan = (haystack: string, toOriginal: (start: number, end: number) => Range) => {
    const lower = asciiLower(haystack);
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      if (found.length >= 2 * MAX_HITS) {
        capped = true;
        return;
      }
      found.push(toOriginal(at, at + needle.length));
    }
  };
  scan(report.text, (start, end) => ({ start, end }));
  scan(report.normalized, (start, end) => toOriginalRange(report.map, start, end, report.text.length));
  const hits = mergeHits(found);
  if (hits.length > MAX_HITS) return { hits: hits.slice(0, MAX_HITS), capped: true };
  return { hits, capped };
}

/** A–Z to a–z only: `toLowerCase` can change a string's length (`İ`), and offsets must hold. */
function asciiLower(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (run) => run.toLowerCase()) : text;
}

/** Sorted, overlapping or repeated hits (the same place found both ways) folded into one. */
function mergeHits(hits: Range[]): Range[] {
  const sorted = hits.filter((hit) => hit.end > hit.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Range[] = [];
  for (const hit of sorted) {
    const last = out.at(-1);
    if (last && hit.start < last.end) last.end = Math.max(last.end, hit.end);
    else out.push({ ...hit });
  }
  return out;
}
