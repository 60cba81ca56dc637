/**
 * What a file is, decided in one place: first by its bytes (before decoding), then by its decoded
 * content. The file's name is a hint only: a `.html` holding plain text keeps its lines, and a `.txt`
 * made of `<p>…</p>` paragraphs is read as HTML.
 *
 *   kindOfBytes(bytes, name?)
 *     'document'         a format with a reader of its own (`documents.ts`): 'pdf' (starts with `%PDF-`)
 *                        or 'docx' (a ZIP holding `word/document.xml`, whatever the file's name)
 *     'binary'           a known format by its magic bytes (refused with advice: .doc and .wps are told
 *                        to save as .docx or PDF; the name only picks which of the two to name)
 *     'text'             decode it
 *   kindOfText(text, name?)
 *     'comparison'       a duizhao comparison file (`{"duizhao": "comparison", …}`)
 *     'html-page'        a page: starts with a doctype, `<html>`, `<head>`, `<body>`, `<meta>` or `<title>`
 *     'html-paragraphs'  markup without a page around it: at least half the non-blank lines carry a
 *                        block tag (`<p>`, `<div>`, `<br>`, `<h1>`, `<li>`, `<tr>`…), or the name says
 *                        HTML and one line does. Read as HTML, but every source line stays a line: in
 *                        doubt, keep the lines.
 *     'text'             anything else, lines as they are (a stray `<script>` in a .txt is text)
 *
 * Example: kindOfText('<p>一、总体要求</p>\n<p>（一）指导思想</p>') → 'html-paragraphs';
 *          kindOfText('标题\n正文', 'report.html') → 'text'.
 */
import { looksLikeComparisonFile } from '../share/file';
import { BINARY_NUL_DENSITY, nulDensity, sniffBinary, sniffHtml, type BinaryKind } from './sniff';
import { isZip, zipPartNames } from './zip';

export type DocumentFormat = 'docx' | 'pdf';
export type ByteKind =
  { kind: 'document'; format: DocumentFormat } | { kind: 'binary'; binary: BinaryKind } | { kind: 'text' };
export type TextKind = 'comparison' | 'html-page' | 'html-paragraphs' | 'text';

const HTML_NAME = /\.(x?html?|xht|mht)$/i;
const BLOCK_TAG =
  /<\/?(?:p|div|br|hr|h[1-6]|li|ul|ol|dl|dt|dd|table|tr|td|th|section|article|blockquote|pre|header|footer|main)(?=[\s/>])[^<>]*>/i;
/** Lines looked at for block tags: enough for a verdict on any real document, bounded on a huge one. */
const SAMPLE_CHARS = 256 * 1024;

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export function documentFormat(bytes: Uint8Array): DocumentFormat | null {
  if (PDF_MAGIC.every((b, i) => bytes[i] === b)) return 'pdf';
  if (isZip(bytes) && zipPartNames(bytes).includes('word/document.xml')) return 'docx';
  return null;
}

export function kindOfBytes(bytes: Uint8Array, name = ''): ByteKind {
  const format = documentFormat(bytes);
  if (format) return { kind: 'document', format };
  const binary = sniffBinary(bytes, name);
  return binary ? { kind: 'binary', binary } : { kind: 'text' };
}

/** Full of zero bytes once decoded as a non-UTF-16 encoding: binary we have no signature for. */
export function isZeroFilled(bytes: Uint8Array): boolean {
  return nulDensity(bytes) > BINARY_NUL_DENSITY;
}

export function kindOfText(text: string, name = ''): TextKind {
  if (looksLikeComparisonFile(text)) return 'comparison';
  if (sniffHtml(text)) return 'html-page';
  let lines = 0;
  let marked = 0;
  for (const line of text.slice(0, SAMPLE_CHARS).split(/\r\n?|\n/)) {
    if (line.trim() === '') continue;
    lines++;
    if (BLOCK_TAG.test(line)) marked++;
  }
  if (marked > 0 && (marked * 2 >= lines || HTML_NAME.test(name))) return 'html-paragraphs';
  return 'text';
}
