/**
 * What a file is, judged by its first bytes, before we try to read it as text.
 *
 *   - `sniffBinary`: known binary formats by their magic bytes, each with advice for the user
 *     (`%PDF-` → "This is a PDF file: extract its text first…");
 *   - `nulDensity`: share of 00 bytes, for binary files we have no signature for (only meaningful once
 *     UTF-16 has been ruled out: UTF-16 text is full of 00 bytes);
 *   - `sniffHtml` / `declaredCharset`: whether decoded text is an HTML page, and the encoding the page
 *     declares in `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`.
 *
 * Example: `sniffBinary(pngBytes)` → { kind: 'png', label: 'PNG image', message: 'This is a PNG image…' }.
 */
import { encodingFromLabel, type EncodingName } from './encodings';

export interface BinaryKind {
  /** Stable id for tests and the UI. */
  kind: string;
  /** What a person calls it: "PDF file", "Word document (.docx)". */
  label: string;
  /** One or two sentences: what it is and what to do instead. */
  message: string;
}

interface Signature {
  kind: string;
  label: string;
  at: number;
  bytes: (number | string)[];
  advice: 'document' | 'old-office' | 'image' | 'archive' | 'media' | 'program';
}

/** Signatures from the formats' specifications; `string` parts are ASCII. */
const SIGNATURES: Signature[] = [
  { kind: 'pdf', label: 'PDF file', at: 0, bytes: ['%PDF-'], advice: 'document' },
  { kind: 'png', label: 'PNG image', at: 0, bytes: [0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a], advice: 'image' },
  { kind: 'jpeg', label: 'JPEG image', at: 0, bytes: [0xff, 0xd8, 0xff], advice: 'image' },
  { kind: 'gif', label: 'GIF image', at: 0, bytes: ['GIF8'], advice: 'image' },
  { kind: 'webp', label: 'WebP image', at: 8, bytes: ['WEBP'], advice: 'image' },
  { kind: 'tiff', label: 'TIFF image', at: 0, bytes: ['II*', 0x00], advice: 'image' },
  { kind: 'tiff', label: 'TIFF image', at: 0, bytes: ['MM', 0x00, '*'], advice: 'image' },
  { kind: 'bmp', label: 'BMP image', at: 0, bytes: ['BM'], advice: 'image' },
  {
    kind: 'ole',
    label: 'Word 97–2003 (.doc), WPS (.wps) or other Office 97–2003 file',
    at: 0,
    advice: 'old-office',
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  },
  { kind: 'rtf', label: 'RTF document', at: 0, bytes: ['{\\rtf'], advice: 'document' },
  { kind: 'gzip', label: 'gzip archive', at: 0, bytes: [0x1f, 0x8b], advice: 'archive' },
  { kind: '7z', label: '7-Zip archive', at: 0, bytes: ['7z', 0xbc, 0xaf, 0x27, 0x1c], advice: 'archive' },
  { kind: 'rar', label: 'RAR archive', at: 0, bytes: ['Rar!', 0x1a, 0x07], advice: 'archive' },
  { kind: 'bzip2', label: 'bzip2 archive', at: 0, bytes: ['BZh'], advice: 'archive' },
  { kind: 'xz', label: 'xz archive', at: 0, bytes: [0xfd, '7zXZ', 0x00], advice: 'archive' },
  { kind: 'mp3', label: 'MP3 audio', at: 0, bytes: ['ID3'], advice: 'media' },
  { kind: 'mp3', label: 'MP3 audio', at: 0, bytes: [0xff, 0xfb], advice: 'media' },
  { kind: 'mp4', label: 'MP4 / MOV video or audio', at: 4, bytes: ['ftyp'], advice: 'media' },
  { kind: 'wav', label: 'WAV audio', at: 8, bytes: ['WAVE'], advice: 'media' },
  { kind: 'avi', label: 'AVI video', at: 8, bytes: ['AVI '], advice: 'media' },
  { kind: 'ogg', label: 'Ogg audio or video', at: 0, bytes: ['OggS'], advice: 'media' },
  { kind: 'flac', label: 'FLAC audio', at: 0, bytes: ['fLaC'], advice: 'media' },
  { kind: 'webm', label: 'WebM / Matroska video', at: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3], advice: 'media' },
  { kind: 'elf', label: 'program (ELF)', at: 0, bytes: [0x7f, 'ELF'], advice: 'program' },
  { kind: 'wasm', label: 'WebAssembly module', at: 0, bytes: [0x00, 'asm'], advice: 'program' },
  { kind: 'sqlite', label: 'SQLite database', at: 0, bytes: ['SQLite format 3', 0x00], advice: 'program' },
  { kind: 'woff', label: 'web font', at: 0, bytes: ['wOF'], advice: 'program' },
];

const ADVICE: Record<Signature['advice'], string> = {
  document:
    'extract its text first (for example, copy it from a reader or save it as plain text) and load that.',
  'old-office':
    'duizhao reads Word .docx and PDF, not this older format. Open it in Word or WPS, save it as .docx ' +
    '(or export it as PDF), and load that.',
  image: 'duizhao compares text, not pictures. If it is a scan, run it through text recognition (OCR) first.',
  archive: 'unpack it first and load the text files inside.',
  media: 'duizhao compares written text: load a transcript instead.',
  program: 'it holds no text to compare. Load a .txt, .html, .docx or .pdf file.',
};

function flatten(parts: (number | string)[]): number[] {
  return parts.flatMap((p) => (typeof p === 'number' ? [p] : [...p].map((c) => c.charCodeAt(0))));
}

function matchesAt(bytes: Uint8Array, at: number, expected: number[]): boolean {
  if (bytes.length < at + expected.length) return false;
  return expected.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < Math.min(to, bytes.length); i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/** ZIP containers: tell Office and e-book files apart by the part names in the first local headers. */
function sniffZip(bytes: Uint8Array): BinaryKind | null {
  if (!matchesAt(bytes, 0, [0x50, 0x4b]) || !(bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7))
    return null;
  const head = ascii(bytes, 0, 4096);
  let label = 'ZIP archive';
  let kind = 'zip';
  let advice = ADVICE.archive;
  // A readable .docx never gets here (`kind.ts` finds word/document.xml in its index first).
  if (head.includes('word/'))
    return {
      kind: 'docx',
      label: 'Word document (.docx)',
      message:
        'This looks like a Word document (.docx), but it could not be read: its parts are missing or damaged. ' +
        'Open it in Word or WPS, save it again as .docx (or export it as PDF), and load that.',
    };
  else if (head.includes('xl/')) [kind, label, advice] = ['xlsx', 'Excel workbook (.xlsx)', ADVICE.document];
  else if (head.includes('ppt/'))
    [kind, label, advice] = ['pptx', 'PowerPoint file (.pptx)', ADVICE.document];
  else if (head.includes('application/epub+zip'))
    [kind, label, advice] = ['epub', 'EPUB e-book', ADVICE.document];
  else if (head.includes('application/vnd.oasis.opendocument'))
    [kind, label, advice] = ['odf', 'OpenDocument file', ADVICE.document];
  return { kind, label, message: `This is a ${label}: ${advice}` };
}

/** An Office 97–2003 file says what it is by its name only (the container is the same for all). */
const OLE_LABELS: [RegExp, string][] = [
  [/\.wps$/i, 'WPS Writer document (.wps)'],
  [/\.(doc|dot)$/i, 'Word 97–2003 document (.doc)'],
];

export function sniffBinary(bytes: Uint8Array, name = ''): BinaryKind | null {
  const zip = sniffZip(bytes);
  if (zip) return zip;
  for (const sig of SIGNATURES) {
    if (!matchesAt(bytes, sig.at, flatten(sig.bytes))) continue;
    if (sig.kind === 'ole') {
      const label = OLE_LABELS.find(([pattern]) => pattern.test(name))?.[1] ?? sig.label;
      return { kind: sig.kind, label, message: `This is a ${label}: ${ADVICE[sig.advice]}` };
    }
    // "BM" and "BZh" are also how a text could begin: ask for the NULs a real header has.
    if ((sig.kind === 'bmp' || sig.kind === 'bzip2') && nulDensity(bytes.subarray(0, 64)) === 0) continue;
    return { kind: sig.kind, label: sig.label, message: `This is a ${sig.label}: ${ADVICE[sig.advice]}` };
  }
  return null;
}

/** Share of 00 bytes in the first 64 KB (0..1). Text in UTF-8, GB18030 or Big5 has none. */
export function nulDensity(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 64 * 1024);
  if (n === 0) return 0;
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  return zeros / n;
}

/** Above this share of 00 bytes (and not UTF-16) a file is binary; a stray NUL or two is only warned about. */
export const BINARY_NUL_DENSITY = 0.01;

export const UNKNOWN_BINARY: BinaryKind = {
  kind: 'binary',
  label: 'binary file',
  message:
    'This looks like a binary file, not text (it is full of zero bytes). Load a .txt, .html, .docx or .pdf file, ' +
    'or paste the text.',
};

/** Decoded text that is an HTML page (checked on the start only, after any BOM and whitespace). */
export function sniffHtml(text: string): boolean {
  const head = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (/^<!doctype\s+html/.test(head) || /^<html[\s>]/.test(head)) return true;
  if (/^<\?xml[^>]*>\s*<!doctype\s+html/.test(head) || /^<\?xml[^>]*>\s*<html[\s>]/.test(head)) return true;
  // Fragments saved from a browser or an editor: a head/body/meta near the top.
  return /^(<!--[\s\S]*?-->\s*)*<(head|body|meta|title)[\s>]/.test(head);
}

/**
 * The charset an HTML page declares in its first 2 KB, read from the raw bytes as ASCII (the
 * declaration is ASCII in every encoding we support except UTF-16, which needs a BOM anyway).
 */
export function declaredCharset(bytes: Uint8Array): EncodingName | null {
  const head = ascii(bytes, 0, 2048).toLowerCase();
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_.:-]+)/.exec(head);
  return meta ? encodingFromLabel(meta[1]!) : null;
}
