/**
 * The reading partition as a tree of UNITS, the way the aligner walks it: one unit per outline node
 * the sections show, holding the node's own sections (its head, or itself when it is a leaf at the cut)
 * and, one level down, its child nodes' units and its own tail sections (text after its last child).
 *
 * Built from the sections alone (`Section.node`, `Section.part`, src/core/structure/sections-at.ts):
 * for the level-2 cut of a work report
 *   L-task-1 (head of L-1) · L-task-1.1 · L-task-1.2 · L-task-1~2 (tail of L-1) · L-task-2 (whole)
 * gives
 *   unit L-1 { head: 0, children: [L-1.1 {head 1}, L-1.2 {head 2}, tail {head 3}] } · unit L-2 { head 4 }
 * Only tasks are units (opening, closing and annex pair by kind); a task with no node (text between
 * level-1 nodes) is a leaf unit of its own.
 */

import type { AlignSection } from './index';

export interface Unit {
  /** The outline node's id; null for a tail or a task without a node. */
  node: string | null;
  /** Index of the unit's own first section: the node's head, or the leaf itself; null if it has none. */
  head: number | null;
  /** Every section of the unit, its children's included, in text order. */
  sections: number[];
  /** Child nodes' units and the node's tails, in text order; empty for a leaf. */
  children: Unit[];
}

const newUnit = (node: string | null): Unit => ({ node, head: null, sections: [], children: [] });

/** The top-level units of one report's sections, in text order. */
export function unitsOf(sections: readonly AlignSection[]): Unit[] {
  const top: Unit[] = [];
  const byNode = new Map<string, Unit>();
  /** The unit of `node`, made with its ancestors on first sight (`L-3.2` under `L-3`). */
  const unitOf = (node: string): Unit => {
    let unit = byNode.get(node);
    if (unit) return unit;
    unit = newUnit(node);
    byNode.set(node, unit);
    const dot = node.lastIndexOf('.');
    if (dot < 0) top.push(unit);
    else unitOf(node.slice(0, dot)).children.push(unit);
    return unit;
  };
  sections.forEach((section, i) => {
    if (section.kind !== 'task') return;
    if (section.node === undefined) {
      top.push({ ...newUnit(null), head: i, sections: [i] });
      return;
    }
    const unit = unitOf(section.node);
    if (section.part === 'tail') unit.children.push({ ...newUnit(null), head: i, sections: [i] });
    else unit.head ??= i;
  });
  for (const unit of top) collect(unit);
  return top;
}

/** Fills `sections` bottom-up and puts children in text order. */
function collect(unit: Unit): number[] {
  for (const child of unit.children) collect(child);
  inTextOrder(unit.children);
  const all = unit.head === null ? [] : [unit.head];
  for (const child of unit.children) all.push(...child.sections);
  unit.sections = all.sort((a, b) => a - b);
  return unit.sections;
}

/** Sorts units in place by where they start in the text (their head, else their first section), and returns them. */
export function inTextOrder(units: Unit[]): Unit[] {
  return units.sort((a, b) => first(a) - first(b));
}

function first(unit: Unit): number {
  return unit.head ?? unit.sections[0] ?? Infinity;
}
