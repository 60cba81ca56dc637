import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/core/export/csv';
import { parseCsv } from './csv-parse';

describe('csvField: one field, quoted only when it must be', () => {
  const cases: [label: string, value: string | number | null, expected: string][] = [
    ['plain hanzi stay bare', '统一战线', '统一战线'],
    ['a full-width comma needs no quotes', '统一思想，凝聚共识', '统一思想，凝聚共识'],
    ['an ASCII comma forces quotes', '统一思想,凝聚共识', '"统一思想,凝聚共识"'],
    ['Chinese quotes are not CSV quotes', '“直通车”优势', '“直通车”优势'],
    ['ASCII quotes are doubled inside quotes', '所谓"法宝"', '"所谓""法宝"""'],
    ['a line break forces quotes', '第一段\n第二段', '"第一段\n第二段"'],
    ['a CRLF forces quotes', '第一段\r\n第二段', '"第一段\r\n第二段"'],
    ['leading space is kept by quoting', '  8月18日', '"  8月18日"'],
    ['a formula start gets an apostrophe', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['a leading minus in text is guarded too', '-统战', "'-统战"],
    ['numbers are written as numbers', 42, '42'],
    ['negative numbers are not guarded', -3, '-3'],
    ['null is an empty field', null, ''],
  ];
  it.each(cases)('%s', (_label, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b', 2],
      ]),
    ).toBe('\uFEFFa,1\r\nb,2\r\n');
  });

  it('round-trips any text through a strict reader (formula starts aside)', () => {
    const text = fc.string({
      unit: fc.constantFrom('统', '战', ',', '"', '\n', '\r', ' ', 'a', '，', '“', '𠮷'),
    });
    const cell = text.filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          // A lone empty field is an empty line, which a reader cannot tell from no record: give rows two fields.
          const padded = rows.map((row) => (row.length === 1 ? [...row, 'x'] : row));
          expect(parseCsv(toCsv(padded))).toEqual(padded);
        },
      ),
      { numRuns: 300 },
    );
  });
});
