/**
 * listWindow (src/view/listWindow.ts), the maths of the phrase list's and the outline navigator's
 * windows: labelled cases worked out by hand from the items' heights, then properties over random
 * heights and scroll positions (fast-check): the spacers are the heights left out, and the drawn items
 * cover the widened view.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HeightIndex } from '../../src/view/heightIndex';
import { listWindow } from '../../src/view/listWindow';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('listWindow: labelled cases', () => {
  const five = [100, 100, 100, 100, 100];
  it.each([
    {
      label: 'an empty list draws nothing',
      heights: [],
      scrollTop: 0,
      view: 500,
      margin: 100,
      window: { first: 0, last: -1, top: 0, bottom: 0 },
    },
    {
      // View 0–100: item 0, and item 1, which starts right at the bottom edge (both ends inclusive).
      label: 'at the top, no margin',
      heights: five,
      scrollTop: 0,
      view: 100,
      margin: 0,
      window: { first: 0, last: 1, top: 0, bottom: 300 },
    },
    {
      // View 250–350: items 2 (200–300) and 3 (300–400); 0–1 above (200 px), 4 below (100 px).
      label: 'mid-list, no margin',
      heights: five,
      scrollTop: 250,
      view: 100,
      margin: 0,
      window: { first: 2, last: 3, top: 200, bottom: 100 },
    },
    {
      // View 200–300: item 1 ends right at the top edge and is left out; item 3 starts at the bottom one.
      label: 'a view on item boundaries',
      heights: five,
      scrollTop: 200,
      view: 100,
      margin: 0,
      window: { first: 2, last: 3, top: 200, bottom: 100 },
    },
    {
      // Widened view −150–350, cut at 0: items 0 to 3.
      label: 'a margin above the top is cut at the top',
      heights: five,
      scrollTop: 50,
      view: 100,
      margin: 200,
      window: { first: 0, last: 3, top: 0, bottom: 100 },
    },
    {
      // Widened view 350–650, past the end at 500: items 3 and 4, nothing below.
      label: 'a margin past the end stops at the last item',
      heights: five,
      scrollTop: 450,
      view: 100,
      margin: 100,
      window: { first: 3, last: 4, top: 300, bottom: 0 },
    },
    {
      // Tops 0, 10, 210, 240, 270 (total 770); view 205–245: item 1 (10–210) to item 3 (240–270).
      label: 'items of different heights',
      heights: [10, 200, 30, 30, 500],
      scrollTop: 205,
      view: 40,
      margin: 0,
      window: { first: 1, last: 3, top: 10, bottom: 500 },
    },
    {
      // View 280–300 lies inside item 4 (270–770): it alone is drawn.
      label: 'a view inside one tall item draws that item',
      heights: [10, 200, 30, 30, 500],
      scrollTop: 280,
      view: 20,
      margin: 0,
      window: { first: 4, last: 4, top: 270, bottom: 0 },
    },
  ])('$label', ({ heights, scrollTop, view, margin, window }) => {
    expect(listWindow(new HeightIndex(heights), scrollTop, view, margin)).toEqual(window);
  });

  it('follows a measured height: a taller item above pushes the window up the list', () => {
    const heights = new HeightIndex([100, 100, 100, 100, 100]);
    expect(listWindow(heights, 250, 10, 0)).toMatchObject({ first: 2, last: 2 });
    heights.set(0, 300); // tops now 0, 300, 400, 500, 600
    expect(listWindow(heights, 250, 10, 0)).toEqual({ first: 0, last: 0, top: 0, bottom: 400 });
  });
});

describe('listWindow: properties', () => {
  const cases = fc.record({
    heights: fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 60 }),
    scrollTop: fc.integer({ min: 0, max: 20_000 }),
    view: fc.integer({ min: 0, max: 1_000 }),
    margin: fc.integer({ min: 0, max: 500 }),
  });

  it('the spacers are the heights of the items left out above and below', () => {
    fc.assert(
      fc.property(cases, ({ heights, scrollTop, view, margin }) => {
        const { first, last, top, bottom } = listWindow(new HeightIndex(heights), scrollTop, view, margin);
        expect(0 <= first && first <= last && last < heights.length).toBe(true);
        expect(top).toBe(sum(heights.slice(0, first)));
        expect(bottom).toBe(sum(heights.slice(last + 1)));
      }),
    );
  });

  it('the drawn items cover the view and its margins, as far as the list reaches, and no more', () => {
    fc.assert(
      fc.property(cases, ({ heights, scrollTop, view, margin }) => {
        const { first, last } = listWindow(new HeightIndex(heights), scrollTop, view, margin);
        const total = sum(heights);
        const topOf = (index: number) => sum(heights.slice(0, index));
        const from = Math.max(0, scrollTop - margin);
        const to = scrollTop + view + margin;
        // The first item drawn holds the widened view's top (or is the last item, when it is past the end)…
        expect(topOf(first)).toBeLessThanOrEqual(from);
        if (from < total) expect(topOf(first + 1)).toBeGreaterThan(from);
        else expect(first).toBe(heights.length - 1);
        // …and the last item drawn holds its bottom (or is the last item).
        expect(topOf(last)).toBeLessThanOrEqual(to);
        if (to < total) expect(topOf(last + 1)).toBeGreaterThan(to);
        else expect(last).toBe(heights.length - 1);
      }),
    );
  });
});
