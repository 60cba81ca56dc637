/**
 * `combine` (src/core/align/similarity.ts), a frame's profile: the sum of its sections' unit vectors,
 * renormalized. Checked to the last bit against the definition written plainly (a map from key to the
 * sum of its weights, vector after vector, then scaled to unit length in key order), since pairing
 * ranks scores that differ in the last digits and eval figures must not move with the implementation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combine, type SparseVector } from '../../src/core/align/similarity';

function definition(vectors: readonly SparseVector[]): SparseVector {
  const sum = new Map<number, number>();
  let rest = 0;
  for (const v of vectors) {
    v.keys.forEach((key, t) => sum.set(key, (sum.get(key) ?? 0) + v.weights[t]!));
    rest += v.rest;
  }
  const keys = [...sum.keys()].sort((a, b) => a - b);
  let norm = rest;
  for (const key of keys) norm += sum.get(key)! ** 2;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return {
    keys: Float64Array.from(keys),
    weights: Float64Array.from(keys, (key) => sum.get(key)! * scale),
    rest: rest * scale * scale,
  };
}

const vector = (keys: number[], weights: number[], rest: number): SparseVector => ({
  keys: Float64Array.from(keys),
  weights: Float64Array.from(weights),
  rest,
});

const plain = (v: SparseVector) => ({ keys: [...v.keys], weights: [...v.weights], rest: v.rest });

describe('combine', () => {
  it('adds shared keys and keeps the others: (0.6, 0.8 at keys 1, 2) + (0.8 at 2, rest 0.36)', () => {
    const sum = combine([vector([1, 2], [0.6, 0.8], 0), vector([2], [0.8], 0.36)]);
    // Weights 0.6 and 1.6, rest 0.36: norm² = 0.36 + 2.56 + 0.36 = 3.28.
    const scale = 1 / Math.sqrt(0.36 + 1.6 * 1.6 + 0.36);
    expect(sum.keys).toEqual(Float64Array.from([1, 2]));
    expect(sum.weights[0]).toBeCloseTo(0.6 * scale, 12);
    expect(sum.weights[1]).toBeCloseTo(1.6 * scale, 12);
    expect(sum.rest).toBeCloseTo(0.36 * scale * scale, 12);
  });

  it('one vector is itself; vectors with no keys give only their rest', () => {
    const v = vector([3], [1], 0);
    expect(combine([v])).toBe(v);
    expect(plain(combine([vector([], [], 0.5), vector([], [], 0.5)]))).toEqual({
      keys: [],
      weights: [],
      rest: 1,
    });
  });

  it('equals the plain definition to the last bit on random vectors', () => {
    const sparse = fc
      .uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 25 })
      .chain((keys) =>
        fc.record({
          keys: fc.constant([...keys].sort((a, b) => a - b)),
          weights: fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), {
            minLength: keys.length,
            maxLength: keys.length,
          }),
          rest: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
      )
      .map(({ keys, weights, rest }) => vector(keys, weights, rest));
    fc.assert(
      fc.property(fc.array(sparse, { minLength: 2, maxLength: 12 }), (vectors) => {
        expect(plain(combine(vectors))).toEqual(plain(definition(vectors)));
      }),
    );
  });
});
