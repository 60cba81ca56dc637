/**
 * The limits a loaded or pasted text must meet, with the message the user reads when it does not.
 * Each limit states its unit and why it is where it is.
 */
import { countHan } from '../text/han';
import { isolateName } from '../names';

/**
 * Largest file accepted: 5 MiB (5,242,880 bytes). The engine is sized for about 1 million characters
 * per side; a million Han characters take 2–3 MB as GB18030/UTF-8 text, and a saved HTML page carries
 * markup around its text, so 5 MiB admits every real report and refuses archives and videos before we
 * spend time decoding them.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Longest text accepted after decoding (and after stripping HTML): 1,000,000 UTF-16 units per side. */
export const MAX_TEXT_CHARS = 1_000_000;

/**
 * Fewer Han characters than this and the comparison has little to work with: a warning, not a refusal
 * (a short statement is still a legitimate thing to compare).
 */
export const MIN_HAN_CHARS = 50;

export type LoadErrorCode =
  | 'empty'
  | 'too-large'
  | 'too-long'
  | 'binary'
  | 'unknown-encoding'
  | 'no-text'
  | 'bad-comparison-file'
  | 'unreadable'
  | 'folder'
  | 'document';

export interface LoadError {
  code: LoadErrorCode;
  message: string;
}

export type LoadWarningCode =
  'little-chinese' | 'replacement-chars' | 'uncertain-encoding' | 'nul-bytes' | 'pages-without-text';

export interface LoadWarning {
  code: LoadWarningCode;
  message: string;
}

const nf = new Intl.NumberFormat('en');

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${nf.format(bytes)} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function checkFileSize(name: string, size: number): LoadError | null {
  if (size === 0)
    return {
      code: 'empty',
      message: `“${isolateName(name)}” is empty (0 bytes): there is nothing to compare.`,
    };
  if (size > MAX_FILE_BYTES) {
    return {
      code: 'too-large',
      message:
        `“${isolateName(name)}” is ${formatBytes(size)}; duizhao reads files up to ${formatBytes(MAX_FILE_BYTES)}. ` +
        'Load a shorter excerpt (two reports rarely need more than a few hundred KB).',
    };
  }
  return null;
}

/** Checks shared by files and pasted text, on the text that will be compared. */
export function checkText(name: string, text: string): { error: LoadError | null; warnings: LoadWarning[] } {
  if (text.trim() === '') {
    return {
      error: { code: 'no-text', message: `“${isolateName(name)}” holds no text (only spaces or markup).` },
      warnings: [],
    };
  }
  if (text.length > MAX_TEXT_CHARS) {
    return {
      error: {
        code: 'too-long',
        message:
          `“${isolateName(name)}” has ${nf.format(text.length)} characters; duizhao compares up to ` +
          `${nf.format(MAX_TEXT_CHARS)} per side. Load a shorter excerpt.`,
      },
      warnings: [],
    };
  }
  const warnings: LoadWarning[] = [];
  const han = countHan(text);
  if (han < MIN_HAN_CHARS) {
    warnings.push({
      code: 'little-chinese',
      message:
        `“${isolateName(name)}” has only ${nf.format(han)} Chinese characters (fewer than ${MIN_HAN_CHARS}): ` +
        'the comparison will have little to show. Is this the right file?',
    });
  }
  const replacements = text.split('\uFFFD').length - 1;
  if (replacements > 0) {
    warnings.push({
      code: 'replacement-chars',
      message:
        `“${isolateName(name)}” has ${nf.format(replacements)} undecodable ${replacements === 1 ? 'byte sequence' : 'byte sequences'} ` +
        '(shown as �): the file may be damaged, or in another encoding. Try choosing the encoding.',
    });
  }
  return { error: null, warnings };
}
