/**
 * The structure stage: metadata, outline, parts (opening, closing, annex) and the reading partition of
 * one report.
 *
 * `parseStructure(normalized, 'L')` reads the NORMALIZED text (Simplified, folded, one `\n` per original
 * line) and returns every range in the ORIGINAL text. For the Simplified seed (攀枝花):
 *   meta.title  `攀枝花市召开市委统战工作会议`, meta.date `2015-08-19` (dateline), meta.place `攀枝花`
 *   outline     R-1 … R-6, level 1, style `shi`, markers `一是` … `六是`
 *   parts       opening: lead … 张剡强调，要突出重点…; closing: the closing remarks
 *               `张剡强调，要加强领导，形成合力…`, `会上，…` and `市委常委，…参加会议。`; no annex
 *   sections    (level 1) R-opening, R-task-1 … R-task-6, R-closing
 * The outline (`OutlineNode` in ../types) is a tree in text order; `sectionsAt` (./sections-at) cuts it
 * into the reading partition at any level. Sections are in text order and do not overlap; with
 * `meta.lines` they cover the body (gaps hold only whitespace). The rules for each part live with their
 * module: `./meta-lines` (which lines are metadata), `./meta-fields` (field values), `./enumeration`
 * (explicit task lists), `./yao-topics` (`要…` topics), `./sections` (task boundaries, closing
 * remarks), `./label` (task labels), `./closing`.
 *
 * Never throws, whatever the string: every scan is a single pass over lines, sentences or clause
 * starts, and the regular expressions are anchored or bounded (no nested quantifiers).
 */

import type {
  Normalized,
  OutlineNode,
  OutlineStyle,
  ReportMeta,
  ReportParts,
  Section,
  Warning,
} from '../types';
import type { EnumerationStyle } from './enumeration';
import { buildMeta } from './meta-fields';
import { splitZones } from './meta-lines';
import { originalClean, originalLineRange, originalStart } from './original-text';
import { taskLabel } from './label';
import { planSections } from './sections';
import { sectionsAt } from './sections-at';
import { splitLines } from './text-spans';

export { sectionIdOf, sectionsAt, type OutlineSource } from './sections-at';

export interface Structure {
  meta: ReportMeta;
  outline: OutlineNode[];
  parts: ReportParts;
  /** The reading partition at level 1 (`sectionsAt(structure, side, 1)`). */
  sections: Section[];
  warnings: Warning[];
}

/** The enumeration module's style names → the outline's (the corpus labels' names). */
const OUTLINE_STYLE: Record<EnumerationStyle | 'yao', OutlineStyle> = {
  'heading-cn': 'chapter',
  'paren-cn': 'paren',
  'heading-arabic': 'arabic',
  'paren-arabic': 'paren-arabic',
  di: 'di',
  shi: 'shi',
  'yao-n': 'verb',
  sequence: 'sequence',
  yao: 'topic-run',
};

export function parseStructure(input: Normalized, side: 'L' | 'R'): Structure {
  const text = input.normalized;
  const zones = splitZones(text, splitLines(text));
  const meta = buildMeta(input, [...zones.head, ...zones.tail], zones.body);
  const plan = planSections(text, zones.body);

  // Map starts to the original; a start that does not move forward (a degenerate map) is dropped, so
  // sections stay sorted and non-empty.
  const mapped: { planned: (typeof plan.sections)[number]; start: number; normEnd: number }[] = [];
  plan.sections.forEach((planned, i) => {
    const start = originalStart(input, planned.start);
    const previous = mapped.at(-1);
    if (previous && start <= previous.start) return;
    mapped.push({ planned, start, normEnd: plan.sections[i + 1]?.start ?? plan.end });
  });
  const firstLine = zones.body[0];
  const lastLine = zones.body.at(-1);
  const bodyStart = firstLine ? originalLineRange(input, firstLine).start : 0;
  const bodyEnd = lastLine ? originalLineRange(input, lastLine).end : 0;

  const outline: OutlineNode[] = [];
  const parts: ReportParts = {
    body: lastLine ? { start: bodyStart, end: Math.max(bodyStart, bodyEnd) } : null,
    opening: null,
    closing: null,
    annex: null,
  };
  mapped.forEach(({ planned, start, normEnd }, i) => {
    const end = mapped[i + 1]?.start ?? Math.max(start, bodyEnd);
    if (end <= start) return;
    if (planned.kind !== 'task') {
      parts[planned.kind] = { start, end };
      return;
    }
    const marker = planned.marker ? originalClean(input, planned.marker).trim() : '';
    const label = taskLabel(input, planned.labelFrom ?? planned.start, normEnd);
    outline.push({
      id: `${side}-${outline.length + 1}`,
      level: 1,
      parent: null,
      children: [],
      ordinal: planned.ordinal ?? outline.length + 1,
      marker,
      style: OUTLINE_STYLE[planned.style ?? 'yao'],
      label: label || marker,
      start,
      end,
    });
  });

  const warnings: Warning[] = [];
  if (zones.body.length > 0 && !plan.enumerated) {
    warnings.push({
      code: 'no-structure',
      message: 'No enumerated tasks were found: the body before the closing is one opening section.',
    });
  }
  return { meta, outline, parts, sections: sectionsAt({ outline, parts }, side, 1), warnings };
}
