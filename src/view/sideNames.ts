/**
 * What each report is called on the page (column heads, header cards, the theme chart's legend, the
 * phrase list, exports): the place it comes from, or its file name. Two reports of one place (two
 * years of the national United Front work conference, both `北京`) would read as one name twice, so
 * names that tie are told apart by what differs: the year, then the whole date, then the file names.
 *
 * Example: places 北京 and 北京, meetings 2024-01-23 and 2026-01-28 → `北京 2024`, `北京 2026`;
 * meetings written `23日` and `28日` (no year) → the file names, `xf-2024.txt` and `xf-2026.txt`.
 */
import type { Comparison, DateField, Report } from '../core/types';
import { shown } from './meta';

export interface SideNames {
  left: string;
  right: string;
}

/** The meeting date (what a meeting report is about), else the publication date. */
function dateOf(report: Report): DateField | undefined {
  return report.meta.meeting ?? report.meta.published;
}

export function sideNames(comparison: Comparison | null | undefined, files: SideNames): SideNames {
  if (!comparison) return files;
  const left = shown(comparison.left.meta.place) ?? files.left;
  const right = shown(comparison.right.meta.place) ?? files.right;
  if (left !== right) return { left, right };
  const dates = { left: dateOf(comparison.left), right: dateOf(comparison.right) };
  const years = { left: dates.left?.year, right: dates.right?.year };
  if (years.left !== undefined && years.right !== undefined && years.left !== years.right)
    return { left: `${left} ${years.left}`, right: `${right} ${years.right}` };
  const isos = { left: dates.left?.iso, right: dates.right?.iso };
  if (isos.left !== undefined && isos.right !== undefined && isos.left !== isos.right)
    return { left: `${left} ${isos.left}`, right: `${right} ${isos.right}` };
  if (files.left !== files.right) return files;
  // The same name on both sides: the 左/右 marks beside every name still tell them apart.
  return { left, right };
}
