/**
 * An aligner side made of plain texts laid end to end (a newline between them), one section each:
 * what the align tests feed `alignSections` and `strayWith` instead of a whole report.
 */
import type { AlignSection } from '../../src/core/align';
import { projectHan } from '../../src/core/phrases';

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
