/**
 * The theme table as CSV: one row per theme of the lexicon (mentioned or not, so two exports line up
 * row for row), with counts, rates per 1,000 Han characters, which report covers it, and the sections
 * holding its mentions.
 *
 * Example row: poverty,脱贫攻坚,Poverty alleviation,both,3,1.52,"L-task-2 L-task-5",1,0.87,R-task-4,扶贫;脱贫…
 */
import type { ThemeRow } from '../types';
import { toCsv } from './csv';

export const THEME_CSV_HEADER = [
  'theme',
  'label_zh',
  'label_en',
  'coverage',
  'left_count',
  'left_per_1000',
  'left_sections',
  'right_count',
  'right_per_1000',
  'right_sections',
  'terms',
] as const;

function coverage(row: ThemeRow): 'both' | 'left' | 'right' | 'neither' {
  if (row.left.count > 0 && row.right.count > 0) return 'both';
  if (row.left.count > 0) return 'left';
  return row.right.count > 0 ? 'right' : 'neither';
}

/** Rates rounded to 0.01 per 1,000: finer than any count in a report of under 100,000 characters moves. */
const rate = (value: number) => Math.round(value * 100) / 100;

export function themesCsv(themes: readonly ThemeRow[]): string {
  return toCsv([
    THEME_CSV_HEADER,
    ...themes.map((row) => [
      row.theme,
      row.label.zh,
      row.label.en,
      coverage(row),
      row.left.count,
      rate(row.left.per1000),
      row.left.sections.join(' '),
      row.right.count,
      rate(row.right.per1000),
      row.right.sections.join(' '),
      row.terms.join(';'),
    ]),
  ]);
}
