/**
 * Download names: both texts' names and what the file holds, so a folder of exports sorts by
 * comparison and says what each file is.
 *
 * Example: exportFileName('phrases-csv', { left: '毕节.txt', right: '攀枝花.html' }) → `毕节-vs-攀枝花.phrases.csv`
 */
import { fileStem } from '../share/file';

export const EXPORT_KINDS = [
  'phrases-csv',
  'phrases-json',
  'outline-json',
  'themes-csv',
  'chart-svg',
  'chart-png',
  'report-html',
] as const;

export type ExportKind = (typeof EXPORT_KINDS)[number];

const SUFFIX: Record<ExportKind, string> = {
  'phrases-csv': '.phrases.csv',
  'phrases-json': '.phrases.json',
  'outline-json': '.outline.json',
  'themes-csv': '.themes.csv',
  'chart-svg': '.themes.svg',
  'chart-png': '.themes.png',
  'report-html': '.report.html',
};

export const EXPORT_MIME: Record<ExportKind, string> = {
  'phrases-csv': 'text/csv;charset=utf-8',
  'phrases-json': 'application/json',
  'outline-json': 'application/json',
  'themes-csv': 'text/csv;charset=utf-8',
  'chart-svg': 'image/svg+xml',
  'chart-png': 'image/png',
  'report-html': 'text/html;charset=utf-8',
};

export function exportFileName(kind: ExportKind, names: { left: string; right: string }): string {
  return `${fileStem(names.left)}-vs-${fileStem(names.right)}${SUFFIX[kind]}`;
}
