/**
 * Topics opened by `要…` sentences, for speeches that enumerate nothing explicitly.
 *
 * A speaker often lays out tasks as short programmatic sentences, each followed by elaboration:
 *   陈志刚强调，要统一思想，凝聚共识，明确方向。统一战线优势独特…。…要研究新方法，探索新模式，推动…。
 * while the elaboration itself is full of `要` sentences (`要建立完善机制，使工作制度化…，建立好…，…。`)
 * and of short `要` sub-points that follow a topic back to back (`要加强领导，形成合力，…。要高度重视，
 * 加强领导，…。`). The rule that separates them, checked by hand on both seeds:
 *
 * A sentence OPENS A TOPIC when
 *   1. after an optional speaker lead-in (`陈志刚强调，`) it starts with `要`;
 *   2. it is programmatic: at most 3 clauses (cut at `，：`, not at `、`), the first clause after `要`
 *      is 2..8 characters (`统一思想`, `建立健全机制`), and no clause is longer than 20 characters;
 *   3. it is not a sub-point: the sentence before it in the same paragraph is not itself programmatic
 *      by rules 1–2 (a paragraph's first sentence always passes);
 *   4. it is elaborated: at least one more sentence follows it in the same paragraph;
 *   5. it is not in the report's first sentence (the lead).
 * The topic starts at the `要`, which is the marker; a lead-in before it stays with what precedes.
 * At least two openers make an enumeration; one alone is not a list.
 *
 * On the Traditional seed this picks exactly 要统一思想 / 要研究新方法 / 要建立健全机制 / 要加强对接 /
 * 要强化组织 / 要总结成果 and rejects 要建立完善机制 (4 clauses), 要用好结对帮扶… (5 clauses) and the
 * opening speech's 陈志刚指出，要深入贯彻落实… (many clauses).
 */

import { leadInEnd } from './speech-act';
import { codePointLength, splitClauses, type Span } from './text-spans';

const MAX_CLAUSES = 3;
const FIRST_CLAUSE_MIN = 2;
const FIRST_CLAUSE_MAX = 8;
const CLAUSE_MAX = 20;

export interface YaoOpener {
  /** Index of `要` in the normalized text. */
  start: number;
  paragraph: number;
}

/** Start of the `要` when the sentence is programmatic (rules 1–2), else -1. */
function programmaticYao(text: string, sentence: Span): number {
  const leadIn = leadInEnd(text, sentence);
  const start = leadIn >= 0 ? leadIn : sentence.start;
  if (text[start] !== '要') return -1;
  const clauses = splitClauses(text, { start, end: sentence.end });
  if (clauses.length === 0 || clauses.length > MAX_CLAUSES) return -1;
  const first = codePointLength(text, { start: start + 1, end: clauses[0]!.end });
  if (first < FIRST_CLAUSE_MIN || first > FIRST_CLAUSE_MAX) return -1;
  return clauses.every((c) => codePointLength(text, c) <= CLAUSE_MAX) ? start : -1;
}

/**
 * Openers in the given paragraphs (their sentences precomputed), skipping the first sentence of the
 * first paragraph when `skipLead` is set.
 */
export function findYaoOpeners(
  text: string,
  sentencesByParagraph: readonly (readonly Span[])[],
  fromParagraph: number,
  toParagraph: number,
  skipLead: boolean,
): YaoOpener[] {
  const openers: YaoOpener[] = [];
  for (let p = fromParagraph; p < toParagraph; p++) {
    const sentences = sentencesByParagraph[p] ?? [];
    let previousProgrammatic = false;
    sentences.forEach((sentence, s) => {
      const start = programmaticYao(text, sentence);
      const isLead = skipLead && p === fromParagraph && s === 0;
      const elaborated = s + 1 < sentences.length;
      if (start >= 0 && !previousProgrammatic && elaborated && !isLead) openers.push({ start, paragraph: p });
      previousProgrammatic = start >= 0;
    });
  }
  return openers;
}
