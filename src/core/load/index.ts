/**
 * Loading: a dropped/picked file or pasted text → the text one side of the comparison shows, or a
 * clear refusal. Nothing here replaces anything: the caller swaps a side in only on `ok: true`.
 * Plain TypeScript with no DOM: the app runs it in a worker (`src/worker/load.worker.ts`), and Node
 * runs the same load path (an evaluation harness reading `<p>…</p>` documents calls `loadFile`).
 *
 * `readFile` is the app's entry (async): a Word document or a PDF (`kind.ts`, by content) goes to its
 * reader in `documents.ts`, imported only then, with mammoth or pdf.js; every other file to `loadFile`.
 * `loadFile` is the synchronous reader of files that are text (the corpus evaluation calls it in Node);
 * handed a .docx or .pdf it answers that the document reader reads those.
 *
 * A file walks: size limits → what its bytes are (`kind.ts`: documents, known binary formats) → decode (BOM,
 * UTF-8, UTF-16, GB18030 vs Big5) → zero bytes left = binary → what its text is (`kind.ts`: a duizhao
 * comparison file, an HTML page, HTML paragraphs, plain text) → the reader for that kind → text checks.
 * The name is capped on the way in (`capName`), so every name the app holds can be written and read back.
 *
 * Example: loadFile('報告.html', big5Bytes) →
 *   { ok: true, kind: 'text', name: '報告.html', text: '標題\n正文…', format: 'html', encoding: 'big5',
 *     confidence: 'high', alternatives: […], warnings: [] }
 */
import type { ComparisonSnapshot } from '../types';
import { parseComparisonFile } from '../share/file';
import { capName, isolateName } from '../names';
import { decodeBytes, type Confidence, type EncodingScore } from './decode';
import type { EncodingName } from './encodings';
import { htmlToText } from './html';
import { documentFormat, isZeroFilled, kindOfBytes, kindOfText, type TextKind } from './kind';
import { checkFileSize, checkText, type LoadError, type LoadWarning } from './limits';
import { UNKNOWN_BINARY, declaredCharset } from './sniff';

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
  format: 'text' | 'html' | 'docx' | 'pdf';
  /** null for pasted text (it never was bytes) and for documents (.docx, .pdf: no encoding to choose). */
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
  /** Decode with this encoding instead of guessing (the user's choice). */
  encoding?: EncodingName;
  /** Where the site ships pdf.js's character maps and fonts (`…/pdfjs/`); see `documents.ts`. */
  pdfAssetsURL?: string;
}

type TextReader = (raw: string) => string;

/** One reader per kind of text (`kind.ts` decides which). */
const READERS: Record<Exclude<TextKind, 'comparison'>, { format: 'text' | 'html'; read: TextReader }> = {
  'html-page': { format: 'html', read: (raw) => htmlToText(raw) },
  'html-paragraphs': { format: 'html', read: (raw) => htmlToText(raw, { sourceLines: true }) },
  text: { format: 'text', read: (raw) => raw.replace(/^\uFEFF/, '') },
};

function readComparison(name: string, raw: string, quoted: string): LoadResult {
  const file = parseComparisonFile(raw);
  if (!file.ok)
    return { ok: false, error: { code: 'bad-comparison-file', message: `${quoted}${file.error.message}` } };
  return { ok: true, kind: 'comparison', name, snapshot: file.snapshot };
}

export function loadFile(rawName: string, bytes: Uint8Array, opts: LoadOptions = {}): LoadResult {
  const name = capName(rawName);
  const quoted = `“${isolateName(name)}”: `;
  const sizeError = checkFileSize(name, bytes.length);
  if (sizeError) return { ok: false, error: sizeError };

  const byteKind = kindOfBytes(bytes, name);
  if (byteKind.kind === 'document') {
    const label = byteKind.format === 'pdf' ? 'a PDF file' : 'a Word document (.docx)';
    return {
      ok: false,
      error: { code: 'document', message: `${quoted}This is ${label}: it is read by readFile, not as text.` },
    };
  }
  if (byteKind.kind === 'binary')
    return { ok: false, error: { code: 'binary', message: quoted + byteKind.binary.message } };

  const decoded = decodeBytes(bytes, opts.encoding, declaredCharset(bytes) ?? undefined);
  if (!decoded.ok) {
    return {
      ok: false,
      error: isZeroFilled(bytes)
        ? { code: 'binary', message: quoted + UNKNOWN_BINARY.message }
        : { code: 'unknown-encoding', message: quoted + decoded.error.message },
      alternatives: decoded.alternatives,
    };
  }
  const warnings: LoadWarning[] = [];
  if (!decoded.encoding.startsWith('utf-16')) {
    if (isZeroFilled(bytes)) {
      return { ok: false, error: { code: 'binary', message: quoted + UNKNOWN_BINARY.message } };
    }
    if (bytes.includes(0)) {
      warnings.push({
        code: 'nul-bytes',
        message: `“${isolateName(name)}” contains zero bytes; they were kept but may be damage.`,
      });
    }
  }

  const textKind = kindOfText(decoded.text, name);
  if (textKind === 'comparison') return readComparison(name, decoded.text, quoted);
  const reader = READERS[textKind];
  const text = reader.read(decoded.text);
  const checked = checkText(name, text);
  if (checked.error) return { ok: false, error: checked.error };
  if (decoded.confidence === 'low') {
    warnings.push({
      code: 'uncertain-encoding',
      message:
        `The encoding of “${isolateName(name)}” was hard to tell; it was read as ${decoded.encoding}. ` +
        'If the text looks garbled, choose another encoding.',
    });
  }
  return {
    ok: true,
    kind: 'text',
    name,
    text,
    format: reader.format,
    encoding: decoded.encoding,
    confidence: decoded.confidence,
    alternatives: decoded.alternatives,
    warnings: [...warnings, ...checked.warnings],
  };
}

/** The app's reader of a dropped or picked file: documents by their own readers, the rest as text. */
export async function readFile(
  rawName: string,
  bytes: Uint8Array,
  opts: LoadOptions = {},
): Promise<LoadResult> {
  const name = capName(rawName);
  const sizeError = checkFileSize(name, bytes.length);
  if (sizeError) return { ok: false, error: sizeError };
  const format = documentFormat(bytes);
  if (format === null) return loadFile(name, bytes, opts);
  const { readDocument } = await import('./documents');
  return readDocument(name, bytes, format, opts.pdfAssetsURL ? { pdfAssetsURL: opts.pdfAssetsURL } : {});
}

/**
 * Pasted text goes through the same checks and the same decision of its kind as a file's text:
 * pasted HTML source is reduced to text; text copied from a rendered page is already plain text.
 */
export function loadPasted(text: string, opts: { name?: string } = {}): LoadResult {
  const name = capName(opts.name ?? 'Pasted text');
  if (text === '')
    return { ok: false, error: { code: 'empty', message: 'Nothing was pasted: the text box is empty.' } };
  const textKind = kindOfText(text);
  if (textKind === 'comparison') return readComparison(name, text, '');
  const reader = READERS[textKind];
  const read = reader.read(text);
  const checked = checkText(name, read);
  if (checked.error) return { ok: false, error: checked.error };
  return {
    ok: true,
    kind: 'text',
    name,
    text: read,
    format: reader.format,
    encoding: null,
    confidence: 'certain',
    alternatives: [],
    warnings: checked.warnings,
  };
}
