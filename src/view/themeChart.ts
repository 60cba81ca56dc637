/**
 * Geometry of the theme overlap chart: a butterfly (diverging) bar chart. Each theme with at least one
 * mention is a row; the left report's rate (mentions per 1,000 Han characters) grows leftwards from the
 * centre label column, the right report's rightwards, both on ONE shared x scale so lengths compare.
 *
 * Rows are ordered: themes in both reports first, then left-only, then right-only; within a group by
 * combined rate, highest first. Pure maths (d3-array's nice domain and ticks, d3-scale's bands); the
 * Svelte component draws the returned numbers.
 *
 * The x scale is d3-array's `nice` extent and `ticks` with the division written out, not d3-scale's
 * `scaleLinear`: that one brings its interpolators, colour parser and number formatter (d3-interpolate,
 * d3-color, d3-format: about 8 KB gzip) into the script the page needs before it is live, to divide a rate
 * by the top of the domain. Same maths, same numbers: `nice` and `ticks` are what `scaleLinear().nice()`
 * and `.ticks()` call, and a linear map of [0, top] onto [0, half] is half · value / top.
 *
 * Example: width 360, label column 112, one theme left 2.0 / right 1.0 per 1,000 →
 *   half = (360 − 112) / 2 = 124; nice domain [0, 2]; x(value) = 124 · value / 2;
 *   left bar spans x 0+124−124 = 0 … 124, right bar spans 236 … 298.
 */
import { nice, ticks } from 'd3-array';
import { scaleBand } from 'd3-scale';
import type { ThemeRow } from '../core/types';

/** Which reports mention a theme (drawn as `data-coverage`, the DOM contract's older name). */
export type ThemePresence = 'both' | 'left' | 'right';

export interface ThemeBar {
  key: string;
  row: ThemeRow;
  presence: ThemePresence;
  y: number;
  height: number;
  /** Left bar: from `leftX` to the centre column's left edge. Width 0 when the left report lacks it. */
  leftX: number;
  leftWidth: number;
  /** Right bar: from the centre column's right edge. */
  rightX: number;
  rightWidth: number;
}

export interface ThemeChartLayout {
  width: number;
  height: number;
  bars: ThemeBar[];
  /** Edges of the label column in the middle. */
  centreLeft: number;
  centreRight: number;
  /**
   * Tick values with their distance from the centre edges, for gridlines on both halves. `outer`: the
   * value's label, centred on its gridline, would run past the chart's outer edge (the top of a nice
   * domain sits on it), so it is drawn inside the gridline instead.
   */
  ticks: { value: number; offset: number; outer: boolean }[];
}

export interface ThemeChartSettings {
  /** Total width, in CSS pixels. */
  width: number;
  /** Middle column for the zh/en labels, in CSS pixels. */
  labelWidth: number;
  /** Height of one theme row, in CSS pixels. */
  rowHeight: number;
  /** Space above the first row (for the axis labels), in CSS pixels. */
  top: number;
}

const ORDER: Record<ThemePresence, number> = { both: 0, left: 1, right: 2 };

export function presenceOf(row: ThemeRow): ThemePresence | null {
  if (row.left.count > 0 && row.right.count > 0) return 'both';
  if (row.left.count > 0) return 'left';
  if (row.right.count > 0) return 'right';
  return null;
}

export function layoutThemeChart(
  themes: readonly ThemeRow[],
  settings: ThemeChartSettings,
): ThemeChartLayout {
  const { width, labelWidth, rowHeight, top } = settings;
  const present = themes
    .flatMap((row) => {
      const presence = presenceOf(row);
      return presence ? [{ row, presence }] : [];
    })
    .sort(
      (a, b) =>
        ORDER[a.presence] - ORDER[b.presence] ||
        b.row.left.per1000 + b.row.right.per1000 - (a.row.left.per1000 + a.row.right.per1000) ||
        a.row.theme.localeCompare(b.row.theme),
    );

  const half = Math.max(0, (width - labelWidth) / 2);
  const centreLeft = half;
  const centreRight = half + labelWidth;
  const rawMax = Math.max(0, ...present.flatMap(({ row }) => [row.left.per1000, row.right.per1000]));
  const [, domainMax] = nice(0, rawMax > 0 ? rawMax : 1, 4);
  const x = (value: number) => half * (value / domainMax);
  const height = top + present.length * rowHeight;
  const y = scaleBand<string>()
    .domain(present.map(({ row }) => row.theme))
    .range([top, height])
    .paddingInner(0.28)
    .paddingOuter(0.14);

  const bars = present.map(({ row, presence }) => {
    const leftWidth = x(row.left.per1000);
    const rightWidth = x(row.right.per1000);
    return {
      key: row.theme,
      row,
      presence,
      y: y(row.theme) ?? top,
      height: y.bandwidth(),
      leftX: centreLeft - leftWidth,
      leftWidth,
      rightX: centreRight,
      rightWidth,
    };
  });
  const gridlines = ticks(0, domainMax, 3).map((value) => {
    const offset = x(value);
    return { value, offset, outer: offset + TICK_LABEL_HALF > half };
  });
  return { width, height, bars, centreLeft, centreRight, ticks: gridlines };
}

/** Half the width of the widest tick label (`0.25`, `100` in the 10 px figures), in CSS pixels. */
const TICK_LABEL_HALF = 12;

/**
 * Average advance of a Latin character of the 10 px English labels, in CSS pixels, with a margin: the
 * 5.2 kept for the former 9.5 px labels (measured ~5.1), scaled to 10 px.
 */
const LATIN_ADVANCE = 5.5;

/** The English label, cut with an ellipsis so it fits `width` pixels (the full label is in the tooltip). */
export function fitLabel(label: string, width: number): string {
  const max = Math.max(4, Math.floor(width / LATIN_ADVANCE));
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}
