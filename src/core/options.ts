/**
 * Settling `CompareOptions` that came from anywhere (the UI, a worker message, a test) into values the
 * engine can run on. Kept apart from the engine's entry point so the page can clamp without importing
 * the engine (which belongs in the worker).
 *
 * Example: `resolveOptions({ minPhraseLength: 3.6 })` → `{ minPhraseLength: 4, diffTimeoutSeconds: 0,
 * alignLevel: 'auto' }`;
 * `clampPhraseLength(99, { min: 2, max: 20 })` → 20 (the page's slider range).
 */

import { DEFAULT_OPTIONS, type CompareOptions } from './types';

/** What the engine accepts as `minPhraseLength` (Han characters): below 2 every shared character is a "phrase". */
export const PHRASE_LENGTH_RANGE = { min: 2, max: 40 } as const;

/**
 * `n` rounded to a whole number of Han characters inside `range` (inclusive); anything not a finite
 * number becomes the default.
 */
export function clampPhraseLength(
  n: number,
  range: { min: number; max: number } = PHRASE_LENGTH_RANGE,
): number {
  if (!Number.isFinite(n)) return DEFAULT_OPTIONS.minPhraseLength;
  return Math.min(range.max, Math.max(range.min, Math.round(n)));
}

/** Deepest outline level a reader can ask to line the reports up at. */
export const ALIGN_LEVEL_MAX = 6;

/** A whole level from 1 to `ALIGN_LEVEL_MAX`, or 'auto' for anything else. */
export function resolveAlignLevel(level: unknown): number | 'auto' {
  return typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= ALIGN_LEVEL_MAX
    ? level
    : 'auto';
}

/** Options as given, with anything missing, fractional or out of range replaced or clamped. */
export function resolveOptions(options: Partial<CompareOptions>): CompareOptions {
  const timeout = Number(options.diffTimeoutSeconds);
  return {
    minPhraseLength: clampPhraseLength(Number(options.minPhraseLength)),
    diffTimeoutSeconds:
      Number.isFinite(timeout) && timeout >= 0 ? timeout : DEFAULT_OPTIONS.diffTimeoutSeconds,
    alignLevel: resolveAlignLevel(options.alignLevel),
    // Passed on as given: the engine checks each one and reports a malformed one as not applied.
    ...(Array.isArray(options.corrections) && options.corrections.length > 0
      ? { corrections: options.corrections }
      : {}),
  };
}
