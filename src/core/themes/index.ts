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

import { firstIndexWhere } from '../sorted';
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
 * Every term of a lexicon found in a whole normalized text, by the same scan as `findThemeMentions`
 * (longest term at each position, resuming after it), as parallel arrays in text order: hit `h` spans
 * `start[h]` .. `end[h]` and mentions each theme of `themes[h]`. compare() scans each text once and
 * reads every cut's sections off it (`findThemeMentions` with `whole`).
 *
 * Example: `支持民主党派和民主党派` → start [2, 7], end [6, 11], themes [[democratic-parties], [same]].
 */
export interface TermHits {
  start: number[];
  end: number[];
  themes: (readonly number[])[];
}

export function scanTerms(normalized: string, lexicon: readonly Theme[] = LEXICON): TermHits {
  const hits: TermHits = { start: [], end: [], themes: [] };
  scanRange(normalized, 0, normalized.length, lexicon, (start, end, themes) => {
    hits.start.push(start);
    hits.end.push(end);
    hits.themes.push(themes);
  });
  return hits;
}

/** The scan: `found` is called for each term found between `from` and `end`, left to right. */
function scanRange(
  normalized: string,
  from: number,
  end: number,
  lexicon: readonly Theme[],
  found: (start: number, end: number, themes: readonly number[]) => void,
): void {
  const { table, starts } = lexicon === LEXICON ? lexiconTables() : scanTables(lexicon);
  let i = Math.max(0, from);
  while (i < end) {
    const code = normalized.charCodeAt(i);
    if (starts[code] === 0) {
      i++;
      continue;
    }
    const candidates = table.get(code);
    const hit = candidates?.find((c) => i + c.term.length <= end && normalized.startsWith(c.term, i));
    if (!hit) {
      i++;
      continue;
    }
    found(i, i + hit.term.length, hit.themes);
    i += hit.term.length;
  }
}

/**
 * Scans one text's sections for the lexicon's terms. `compare()` scans each text once and derives both
 * the per-section profiles (align stage) and the theme rows (result) from the same mentions.
 *
 * `whole`, the `scanTerms` of the same normalized text and lexicon, saves the scan: a section's
 * mentions are the whole's hits inside it, unless a hit straddles one of its ends (the scan of the
 * section alone would not have found it, and might find a shorter term there), and then the section
 * is scanned alone.
 */
export function findThemeMentions(
  text: ThemeText,
  lexicon: readonly Theme[] = LEXICON,
  whole?: TermHits,
): ThemeMentions {
  const byTheme: Mention[][] = Array.from({ length: lexicon.length }, () => []);
  text.sections.forEach((section, sectionIndex) => {
    const record = (start: number, end: number, themes: readonly number[]) => {
      for (const theme of themes) byTheme[theme]!.push({ start, end, section: sectionIndex });
    };
    const from = Math.max(0, section.start);
    const end = Math.min(section.end, text.normalized.length);
    if (whole === undefined) return scanRange(text.normalized, from, end, lexicon, record);
    const count = whole.start.length;
    const first = firstIndexWhere(count, (h) => whole.start[h]! >= from);
    const last = firstIndexWhere(count, (h) => whole.end[h]! > end);
    const straddles =
      (first > 0 && whole.end[first - 1]! > from) || (last < count && whole.start[last]! < end);
    if (straddles) return scanRange(text.normalized, from, end, lexicon, record);
    for (let h = first; h < last; h++) record(whole.start[h]!, whole.end[h]!, whole.themes[h]!);
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
