/**
 * `bestFirst` (src/core/best-first.ts): items in comparator order, drawn lazily from a heap. Checked
 * against a sort, and for laziness: reading the first items must not order them all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestFirst } from '../../src/core/best-first';

const ascending = (a: number, b: number) => a - b;

describe('bestFirst', () => {
  it.each([
    { name: 'empty', items: [], order: [] },
    { name: 'one item', items: [7], order: [7] },
    { name: 'reversed', items: [5, 4, 3, 2, 1], order: [1, 2, 3, 4, 5] },
    { name: 'repeats kept', items: [2, 1, 2, 1], order: [1, 1, 2, 2] },
  ])('$name', ({ items, order }) => {
    expect([...bestFirst(items, ascending)]).toEqual(order);
  });

  it('leaves its input as it was', () => {
    const items = [3, 1, 2];
    expect([...bestFirst(items, ascending)]).toEqual([1, 2, 3]);
    expect(items).toEqual([3, 1, 2]);
  });

  it('gives the first items after far fewer comparisons than a sort of all', () => {
    const items = Array.from({ length: 4096 }, (_, i) => (i * 7919) % 4096);
    let compared = 0;
    const counting = (a: number, b: number) => (compared++, a - b);
    const first: number[] = [];
    for (const item of bestFirst(items, counting)) {
      first.push(item);
      if (first.length === 6) break;
    }
    expect(first).toEqual([0, 1, 2, 3, 4, 5]);
    // Heapify is under 2n comparisons, each pop about 2 log₂ n; a sort needs n log₂ n ≈ 49,000.
    expect(compared).toBeLessThan(2 * 4096 + 6 * 2 * 12 + 10);
  });

  it('orders any array as a sort does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 200 }), (items) => {
        expect([...bestFirst(items, ascending)]).toEqual([...items].sort(ascending));
      }),
    );
  });
});
