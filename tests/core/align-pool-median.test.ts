/**
 * `medianWithZeros` (src/core/align/pool.ts): a row's background in a pool, the median of its scores
 * and of the zeros its unscored pairs stand for. Checked against the padded list sorted plainly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianWithZeros } from '../../src/core/align/pool';

function plainMedian(values: readonly number[], zeros: number): number {
  const all = [...values, ...new Array<number>(zeros).fill(0)].sort((a, b) => a - b);
  if (all.length === 0) return 0;
  const mid = all.length >> 1;
  return all.length % 2 === 1 ? all[mid]! : (all[mid - 1]! + all[mid]!) / 2;
}

describe('medianWithZeros', () => {
  it.each([
    { label: 'nothing', values: [], zeros: 0, median: 0 },
    { label: 'only zeros', values: [], zeros: 3, median: 0 },
    { label: 'odd count, no zeros', values: [0.5, 0.1, 0.3], zeros: 0, median: 0.3 },
    { label: 'even count: mean of the middle two', values: [0.4, 0.2], zeros: 0, median: 0.3 },
    { label: 'zeros pull it down', values: [0.9, 0.8], zeros: 2, median: 0.4 },
    { label: 'more zeros than scores', values: [0.9], zeros: 2, median: 0 },
    { label: 'a negative value sorts before the zeros', values: [-0.2, 0.6, 0.8], zeros: 1, median: 0.3 },
  ])('$label', ({ values, zeros, median }) => {
    expect(medianWithZeros(values, zeros)).toBeCloseTo(median, 12);
  });

  it('equals the median of the padded list', () => {
    fc.assert(
      fc.property(
        // −0 as 0: a sort may put either zero in the middle, and the two are the same score.
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }).map((v) => (v === 0 ? 0 : v))),
        fc.nat({ max: 30 }),
        (values, zeros) => {
          expect(medianWithZeros(values, zeros)).toBe(plainMedian(values, zeros));
        },
      ),
    );
  });
});
