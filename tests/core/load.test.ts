import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadFile, loadPasted, MAX_FILE_BYTES, MAX_TEXT_CHARS, type LoadResult } from '../../src/core/load';
import { declaredCharset, nulDensity, sniffBinary, sniffHtml } from '../../src/core/load/sniff';
import { comparisonFileText } from '../../src/core/share/file';
import type { ComparisonSnapshot } from '../../src/core/types';
import { PANZHIHUA } from './samples';

const simplified = PANZHIHUA;
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const bytesOf = (...parts: (number | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'number' ? [p] : ascii(p))));
const load = (name: string, bytes: Uint8Array | Buffer, encoding?: 'big5' | 'gb18030') =>
  loadFile(name, new Uint8Array(bytes), encoding ? { encoding } : {});

function expectText(result: LoadResult) {
  if (!result.ok || result.kind !== 'text') throw new Error(`expected text, got ${JSON.stringify(result)}`);
  return result;
}
function expectError(result: LoadResult) {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('sniffBinary: known formats by their first bytes', () => {
  const zipWith = (part: string) => bytesOf('PK', 3, 4, ...new Array(26).fill(0), part, 0, 0);
  it.each([
    { label: 'PDF', bytes: bytesOf('%PDF-1.7\n'), kind: 'pdf', says: 'PDF file: extract its text first' },
    {
      label: 'PNG',
      bytes: bytesOf(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0),
      kind: 'png',
      says: 'PNG image',
    },
    { label: 'JPEG', bytes: bytesOf(0xff, 0xd8, 0xff, 0xe0), kind: 'jpeg', says: 'OCR' },
    { label: 'GIF', bytes: bytesOf('GIF89a'), kind: 'gif', says: 'GIF image' },
    { label: 'WebP', bytes: bytesOf('RIFF', 0, 0, 0, 0, 'WEBPVP8 '), kind: 'webp', says: 'WebP image' },
    { label: 'docx', bytes: zipWith('word/document.xml'), kind: 'docx', says: 'Word document (.docx)' },
    { label: 'xlsx', bytes: zipWith('xl/workbook.xml'), kind: 'xlsx', says: 'Excel' },
    { label: 'plain zip', bytes: zipWith('notes.txt'), kind: 'zip', says: 'unpack it first' },
    { label: 'epub', bytes: zipWith('mimetypeapplication/epub+zip'), kind: 'epub', says: 'EPUB' },
    { label: 'gzip', bytes: bytesOf(0x1f, 0x8b, 8, 0), kind: 'gzip', says: 'unpack' },
    { label: '7z', bytes: bytesOf('7z', 0xbc, 0xaf, 0x27, 0x1c), kind: '7z', says: '7-Zip' },
    { label: 'RAR', bytes: bytesOf('Rar!', 0x1a, 0x07, 0), kind: 'rar', says: 'RAR' },
    {
      label: 'Word .doc (OLE)',
      bytes: bytesOf(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
      kind: 'ole',
      says: 'Word .doc',
    },
    { label: 'MP3 with ID3', bytes: bytesOf('ID3', 4, 0), kind: 'mp3', says: 'transcript' },
    { label: 'MP4', bytes: bytesOf(0, 0, 0, 0x20, 'ftypisom'), kind: 'mp4', says: 'MP4' },
    { label: 'RTF', bytes: bytesOf('{\\rtf1\\ansi'), kind: 'rtf', says: 'RTF' },
  ])('$label', ({ bytes, kind, says }) => {
    const found = sniffBinary(bytes);
    expect(found?.kind).toBe(kind);
    expect(found?.message).toContain(says);
  });

  it.each([
    { label: 'text starting with BM', bytes: bytesOf('BM is a subway line\n') },
    { label: 'text starting with PK', bytes: bytesOf('PK vs PK\n') },
    { label: 'UTF-16LE BOM is not MP3', bytes: bytesOf(0xff, 0xfe, 0x41, 0) },
    { label: 'a Chinese text', bytes: new Uint8Array(iconv.encode('统一战线', 'gb18030')) },
    { label: 'empty', bytes: new Uint8Array() },
  ])('not binary: $label', ({ bytes }) => {
    expect(sniffBinary(bytes)).toBeNull();
  });

  it('nulDensity counts zero bytes', () => {
    expect(nulDensity(bytesOf('ab', 0, 0))).toBe(0.5);
    expect(nulDensity(new Uint8Array())).toBe(0);
  });
});

describe('sniffHtml and declaredCharset', () => {
  it.each([
    { label: 'doctype', text: '<!DOCTYPE html><html>', html: true },
    { label: 'html tag after BOM and space', text: '\uFEFF \n<html lang="zh">', html: true },
    { label: 'xml prolog then html', text: '<?xml version="1.0"?>\n<html>', html: true },
    { label: 'head fragment after a comment', text: '<!-- saved --><head><meta charset=gbk>', html: true },
    { label: 'plain text mentioning html', text: '关于<html>标签的说明', html: false },
    { label: 'plain report', text: simplified, html: false },
  ])('sniffHtml: $label', ({ text, html }) => {
    expect(sniffHtml(text)).toBe(html);
  });

  it.each([
    { label: 'meta charset gb2312', head: '<meta charset="gb2312">', expected: 'gb18030' },
    { label: 'unquoted GBK', head: '<META CHARSET=GBK>', expected: 'gb18030' },
    {
      label: 'http-equiv content',
      head: '<meta http-equiv="Content-Type" content="text/html; charset=big5">',
      expected: 'big5',
    },
    { label: 'utf-8', head: "<meta charset='utf-8'>", expected: 'utf-8' },
    { label: 'unknown label', head: '<meta charset="shift_jis">', expected: null },
    { label: 'none', head: '<title>t</title>', expected: null },
  ])('declaredCharset: $label', ({ head, expected }) => {
    expect(declaredCharset(bytesOf(`<html><head>${head}</head>`))).toBe(expected);
  });
});

describe('loadFile', () => {
  it('a GB18030 .txt: text, encoding, no warnings', () => {
    const result = expectText(load('攀枝花.txt', iconv.encode(simplified, 'gb18030')));
    expect(result).toMatchObject({
      name: '攀枝花.txt',
      text: simplified,
      encoding: 'gb18030',
      format: 'text',
    });
    expect(result.warnings).toEqual([]);
  });

  it('a Big5 HTML page declaring its charset: reduced to text, script dropped', () => {
    const html =
      '<!DOCTYPE html><html><head><meta charset="big5"><title>畢節會議</title></head><body>' +
      '<nav><a href="/">首頁</a></nav><p>陳志剛強調，要統一思想，凝聚共識，明確方向。</p>' +
      '<script>alert(1)</script><p>統一戰線優勢獨特、內涵豐富。</p></body></html>';
    const result = expectText(load('畢節.html', iconv.encode(html, 'cp950')));
    expect(result.encoding).toBe('big5');
    expect(result.format).toBe('html');
    expect(result.text).toBe(
      '畢節會議\n陳志剛強調，要統一思想，凝聚共識，明確方向。\n統一戰線優勢獨特、內涵豐富。',
    );
    expect(result.warnings.map((w) => w.code)).toEqual(['little-chinese']);
  });

  it('an HTML page is recognised by its content even when named .txt', () => {
    expect(expectText(load('page.txt', Buffer.from('<!doctype html><p>文</p>'))).format).toBe('html');
  });

  it('the user’s encoding choice re-decodes the same bytes', () => {
    const bytes = iconv.encode(simplified, 'gb18030');
    const wrong = expectText(load('x.txt', bytes, 'big5'));
    expect(wrong.encoding).toBe('big5');
    expect(wrong.confidence).toBe('chosen');
    expect(wrong.text).not.toBe(simplified);
  });

  it.each([
    { label: 'empty file', name: 'e.txt', bytes: new Uint8Array(), code: 'empty', says: '0 bytes' },
    {
      label: 'file over the size limit',
      name: 'big.txt',
      bytes: new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41),
      code: 'too-large',
      says: '5.0 MB',
    },
    {
      label: 'PNG',
      name: 'a.png',
      bytes: bytesOf(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a),
      code: 'binary',
      says: 'PNG',
    },
    {
      label: 'unknown binary full of zero bytes',
      name: 'x.bin',
      bytes: bytesOf('abc', 0, 0, 0, 1, 2, 0, 0, 'z', 0x90, 0, 0),
      code: 'binary',
      says: 'zero bytes',
    },
    { label: 'only spaces', name: 's.txt', bytes: bytesOf('  \n\t \n'), code: 'no-text', says: 'no text' },
    {
      label: 'HTML with no text',
      name: 'n.html',
      bytes: bytesOf('<html><script>x()</script></html>'),
      code: 'no-text',
      says: 'no text',
    },
    {
      label: 'bytes that are no known encoding',
      name: 'k.txt',
      bytes: new Uint8Array(2000).map((_, i) => 0x80 + ((i * 37) % 0x7f)),
      code: 'unknown-encoding',
      says: 'UTF-8',
    },
  ])('refuses: $label', ({ name, bytes, code, says }) => {
    const error = expectError(load(name, bytes));
    expect(error.code).toBe(code);
    expect(error.message).toContain(says);
  });

  it('refuses a text longer than the per-side limit, naming the limit', () => {
    const error = expectError(load('long.txt', Buffer.from('中'.repeat(MAX_TEXT_CHARS + 1))));
    expect(error.code).toBe('too-long');
    expect(error.message).toContain('1,000,000');
  });

  it.each([
    { label: 'little Chinese', text: 'Mostly English, 一点中文.', codes: ['little-chinese'] },
    { label: 'replacement characters', text: simplified + '\uFFFD', codes: ['replacement-chars'] },
  ])('warns but loads: $label', ({ text, codes }) => {
    expect(expectText(load('w.txt', Buffer.from(text))).warnings.map((w) => w.code)).toEqual(codes);
  });

  it('opens a dropped comparison file as a whole comparison', () => {
    const snapshot: ComparisonSnapshot = {
      left: { name: 'a.txt', text: '甲' },
      right: { name: 'b.txt', text: '乙' },
      options: { minPhraseLength: 6, script: 'simplified' },
      view: { theme: null, phrase: null },
    };
    const result = load('mine.duizhao.json', Buffer.from(comparisonFileText(snapshot)));
    expect(result).toEqual({ ok: true, kind: 'comparison', name: 'mine.duizhao.json', snapshot });
  });

  it('a damaged comparison file is refused, not loaded as text', () => {
    const error = expectError(
      load('bad.duizhao.json', Buffer.from('{"duizhao": "comparison", "version": 1, "snapshot": {}}')),
    );
    expect(error.code).toBe('bad-comparison-file');
  });
});

describe('loadPasted', () => {
  it('plain text passes through unchanged', () => {
    expect(expectText(loadPasted(simplified))).toMatchObject({
      text: simplified,
      encoding: null,
      format: 'text',
      warnings: [],
    });
  });

  it('pasted HTML source is reduced to text', () => {
    const result = expectText(loadPasted('<!doctype html><p>统一<b>战线</b></p><script>alert(1)</script>'));
    expect(result).toMatchObject({ text: '统一战线', format: 'html' });
  });

  it.each([
    { label: 'nothing pasted', text: '', code: 'empty' },
    { label: 'only whitespace', text: ' \n ', code: 'no-text' },
    { label: 'too long', text: 'x'.repeat(MAX_TEXT_CHARS + 1), code: 'too-long' },
  ])('refuses: $label', ({ text, code }) => {
    expect(expectError(loadPasted(text)).code).toBe(code);
  });
});
