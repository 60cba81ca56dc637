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

export class RangeIndex<T extends Ranged> {
  readonly size: number;
  #sorted: T[];
  #maxEnd: Float64Array;

  constructor(ranges: readonly T[]) {
    this.#sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
    this.size = this.#sorted.length;
    this.#maxEnd = new Float64Array(this.size);
    let max = -Infinity;
    this.#sorted.forEach((range, i) => {
      max = Math.max(max, range.end);
      this.#maxEnd[i] = max;
    });
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
