import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { arc } from 'd3-shape';
import { presenceOf, fitLabel, layoutThemeChart } from '../../src/view/themeChart';
import { layoutMinimap, minimapGradient, offsetAt } from '../../src/view/minimap';
import { gaugePaths } from '../../src/view/similarityGauge';
import type { ThemeRow } from '../../src/core/types';

function theme(key: string, left: number, right: number): ThemeRow {
  const side = (per1000: number) => ({ count: per1000 > 0 ? 1 : 0, per1000, sections: [], mentions: [] });
  return { theme: key, label: { zh: key, en: key }, terms: [key], left: side(left), right: side(right) };
}

describe('theme chart layout', () => {
  const settings = { width: 360, labelWidth: 112, rowHeight: 30, top: 20 };

  it('matches the worked example from the module comment', () => {
    const layout = layoutThemeChart([theme('a', 2, 1)], settings);
    const bar = layout.bars[0]!;
    expect(layout.centreLeft).toBe(124);
    expect(layout.centreRight).toBe(236);
    expect(bar.leftX).toBeCloseTo(0);
    expect(bar.leftWidth).toBeCloseTo(124);
    expect(bar.rightX).toBe(236);
    expect(bar.rightWidth).toBeCloseTo(62);
  });

  it('drops themes neither report mentions and orders both / left only / right only', () => {
    const layout = layoutThemeChart(
      [
        theme('right-only', 0, 9),
        theme('none', 0, 0),
        theme('both-small', 1, 1),
        theme('left-only', 3, 0),
        theme('both-big', 4, 5),
      ],
      settings,
    );
    expect(layout.bars.map((bar) => [bar.key, bar.presence])).toEqual([
      ['both-big', 'both'],
      ['both-small', 'both'],
      ['left-only', 'left'],
      ['right-only', 'right'],
    ]);
    expect(layout.bars.find((bar) => bar.key === 'left-only')!.rightWidth).toBe(0);
  });

  it('uses one scale for both sides, so equal rates draw equal bars, and rows do not overlap', () => {
    const layout = layoutThemeChart([theme('a', 3, 3), theme('b', 1.5, 0.5)], settings);
    const [a, b] = layout.bars;
    expect(a!.leftWidth).toBeCloseTo(a!.rightWidth);
    expect(b!.leftWidth).toBeCloseTo(a!.leftWidth / 2);
    expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height);
    expect(layout.height).toBe(20 + 2 * 30);
    expect(layout.ticks[0]).toEqual({ value: 0, offset: 0, outer: false });
  });

  // The x scale is written out (d3-array's nice and ticks) instead of d3-scale's scaleLinear, to keep
  // the page's first script small; it must give scaleLinear's numbers, bit for bit.
  it.each([
    { label: 'rates below one', rates: [0.37, 0.05, 0.91] },
    { label: 'a rate that is already nice', rates: [2, 1] },
    { label: 'rates across decades', rates: [13.7, 0.4, 2.2] },
    { label: 'one odd rate', rates: [7.3] },
  ])('x scale as d3-scale lays it out: $label', ({ rates }) => {
    const layout = layoutThemeChart(
      rates.map((rate, index) => theme(`t${index}`, rate, rate / 3)),
      settings,
    );
    const x = scaleLinear()
      .domain([0, Math.max(...rates)])
      .range([0, 124])
      .nice(4);
    for (const bar of layout.bars) {
      expect(bar.leftWidth).toBe(x(bar.row.left.per1000));
      expect(bar.rightWidth).toBe(x(bar.row.right.per1000));
    }
    expect(layout.ticks.map(({ value, offset }) => ({ value, offset }))).toEqual(
      x.ticks(3).map((value) => ({ value, offset: x(value) })),
    );
  });

  it('draws the label of a tick on the outer edge inside its gridline, the others centred on theirs', () => {
    // Rates 2 and 1: domain 0..2; three ticks asked, d3's step for 2/3 is 0.5 (error 6.7 ≥ √10): 0, 0.5,
    // 1, 1.5, 2 at 0, 31, 62, 93 and 124 px of a 124 px half. A label about 24 px wide centred at 124
    // would run 12 px past the edge; at 93 it ends 19 px inside it.
    const layout = layoutThemeChart([theme('a', 2, 1)], settings);
    expect(layout.ticks).toEqual([
      { value: 0, offset: 0, outer: false },
      { value: 0.5, offset: 31, outer: false },
      { value: 1, offset: 62, outer: false },
      { value: 1.5, offset: 93, outer: false },
      { value: 2, offset: 124, outer: true },
    ]);
  });

  it.each([
    { label: 'both', left: 1, right: 2, expected: 'both' },
    { label: 'left only', left: 1, right: 0, expected: 'left' },
    { label: 'right only', left: 0, right: 1, expected: 'right' },
    { label: 'neither', left: 0, right: 0, expected: null },
  ])('presence: $label', ({ left, right, expected }) => {
    expect(presenceOf(theme('x', left, right))).toBe(expected);
  });
});

describe('minimap layout', () => {
  it('merges ticks closer than the gap (worked example)', () => {
    const ticks = layoutMinimap(1000, 200, [
      { id: 'p2', kind: 'aligned', start: 52, end: 100 },
      { id: 'p1', kind: 'moved', start: 0, end: 50 },
    ]);
    expect(ticks).toEqual([{ y: 0, height: 20, start: 0, end: 100, kind: 'moved', phrase: 'p1' }]);
  });

  it('keeps distant phrases apart and makes one-character phrases visible', () => {
    const ticks = layoutMinimap(1000, 200, [
      { id: 'p1', kind: 'aligned', start: 0, end: 1 },
      { id: 'p2', kind: 'aligned', start: 500, end: 501 },
    ]);
    expect(ticks.map((tick) => [tick.y, tick.height])).toEqual([
      [0, 2],
      [100, 2],
    ]);
  });

  // Expected strings written from the ticks by hand: 1000 units, so a unit is 0.1 %.
  it.each([
    { label: 'no ticks', ticks: [], expected: 'none' },
    {
      label: 'one moved tick',
      ticks: [{ y: 10, height: 5, kind: 'moved' as const }],
      expected: 'linear-gradient(to bottom, transparent 1%, var(--moved-line) 1% 1.5%, transparent 1.5%)',
    },
    {
      label: 'two ticks, each its colour, at fractional units',
      ticks: [
        { y: 0, height: 3, kind: 'aligned' as const },
        { y: 212.4948, height: 8.2203, kind: 'moved' as const },
      ],
      expected:
        'linear-gradient(to bottom, transparent 0%, var(--aligned-line) 0% 0.3%, transparent 0.3%, ' +
        'transparent 21.249%, var(--moved-line) 21.249% 22.072%, transparent 22.072%)',
    },
  ])('draws the ticks as one gradient: $label', ({ ticks, expected }) => {
    expect(minimapGradient(ticks, 1000)).toBe(expected);
  });

  it('maps a click back to an offset, clamped', () => {
    expect(offsetAt(1000, 200, 100)).toBe(500);
    expect(offsetAt(1000, 200, 500)).toBe(1000);
    expect(offsetAt(1000, 200, -5)).toBe(0);
  });

  // The proportion is written out instead of d3-scale's scaleLinear (see src/view/minimap.ts): same
  // numbers, bit for bit, on a text length that does not divide the strip evenly.
  it('places ticks where a clamped d3 linear scale puts them', () => {
    const length = 7919;
    const y = scaleLinear().domain([0, length]).range([0, 1000]).clamp(true);
    const starts = [13, 977, 2600, 4000, 7900];
    const ticks = layoutMinimap(
      length,
      1000,
      starts.map((start, index) => ({ id: `p${index}`, kind: 'aligned', start, end: start + 40 })),
    );
    expect(ticks.map((tick) => tick.y)).toEqual(starts.map((start) => y(start)));
    const back = scaleLinear().domain([0, 1000]).range([0, length]).clamp(true);
    for (const point of [0, 1.5, 333.3, 999.9, 1200])
      expect(offsetAt(length, 1000, point)).toBe(Math.round(back(point)));
  });
});

/** The arcs of an SVG path, radius and end point: `A14,14,0,0,1,14,0` → { r: 14, to: [14, 0] }. */
function arcsOf(path: string): { r: number; to: [number, number] }[] {
  const number = '(-?[\\d.]+(?:e-?\\d+)?)';
  const arc = new RegExp(`A${number},${number},${number},([01]),([01]),${number},${number}`, 'g');
  return [...path.matchAll(arc)].map((m) => ({ r: Number(m[1]), to: [Number(m[6]), Number(m[7])] }));
}

describe('similarity gauge', () => {
  // Radius 14, thickness 4: the outer edge at 14, the inner at 10; angles run clockwise from 12 o'clock,
  // so a quarter ends at 3 o'clock (14, 0) and a half at 6 o'clock (0, 14). A whole ring is drawn as two
  // half circles per edge (one arc cannot end where it starts).
  const ring = [
    { r: 14, to: [0, 14] },
    { r: 14, to: [0, -14] },
    { r: 10, to: [0, 10] },
    { r: 10, to: [0, -10] },
  ];
  it.each([
    { label: 'zero draws no filled arc', similarity: 0, percent: 0, filled: [] },
    {
      label: 'a quarter: out to 3 o’clock, back on the inner edge',
      similarity: 0.25,
      percent: 25,
      filled: [
        { r: 14, to: [14, 0] },
        { r: 10, to: [0, -10] },
      ],
    },
    {
      label: 'a half: out to 6 o’clock',
      similarity: 0.5,
      percent: 50,
      filled: [
        { r: 14, to: [0, 14] },
        { r: 10, to: [0, -10] },
      ],
    },
    { label: 'over one is clamped to the whole ring', similarity: 1.7, percent: 100, filled: ring },
    { label: 'NaN counts as zero', similarity: Number.NaN, percent: 0, filled: [] },
  ])('$label', ({ similarity, percent, filled }) => {
    const gauge = gaugePaths(similarity, 14, 4);
    expect(gauge.percent).toBe(percent);
    expect(arcsOf(gauge.filled)).toEqual(filled);
    expect(arcsOf(gauge.track)).toEqual(ring);
  });

  // The ring is written out instead of drawn by d3-shape's arc (see src/view/similarityGauge.ts); the
  // page's rings must stay what arc drew, command for command.
  it.each([0.001, 0.07, 0.25, 0.333, 0.5, 0.5001, 0.75, 0.999, 1])(
    'writes d3-shape’s arc at %s',
    (similarity) => {
      const shape = arc<{ endAngle: number }>()
        .innerRadius(11)
        .outerRadius(15)
        .startAngle(0)
        .endAngle((d) => d.endAngle);
      const gauge = gaugePaths(similarity, 15, 4);
      expect(gauge.filled).toBe(shape({ endAngle: similarity * Math.PI * 2 }));
      expect(gauge.track).toBe(shape({ endAngle: Math.PI * 2 }));
    },
  );
});

describe('fitLabel', () => {
  it.each([
    {
      label: 'short label kept whole',
      text: 'Poverty alleviation',
      width: 132,
      expected: 'Poverty alleviation',
    },
    {
      label: 'long label cut with an ellipsis',
      text: 'Party leadership of the work',
      // 20 characters at 5.5 px; drawn at 10 px, "Party leadership of…" measures 97 px in Noto Sans CJK SC.
      width: 112,
      expected: 'Party leadership of…',
    },
  ])('$label', ({ text, width, expected }) => {
    expect(fitLabel(text, width)).toBe(expected);
  });
});
