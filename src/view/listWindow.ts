/**
 * The stretch of a scrolled list to draw: the items that cover the view widened by a margin above and
 * below, and the heights of the two spacers that stand in for the items left out. Heights come from a
 * `HeightIndex` (estimates, replaced by measurements as items are drawn), positions are pixels of list
 * (0 at its top), and both ends are inclusive: an item that starts right at the widened view's bottom
 * edge is drawn.
 *
 * Example: five items of 100 px, scrolled to 250, a 100 px view, no margin → the view covers 250–350:
 *          { first: 2, last: 3, top: 200, bottom: 100 } (items 0–1 above, item 4 below).
 */
import type { HeightIndex } from './heightIndex';

export interface ListWindow {
  /** Index of the first and of the last item drawn; `last` is -1 for an empty list. */
  first: number;
  last: number;
  /** Heights of the items before `first` and after `last`, in pixels. */
  top: number;
  bottom: number;
}

export function listWindow(
  heights: HeightIndex,
  scrollTop: number,
  viewHeight: number,
  margin: number,
): ListWindow {
  if (heights.length === 0) return { first: 0, last: -1, top: 0, bottom: 0 };
  const first = heights.indexAt(Math.max(0, scrollTop - margin));
  const last = heights.indexAt(scrollTop + viewHeight + margin);
  return { first, last, top: heights.top(first), bottom: heights.total - heights.top(last + 1) };
}
