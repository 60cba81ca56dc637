/**
 * From candidate lists to one consistent outline: the lists that fit together, nested by containment.
 *
 * Lists are taken in decreasing score. A list is kept when, against every node already kept, it is
 * apart from it, wholly inside it (and not starting where it starts), or holds it wholly inside one of
 * its own items; a list that would cut across a kept node is dropped. So `一、` chapters, taken first,
 * decide where `一是` chains may lie, and a chain that would run from one chapter into the next is
 * not kept. An item left `open` (`./candidate`) reaches to the end of the smallest kept node around
 * it, or to `regionEnd` (the closing, annex or end of the body).
 *
 * Then the nodes nest by containment: a node's parent is the smallest node holding it, its level one
 * more than its parent's. Example: chapters `一、…三、` (level 1), `（一）…（十）` inside chapter 三
 * (level 2), paragraph headings inside `（一）` (level 3). Quadratic in the number of kept nodes at
 * worst (a few hundred in a 30,000-character report); each list is checked against the kept nodes
 * near it only.
 */

import type { OutlineStyle } from '../types';
import type { Candidate } from './candidate';

export interface TreeNode {
  start: number;
  labelFrom: number;
  end: number;
  style: OutlineStyle;
  ordinal: number;
  /** Index of the parent in the returned array; -1 at level 1. */
  parent: number;
  level: number;
}

interface Kept {
  start: number;
  end: number;
}

/** Kept nodes sorted by start, for the checks (a flat sorted array is enough at these sizes). */
class KeptIndex {
  readonly nodes: Kept[] = [];

  /** The smallest kept node with start < at < end (strictly inside it). */
  container(at: number): Kept | null {
    let best: Kept | null = null;
    for (const n of this.nodes) {
      if (n.start >= at) break;
      if (at < n.end && (best === null || n.end - n.start < best.end - best.start)) best = n;
    }
    return best;
  }

  add(node: Kept): void {
    let i = this.nodes.length;
    while (i > 0 && this.nodes[i - 1]!.start > node.start) i--;
    this.nodes.splice(i, 0, node);
  }
}

function fits(items: readonly Kept[], kept: KeptIndex): boolean {
  const first = items[0]!;
  const last = items.at(-1)!;
  // Kept nodes overlapping the list, in plain loops: a generator and a closure per node made garbage
  // for every candidate against every kept node (4–9 MB of the ~110 MB a compare() of 100k characters
  // a side allocates).
  const nodes = kept.nodes;
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k]!;
    if (node.start >= last.end) break;
    if (node.end <= first.start) continue;
    // The list inside this node: fine unless it starts where the node starts.
    if (node.start <= first.start && last.end <= node.end) {
      if (node.start === first.start) return false;
      continue;
    }
    // This node inside one item of the list, not at its start.
    let holder = false;
    for (let i = 0; i < items.length && !holder; i++)
      holder = items[i]!.start < node.start && node.end <= items[i]!.end;
    if (!holder) return false;
  }
  return true;
}

/**
 * The most items a list may have. Numbered markers stop at 99; an unnumbered "list" longer than that
 * is a text repeating itself (pasted twice, generated), not an outline a reader could use.
 */
const MAX_ITEMS = 99;

export function buildTree(candidates: readonly Candidate[], regionEnd: number): TreeNode[] {
  const kept = new KeptIndex();
  const chosen: { items: (Kept & { labelFrom: number; ordinal: number; style: OutlineStyle })[] }[] = [];
  const order = [...candidates].sort((a, b) => b.score - a.score || a.items[0]!.start - b.items[0]!.start);
  for (const candidate of order) {
    if (candidate.items.length > MAX_ITEMS) continue;
    const container = kept.container(candidate.items[0]!.start);
    const limit = container ? container.end : regionEnd;
    const items = candidate.items.map((it) => ({
      start: it.start,
      labelFrom: it.labelFrom,
      ordinal: it.ordinal,
      style: it.style ?? candidate.style,
      end: it.open ? limit : Math.min(it.end, limit),
    }));
    if (items.some((it) => it.end <= it.start)) continue;
    if (!fits(items, kept)) continue;
    for (const it of items) kept.add(it);
    chosen.push({ items });
  }

  const flat = chosen.flatMap(({ items }) => items);
  flat.sort((a, b) => a.start - b.start || b.end - a.end);
  const nodes: TreeNode[] = [];
  const stack: number[] = [];
  for (const n of flat) {
    while (stack.length > 0 && nodes[stack.at(-1)!]!.end <= n.start) stack.pop();
    const parent = stack.at(-1) ?? -1;
    const parentNode = nodes[parent];
    const end = parentNode ? Math.min(n.end, parentNode.end) : n.end;
    // Fields named, not spread (V8's generic object copy, at every node).
    nodes.push({
      start: n.start,
      labelFrom: n.labelFrom,
      end,
      style: n.style,
      ordinal: n.ordinal,
      parent,
      level: parentNode ? parentNode.level + 1 : 1,
    });
    stack.push(nodes.length - 1);
  }
  return nodes;
}
