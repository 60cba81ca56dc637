/**
 * Stage 5, themes: how often each report mentions each theme of the lexicon, where, and in which
 * sections.
 *
 * Matching runs on the normalized text (Simplified, folded) inside sections only, left to right: at
 * each position the longest term starting there wins and the scan resumes after it, so overlapping
 * terms are never counted twice (`非公有制经济人士` is one mention, not also `非公有制经济`). A term
 * listed under two themes (`港澳台同胞`: Hong Kong/Macao and Taiwan) is one mention of each.
 *
 * Example: in `支持非公有制经济人士和民主党派`, theme `non-public-economy` has one mention (the first
 * eight characters) and `democratic-parties` one (`民主党派`).
 */

import type { Range, ThemeRow, ThemeSide } from '../types';
import { LEXICON, type Theme } from './lexicon';

export { LEXICON, type Theme } from './lexicon';

/** One report as the theme stage sees it. */
export interface ThemeText {
  normalized: string;
  /** Sections as normalized spans, in text order, with their ids. */
  sections: readonly { id: string; start: number; end: number }[];
  /** Han characters in the sections: the per-1,000 denominator. */
  hanCount: number;
  toOriginal(normStart: number, normEnd: number): Range;
}

/** First UTF-16 unit → terms starting with it, longest first, each with the themes listing it. */
type TermTable = Map<string, { term: string; themes: number[] }[]>;

function buildTable(lexicon: readonly Theme[]): TermTable {
  const themesOf = new Map<string, number[]>();
  lexicon.forEach((theme, index) => {
    for (const term of theme.terms) {
      if (term.length === 0) continue;
      const list = themesOf.get(term) ?? [];
      if (!list.includes(index)) list.push(index);
      themesOf.set(term, list);
    }
  });
  const table: TermTable = new Map();
  for (const [term, themes] of themesOf) {
    const list = table.get(term[0]!) ?? [];
    list.push({ term, themes });
    table.set(term[0]!, list);
  }
  for (const list of table.values()) list.sort((x, y) => y.term.length - x.term.length);
  return table;
}

/** Mentions of every theme in one text: per theme, the normalized start and end and section index. */
function findMentions(text: ThemeText, table: TermTable, themeCount: number) {
  const mentions: { start: number; end: number; section: number }[][] = Array.from(
    { length: themeCount },
    () => [],
  );
  text.sections.forEach((section, sectionIndex) => {
    const end = Math.min(section.end, text.normalized.length);
    let i = Math.max(0, section.start);
    while (i < end) {
      const candidates = table.get(text.normalized[i]!);
      const hit = candidates?.find((c) => i + c.term.length <= end && text.normalized.startsWith(c.term, i));
      if (!hit) {
        i++;
        continue;
      }
      for (const theme of hit.themes) {
        mentions[theme]!.push({ start: i, end: i + hit.term.length, section: sectionIndex });
      }
      i += hit.term.length;
    }
  });
  return mentions;
}

function themeSide(text: ThemeText, found: { start: number; end: number; section: number }[]): ThemeSide {
  const sectionIds = [...new Set(found.map((m) => m.section))].sort((a, b) => a - b);
  return {
    count: found.length,
    per1000: text.hanCount > 0 ? (found.length * 1000) / text.hanCount : 0,
    sections: sectionIds.map((i) => text.sections[i]!.id),
    mentions: found.map((m) => text.toOriginal(m.start, m.end)),
  };
}

/**
 * Mentions of each theme in each section: `profile[section][theme]`, e.g. what the align stage
 * compares to tell which tasks speak of the same groups.
 */
export function themeProfiles(text: ThemeText, lexicon: readonly Theme[] = LEXICON): number[][] {
  const profile = text.sections.map(() => new Array<number>(lexicon.length).fill(0));
  findMentions(text, buildTable(lexicon), lexicon.length).forEach((found, theme) => {
    for (const m of found) profile[m.section]![theme]!++;
  });
  return profile;
}

/** One row per theme of the lexicon, in lexicon order, zero rows included. */
export function countThemes(
  left: ThemeText,
  right: ThemeText,
  lexicon: readonly Theme[] = LEXICON,
): ThemeRow[] {
  const table = buildTable(lexicon);
  const leftMentions = findMentions(left, table, lexicon.length);
  const rightMentions = findMentions(right, table, lexicon.length);
  return lexicon.map((theme, index) => ({
    theme: theme.key,
    label: { zh: theme.zh, en: theme.en },
    terms: [...theme.terms],
    left: themeSide(left, leftMentions[index]!),
    right: themeSide(right, rightMentions[index]!),
  }));
}
