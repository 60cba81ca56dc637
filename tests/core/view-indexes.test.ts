import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HeightIndex } from '../../src/view/heightIndex';
import { RangeIndex } from '../../src/view/rangeIndex';

describe('HeightIndex', () => {
  it('answers the worked example of the module comment', () => {
    const index = new HeightIndex([10, 20, 30]);
    expect([index.top(2), index.total, index.indexAt(29), index.indexAt(30)]).toEqual([30, 60, 1, 2]);
    index.set(0, 15);
    expect(index.top(2)).toBe(35);
  });

  it.each([
    { label: 'before the first item: the first', y: -5, expected: 0 },
    { label: 'past the end: the last', y: 1000, expected: 2 },
    { label: 'a zero-height item is skipped to the one covering y', y: 10, expected: 2 },
  ])('indexAt: $label', ({ y, expected }) => {
    expect(new HeightIndex([10, 0, 5]).indexAt(y)).toBe(expected);
  });

  it('keeps prefix sums and lookups equal to a plain array under any changes (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(50), { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(39), fc.nat(50)), { maxLength: 20 }),
        fc.nat(2000),
        (initial, changes, y) => {
          const plain = [...initial];
          const index = new HeightIndex(initial);
          for (const [at, height] of changes) {
            const i = at % plain.length;
            plain[i] = height;
            index.set(i, height);
          }
          const prefix = (n: number) => plain.slice(0, n).reduce((a, b) => a + b, 0);
          for (let i = 0; i <= plain.length; i++) expect(index.top(i)).toBe(prefix(i));
          const covering = plain.findIndex((_, i) => prefix(i + 1) > y);
          expect(index.indexAt(y)).toBe(covering < 0 ? plain.length - 1 : covering);
        },
      ),
    );
  });
});

describe('RangeIndex', () => {
  it('answers the worked example of the module comment', () => {
    const a = { start: 0, end: 10 };
    const b = { start: 2, end: 4 };
    const c = { start: 12, end: 20 };
    expect(new RangeIndex([c, b, a]).overlapping(5, 13)).toEqual([a, c]);
  });

  it.each([
    { label: 'touching at the end is not overlapping', from: 10, to: 12, expected: [] },
    { label: 'a stretch inside a range finds it', from: 3, to: 4, expected: [{ start: 0, end: 10 }] },
    { label: 'an empty range is never found', from: 14, to: 16, expected: [] },
  ])('$label', ({ from, to, expected }) => {
    const index = new RangeIndex([
      { start: 0, end: 10 },
      { start: 15, end: 15 },
    ]);
    expect(index.overlapping(from, to)).toEqual(expected);
  });

  it('finds exactly the ranges a scan finds (property)', () => {
    const range = fc.tuple(fc.nat(60), fc.nat(15)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 30 }), fc.nat(70), fc.nat(20), (ranges, from, length) => {
        const to = from + length;
        const scan = ranges.filter((r) => r.end > r.start && r.start < to && r.end > from);
        const found = new RangeIndex(ranges).overlapping(from, to);
        expect(found).toHaveLength(scan.length);
        for (const r of scan) expect(found).toContain(r);
      }),
    );
  });
});
