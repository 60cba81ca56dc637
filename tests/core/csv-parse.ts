/**
 * A strict RFC 4180 reader for the tests (written apart from the exporter, so a test reads what a
 * spreadsheet would): BOM dropped, CRLF or LF between records, quoted fields with doubled quotes and
 * embedded line breaks. Throws on a stray quote, so a quoting bug fails loudly.
 */
export function parseCsv(text: string): string[][] {
  const input = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  while (i < input.length) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (char === '"') {
        quoted = false;
        i++;
        if (i < input.length && !',\r\n'.includes(input[i]!))
          throw new Error(`text after a closing quote at ${i}`);
      } else {
        field += char;
        i++;
      }
      continue;
    }
    if (char === '"') {
      if (fieldStarted) throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = true;
      fieldStarted = true;
      i++;
    } else if (char === ',') {
      row.push(field);
      field = '';
      fieldStarted = false;
      i++;
    } else if (char === '\r' || char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStarted = false;
      i += char === '\r' && input[i + 1] === '\n' ? 2 : 1;
    } else {
      field += char;
      fieldStarted = true;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (fieldStarted || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
