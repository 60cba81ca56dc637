/**
 * Where the sections of a report's body begin, in the normalized text (labels: `./label`).
 *
 * A `PlannedSection` is a section before it is mapped to the original, e.g. for the Simplified seed's
 *   { kind: 'task', start: 761, marker: { start: 761, end: 763 }, labelFrom: 763 }   // 一是要围绕…
 * Sections run from their start to the next one's start; the last ends with the body.
 *
 * The rules, checked by hand on both seeds (see the seed tests):
 * - Explicit enumeration first (`./enumeration`): its outermost chain gives the tasks, and `要` sentences
 *   are then never tasks (the Simplified seed's `张剡强调，要突出重点，扎实推进…` before `一是` stays in the
 *   opening). Without one, topic-opening `要` sentences (`./yao-topics`) give the tasks.
 * - Each task starts at its marker (`一是`, `（一）`, `要`); a speaker lead-in in front of it (`陈志刚强调，`)
 *   stays at the end of the section before, so every start points at the marker itself.
 * - After the last task, a paragraph opening a new speech act (`张剡强调，要加强领导，形成合力…`, see
 *   `./speech-act`) ends the tasks: it is the speech's closing remarks (here the organisational
 *   guarantee), not one of the enumerated tasks, so it opens the closing. The issue fixes the Simplified
 *   seed at six tasks (`一是`…`六是`); counting the remarks as task 7 would also make them compete with
 *   real tasks in alignment.
 * - The closing (`./closing`) is the trailing run of `会上…` / attendee-list paragraphs after the last task,
 *   or starts earlier at the closing remarks above.
 * - The opening is everything before the first task (lead, attendees, opening speech); without tasks it
 *   is the whole body before the closing, and the report gets a `no-structure` warning.
 */

import { findClosingStart } from './closing';
import { chooseEnumeration, type EnumerationStyle } from './enumeration';
import { leadInEnd } from './speech-act';
import { splitSentences, type Span } from './text-spans';
import { findYaoOpeners } from './yao-topics';

export interface PlannedSection {
  kind: 'opening' | 'task' | 'closing';
  start: number;
  /** Tasks: the marker as found in the normalized text. */
  marker?: Span;
  /** Tasks: where the label's sentence starts (after the marker, or at a `要`). */
  labelFrom?: number;
  /** Tasks: the enumeration style (absent for `要` topics) and the number the marker gives. */
  style?: EnumerationStyle;
  ordinal?: number;
}

export interface Plan {
  sections: PlannedSection[];
  /** End of the body in the normalized text. */
  end: number;
  enumerated: boolean;
}

function plannedTasks(
  text: string,
  paragraphs: readonly Span[],
): { tasks: PlannedSection[]; closing: number } {
  const enumeration = chooseEnumeration(text, paragraphs);
  if (enumeration) {
    const tasks = enumeration.map<PlannedSection>((m) => ({
      kind: 'task',
      start: m.start,
      marker: { start: m.start, end: m.end },
      labelFrom: m.end,
      style: m.style,
      ordinal: m.ordinal,
    }));
    const lastParagraph = enumeration.at(-1)!.paragraph;
    const closing = findClosingStart(text, paragraphs, lastParagraph);
    return { tasks, closing: closingRemarks(text, paragraphs, lastParagraph + 1, closing) };
  }
  const closing = findClosingStart(text, paragraphs, 0);
  const sentences = paragraphs.slice(0, closing).map((p) => splitSentences(text, p));
  const openers = findYaoOpeners(text, sentences, 0, closing, true);
  if (openers.length < 2) return { tasks: [], closing };
  const tasks = openers.map<PlannedSection>((o) => ({
    kind: 'task',
    start: o.start,
    marker: { start: o.start, end: o.start + 1 },
    labelFrom: o.start,
  }));
  const lastParagraph = openers.at(-1)!.paragraph;
  return { tasks, closing: closingRemarks(text, paragraphs, lastParagraph + 1, closing) };
}

/** The first paragraph in [from, to) that opens with a speaker lead-in (see the module comment), else `to`. */
function closingRemarks(text: string, paragraphs: readonly Span[], from: number, to: number): number {
  for (let p = from; p < to; p++) if (leadInEnd(text, paragraphs[p]!) >= 0) return p;
  return to;
}

export function planSections(text: string, paragraphs: readonly Span[]): Plan {
  const first = paragraphs[0];
  const last = paragraphs.at(-1);
  if (!first || !last) return { sections: [], end: 0, enumerated: false };
  const { tasks, closing } = plannedTasks(text, paragraphs);
  const sections: PlannedSection[] = [];
  if ((tasks[0]?.start ?? Infinity) > first.start) sections.push({ kind: 'opening', start: first.start });
  sections.push(...tasks);
  const closingPara = paragraphs[closing];
  if (closingPara) sections.push({ kind: 'closing', start: closingPara.start });
  return { sections, end: last.end, enumerated: tasks.length > 0 };
}
