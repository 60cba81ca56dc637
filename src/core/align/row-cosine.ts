/**
 * `cosine` (./similarity) of one vector against many, for vectors keyed by dense ids below `size` (the
 * bigram ranks of `bigramIndex`): the row's vector is laid out once in a flat array, and each other
 * vector is one pass over its own keys, looking each up. The merge walk of `cosine` steps through both
 * key lists with a branch the processor cannot predict; the align stage scores a row of units against
 * every unit of the other side, so the row's vector stays the same across most calls.
 *
 * Same value, to the last bit, as `cosine`: the products of the shared keys are added in ascending key
 * order as the merge adds them, and a key the row lacks adds 0 × weight = +0, which changes no sum.
 *
 * A row is laid out at its second call only: the first call with a new x merges the two key lists as
 * `cosine` does. Callers that change x at every call (compare()'s `finish`, scoring each pair once)
 * would otherwise clear and lay out a whole row to read one product.
 *
 * Example: `const row = new RowCosine(8)`; with x = keys [1, 5] weights [0.6, 0.8] and y = keys [5, 7]
 * weights [0.8, 0.6], `row.cosine(x, y)` merges the lists and gives 0.8 × 0.8 = 0.64; a second call
 * with the same x lays x out (slot 1: 0.6, slot 5: 0.8) and from then on reads y's keys only; a call
 * with another x merges again, and its second call clears slots 1 and 5 before laying it out.
 */

import { cosine, type SparseVector } from './similarity';

export class RowCosine {
  /** The row's weight at each key, 0 elsewhere. */
  private readonly slots: Float64Array;
  private row: SparseVector | null = null;
  /** The x of the last call, when it was not the row: laid out if the next call asks with it again. */
  private next: SparseVector | null = null;

  /** `size`: every key of every vector given is an integer in 0 .. size − 1. */
  constructor(size: number) {
    this.slots = new Float64Array(size);
  }

  cosine(x: SparseVector, y: SparseVector): number {
    if (x !== this.row) {
      if (x !== this.next) {
        this.next = x;
        return cosine(x, y);
      }
      this.layOut(x);
    }
    const slots = this.slots;
    const keys = y.keys;
    const weights = y.weights;
    let dot = 0;
    for (let j = 0; j < keys.length; j++) dot += slots[keys[j]!]! * weights[j]!;
    // Rounding can push a unit-vector dot product a hair past 1 (as in `cosine`).
    return Math.min(1, Math.max(0, dot));
  }

  private layOut(x: SparseVector): void {
    const slots = this.slots;
    const old = this.row;
    if (old) for (let i = 0; i < old.keys.length; i++) slots[old.keys[i]!] = 0;
    for (let i = 0; i < x.keys.length; i++) slots[x.keys[i]!] = x.weights[i]!;
    this.row = x;
  }
}
