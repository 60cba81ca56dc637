/**
 * Spans of the NORMALIZED text and the punctuation that cuts it into paragraphs, sentences and clauses.
 *
 * A `Span` is a half-open range of UTF-16 indices into `Normalized.normalized` (not the original). For
 * the normalized paragraph `要统一思想，凝聚共识，明确方向。统一战线…` at offset 100:
 *   sentence spans: [{ start: 100, end: 116 }, …]        (the `。` belongs to its sentence)
 *   clause spans of the first: [100..105 `要统一思想`, 106..110 `凝聚共识`, 111..115 `明确方向`]
 *
 * Both full- and half-width punctuation are accepted: the structure stage must not depend on which
 * width the normalizer folds to, and the identity `Normalized` of the tests keeps the original's `,`.
 */

import { countCodePoints } from '../text/code-points';
import { UnitSet } from '../text/unit-set';

export interface Span {
  start: number;
  end: number;
}

const SENTENCE_ENDS_CHARS = '。！？!?；;';
const CLAUSE_BREAKS_CHARS = '，,：:';
const SENTENCE_ENDS = new UnitSet(SENTENCE_ENDS_CHARS);
const CLAUSE_BREAKS = new UnitSet(CLAUSE_BREAKS_CHARS);
/** Either: one load for the scans that stop at both (`./speech-act`). */
const BREAKS = new UnitSet(SENTENCE_ENDS_CHARS + CLAUSE_BREAKS_CHARS);
/** Closing quotes and brackets that stay with the sentence they close (`…”。` / `。”`). */
export const CLOSER_UNITS = new UnitSet(`”’」』）)】》"'`);

export const isSentenceEnd = (ch: string | undefined): boolean => SENTENCE_ENDS.hasChar(ch);
export const isClauseBreak = (ch: string | undefined): boolean => CLAUSE_BREAKS.hasChar(ch);
export const isCloser = (ch: string | undefined): boolean => CLOSER_UNITS.hasChar(ch);
/**
 * The same tests asked of `text[i]` by index (false past either end). The per-character scans use
 * these: `text[i]` of a Han character makes a new one-character string each time (V8 caches only
 * Latin-1 ones), garbage for every character a scan reads.
 */
export const isSentenceEndAt = (text: string, i: number): boolean => SENTENCE_ENDS.at(text, i);
export const isClauseBreakAt = (text: string, i: number): boolean => CLAUSE_BREAKS.at(text, i);
/** `isSentenceEndAt(text, i) || isClauseBreakAt(text, i)`. */
export const isBreakAt = (text: string, i: number): boolean => BREAKS.at(text, i);
export const isCloserAt = (text: string, i: number): boolean => CLOSER_UNITS.at(text, i);
/**
 * A UTF-16 unit of the basic block of CJK ideographs (U+4E00–U+9FFF), where the words that mark
 * structure (a speaker's name, a list's opening key) are written; `isHan` (src/core/text/han.ts) is
 * the wider test for counting characters.
 */
export const isBasicHan = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;
/**
 * The UTF-16 units `\s` matches (ECMAScript's WhiteSpace and LineTerminator): U+3000 (ideographic
 * space), U+00A0 and U+FEFF as well as ASCII whitespace.
 */
const SPACE_UNITS = new UnitSet(
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a' +
    '\u2028\u2029\u202f\u205f\u3000\ufeff',
);
/** Whether a one-unit string is whitespace (`\s`). */
export const isSpace = (ch: string | undefined): boolean => SPACE_UNITS.hasChar(ch);
/** `isSpace(text[i])` without making the one-character string (false past either end). */
export const isSpaceAt = (text: string, i: number): boolean => SPACE_UNITS.at(text, i);

export function skipSpaces(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isSpaceAt(text, i)) i++;
  return i;
}

function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpaceAt(text, s)) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  return { start: s, end: e };
}

/** Non-blank lines, trimmed of surrounding whitespace (indentation, `\r`). */
export function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  let from = 0;
  while (from <= text.length) {
    let nl = text.indexOf('\n', from);
    if (nl < 0) nl = text.length;
    const line = trimmed(text, from, nl);
    if (line.end > line.start) lines.push(line);
    from = nl + 1;
  }
  return lines;
}

/** Sentences of a paragraph: each ends after its terminator and any closers that follow it. */
export function splitSentences(text: string, para: Span): Span[] {
  const sentences: Span[] = [];
  let start = skipSpaces(text, para.start, para.end);
  let i = start;
  while (i < para.end) {
    if (!isSentenceEnd(text[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < para.end && (isSentenceEnd(text[end]) || isCloser(text[end]))) end++;
    const sentence = trimmed(text, start, end);
    if (sentence.end > sentence.start) sentences.push(sentence);
    start = skipSpaces(text, end, para.end);
    i = start;
  }
  const rest = trimmed(text, start, para.end);
  if (rest.end > rest.start) sentences.push(rest);
  return sentences;
}

/** Clauses of a sentence, cut at commas and colons (an enumeration comma `、` does not cut). */
export function splitClauses(text: string, sentence: Span): Span[] {
  const clauses: Span[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i <= sentence.end; i++) {
    if (i < sentence.end && !isBreakAt(text, i)) continue;
    const clause = trimmed(text, start, i);
    // A clause made only of closers (the `”` after `。`) is not a clause.
    if (clause.end > clause.start && !(clause.end - clause.start === 1 && isCloserAt(text, clause.start))) {
      clauses.push(clause);
    }
    start = i + 1;
  }
  return clauses;
}

/** Length in code points, so a surrogate pair counts as one character. */
export function codePointLength(text: string, span: Span): number {
  return countCodePoints(text, span.start, span.end);
}
