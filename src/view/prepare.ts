/**
 * What the page draws a comparison from, built once per comparison and, for a new one, ahead of the
 * flush that draws it, each in a task of its own (`prepareView`). For two million-character reports
 * the reading model (pieces and their widths over every line of both texts), the range indexes of the
 * phrases and glosses and the minimap ticks took 260 ms of the flush that swapped the comparison in;
 * each alone fits in a task well under the 200 ms a task may take.
 *
 *   const comparison = await prepareView(await client.run(…), afterATask);  // four tasks, then drawn
 *   readingModelOf(comparison)                                              // already built: no work
 *
 * Each `…Of` keeps its value per comparison object (a WeakMap): a comparison is never changed after it
 * is made, and is dropped with it.
 */
import type { Comparison, Range, Side } from '../core/types';
import { layoutMinimap, MINIMAP, type MinimapTick } from './minimap';
import { RangeIndex } from './rangeIndex';
import { buildReadingModel, type ReadingModel } from './readingModel';

/** A shared phrase as one column marks it: its range on that side, with its id and kind. */
export interface PhraseMark extends Range {
  id: string;
  kind: Comparison['phrases'][number]['kind'];
}

/** `build`, kept per comparison; `has` says whether it is built for one already. */
type Memo<T> = ((comparison: Comparison) => T) & { has(comparison: Comparison): boolean };

function memo<T>(build: (comparison: Comparison) => T): Memo<T> {
  const built = new WeakMap<Comparison, T>();
  const get = (comparison: Comparison) => {
    if (built.has(comparison)) return built.get(comparison)!;
    const value = build(comparison);
    built.set(comparison, value);
    return value;
  };
  return Object.assign(get, { has: (comparison: Comparison) => built.has(comparison) });
}

type BothSides<T> = Record<Side, T>;

export const readingModelOf: Memo<ReadingModel> = memo(buildReadingModel);

/** Each column's shared phrases, indexed by range. */
export const phraseMarksOf: Memo<BothSides<RangeIndex<PhraseMark>>> = memo((comparison) => {
  const side = (side: Side) =>
    new RangeIndex<PhraseMark>(
      comparison.phrases.map((phrase) => ({ id: phrase.id, kind: phrase.kind, ...phrase[side] })),
    );
  return { left: side('left'), right: side('right') };
});

/** Each column's pinyin glosses, indexed by range. */
export const glossMarksOf: Memo<BothSides<RangeIndex<Range>>> = memo((comparison) => ({
  left: new RangeIndex(comparison.left.glosses),
  right: new RangeIndex(comparison.right.glosses),
}));

/** Each column's minimap ticks (src/view/minimap.ts, in the strip's units). */
export const minimapOf: Memo<BothSides<MinimapTick[]>> = memo((comparison) => {
  const side = (side: Side) =>
    layoutMinimap(
      comparison[side].text.length,
      MINIMAP.units,
      comparison.phrases.map((phrase) => ({ id: phrase.id, kind: phrase.kind, ...phrase[side] })),
      MINIMAP.mergeGap,
      MINIMAP.minTick,
    );
  return { left: side('left'), right: side('right') };
});

/** Builds all of the above for `comparison`, `pause` (a task boundary) after each; resolves to it. */
export async function prepareView(comparison: Comparison, pause: () => Promise<void>): Promise<Comparison> {
  for (const build of [readingModelOf, phraseMarksOf, glossMarksOf, minimapOf]) {
    build(comparison);
    await pause();
  }
  return comparison;
}
