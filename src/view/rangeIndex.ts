/**
 * Ranges (shared phrases, theme mentions, find hits) indexed for "which of them touch this stretch?",
 * asked once per drawn piece: O(log n + k) instead of a pass over every range, so drawing the few lines
 * on screen costs the same whether a report has 100 phrases or 100,000. Ranges may overlap and nest.
 *
 * Sorted by start, with the running maximum of the ends: the ranges touching `[from, to)` begin at the
 * first index whose running maximum end passes `from`, and end before the first start at or past `to`.
 *
 * Example: ranges a 0..10, b 2..4, c 12..20 → overlapping(5, 13) = [a, c] (b ends at 4).
 */
import { firstIndexWhere } from '../core/sorted';

export interface Ranged {
  start: number;
  end: number;
}

function byStart(a: Ranged, b: Ranged): number {
  return a.start - b.start || a.end - b.end;
}

function inOrder(ranges: readonly Ranged[]): boolean {
  for (let i = 1; i < ranges.length; i++) if (byStart(ranges[i - 1]!, ranges[i]!) > 0) return false;
  return true;
}

/**
 * The index of `ranges`, made once per array (the selected theme's mentions: clicking a theme again, or
 * any redraw that asks again, costs nothing).
 */
export function rangeIndexOf<T extends Ranged>(ranges: readonly T[]): RangeIndex<T> {
  let index = made.get(ranges) as RangeIndex<T> | undefined;
  if (!index) {
    index = new RangeIndex(ranges);
    made.set(ranges, index);
  }
  return index;
}

const made = new WeakMap<readonly Ranged[], RangeIndex<Ranged>>();

export class RangeIndex<T extends Ranged> {
  readonly size: number;
  #sorted: readonly T[];
  #maxEnd: Float64Array;

  /**
   * Ranges that come in order (by start, then end: phrases, theme mentions and glosses as the engine
   * makes them) are used as they are: no copy and no sort. A theme click at a million characters a
   * side had copied and sorted some 10^5 mentions per side (50 ms of the click).
   */
  constructor(ranges: readonly T[]) {
    this.#sorted = inOrder(ranges) ? ranges : [...ranges].sort(byStart);
    this.size = this.#sorted.length;
    this.#maxEnd = new Float64Array(this.size);
    let max = -Infinity;
    for (let i = 0; i < this.size; i++) {
      max = Math.max(max, this.#sorted[i]!.end);
      this.#maxEnd[i] = max;
    }
  }

  /** The ranges sharing at least one unit with `[from, to)`, by start. */
  overlapping(from: number, to: number): T[] {
    const out: T[] = [];
    const maxEnd = this.#maxEnd;
    for (let i = firstIndexWhere(this.size, (k) => maxEnd[k]! > from); i < this.size; i++) {
      const range = this.#sorted[i]!;
      if (range.start >= to) break;
      if (range.end > from && range.end > range.start) out.push(range);
    }
    return out;
  }
}
