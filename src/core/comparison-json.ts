/**
 * A `Comparison` as compact JSON, so a comparison computed ahead of time (the sample, when the site is
 * built) ships as data and the page draws it without running the engine.
 *
 * Plain JSON everywhere except the offset maps: `normStart` rises by 1 almost everywhere and
 * `normEnd − normStart` is almost always 1, so each is written as runs of differences,
 * `"<difference>*<count>"` joined by commas (a count of 1 is left out). The original texts can be left
 * out (`texts: 'omit'`) when the page already holds them, and are given back to `comparisonFromJson`.
 *
 * Example: normStart [0, 1, 2, 9, 10], normEnd [1, 2, 9, 10, 11]
 *   → { "$offsets": ["0,1*2,7,1", "1*2,7,1*2"] }
 *   (starts: 0, then +1 twice, +7, +1; lengths: 1, 1, 7, 1, 1)
 */
import type { Comparison, OffsetMap, Report } from './types';

interface PackedOffsets {
  $offsets: [starts: string, lengths: string];
}

export interface ComparisonJsonOptions {
  /** Leave the two original texts out (`text: null`); the reader passes them back. Default: keep. */
  texts?: 'keep' | 'omit';
}

export function comparisonToJson(comparison: Comparison, options: ComparisonJsonOptions = {}): string {
  const side = (report: Report) => ({
    ...report,
    text: options.texts === 'omit' ? null : report.text,
    map: packOffsets(report.map),
  });
  return JSON.stringify({ ...comparison, left: side(comparison.left), right: side(comparison.right) });
}

/** The inverse of `comparisonToJson`; `texts` fills in texts that were left out. */
export function comparisonFromJson(json: string, texts?: { left: string; right: string }): Comparison {
  const parsed = JSON.parse(json) as Comparison;
  for (const key of ['left', 'right'] as const) {
    const report = parsed[key] as Omit<Report, 'map' | 'text'> & { map: unknown; text: string | null };
    report.map = unpackOffsets(report.map as PackedOffsets);
    if (report.text === null) {
      if (!texts) throw new Error(`comparisonFromJson: the ${key} text was left out and not given back`);
      report.text = texts[key];
    }
  }
  return parsed;
}

function packOffsets(map: OffsetMap): PackedOffsets {
  const lengths = new Int32Array(map.normStart.length);
  for (let i = 0; i < lengths.length; i++) lengths[i] = map.normEnd[i]! - map.normStart[i]!;
  return { $offsets: [runsOf(map.normStart, true), runsOf(lengths, false)] };
}

function unpackOffsets(packed: PackedOffsets): OffsetMap {
  const normStart = valuesOf(packed.$offsets[0], true);
  const lengths = valuesOf(packed.$offsets[1], false);
  const normEnd = new Int32Array(normStart.length);
  for (let i = 0; i < normEnd.length; i++) normEnd[i] = normStart[i]! + lengths[i]!;
  return { normStart, normEnd };
}

/** Runs of equal values (of successive differences when `delta`): `"v*n"` per run, `"v"` for n = 1. */
function runsOf(values: Int32Array, delta: boolean): string {
  const runs: string[] = [];
  let previous = 0;
  let run = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const value = delta ? values[i]! - previous : values[i]!;
    previous = values[i]!;
    if (count > 0 && value === run) {
      count++;
      continue;
    }
    if (count > 0) runs.push(count === 1 ? `${run}` : `${run}*${count}`);
    run = value;
    count = 1;
  }
  if (count > 0) runs.push(count === 1 ? `${run}` : `${run}*${count}`);
  return runs.join(',');
}

function valuesOf(runs: string, delta: boolean): Int32Array {
  const out: number[] = [];
  let previous = 0;
  if (runs === '') return new Int32Array(0);
  for (const part of runs.split(',')) {
    const star = part.indexOf('*');
    const value = Number(star < 0 ? part : part.slice(0, star));
    const count = star < 0 ? 1 : Number(part.slice(star + 1));
    for (let k = 0; k < count; k++) {
      previous = delta ? previous + value : value;
      out.push(previous);
    }
  }
  return Int32Array.from(out);
}
