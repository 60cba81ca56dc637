/** groupedDigits (src/core/text/digits.ts): thousands grouped as messages print them. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupedDigits } from '../../src/core/text/digits';

describe('groupedDigits', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [12345, '12,345'],
    [1000000, '1,000,000'],
    [-4321, '-4,321'],
  ])('%d → %s', (n, expected) => {
    expect(groupedDigits(n)).toBe(expected);
  });

  it("agrees with toLocaleString('en') on whole numbers", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(groupedDigits(n)).toBe(n.toLocaleString('en'));
      }),
    );
  });
});
