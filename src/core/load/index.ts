/**
 * Loading: a dropped/picked file or pasted text → the text one side of the comparison shows, or a
 * clear refusal. Nothing here replaces anything: the caller swaps a side in only on `ok: true`.
 *
 * A file walks: size limits → known binary formats (magic bytes) → decode (BOM, UTF-8, UTF-16, GB18030
 * vs Big5) → zero bytes left = binary → a duizhao comparison file? → HTML page → text → text checks.
 *
 * Example: loadFile('報告.html', big5Bytes, { parseHtml }) →
 *   { ok: true, kind: 'text', name: '報告.html', text: '標題\n正文…', format: 'html', encoding: 'big5',
 *     confidence: 'high', alternatives: […], warnings: [] }
 */
import type { ComparisonSnapshot } from '../types';
import { looksLikeComparisonFile, parseComparisonFile } from '../share/file';
import { decodeBytes, type Confidence, type EncodingScore } from './decode';
import type { EncodingName } from './encodings';
import { htmlToText } from './html';
import { checkFileSize, checkText, type LoadError, type LoadWarning } from './limits';
import {
  BINARY_NUL_DENSITY,
  UNKNOWN_BINARY,
  declaredCharset,
  nulDensity,
  sniffBinary,
  sniffHtml,
} from './sniff';

export type { EncodingName } from './encodings';
export { ENCODINGS, ENCODING_LABELS } from './encodings';
export type { LoadError, LoadWarning } from './limits';
export { MAX_FILE_BYTES, MAX_TEXT_CHARS, MIN_HAN_CHARS, formatBytes } from './limits';
export type { Confidence, EncodingScore } from './decode';

export interface LoadedText {
  ok: true;
  kind: 'text';
  name: string;
  text: string;
  format: 'text' | 'html';
  /** null for pasted text (it never was bytes). */
  encoding: EncodingName | null;
  confidence: Confidence;
  alternatives: EncodingScore[];
  warnings: LoadWarning[];
}

export interface LoadedComparison {
  ok: true;
  kind: 'comparison';
  name: string;
  snapshot: ComparisonSnapshot;
}

export interface LoadFailure {
  ok: false;
  error: LoadError;
  /** Scores per encoding when decoding failed, so the UI can offer "try as…". */
  alternatives?: EncodingScore[];
}

export type LoadResult = LoadedText | LoadedComparison | LoadFailure;

export interface LoadOptions {
  /** The browser's `new DOMParser().parseFromString(html, 'text/html')`; injected so core stays DOM-free. */
  parseHtml: (html: string) => Document;
  /** Decode with this encoding instead of guessing (the user's choice). */
  encoding?: EncodingName;
}

const HTML_NAME = /\.(x?html?|xht|mht)$/i;

function finishText(
  name: string,
  raw: string,
  format: 'text' | 'html',
  parseHtml: ((html: string) => Document) | undefined,
): { text: string; format: 'text' | 'html' } {
  if (format === 'html' && parseHtml) return { text: htmlToText(parseHtml(raw)), format };
  return { text: raw.replace(/^\uFEFF/, ''), format: 'text' };
}

export function loadFile(name: string, bytes: Uint8Array, opts: LoadOptions): LoadResult {
  const sizeError = checkFileSize(name, bytes.length);
  if (sizeError) return { ok: false, error: sizeError };

  const binary = sniffBinary(bytes);
  if (binary) return { ok: false, error: { code: 'binary', message: `“${name}”: ${binary.message}` } };

  const decoded = decodeBytes(bytes, opts.encoding, declaredCharset(bytes) ?? undefined);
  if (!decoded.ok) {
    const nul = nulDensity(bytes) > BINARY_NUL_DENSITY;
    return {
      ok: false,
      error: nul
        ? { code: 'binary', message: `“${name}”: ${UNKNOWN_BINARY.message}` }
        : { code: 'unknown-encoding', message: `“${name}”: ${decoded.error.message}` },
      alternatives: decoded.alternatives,
    };
  }
  const warnings: LoadWarning[] = [];
  if (!decoded.encoding.startsWith('utf-16')) {
    const density = nulDensity(bytes);
    if (density > BINARY_NUL_DENSITY) {
      return { ok: false, error: { code: 'binary', message: `“${name}”: ${UNKNOWN_BINARY.message}` } };
    }
    if (density > 0) {
      warnings.push({
        code: 'nul-bytes',
        message: `“${name}” contains zero bytes; they were kept but may be damage.`,
      });
    }
  }

  if (looksLikeComparisonFile(decoded.text)) {
    const file = parseComparisonFile(decoded.text);
    if (!file.ok)
      return {
        ok: false,
        error: { code: 'bad-comparison-file', message: `“${name}”: ${file.error.message}` },
      };
    return { ok: true, kind: 'comparison', name, snapshot: file.snapshot };
  }

  const isHtml = sniffHtml(decoded.text) || HTML_NAME.test(name);
  const { text, format } = finishText(name, decoded.text, isHtml ? 'html' : 'text', opts.parseHtml);
  const checked = checkText(name, text);
  if (checked.error) return { ok: false, error: checked.error };
  if (decoded.confidence === 'low') {
    warnings.push({
      code: 'uncertain-encoding',
      message:
        `The encoding of “${name}” was hard to tell; it was read as ${decoded.encoding}. ` +
        'If the text looks garbled, choose another encoding.',
    });
  }
  return {
    ok: true,
    kind: 'text',
    name,
    text,
    format,
    encoding: decoded.encoding,
    confidence: decoded.confidence,
    alternatives: decoded.alternatives,
    warnings: [...warnings, ...checked.warnings],
  };
}

/**
 * Pasted text goes through the same text checks. Pasted HTML source (it starts like a page) is reduced
 * to text when `parseHtml` is given; text copied from a rendered page is already plain text.
 */
export function loadPasted(
  text: string,
  opts: { name?: string; parseHtml?: (html: string) => Document } = {},
): LoadResult {
  const name = opts.name ?? 'Pasted text';
  if (text === '')
    return { ok: false, error: { code: 'empty', message: 'Nothing was pasted: the text box is empty.' } };
  if (looksLikeComparisonFile(text)) {
    const file = parseComparisonFile(text);
    if (!file.ok) return { ok: false, error: { code: 'bad-comparison-file', message: file.error.message } };
    return { ok: true, kind: 'comparison', name, snapshot: file.snapshot };
  }
  const isHtml = opts.parseHtml !== undefined && sniffHtml(text);
  const finished = finishText(name, text, isHtml ? 'html' : 'text', opts.parseHtml);
  const checked = checkText(name, finished.text);
  if (checked.error) return { ok: false, error: checked.error };
  return {
    ok: true,
    kind: 'text',
    name,
    text: finished.text,
    format: finished.format,
    encoding: null,
    confidence: 'certain',
    alternatives: [],
    warnings: checked.warnings,
  };
}
