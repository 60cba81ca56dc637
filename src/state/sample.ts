/**
 * The two reports the app opens on (shipped byte for byte). Bijie (Traditional, with damaged pinyin
 * glosses) reads on the left, Panzhihua (Simplified) on the right.
 *
 * Their comparison at the default options is computed by the engine when the site is built
 * (tools/vite/sample-comparison.ts) and ships as data with the texts, so the page draws the sample
 * without the worker.
 */
import readSample from 'virtual:duizhao/sample-comparison';
import { comparisonFromJson } from '../core/comparison-json';
import { DEFAULT_OPTIONS, type CompareOptions, type Comparison } from '../core/types';

export interface NamedText {
  /** What the user calls the text: a file name, or a label for pasted text. */
  name: string;
  text: string;
}

const shipped: Comparison = comparisonFromJson(readSample());

/** The sample comparison computed at build time. */
export function sampleComparison(): Comparison {
  return shipped;
}

export const SAMPLE_LEFT: NamedText = { name: 'bijie-traditional.txt', text: shipped.left.text };
export const SAMPLE_RIGHT: NamedText = { name: 'panzhihua-simplified.txt', text: shipped.right.text };

/**
 * Whether a request is exactly the shipped one: the sample texts at the default options (the engine's own alignment level), with no
 * correction of the reader's (a corrected sample must be computed).
 */
export function isShippedRequest(left: string, right: string, options: CompareOptions): boolean {
  return (
    left === shipped.left.text &&
    right === shipped.right.text &&
    options.minPhraseLength === DEFAULT_OPTIONS.minPhraseLength &&
    options.diffTimeoutSeconds === DEFAULT_OPTIONS.diffTimeoutSeconds &&
    (options.alignLevel ?? 'auto') === 'auto' &&
    (options.corrections?.length ?? 0) === 0
  );
}
