/**
 * The ring in the gutter between two paired sections: similarity 0..1 as the filled part of a circle
 * (d3-shape arc). Paths are centred on (0, 0); the component translates them.
 *
 * Example: similarity 0.25, radius 14, thickness 4 → `filled` is a quarter ring from 12 o'clock to 3.
 */
import { arc } from 'd3-shape';
import { scaleLinear } from 'd3-scale';

const TAU = Math.PI * 2;

export interface Gauge {
  track: string;
  filled: string;
  /** Whole percent for the label. */
  percent: number;
}

export function gaugePaths(similarity: number, radius: number, thickness: number): Gauge {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(similarity) ? similarity : 0));
  const angle = scaleLinear().domain([0, 1]).range([0, TAU]);
  const shape = arc<{ endAngle: number }>()
    .innerRadius(radius - thickness)
    .outerRadius(radius)
    .startAngle(0)
    .endAngle((d) => d.endAngle);
  return {
    track: shape({ endAngle: TAU }) ?? '',
    filled: clamped > 0 ? (shape({ endAngle: angle(clamped) }) ?? '') : '',
    percent: Math.round(clamped * 100),
  };
}
