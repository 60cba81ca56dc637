/**
 * Word and PDF through the app's load path in Node (`readFile`): which files are documents (by content,
 * not by name), what each reader gives back (fixtures made here: a .docx in Word's automatic numbering
 * (./numbered-docx), a PDF written by hand that needs a predefined CJK character map), and the refusals
 * with their advice.
 */
import { describe, expect, it } from 'vitest';
import { loadFile, readFile, type LoadResult } from '../../src/core/load';
import { documentFormat, kindOfBytes } from '../../src/core/load/kind';
import { zipPartNames } from '../../src/core/load/zip';
import { cmapPdf } from './cmap-pdf';
import { numberedDocx } from './numbered-docx';

const ascii = (text: string) => new TextEncoder().encode(text);

function text(result: LoadResult): string {
  if (!result.ok || result.kind !== 'text') throw new Error(`not loaded: ${JSON.stringify(result)}`);
  return result.text;
}

function refusal(result: LoadResult): string {
  if (result.ok) throw new Error(`loaded, but should be refused: ${JSON.stringify(result).slice(0, 200)}`);
  return result.error.message;
}

/** A report in Word's automatic numbering on three levels, with a table (expected text below, by hand). */
function reportDocx(): Promise<Uint8Array> {
  return numberedDocx([
    { text: '关于进一步加强基层治理的报告' },
    { text: '总体要求', level: 0 },
    { text: '指导思想', level: 1 },
    { text: '基本原则', level: 1 },
    { text: '坚持党的领导', level: 2 },
    { text: '坚持人民至上', level: 2 },
    { text: '主要任务', level: 0 },
    { text: '健全组织体系', level: 1 },
    { table: [['指标', '目标值']] },
    { text: '特此报告。' },
  ]);
}

describe('which files are documents', () => {
  it('knows a .docx by word/document.xml in its ZIP index, whatever its name', async () => {
    const docx = await reportDocx();
    expect(zipPartNames(docx)).toContain('word/document.xml');
    expect(documentFormat(docx)).toBe('docx');
    expect(kindOfBytes(docx, 'report.txt')).toEqual({ kind: 'document', format: 'docx' });
  });
  it('knows a PDF by %PDF- at the start, and only there', () => {
    expect(documentFormat(ascii('%PDF-1.7\n…'))).toBe('pdf');
    expect(documentFormat(ascii('见附件 %PDF-1.7'))).toBeNull();
  });
  it('takes a ZIP without word/document.xml (an .xlsx) for a refused archive, not a Word file', () => {
    const xlsx = new Uint8Array([
      ...ascii('PK\x03\x04'),
      ...new Array(26).fill(0),
      ...ascii('xl/workbook.xml'),
    ]);
    expect(documentFormat(xlsx)).toBeNull();
    expect(kindOfBytes(xlsx)).toMatchObject({ kind: 'binary', binary: { kind: 'xlsx' } });
  });
  it.each([
    { name: '报告.doc', label: 'Word 97–2003 document (.doc)' },
    { name: '报告.WPS', label: 'WPS Writer document (.wps)' },
    { name: '报告.bin', label: 'Word 97–2003 (.doc), WPS (.wps) or other Office 97–2003 file' },
  ])(
    'refuses an Office 97–2003 file named $name with advice to save as .docx or PDF',
    async ({ name, label }) => {
      const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
      const message = refusal(await readFile(name, ole));
      expect(message).toContain(`This is a ${label}`);
      expect(message).toContain('save it as .docx (or export it as PDF)');
    },
  );
  it('the synchronous text reader says a document is not its to read', async () => {
    expect(refusal(loadFile('a.docx', await reportDocx()))).toContain('read by readFile');
  });
});

describe('.docx read with mammoth, Word numbering written into the text', () => {
  it('gives one paragraph a line, list numbers as Word shows them, table cells as lines', async () => {
    const result = await readFile('报告.docx', await reportDocx());
    expect(text(result)).toBe(
      [
        '关于进一步加强基层治理的报告',
        '一、总体要求',
        '（一）指导思想',
        '（二）基本原则',
        '1. 坚持党的领导',
        '2. 坚持人民至上',
        '二、主要任务',
        '（一）健全组织体系',
        '指标',
        '目标值',
        '特此报告。',
      ].join('\n'),
    );
    expect(result).toMatchObject({ format: 'docx', encoding: null });
  });
  it.each([
    { label: 'the parts damaged, the index kept', from: 0.05, to: 0.6 },
    { label: 'the index at the end cut off', from: 0.6, to: 1 },
  ])('refuses a damaged .docx with advice: $label', async ({ from, to }) => {
    const docx = await reportDocx();
    const damaged = docx.slice();
    damaged.fill(0x20, Math.floor(docx.length * from), Math.floor(docx.length * to));
    const message = refusal(await readFile('坏.docx', damaged));
    expect(message).toContain('could not be read');
    expect(message).toContain('save it again as .docx');
  });
});

describe('.pdf read with pdf.js', () => {
  it('reads Chinese that needs a predefined character map (UniGB-UCS2-H), lines joined into paragraphs', async () => {
    const body = '要坚持以人民为中心的发展思想，统筹发展和安全，推动基层治理体系和治理能力现代化。';
    const result = await readFile('宋体.pdf', cmapPdf(['关于加强基层治理的报告', '一、总体要求', body]));
    expect(text(result)).toBe(['关于加强基层治理的报告', '一、总体要求', body].join('\n'));
    expect(result).toMatchObject({ format: 'pdf', encoding: null });
  });
  it('refuses a PDF without a text layer, with advice (OCR, or the original document)', async () => {
    const message = refusal(await readFile('扫描.pdf', cmapPdf([])));
    expect(message).toContain('“\u2068扫描.pdf\u2069” is a PDF without a text layer');
    expect(message).toContain('text recognition (OCR');
  });
  it('refuses a damaged PDF with advice', async () => {
    const message = refusal(
      await readFile('坏.pdf', ascii('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF')),
    );
    expect(message).toMatch(/could not be read as a PDF|without a text layer/);
  });
});
