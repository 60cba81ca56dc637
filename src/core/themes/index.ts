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

/**
 * First UTF-16 unit (its code) → terms starting with it, longest first, each with the themes listing
 * it. Keyed by number: a one-character string key meant a new string for every character scanned.
 */
type TermTable = Map<number, { term: string; themes: number[] }[]>;

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
    const list = table.get(term.charCodeAt(0)) ?? [];
    list.push({ term, themes });
    table.set(term.charCodeAt(0), list);
  }
  for (const list of table.values()) list.sort((x, y) => y.term.length - x.term.length);
  return table;
}

/**
 * The term table, and whether any term starts with a UTF-16 unit (most characters start none, and a
 * typed array answers that before the map is asked).
 */
function scanTables(lexicon: readonly Theme[]): { table: TermTable; starts: Uint8Array } {
  const table = buildTable(lexicon);
  const starts = new Uint8Array(0x10000);
  for (const code of table.keys()) starts[code] = 1;
  return { table, starts };
}

/**
 * The tables of the app's own lexicon, built on first use and kept: compare() scans each text once per
 * pairing round (two rounds on provincial reports), and building them was a quarter to a half of the time
 * of a call on a 25,000-character report. Another lexicon (the tests')
 * gets its tables anew at each call, since the caller may change it between calls.
 */
let lexiconScan: { table: TermTable; starts: Uint8Array } | undefined;

function lexiconTables(): { table: TermTable; starts: Uint8Array } {
  if (lexiconScan === undefined) lexiconScan = scanTables(LEXICON);
  return lexiconScan;
}

/** One mention: a normalized span and the index of the section holding it. */
interface Mention {
  start: number;
  end: number;
  section: number;
}

/** Every mention of every theme of `lexicon` in one text: `byTheme[theme]`, in text order. */
export interface ThemeMentions {
  text: ThemeText;
  lexicon: readonly Theme[];
  byTheme: Mention[][];
}

/**
 * Scans one text for the lexicon's terms. `compare()` scans each text once and derives both the
 * per-section profiles (align stage) and the theme rows (result) from the same mentions.
 */
export function findThemeMentions(text: ThemeText, lexicon: readonly Theme[] = LEXICON): ThemeMentions {
  const tables = lexicon === LEXICON ? lexiconTables() : scanTables(lexicon);
  const table = tables.table;
  const starts = tables.starts;
  const byTheme: Mention[][] = Array.from({ length: lexicon.length }, () => []);
  text.sections.forEach((section, sectionIndex) => {
    const end = Math.min(section.end, text.normalized.length);
    let i = Math.max(0, section.start);
    while (i < end) {
      const code = text.normalized.charCodeAt(i);
      if (starts[code] === 0) {
        i++;
        continue;
      }
      const candidates = table.get(code);
      const hit = candidates?.find((c) => i + c.term.length <= end && text.normalized.startsWith(c.term, i));
      if (!hit) {
        i++;
        continue;
      }
      for (const theme of hit.themes) {
        byTheme[theme]!.push({ start: i, end: i + hit.term.length, section: sectionIndex });
      }
      i += hit.term.length;
    }
  });
  return { text, lexicon, byTheme };
}

function themeSide(text: ThemeText, found: readonly Mention[]): ThemeSide {
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
  return profilesOf(findThemeMentions(text, lexicon));
}

/** `themeProfiles` from mentions already found. */
export function profilesOf(mentions: ThemeMentions): number[][] {
  const profile = mentions.text.sections.map(() => new Array<number>(mentions.lexicon.length).fill(0));
  mentions.byTheme.forEach((found, theme) => {
    for (const m of found) profile[m.section]![theme]!++;
  });
  return profile;
}

/**
 * One row per theme of the lexicon, in lexicon order, zero rows included, from the mentions found on each
 * side; both sides must come from the same lexicon.
 */
export function themeRowsOf(left: ThemeMentions, right: ThemeMentions): ThemeRow[] {
  return left.lexicon.map((theme, index) => ({
    theme: theme.key,
    label: { zh: theme.zh, en: theme.en },
    terms: [...theme.terms],
    left: themeSide(left.text, left.byTheme[index]!),
    right: themeSide(right.text, right.byTheme[index]!),
  }));
}
