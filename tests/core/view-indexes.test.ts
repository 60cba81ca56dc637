import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { HeightIndex } from '../../src/view/heightIndex';
import { RangeIndex, rangeIndexOf } from '../../src/view/rangeIndex';

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

describe('HeightIndex.reaching', () => {
  /** The pass over every item that the binary searches replace (the planner's loop before them). */
  function scan(heights: number[], from: number, to: number, origin: number, top: number, bottom: number) {
    let first = -1;
    let last = -1;
    let before = 0;
    let after = 0;
    let y = origin;
    for (let i = from; i < to; i++) {
      const h = heights[i]!;
      const inside = h > 0 ? y < bottom && y + h > top : y >= top && y < bottom;
      if (inside) {
        if (first < 0) first = i;
        last = i + 1;
      } else if (first < 0) before += h;
      else after += h;
      y += h;
    }
    return first < 0 ? null : { from: first, to: last, before, after };
  }

  it('answers the worked example of the module comment', () => {
    expect(new HeightIndex([10, 20, 30]).reaching(0, 3, 100, 115, 125)).toEqual({
      from: 1,
      to: 2,
      before: 10,
      after: 30,
    });
  });

  it.each([
    { label: 'a stretch above every item: none', top: 0, bottom: 100, expected: null },
    { label: 'a stretch below every item: none', top: 160, bottom: 200, expected: null },
    {
      label: 'touching the first item at its end only: not it',
      top: 110,
      bottom: 111,
      expected: { from: 1, to: 2, before: 10, after: 30 },
    },
    {
      label: 'ending where the last item starts: not it',
      top: 100,
      bottom: 130,
      expected: { from: 0, to: 2, before: 0, after: 30 },
    },
    {
      label: 'a stretch holding all: all',
      top: 50,
      bottom: 500,
      expected: { from: 0, to: 3, before: 0, after: 0 },
    },
  ])('$label', ({ top, bottom, expected }) => {
    expect(new HeightIndex([10, 20, 30]).reaching(0, 3, 100, top, bottom)).toEqual(expected);
  });

  it.each([
    {
      label: 'a zero-height item at the top of the stretch reaches it',
      top: 10,
      bottom: 12,
      expected: { from: 1, to: 3, before: 10, after: 0 },
    },
    {
      label: 'a zero-height item at the bottom of the stretch does not',
      top: 5,
      bottom: 10,
      expected: { from: 0, to: 1, before: 0, after: 5 },
    },
    {
      label: 'only a sub-range counts (from 1): heights before it are not in `before`',
      top: 12,
      bottom: 13,
      from: 1,
      expected: { from: 2, to: 3, before: 0, after: 0 },
    },
  ])('$label', ({ top, bottom, expected, from = 0 }) => {
    // Stacked from 0: 0..10, a zero-height item at 10, 10..15.
    expect(new HeightIndex([10, 0, 5]).reaching(from, 3, from === 0 ? 0 : 10, top, bottom)).toEqual(expected);
  });

  it('a stretch has the same height before and after heights elsewhere changed and changed back', () => {
    // Estimated line heights are not binary fractions: the tree's sums pick up rounding as they change.
    const heights = [30.525, 30.525, 27, 30.525, 61.05, 30.525, 20.8, 30.525];
    const index = new HeightIndex(heights);
    const before = [index.sum(1, 3), index.reaching(0, 8, 0, 40, 100)];
    for (const [at, height] of [
      [0, 61.05],
      [2, 33.3],
      [0, 30.525],
      [2, 27],
    ] as const)
      index.set(at, height);
    expect([index.sum(1, 3), index.reaching(0, 8, 0, 40, 100)]).toEqual(before);
  });

  it('finds what a pass over every item finds, after any measurements (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 })), { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(39), fc.nat(40)), { maxLength: 10 }),
        fc.nat(39),
        fc.nat(39),
        fc.integer({ min: -50, max: 50 }),
        fc.nat(600),
        fc.nat(300),
        (initial, changes, a, b, origin, top, length) => {
          const plain = [...initial];
          const index = new HeightIndex(initial);
          for (const [at, height] of changes) {
            plain[at % plain.length] = height;
            index.set(at % plain.length, height);
          }
          const from = Math.min(a, b) % plain.length;
          const to = Math.min(plain.length, from + (Math.max(a, b) % (plain.length + 1)));
          expect(index.reaching(from, to, origin, top, top + length)).toEqual(
            scan(plain, from, to, origin, top, top + length),
          );
          expect(index.sum(from, to)).toBe(plain.slice(from, to).reduce((x, y) => x + y, 0));
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

  it('takes ranges already in order as they are (no copy, no sort), and makes one index per array', () => {
    const mentions = Array.from({ length: 1000 }, (_, i) => ({ start: 10 * i, end: 10 * i + 4 }));
    const sort = vi.spyOn(Array.prototype, 'sort');
    try {
      const index = rangeIndexOf(mentions);
      expect(sort).not.toHaveBeenCalled();
      expect(index.overlapping(33, 52)).toEqual([mentions[3], mentions[4], mentions[5]]);
      expect(rangeIndexOf(mentions)).toBe(index);
      expect(rangeIndexOf([...mentions])).not.toBe(index);
    } finally {
      sort.mockRestore();
    }
  });
});
