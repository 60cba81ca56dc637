/**
 * `RowCosine` (src/core/align/row-cosine.ts) against its plain definition, `cosine` of ./similarity (the
 * merge walk): the same value to the last bit, on labelled cases and on random rows of vectors, with the
 * row vector changing at random between calls.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowCosine } from '../../src/core/align/row-cosine';
import { cosine, type SparseVector } from '../../src/core/align/similarity';

const vector = (keys: number[], weights: number[], rest = 0): SparseVector => ({
  keys: Float64Array.from(keys),
  weights: Float64Array.from(weights),
  rest,
});

describe('RowCosine', () => {
  it('x = {1: 0.6, 5: 0.8} against y = {5: 0.8, 7: 0.6}: only key 5 is shared, 0.8 × 0.8', () => {
    const row = new RowCosine(8);
    const x = vector([1, 5], [0.6, 0.8]);
    expect(row.cosine(x, vector([5, 7], [0.8, 0.6]))).toBe(0.8 * 0.8);
    // The same row against a vector sharing nothing, then one sharing key 1 only.
    expect(row.cosine(x, vector([0, 7], [0.6, 0.8]))).toBe(0);
    expect(row.cosine(x, vector([1], [1]))).toBe(0.6);
  });

  it('a new row clears the old one: a key only the old row had adds nothing', () => {
    const row = new RowCosine(8);
    const old = vector([1, 5], [0.6, 0.8]);
    // Laid out at its second call.
    row.cosine(old, vector([5], [1]));
    row.cosine(old, vector([5], [1]));
    const x = vector([2], [1]);
    const y = vector([1, 5], [0.6, 0.8]);
    expect(row.cosine(x, y)).toBe(0); // merged
    expect(row.cosine(x, y)).toBe(0); // laid out over the old row
  });

  it('identical unit vectors score 1, at most 1 whatever the rounding', () => {
    const row = new RowCosine(4);
    const v = vector([0, 1, 2, 3], [0.5, 0.5, 0.5, 0.5]);
    expect(row.cosine(v, v)).toBe(1);
  });

  it('empty vectors score 0', () => {
    const row = new RowCosine(4);
    expect(row.cosine(vector([], []), vector([1], [1]))).toBe(0);
    expect(row.cosine(vector([1], [1]), vector([], []))).toBe(0);
  });

  it('gives exactly what the merge walk gives, over random rows', () => {
    const size = 40;
    /** Ascending distinct keys below `size` with positive weights, scaled to unit length. */
    const sparse = fc
      .uniqueArray(fc.integer({ min: 0, max: size - 1 }), { maxLength: 25 })
      .chain((keys) =>
        fc.tuple(
          fc.constant([...keys].sort((a, b) => a - b)),
          fc.array(fc.double({ min: 0.001, max: 10, noNaN: true }), {
            minLength: keys.length,
            maxLength: keys.length,
          }),
        ),
      )
      .map(([keys, weights]) => {
        const norm = Math.sqrt(weights.reduce((s, w) => s + w * w, 0)) || 1;
        return vector(
          keys,
          weights.map((w) => w / norm),
        );
      });
    fc.assert(
      fc.property(
        fc.array(sparse, { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 30 }),
        (vectors, calls) => {
          const row = new RowCosine(size);
          for (const [a, b] of calls) {
            const x = vectors[a % vectors.length]!;
            const y = vectors[b % vectors.length]!;
            expect(row.cosine(x, y)).toBe(cosine(x, y));
          }
        },
      ),
    );
  });
});
