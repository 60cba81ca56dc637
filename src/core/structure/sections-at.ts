/**
 * The reading partition of a report cut from its outline at one level (the `Section` contract in
 * src/core/types.ts): what the viewer draws as rows and what alignment pairs.
 *
 *   sectionsAt({ outline, parts }, 'L', 2)
 *
 * For an outline `L-1 { L-1.1, L-1.2 }`, `L-2` (no children) and parts opening/closing, level 2 gives
 *   L-opening · L-task-1 (head: `一、…` up to `（一）`) · L-task-1.1 · L-task-1.2 · L-task-2 (whole) ·
 *   L-closing
 * and level 1 gives L-opening · L-task-1 · L-task-2 · L-closing. Any level past the deepest node gives
 * every leaf whole. Sections are sorted and never overlap; text between them holds only whitespace as
 * long as the outline's ranges follow the contract (children inside parents, parts around the outline).
 * Linear in the number of nodes.
 */

import type { OutlineNode, Range, ReportParts, Section } from '../types';

export interface OutlineSource {
  outline: readonly OutlineNode[];
  parts: ReportParts;
}

const NO_NODES: ReadonlySet<string> = new Set();

const PART_LABELS = { opening: '开头', closing: '结尾', annex: '附件' } as const;

/** `L-3.2` → `L-task-3.2`: the section id of a node (its whole or its head). */
export function sectionIdOf(node: Pick<OutlineNode, 'id'>): string {
  const dash = node.id.indexOf('-');
  return `${node.id.slice(0, dash)}-task-${node.id.slice(dash + 1)}`;
}

export function sectionsAt(
  source: OutlineSource,
  side: 'L' | 'R',
  level: number,
  open: ReadonlySet<string> = NO_NODES,
): Section[] {
  const { outline, parts } = source;
  const byId = new Map(outline.map((n) => [n.id, n]));
  const sections: Section[] = [];
  /** `section` is a fresh object of the caller's: set in place, not spread into a copy (V8's generic copy). */
  const push = (section: Section) => {
    // Guard against a malformed outline: never overlap, never empty.
    const start = Math.max(section.start, sections.at(-1)?.end ?? 0);
    if (section.end <= start) return;
    section.start = start;
    sections.push(section);
  };
  const part = (kind: 'opening' | 'closing' | 'annex', r: Range | null) => {
    if (r)
      push({ id: `${side}-${kind}`, kind, label: PART_LABELS[kind], level: 1, start: r.start, end: r.end });
  };
  /** A task section; `parent` only when the node has one (two literals, not a spread of `{ parent }`). */
  const task = (node: OutlineNode, part: 'whole' | 'head' | 'tail', start: number, end: number): Section => {
    const id = sectionIdOf(node);
    const label = node.label || node.marker;
    const { ordinal, marker, level } = node;
    const parentNode = node.parent === null ? undefined : byId.get(node.parent);
    if (!parentNode)
      return { id, kind: 'task', label, ordinal, marker, level, node: node.id, part, start, end };
    const parent = sectionIdOf(parentNode);
    return { id, kind: 'task', label, ordinal, marker, level, parent, node: node.id, part, start, end };
  };

  /** Sections for sibling `nodes` and for their parent's own text after each of them. */
  const walk = (nodes: readonly OutlineNode[], parent: OutlineNode | null, parentEnd: number) => {
    nodes.forEach((node, i) => {
      const children = node.children.map((id) => byId.get(id)).filter((c) => c !== undefined);
      if ((node.level >= level && !open.has(node.id)) || children.length === 0) {
        push(task(node, 'whole', node.start, node.end));
      } else {
        push(task(node, 'head', node.start, children[0]!.start));
        walk(children, node, node.end);
      }
      const until = nodes[i + 1]?.start ?? parentEnd;
      if (until <= node.end) return;
      if (parent) {
        const tail = task(parent, 'tail', node.end, until);
        tail.id = `${sectionIdOf(parent)}~${i + 1}`;
        push(tail);
      } else {
        // Body text after a level-1 node that no node holds: its own section, attached to no node.
        push({
          id: `${side}-task~${i + 1}`,
          kind: 'task',
          label: '',
          level: 1,
          part: 'tail',
          start: node.end,
          end: until,
        });
      }
    });
  };

  part('opening', parts.opening);
  const bodyRest = parts.closing?.start ?? parts.annex?.start ?? parts.body?.end ?? 0;
  walk(
    outline.filter((n) => n.parent === null),
    null,
    bodyRest,
  );
  part('closing', parts.closing);
  part('annex', parts.annex);
  return sections;
}
