/**
 * The outline contract (src/core/types.ts `OutlineNode`, `ReportParts`, `Section`) as assertions, shared
 * by the property tests and the corpus checks: a tree in text order, children inside their parent,
 * siblings apart, parts in order around it, and every level's reading partition sorted and disjoint.
 */
import { expect } from 'vitest';
import { sectionsAt } from '../../src/core/structure';
import type { OutlineNode, Range, ReportParts, Section } from '../../src/core/types';

const within = (inner: Range, outer: Range) => outer.start <= inner.start && inner.end <= outer.end;

export function expectOutlineContract(
  outline: readonly OutlineNode[],
  parts: ReportParts,
  side: 'L' | 'R',
  textLength: number,
): void {
  const byId = new Map(outline.map((n) => [n.id, n]));
  expect(byId.size, 'node ids are unique').toBe(outline.length);
  outline.forEach((node, i) => {
    expect(node.start, `${node.id} is not empty`).toBeLessThan(node.end);
    expect(node.end).toBeLessThanOrEqual(textLength);
    if (i > 0) expect(node.start, `${node.id} in text order`).toBeGreaterThan(outline[i - 1]!.start);
    expect(node.id.startsWith(`${side}-`)).toBe(true);
    expect(node.ordinal).toBeGreaterThanOrEqual(1);
    const parent = node.parent === null ? undefined : byId.get(node.parent);
    if (node.parent === null) expect(node.level).toBe(1);
    else {
      expect(parent, `${node.id}'s parent exists`).toBeDefined();
      expect(node.level).toBe(parent!.level + 1);
      expect(within(node, parent!), `${node.id} inside ${parent!.id}`).toBe(true);
      expect(parent!.children).toContain(node.id);
    }
    node.children.forEach((id, k) => {
      const child = byId.get(id);
      expect(child?.parent, `${id} names ${node.id} as parent`).toBe(node.id);
      const next = byId.get(node.children[k + 1] ?? '');
      if (child && next)
        expect(child.end, `${id} ends before its next sibling`).toBeLessThanOrEqual(next.start);
    });
  });
  const roots = outline.filter((n) => n.parent === null);
  roots.forEach((r, k) => {
    if (k > 0) expect(r.start).toBeGreaterThanOrEqual(roots[k - 1]!.end);
  });

  const ordered = [parts.opening, ...roots, parts.closing, parts.annex].filter((r): r is Range => r !== null);
  ordered.forEach((r, k) => {
    if (k > 0) expect(r.start, 'parts and roots in order').toBeGreaterThanOrEqual(ordered[k - 1]!.end);
    if (parts.body) expect(within(r, parts.body), 'inside the body').toBe(true);
  });

  const depth = Math.max(1, ...outline.map((n) => n.level));
  for (let level = 1; level <= depth + 1; level++)
    expectPartition(sectionsAt({ outline, parts }, side, level));
}

export function expectPartition(sections: readonly Section[]): void {
  expect(new Set(sections.map((s) => s.id)).size, 'section ids are unique').toBe(sections.length);
  const ids = new Set(sections.map((s) => s.id));
  sections.forEach((s, i) => {
    expect(s.start).toBeLessThan(s.end);
    if (i > 0)
      expect(s.start, `${s.id} after ${sections[i - 1]!.id}`).toBeGreaterThanOrEqual(sections[i - 1]!.end);
    if (s.parent !== undefined)
      expect(ids.has(s.parent), `${s.id}'s parent section ${s.parent} exists`).toBe(true);
  });
}
