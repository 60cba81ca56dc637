/**
 * Sibling units read as the LISTS they form. A chapter reviewing the year may hold the year's
 * `（一）…（六）` items, then a run of `——这五年，…` points, then `必须…` lessons: three lists, which the
 * aligner pairs list with list before pairing their items (`./index`, `pairChildren`). A new list
 * starts where the outline style changes or the numbering starts again; units with no outline node
 * (the tail text after a frame's last item) belong to no list.
 *
 * Example: children styled paren 1, 2, 3 · topic-run 1, 2 · paren 1, 2 · a tail
 *   → lists [[(一), (二), (三)], [——1, ——2], [(一), (二)]], rest [tail].
 */
import type { OutlineNode } from '../types';
import type { Unit } from './units';

export interface Lists {
  lists: Unit[][];
  rest: Unit[];
}

export function listsOf(
  units: readonly Unit[],
  nodes: ReadonlyMap<string, Pick<OutlineNode, 'style' | 'ordinal'>>,
): Lists {
  const lists: Unit[][] = [];
  const rest: Unit[] = [];
  let previous: Pick<OutlineNode, 'style' | 'ordinal'> | undefined;
  for (const unit of units) {
    const node = unit.node === null ? undefined : nodes.get(unit.node);
    if (!node) {
      rest.push(unit);
      continue;
    }
    if (!previous || node.style !== previous.style || node.ordinal <= previous.ordinal) lists.push([]);
    lists[lists.length - 1]!.push(unit);
    previous = node;
  }
  return { lists, rest };
}
