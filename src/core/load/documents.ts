/**
 * Documents with a reader of their own (.docx, .pdf) → a `LoadResult`, like a text file's. Each reader
 * and its library (mammoth, pdf.js: hundreds of KB) is imported only here, dynamically, when such a file
 * is dropped: the page's first JavaScript and the load worker's own code never carry them.
 *
 * Refusals say what to do: a PDF without a text layer (a scan) is sent to text recognition, a
 * password-protected or damaged one back to its source.
 *
 * Example: readDocument('报告.pdf', bytes, 'pdf') →
 *   { ok: true, kind: 'text', name: '报告.pdf', text: '…', format: 'pdf', encoding: null, … }
 */
import { isolateName } from '../names';
import type { DocumentFormat } from './kind';
import { checkText, type LoadWarning } from './limits';
import type { LoadResult } from './index';

export interface DocumentOptions {
  /** Base URL (ending in `/`) of pdf.js's shipped character maps and fonts (`cmaps/`, `standard_fonts/`). */
  pdfAssetsURL?: string;
}

const SCAN_ADVICE =
  'duizhao needs the text, not pictures of it. Run the PDF through text recognition (OCR: for example ' +
  'Adobe Acrobat, WPS, or ABBYY FineReader) and load the result, or load the original Word or web version.';

interface Extracted {
  text: string;
  warnings: LoadWarning[];
}

async function extract(
  name: string,
  bytes: Uint8Array,
  format: DocumentFormat,
  options: DocumentOptions,
): Promise<Extracted | { error: string; code: 'no-text' | 'unreadable' }> {
  const quoted = `“${isolateName(name)}”`;
  if (format === 'docx') {
    const { readDocx } = await import('./docx');
    try {
      const read = await readDocx(bytes);
      return { text: read.text, warnings: [] };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        code: 'unreadable',
        error:
          `${quoted} looks like a Word document but could not be read (${detail}). ` +
          'Open it in Word or WPS, save it again as .docx (or export it as PDF), and load that.',
      };
    }
  }
  const { readPdf } = await import('./pdf');
  const read = await readPdf(bytes, options.pdfAssetsURL ? { assetsURL: options.pdfAssetsURL } : {});
  if (!read.ok) {
    if (read.reason === 'no-text-layer')
      return {
        code: 'no-text',
        error: `${quoted} is a PDF without a text layer (a scan, or pictures of pages). ${SCAN_ADVICE}`,
      };
    if (read.reason === 'encrypted')
      return {
        code: 'unreadable',
        error: `${quoted} is protected by a password. Open it in a PDF reader, save an unprotected copy, and load that.`,
      };
    return {
      code: 'unreadable',
      error: `${quoted} could not be read as a PDF (${read.detail}). The file may be damaged: download it again.`,
    };
  }
  const warnings: LoadWarning[] = [];
  if (read.pagesWithoutText.length > 0) {
    warnings.push({
      code: 'pages-without-text',
      message:
        `${quoted}: ${read.pagesWithoutText.length} of ${read.pages} pages have no text layer (scanned?) and ` +
        `were skipped: page ${read.pagesWithoutText.slice(0, 10).join(', ')}${read.pagesWithoutText.length > 10 ? ', …' : ''}.`,
    });
  }
  return { text: read.text, warnings };
}

export async function readDocument(
  name: string,
  bytes: Uint8Array,
  format: DocumentFormat,
  options: DocumentOptions = {},
): Promise<LoadResult> {
  const extracted = await extract(name, bytes, format, options);
  if ('error' in extracted) return { ok: false, error: { code: extracted.code, message: extracted.error } };
  const checked = checkText(name, extracted.text);
  if (checked.error) return { ok: false, error: checked.error };
  return {
    ok: true,
    kind: 'text',
    name,
    text: extracted.text,
    format,
    encoding: null,
    confidence: 'certain',
    alternatives: [],
    warnings: [...extracted.warnings, ...checked.warnings],
  };
}
