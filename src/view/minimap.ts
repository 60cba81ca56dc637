/**
 * Geometry of the overview strip beside each column: the whole original text scaled to the strip's
 * height, with a tick wherever shared phrasing lies. Ticks closer than `mergeGap` are merged so a long
 * report draws tens of ticks, not thousands (all of them one gradient: `minimapGradient`).
 *
 * Example: text length 1000, height 200, phrases at 0..50 and 52..100 (gap 0.4 px < 1.5) →
 *   one tick { y: 0, height: 20, start: 0, end: 100 }
 *
 * Offsets map to the strip by a clamped proportion written out (`clampedLinear`), not d3-scale's
 * `scaleLinear`: the strip is drawn before the page is live, and that scale brings d3's interpolators,
 * colour parser and number formatter (about 8 KB gzip) with it.
 */
import type { PhraseKind } from '../core/types';

export interface MinimapTick {
  y: number;
  height: number;
  /** Original offsets covered (first start, last end), to scroll to on click. */
  start: number;
  end: number;
  /** The kind of the first phrase in the tick, for its colour. */
  kind: PhraseKind;
  /** Id of the first phrase in the tick. */
  phrase: string;
}

/**
 * The strip as the page lays it out: a fixed number of units, not pixels (the strip stretches to its
 * height with CSS, so the ticks are the same in the prerendered page and never re-laid out on resize;
 * 1,000 units is about 1.4 units a pixel on a laptop screen), ticks merged across 3 units, 3 at least.
 */
export const MINIMAP = { units: 1000, mergeGap: 3, minTick: 3 } as const;

export interface MinimapInput {
  id: string;
  kind: PhraseKind;
  start: number;
  end: number;
}

/**
 * `height`, `mergeGap` and `minTick` share one unit (CSS pixels by default; the component lays the strip
 * out in fixed units it stretches). Ticks are at least `minTick` tall, so one-character phrases stay
 * visible.
 */
export function layoutMinimap(
  textLength: number,
  height: number,
  phrases: readonly MinimapInput[],
  mergeGap = 1.5,
  minTick = 2,
): MinimapTick[] {
  const y = clampedLinear(Math.max(1, textLength), height);
  const sorted = [...phrases].sort((a, b) => a.start - b.start);
  const ticks: MinimapTick[] = [];
  for (const phrase of sorted) {
    const top = y(phrase.start);
    const bottom = Math.max(y(phrase.end), top + minTick);
    const last = ticks.at(-1);
    if (last && top - (last.y + last.height) <= mergeGap) {
      last.height = Math.max(last.height, bottom - last.y);
      last.end = Math.max(last.end, phrase.end);
    } else {
      ticks.push({
        y: top,
        height: bottom - top,
        start: phrase.start,
        end: phrase.end,
        kind: phrase.kind,
        phrase: phrase.id,
      });
    }
  }
  return ticks;
}

/** The original offset under a point of the strip (for clicks between ticks). */
export function offsetAt(textLength: number, height: number, pointY: number): number {
  const y = clampedLinear(height, textLength);
  return Math.round(y(pointY));
}

/**
 * [0, domainMax] onto [0, rangeMax], values outside the domain clamped to its ends: what d3-scale's
 * `scaleLinear().domain([0, domainMax]).range([0, rangeMax]).clamp(true)` computes, in the same order
 * (clamp, divide, multiply), so the ticks are the same to the last bit. `domainMax` must be > 0.
 */
function clampedLinear(domainMax: number, rangeMax: number): (value: number) => number {
  return (value) => rangeMax * (Math.min(domainMax, Math.max(0, value)) / domainMax);
}

/** The colour of each kind of tick, as CSS (custom properties of the page's theme). */
const TICK_COLOUR: Record<PhraseKind, string> = {
  aligned: 'var(--aligned-line)',
  moved: 'var(--moved-line)',
};

/**
 * The strip's ticks as one CSS gradient down the strip (`units` tall), with hard stops: one element and
 * one drawing operation for the whole strip, where an SVG `<rect>` a tick was 44 elements a side in the
 * sample's first frame to style, lay out and paint. Positions are percentages of the strip's height,
 * rounded to 0.001 %; overlapping ticks (merged ticks never overlap) would draw the later one.
 *
 *   minimapGradient([{ y: 10, height: 5, kind: 'moved', … }], 1000)
 *   → 'linear-gradient(to bottom, transparent 1%, var(--moved-line) 1% 1.5%, transparent 1.5%)'
 *   minimapGradient([], 1000) → 'none'
 */
export function minimapGradient(
  ticks: readonly Pick<MinimapTick, 'y' | 'height' | 'kind'>[],
  units: number,
): string {
  if (ticks.length === 0) return 'none';
  const stops = ticks.map((tick) => {
    const top = stripPercent(tick.y, units);
    const bottom = stripPercent(tick.y + tick.height, units);
    return `transparent ${top}, ${TICK_COLOUR[tick.kind]} ${top} ${bottom}, transparent ${bottom}`;
  });
  return `linear-gradient(to bottom, ${stops.join(', ')})`;
}

/** A place on the strip (`units` tall) as a CSS percentage of its height, rounded to 0.001 %. */
export function stripPercent(value: number, units: number): string {
  return `${Math.round((value / units) * 100_000) / 1000}%`;
}
