/**
 * Heights of a list of items, with prefix sums kept up as single heights change (a Fenwick tree): where
 * an item starts, and which item holds a position, in O(log n) each. The virtual reading view keeps one
 * for its items, so a measured row changes the positions of all rows below it without a pass over them,
 * and one for each side's pieces, so the height of a stretch of pieces, and which of a section's pieces
 * reach the view, cost O(log n) however long the section is.
 *
 * Example: heights [10, 20, 30] → top(2) = 30, total = 60, indexAt(29) = 1, indexAt(30) = 2;
 *          set(0, 15) → top(2) = 35.
 *          reaching(0, 3, 100, 115, 125) (stacked from 100: 100..110, 110..130, 130..160; which reach
 *            115..125?) → { from: 1, to: 2, before: 10, after: 30 }
 */
import { firstIndexWhere } from '../core/sorted';

/** A run of items reaching a stretch, and the height of the items before and after it. */
export interface Reach {
  from: number;
  to: number;
  before: number;
  after: number;
}

export class HeightIndex {
  readonly length: number;
  #heights: Float64Array;
  #tree: Float64Array;

  constructor(heights: ArrayLike<number>) {
    this.length = heights.length;
    this.#heights = Float64Array.from(heights);
    this.#tree = new Float64Array(this.length + 1);
    // Linear build: each node adds itself to its parent.
    for (let i = 1; i <= this.length; i++) {
      this.#tree[i]! += this.#heights[i - 1]!;
      const parent = i + (i & -i);
      if (parent <= this.length) this.#tree[parent]! += this.#tree[i]!;
    }
  }

  height(index: number): number {
    return this.#heights[index] ?? 0;
  }

  /** Sets one height; returns whether it changed. */
  set(index: number, height: number): boolean {
    const delta = height - this.#heights[index]!;
    if (delta === 0) return false;
    this.#heights[index] = height;
    for (let i = index + 1; i <= this.length; i += i & -i) this.#tree[i]! += delta;
    return true;
  }

  /** Sum of the heights before `index` (where item `index` starts). */
  top(index: number): number {
    let sum = 0;
    for (let i = Math.min(index, this.length); i > 0; i -= i & -i) sum += this.#tree[i]!;
    return sum;
  }

  get total(): number {
    return this.top(this.length);
  }

  /**
   * Sum of the heights of items `[from, to)`, to 1/1024 px: a difference of two prefix sums carries the
   * rounding of every height set since the tree was built (1e-13 px), which would make one stretch's
   * height differ between two plans and rewrite its spacer's style for nothing.
   */
  sum(from: number, to: number): number {
    return to > from ? snap(this.top(to) - this.top(from)) : 0;
  }

  /**
   * Which of the items `[from, to)`, stacked from position `origin`, reach the stretch `[top, bottom)`:
   * an item with height reaches it when it overlaps it, an item of zero height when it sits inside it
   * (at `top` included, at `bottom` not). The items reaching it are one run, found by two binary
   * searches; null when none does.
   */
  reaching(from: number, to: number, origin: number, top: number, bottom: number): Reach | null {
    const start = this.top(from);
    // Where item i starts: origin + top(i) - start.
    const at = (i: number) => origin + this.top(i) - start;
    const count = Math.max(0, to - from);
    const first =
      from +
      firstIndexWhere(count, (k) => {
        const height = this.#heights[from + k]!;
        const y = at(from + k);
        return height > 0 ? y + height > top : y >= top;
      });
    const last = from + firstIndexWhere(count, (k) => at(from + k) >= bottom);
    if (first >= last) return null;
    return { from: first, to: last, before: this.sum(from, first), after: this.sum(last, to) };
  }

  /** The item covering position `y` (clamped to the first and last item); -1 when there are none. */
  indexAt(y: number): number {
    if (this.length === 0) return -1;
    // Descend the tree: the largest prefix not past y.
    let index = 0;
    let remaining = y;
    for (let step = 1 << Math.floor(Math.log2(this.length)); step > 0; step >>= 1) {
      const next = index + step;
      if (next <= this.length && this.#tree[next]! <= remaining) {
        index = next;
        remaining -= this.#tree[next]!;
      }
    }
    return Math.min(index, this.length - 1);
  }
}

/** `value` to the nearest 1/1024 (finer than layout's 1/64 px, coarse enough to drop float noise). */
function snap(value: number): number {
  return Math.round(value * 1024) / 1024;
}
