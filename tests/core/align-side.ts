/**
 * An aligner side made of plain texts laid end to end (a newline between them), one section each:
 * what the align tests feed `alignSections` and `strayWith` instead of a whole report.
 */
import type { AlignSection } from '../../src/core/align';
import { projectHan } from '../../src/core/phrases';
import type { OutlineNode, OutlineStyle } from '../../src/core/types';

export function alignSideOf(parts: readonly (AlignSection & { text: string })[]) {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  for (const part of parts) {
    spans.push({ start: text.length, end: text.length + part.text.length });
    text += part.text + '\n';
  }
  return {
    sections: parts.map(({ text: _text, ...section }) => section),
    projection: projectHan(text, spans),
  };
}

/** A part whose outline node has a style and an ordinal, for sides whose outline the aligner reads. */
export type OutlinedPart = AlignSection & { text: string; style: OutlineStyle; ordinal: number };

/**
 * One task of a side written by hand: node `n` of side `side` (`1` a chapter's head, `1.2` a whole item
 * inside it), its list style, its ordinal and its text.
 */
export const outlinedPart = (
  side: 'L' | 'R',
  n: string,
  style: OutlineStyle,
  ordinal: number,
  text: string,
): OutlinedPart => ({
  id: `${side}-task-${n}`,
  kind: 'task',
  node: `${side}-${n}`,
  part: n.includes('.') ? 'whole' : 'head',
  style,
  ordinal,
  text,
});

/**
 * `alignSideOf` with the outline of the parts' nodes, so the aligner reads sibling items as the lists
 * they form: a node's level is the count of its id's parts (`L-1.2` is level 2), its parent the id
 * one part shorter.
 */
export function outlinedSideOf(parts: readonly OutlinedPart[]) {
  const outline: OutlineNode[] = parts.map((p) => {
    const id = p.node!;
    const dot = id.lastIndexOf('.');
    return {
      id,
      level: id.split('.').length,
      parent: dot < 0 ? null : id.slice(0, dot),
      children: [],
      ordinal: p.ordinal,
      marker: '',
      style: p.style,
      label: '',
      start: 0,
      end: 0,
    };
  });
  return { ...alignSideOf(parts), outline };
}
