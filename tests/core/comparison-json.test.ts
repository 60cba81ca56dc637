import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/index';
import { comparisonFromJson, comparisonToJson } from '../../src/core/comparison-json';
import type { Comparison } from '../../src/core/types';
import { BIJIE, PANZHIHUA } from './samples';

/** A comparison whose only interesting part is the left offset map (the codec's one special case). */
function withLeftMap(normStart: number[], normEnd: number[]): Comparison {
  const base = compare('', '');
  return {
    ...base,
    left: { ...base.left, map: { normStart: Int32Array.from(normStart), normEnd: Int32Array.from(normEnd) } },
  };
}

describe('comparison JSON', () => {
  it('writes the worked example of the module comment', () => {
    const json = JSON.parse(comparisonToJson(withLeftMap([0, 1, 2, 9, 10], [1, 2, 9, 10, 11])));
    expect(json.left.map).toEqual({ $offsets: ['0,1*2,7,1', '1*2,7,1*2'] });
  });

  it('round-trips the comparison of the two samples exactly', () => {
    const comparison = compare(BIJIE, PANZHIHUA);
    expect(comparisonFromJson(comparisonToJson(comparison))).toEqual(comparison);
  });

  it('leaves the texts out on request and takes them back', () => {
    const comparison = compare(BIJIE, PANZHIHUA);
    const json = comparisonToJson(comparison, { texts: 'omit' });
    expect(json).not.toContain(BIJIE.slice(0, 40));
    expect(comparisonFromJson(json, { left: BIJIE, right: PANZHIHUA })).toEqual(comparison);
    expect(() => comparisonFromJson(json)).toThrow(/left text was left out/);
  });

  it('is much smaller than the maps written as plain arrays', () => {
    const comparison = compare(BIJIE, PANZHIHUA);
    const plain = JSON.stringify(Array.from(comparison.left.map.normStart));
    const packed = JSON.stringify(JSON.parse(comparisonToJson(comparison)).left.map);
    expect(packed.length * 5).toBeLessThan(plain.length);
  });

  it('round-trips any monotone offset map', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(9), fc.nat(3))), (steps) => {
        let at = 0;
        const starts = steps.map(([gap]) => (at += gap));
        const ends = starts.map((start, i) => start + steps[i]![1]);
        const round = comparisonFromJson(comparisonToJson(withLeftMap(starts, ends)));
        expect(Array.from(round.left.map.normStart)).toEqual(starts);
        expect(Array.from(round.left.map.normEnd)).toEqual(ends);
      }),
    );
  });
});
