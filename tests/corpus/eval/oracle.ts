/**
 * A document's LABELLED structure in the engine's shape (`OutlineNode[]`, `ReportParts`), so pairing
 * can be measured on structure that is right: `npm run eval` reports pair agreement both on the
 * engine's own structure and on this one, which tells a pairing error from a structure error.
 *
 * Node ids are the side and the label key (`L-3.1`, the keys of tests/corpus/README.md), so the
 * sections cut from this outline (`sectionsAt`) are named as the labels name their units. Ranges: a
 * node from its quote to its stop; the opening from `bodyStart` to the first node; the closing from
 * `closingStart` to the annex, the trail or the end; the annex from `annexStart` to the trail or the end.
 *
 * Example: label nodes `1` (chapter) and `1.1` (paren) of `gwr2026-ah` become
 *   { id: 'L-1', level: 1, parent: null, children: ['L-1.1', …], ordinal: 1, marker: '一、', style: 'chapter', … }
 *   { id: 'L-1.1', level: 2, parent: 'L-1', children: [], ordinal: 1, marker: '（一）', style: 'paren', … }
 */
import type { OutlineNode, ReportParts } from '../../../src/core/types';
import type { ResolvedDoc } from '../labels';

export function labelledStructure(
  doc: ResolvedDoc,
  side: 'L' | 'R',
): { outline: OutlineNode[]; parts: ReportParts } {
  const end = doc.trailStart ?? doc.text.length;
  const outline: OutlineNode[] = doc.nodes.map((n) => {
    const dot = n.key.lastIndexOf('.');
    return {
      id: `${side}-${n.key}`,
      level: n.level,
      parent: dot < 0 ? null : `${side}-${n.key.slice(0, dot)}`,
      children: [],
      ordinal: Number(n.key.slice(dot + 1)),
      marker: n.marker,
      style: n.style,
      label: '',
      start: n.start,
      end: n.stop,
    };
  });
  const byId = new Map(outline.map((n) => [n.id, n]));
  for (const n of outline) if (n.parent) byId.get(n.parent)?.children.push(n.id);
  const range = (start: number | null, stop: number) =>
    start === null || stop <= start ? null : { start, end: stop };
  return {
    outline,
    parts: {
      body: range(doc.bodyStart, end),
      opening: range(doc.bodyStart, doc.nodes[0]?.start ?? doc.closingStart ?? doc.annexStart ?? end),
      closing: range(doc.closingStart, doc.annexStart ?? end),
      annex: range(doc.annexStart, end),
    },
  };
}
