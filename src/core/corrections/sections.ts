/**
 * The reader's section edits, applied to one report's reading partition right after the structure
 * stage, so alignment, phrases and themes all run on the corrected sections.
 *
 *   split at 812   the section holding offset 812 becomes two: [start, 812) keeps its id, node and
 *                  label; [812, end) is a new task `L-task@812` at the same level, under the same
 *                  parent, labelled from its own first words (a split opening gives a task: the engine
 *                  missed where the first point began)
 *   merge at 340   the section starting at 340 joins the one before it, which keeps its id and label;
 *                  its nested sections now hang from the joined one
 *
 * A split point on blank text moves forward to the next character that is not a space, so a split
 * "at the start of a paragraph" lands on the paragraph, whatever side of the line break the caret was
 * on. Both results carry `manual: true`. An edit that does not fit the sections as they are (after an
 * alignment level change, a newer parser, or an earlier edit) changes nothing and says why.
 *
 * Example, sections [L-opening 0..50, L-task-1 50..120]:
 *   split at 30  → L-opening 0..30 (manual), L-task@30 30..50 (manual, task), L-task-1 50..120
 *   merge at 50  → L-opening 0..120 (manual)
 */
import type { Correction, CorrectionOutcome, Section } from '../types';
import { snapToCodePoint } from '../text/code-points';
import { containing, startingAt } from './anchors';

export type SectionEdit = Extract<Correction, { op: 'split' | 'merge' }>;

export interface SectionEditContext {
  /** The report's original text. */
  text: string;
  /** `L` or `R`: the side letter of section ids. */
  side: 'L' | 'R';
  /** A few words naming the text in `[start, end)`: the label of a section made by a split. */
  label(start: number, end: number): string;
}

const SPACE = /\s/u;

/** Applies `edits` in order; `outcomes[i]` tells what became of `edits[i]`. */
export function applySectionEdits(
  sections: readonly Section[],
  edits: readonly SectionEdit[],
  context: SectionEditContext,
): { sections: Section[]; outcomes: CorrectionOutcome[] } {
  let current = [...sections];
  const outcomes = edits.map((edit): CorrectionOutcome => {
    const result =
      edit.op === 'split' ? split(current, edit.at, context) : merge(current, edit.at, context.text);
    if (typeof result === 'string') return { applied: false, reason: result };
    current = result;
    return { applied: true };
  });
  return { sections: current, outcomes };
}

function split(sections: Section[], requested: number, context: SectionEditContext): Section[] | string {
  const { text } = context;
  if (!Number.isSafeInteger(requested) || requested < 0 || requested > text.length)
    return `offset ${String(requested)} is outside the text`;
  const i = containing(sections, requested);
  const section = sections[i];
  if (!section || requested >= section.end) return `offset ${requested} lies in no section`;
  let at = requested;
  while (at < section.end && SPACE.test(text[at]!)) at++;
  at = snapToCodePoint(text, at);
  if (at <= section.start || !/\S/u.test(text.slice(section.start, at)))
    return `a split at ${requested} leaves nothing before it in its section`;
  if (at >= section.end) return `a split at ${requested} leaves nothing after it in its section`;

  const before: Section = { ...section, end: at, manual: true };
  const after: Section = {
    id: `${context.side}-task@${at}`,
    kind: section.kind === 'opening' ? 'task' : section.kind,
    label: context.label(at, section.end),
    level: section.level,
    ...(section.parent === undefined ? {} : { parent: section.parent }),
    start: at,
    end: section.end,
    manual: true,
  };
  return [...sections.slice(0, i), before, after, ...sections.slice(i + 1)];
}

function merge(sections: Section[], at: number, text: string): Section[] | string {
  const j = startingAt(sections, at);
  if (j < 0) return `no section starts at ${String(at)}`;
  if (j === 0) return `the section at ${at} is the first; there is none before it to join`;
  const first = sections[j - 1]!;
  const second = sections[j]!;
  if (/\S/u.test(text.slice(first.end, second.start)))
    return `text outside both sections lies between them (${first.end}–${second.start})`;
  const joined: Section = { ...first, end: second.end, manual: true };
  const reparent = (s: Section): Section => (s.parent === second.id ? { ...s, parent: joined.id } : s);
  return [...sections.slice(0, j - 1).map(reparent), joined, ...sections.slice(j + 1).map(reparent)];
}
