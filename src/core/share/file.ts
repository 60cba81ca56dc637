/**
 * The comparison as a file to download and open again (drop it on the page, or pick it): the answer
 * when a permalink is too long to send.
 *
 * A small JSON envelope, readable and diffable, holding the same snapshot a permalink holds:
 *
 *   { "duizhao": "comparison", "version": 3, "savedAt": "2024-05-01T12:00:00.000Z",
 *     "snapshot": { "left": { "name": "…", "text": "…" }, "right": …, "options": …, "view": …, "corrections": […] } }
 *
 * Parsing checks the marker, refuses newer versions with a clear message, and validates the snapshot
 * like a permalink (`validate.ts`). Version 3 files may hold the alignment level the reader chose
 * (`snapshot.options.alignLevel`), version 2 files the reader's corrections (`snapshot.corrections`);
 * version 1 and 2 files open as they always did. The version goes up with such a field so that an
 * older page refuses the file instead of dropping what the reader chose.
 */
import type { ComparisonSnapshot } from '../types';
import { snapToCodePoint } from '../text/code-points';
import { safeFileName } from '../names';
import { checkedForWriting, validateSnapshot } from './validate';

export const COMPARISON_FILE_MARKER = 'comparison';
export const COMPARISON_FILE_VERSION = 3;
export const COMPARISON_FILE_EXTENSION = '.duizhao.json';
export const COMPARISON_FILE_MIME = 'application/json';

export type ComparisonFileResult =
  | { ok: true; snapshot: ComparisonSnapshot }
  | {
      ok: false;
      error: { code: 'not-json' | 'not-comparison' | 'newer-version' | 'invalid'; message: string };
    };

export function comparisonFileText(s: ComparisonSnapshot, savedAt: Date = new Date()): string {
  const file = {
    duizhao: COMPARISON_FILE_MARKER,
    version: COMPARISON_FILE_VERSION,
    savedAt: savedAt.toISOString(),
    snapshot: checkedForWriting(s),
  };
  return JSON.stringify(file, null, 1) + '\n';
}

/** `left-vs-right.duizhao.json`, from the two names without their extensions, safe on every file system. */
export function comparisonFileName(s: ComparisonSnapshot): string {
  return `${fileStem(s.left.name)}-vs-${fileStem(s.right.name)}${COMPARISON_FILE_EXTENSION}`;
}

/** A text's name as part of a download's name: extension off, the names rule for file names (names.ts). */
export function fileStem(name: string): string {
  const safe = safeFileName(name.replace(/\.[^.]{1,5}$/, ''));
  // At most 60 UTF-16 units, cut before a surrogate pair rather than through it.
  return safe.slice(0, snapToCodePoint(safe, 60)) || 'text';
}

/** Cheap check on the start of a text: is this a comparison file (so the loader opens it as one)? */
export function looksLikeComparisonFile(text: string): boolean {
  return /^\uFEFF?\s*\{\s*"duizhao"\s*:/.test(text.slice(0, 200));
}

export function parseComparisonFile(text: string): ComparisonFileResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return {
      ok: false,
      error: { code: 'not-json', message: 'This comparison file is damaged: it is not valid JSON.' },
    };
  }
  const file = parsed as Record<string, unknown> | null;
  if (typeof file !== 'object' || file === null || file['duizhao'] !== COMPARISON_FILE_MARKER) {
    return {
      ok: false,
      error: { code: 'not-comparison', message: 'This JSON file is not a duizhao comparison file.' },
    };
  }
  const version = file['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      error: { code: 'invalid', message: 'This comparison file has no valid version number.' },
    };
  }
  if (version > COMPARISON_FILE_VERSION) {
    return {
      ok: false,
      error: {
        code: 'newer-version',
        message:
          `This comparison file was saved by a newer version of duizhao (file format ${version}; this page ` +
          `reads ${COMPARISON_FILE_VERSION}). Reload the page to get the newest version.`,
      },
    };
  }
  const checked = validateSnapshot(file['snapshot']);
  if (!checked.ok) {
    return {
      ok: false,
      error: { code: 'invalid', message: `This comparison file cannot be opened: ${checked.problem}.` },
    };
  }
  return { ok: true, snapshot: checked.snapshot };
}
