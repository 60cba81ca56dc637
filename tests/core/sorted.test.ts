import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAtLeast, firstIndexWhere } from '../../src/core/sorted';

/** The first index holding a value ≥ target in [1, 3, 3, 7]. */
const atLeastCases = [
  { label: 'first of equal values', target: 3, expected: 1 },
  { label: 'below everything', target: 0, expected: 0 },
  { label: 'between values', target: 5, expected: 3 },
  { label: 'above everything: the length', target: 8, expected: 4 },
];

describe('firstIndexWhere', () => {
  const values = [1, 3, 3, 7];
  it.each(atLeastCases)('$label', ({ target, expected }) => {
    expect(firstIndexWhere(values.length, (i) => values[i]! >= target)).toBe(expected);
  });

  it('is 0 on an empty range', () => {
    expect(firstIndexWhere(0, () => true)).toBe(0);
  });

  it('agrees with a linear scan on any sorted array', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 })),
        fc.integer({ min: -60, max: 60 }),
        (raw, x) => {
          const sorted = [...raw].sort((a, b) => a - b);
          const linear = sorted.findIndex((v) => v >= x);
          expect(firstIndexWhere(sorted.length, (i) => sorted[i]! >= x)).toBe(
            linear < 0 ? sorted.length : linear,
          );
        },
      ),
    );
  });
});

describe('firstAtLeast', () => {
  it.each(atLeastCases)('$label', ({ target, expected }) => {
    expect(firstAtLeast(Int32Array.of(1, 3, 3, 7), target)).toBe(expected);
    expect(firstAtLeast(Float64Array.of(1, 3, 3, 7), target)).toBe(expected);
  });

  it('agrees with firstIndexWhere on any sorted array', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.double({ min: -60, max: 60 }), (raw, x) => {
        const sorted = Float64Array.from(raw).sort();
        expect(firstAtLeast(sorted, x)).toBe(firstIndexWhere(sorted.length, (i) => sorted[i]! >= x));
      }),
    );
  });
});
