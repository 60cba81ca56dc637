/**
 * The structure stage: metadata, opening, tasks and closing of one report.
 *
 * `parseStructure(normalized, 'L')` reads the NORMALIZED text (Simplified, folded, one `\n` per original
 * line) and returns every range in the ORIGINAL text. For the Simplified seed (攀枝花):
 *   meta.title  `攀枝花市召开市委统战工作会议`, meta.date `2015-08-19` (dateline), meta.place `攀枝花`
 *   sections    L-opening 开头 (lead … 张剡强调，要突出重点…)
 *               L-task-1 … L-task-6 at `一是` … `六是`
 *               L-closing 结尾 (the closing remarks `张剡强调，要加强领导，形成合力…`, `会上，…` and
 *               `市委常委，…参加会议。`)
 * Sections are in text order and do not overlap; with `meta.lines` they cover the body (gaps hold only
 * whitespace). The rules for each part live with their module: `./meta-lines` (which lines are
 * metadata), `./meta-fields` (field values), `./enumeration` (explicit task lists), `./yao-topics`
 * (`要…` topics), `./sections` (task boundaries, closing remarks), `./label` (task labels),
 * `./closing`.
 *
 * Never throws, whatever the string: every scan is a single pass over lines, sentences or clause
 * starts, and the regular expressions are anchored or bounded (no nested quantifiers).
 */

import type { Normalized, ReportMeta, Section, Warning } from '../types';
import { buildMeta } from './meta-fields';
import { splitZones } from './meta-lines';
import { originalClean, originalLineRange, originalStart } from './original-text';
import { taskLabel } from './label';
import { planSections } from './sections';
import { splitLines } from './text-spans';

export interface Structure {
  meta: ReportMeta;
  sections: Section[];
  warnings: Warning[];
}

const OPENING_LABEL = '开头';
const CLOSING_LABEL = '结尾';

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
  const lastLine = zones.body.at(-1);
  const bodyEnd = lastLine ? originalLineRange(input, lastLine).end : 0;

  const sections: Section[] = [];
  let ordinal = 0;
  mapped.forEach(({ planned, start, normEnd }, i) => {
    const end = mapped[i + 1]?.start ?? Math.max(start, bodyEnd);
    if (end <= start) return;
    if (planned.kind !== 'task') {
      const label = planned.kind === 'opening' ? OPENING_LABEL : CLOSING_LABEL;
      sections.push({ id: `${side}-${planned.kind}`, kind: planned.kind, label, start, end });
      return;
    }
    ordinal++;
    const marker = planned.marker ? originalClean(input, planned.marker).trim() : '';
    const label = taskLabel(input, planned.labelFrom ?? planned.start, normEnd);
    sections.push({
      id: `${side}-task-${ordinal}`,
      kind: 'task',
      label: label || marker,
      ordinal,
      marker,
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
  return { meta, sections, warnings };
}
