/**
 * Hit counts and the figures made from them. `Counts` example: 8 labelled nodes, 10 predicted, 6 of
 * them matched → { tp: 6, fp: 4, fn: 2 }: precision 0.6, recall 0.75, F1 ≈ 0.667.
 *
 * Figures over several documents are micro-averaged (counts summed, then divided), so a long report
 * weighs by its nodes, not as one document. Empty cases: no prediction and no label gives precision,
 * recall and F1 of 1 (nothing to find, nothing found); `null` is reserved for "no such figure".
 */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const noCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function add(into: Counts, more: Counts): Counts {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
  return into;
}

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
}

export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? (c.fp === 0 ? 1 : 0) : c.tp / (c.tp + c.fn);
}

export function f1(c: Counts): number {
  const d = 2 * c.tp + c.fp + c.fn;
  return d === 0 ? 1 : (2 * c.tp) / d;
}

/** Right answers out of judged cases (boundaries, titles, ends). */
export interface Tally {
  right: number;
  of: number;
}

export const noTally = (): Tally => ({ right: 0, of: 0 });

export function addTally(into: Tally, more: Tally): Tally {
  into.right += more.right;
  into.of += more.of;
  return into;
}

export function share(t: Tally): number | null {
  return t.of === 0 ? null : t.right / t.of;
}

/** A map of counts keyed by string, created on first use. */
export class CountsBy {
  readonly map = new Map<string, Counts>();
  at(key: string): Counts {
    let c = this.map.get(key);
    if (!c) this.map.set(key, (c = noCounts()));
    return c;
  }
  addAll(other: CountsBy): this {
    for (const [key, c] of other.map) add(this.at(key), c);
    return this;
  }
}
