/**
 * The structure of both reports and how their sections pair, as JSON: for each section its kind,
 * number, marker, label, range, first paragraph and line; for each pair the section ids on each side,
 * the kind and the similarity. Read through `where.ts`'s adapter, so the nested outline of the
 * structure stage slots in as `children` without changing the file's shape for flat reports.
 *
 * Example: { duizhao: 'outline', version: 1, left: {…report…}, right: {…},
 *   sections: { left: [{ id: 'L-opening', kind: 'opening', ordinal: null, marker: null, label: '开头',
 *                        start: 0, end: 311, paragraph: 1, line: 3 }, …], right: […] },
 *   pairs: [{ left: ['L-task-1'], right: ['R-task-1', 'R-task-2'], kind: 'task', similarity: 0.41 }, …] }
 */
import type { Report } from '../types';
import { TextPositions } from './positions';
import { envelope, type ExportContext } from './phrases';
import { toSectionRef } from './where';

function sectionsOf(report: Report) {
  const positions = new TextPositions(report.text, report.meta.lines);
  return report.sections.map((section) => {
    const at = positions.at(section.start);
    return {
      ...toSectionRef(section),
      start: section.start,
      end: section.end,
      paragraph: at.paragraph,
      line: at.line,
    };
  });
}

export function outlineJson(context: ExportContext): string {
  const { comparison } = context;
  const outline = {
    ...envelope('outline', context),
    sections: { left: sectionsOf(comparison.left), right: sectionsOf(comparison.right) },
    pairs: comparison.pairs.map((pair) => ({
      left: pair.left,
      right: pair.right,
      kind: pair.kind,
      similarity: Math.round(pair.similarity * 1000) / 1000,
    })),
  };
  return JSON.stringify(outline, null, 1) + '\n';
}
