/**
 * The ring in the gutter between two paired sections: similarity 0..1 as the filled part of a circle.
 * Paths are centred on (0, 0); the component translates them.
 *
 * Example: similarity 0.25, radius 14, thickness 4 → `filled` is a quarter ring from 12 o'clock to 3.
 *
 * The path is written here, not by d3-shape's `arc`: every gauge is drawn before the page is live, and
 * d3-shape ships as one file whose curve factories the bundler cannot drop, so `arc` alone cost 4 KB
 * gzip of that script for a ring with no corners and no padding. `ringPath` writes what `arc` writes
 * for such a ring, command for command (checked against d3-shape in tests/core/view-chart.test.ts).
 */

const TAU = Math.PI * 2;
const HALF_PI = Math.PI / 2;
/** d3-shape's tolerance: a ring this close to a whole turn is drawn as a whole circle. */
const EPSILON = 1e-12;

export interface Gauge {
  track: string;
  filled: string;
  /** Whole percent for the label. */
  percent: number;
}

export function gaugePaths(similarity: number, radius: number, thickness: number): Gauge {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(similarity) ? similarity : 0));
  const inner = radius - thickness;
  return {
    track: ringPath(inner, radius, TAU),
    filled: clamped > 0 ? ringPath(inner, radius, clamped * TAU) : '',
    percent: Math.round(clamped * 100),
  };
}

/** A number as d3-path writes it: at most 3 decimals (and `-0` as `0`). */
function svgNumber(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/**
 * The ring between radii `inner` < `outer`, clockwise from 12 o'clock through `angle` radians (0 < angle
 * ≤ 2π): out along the outer edge, back along the inner one.
 */
export function ringPath(inner: number, outer: number, angle: number): string {
  // Angles as d3 measures them for SVG: 0 at 3 o'clock, so 12 o'clock is −π/2.
  const start = -HALF_PI;
  const end = angle - HALF_PI;
  const at = (radius: number, at: number) =>
    `${svgNumber(radius * Math.cos(at))},${svgNumber(radius * Math.sin(at))}`;
  const opposite = (radius: number, at: number) =>
    `${svgNumber(-radius * Math.cos(at))},${svgNumber(-radius * Math.sin(at))}`;
  const r = (radius: number) => `${svgNumber(radius)},${svgNumber(radius)},0`;
  if (angle > TAU - EPSILON) {
    // One SVG arc cannot end where it starts, so each edge is two half circles.
    return (
      `M${at(outer, start)}A${r(outer)},1,1,${opposite(outer, start)}A${r(outer)},1,1,${at(outer, start)}` +
      `M${at(inner, end)}A${r(inner)},1,0,${opposite(inner, end)}A${r(inner)},1,0,${at(inner, end)}Z`
    );
  }
  const large = angle >= Math.PI ? 1 : 0;
  return (
    `M${at(outer, start)}A${r(outer)},${large},1,${at(outer, end)}` +
    `L${at(inner, end)}A${r(inner)},${large},0,${at(inner, start)}Z`
  );
}
