/**
 * CSV as spreadsheets read it (RFC 4180): comma-separated, CRLF between records, a field quoted when it
 * holds a comma, a quote, a line break or edge whitespace, its quotes doubled. The file starts with a
 * UTF-8 byte order mark, since Excel reads a CSV without one in the system's legacy code page and turns
 * every hanzi into mojibake.
 *
 * Untrusted text can start with `=`, `+`, `-` or `@`, which a spreadsheet runs as a formula (CSV
 * injection); such a field gets a leading apostrophe, the spreadsheets' own "this is text" marker. Numbers
 * are written as numbers and never guarded.
 *
 * Example: toCsv([['text', 'n'], ['说“好”,\n再说', 3]]) →
 *   '\uFEFFtext,n\r\n"说“好”,\n再说",3\r\n'   (the comma and line break force quotes; “ ” are not ASCII quotes)
 */

export type CsvValue = string | number | null;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
