/**
 * A comparison's answer sent as several messages, so the page takes it in several tasks. The page
 * deserializes each message in the task that delivers it: two million-character reports made one
 * message of 27 MB (outlines, glosses, phrases, theme mentions: hundreds of thousands of small objects),
 * a task of hundreds of milliseconds before any of the page's own code ran. Each big array of the
 * comparison (`PARTS`) goes ahead in a message of its own; the answer itself follows with those arrays
 * left empty, and without the two texts when they are the ones the page sent (it has them already).
 *
 *   const { parts, rest, textsOmitted } = splitComparison(comparison, { left, right })
 *     parts: [{ part: 'phrases', value: […] }, …, { part: 'right.sections', value: […] }]
 *     rest: { …, phrases: [], left: { text: '', outline: [], … }, … }   textsOmitted: true
 *   joinComparison(rest, new Map(parts.map((p) => [p.part, p.value])), textsOmitted ? { left, right } : null)
 *     → the comparison again (the worker posts each part, then the rest: src/worker/compare.worker.ts)
 *
 * No object is shared between two parts or between a part and the rest (tests/state/split.test.ts), so
 * nothing that was one object becomes two copies.
 */
import type { Comparison } from '../core/types';

export const PARTS = [
  'phrases',
  'themes',
  'left.outline',
  'right.outline',
  'left.glosses',
  'right.glosses',
  'left.sections',
  'right.sections',
] as const;
export type PartName = (typeof PARTS)[number];

/** One part of an answer, sent before it. */
export interface AnswerPart {
  id: number;
  part: PartName;
  value: unknown;
}

type Holder = Record<string, unknown>;

/** The object holding a part and the part's key in it. */
function slot(comparison: Comparison, part: PartName): { holder: Holder; key: string } {
  const [first, second] = part.split('.') as [string, string | undefined];
  return second === undefined
    ? { holder: comparison as unknown as Holder, key: first }
    : { holder: comparison[first as 'left' | 'right'] as unknown as Holder, key: second };
}

/**
 * The parts of `comparison`, and a copy of it without them (and without its texts when they are
 * `texts`, the request's). Shallow copies only: the parts are not copied, just left out.
 */
export function splitComparison(
  comparison: Comparison,
  texts: { left: string; right: string } | null,
): { parts: { part: PartName; value: unknown }[]; rest: Comparison; textsOmitted: boolean } {
  const textsOmitted =
    texts !== null && comparison.left.text === texts.left && comparison.right.text === texts.right;
  const rest: Comparison = {
    ...comparison,
    left: { ...comparison.left, ...(textsOmitted ? { text: '' } : {}) },
    right: { ...comparison.right, ...(textsOmitted ? { text: '' } : {}) },
  };
  const parts = PARTS.map((part) => {
    const { holder, key } = slot(rest, part);
    const value = holder[key];
    holder[key] = [];
    return { part, value };
  });
  return { parts, rest, textsOmitted };
}

/**
 * Puts the parts back into the rest (in place; none when the answer came whole) and the texts when they
 * were left out (`texts`: the request's); returns it.
 */
export function joinComparison(
  rest: Comparison,
  parts: ReadonlyMap<PartName, unknown> | null,
  texts: { left: string; right: string } | null,
): Comparison {
  for (const part of parts ? PARTS : []) {
    if (!parts!.has(part)) throw new Error(`The comparison arrived without its ${part}.`);
    const { holder, key } = slot(rest, part);
    holder[key] = parts!.get(part);
  }
  if (texts) {
    rest.left.text = texts.left;
    rest.right.text = texts.right;
  }
  return rest;
}
