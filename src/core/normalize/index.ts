/**
 * The normalize stage: makes two reports comparable character by character while remembering where
 * every normalized character came from.
 *
 *   original   `統一戰(zhàn)線,凝聚共識`
 *   normalized `统一战线，凝聚共识`
 *   map        normalized unit i ← original span [normStart[i], normEnd[i])
 *
 * Three passes over a code-point list that carries original spans (see codePoints.ts):
 *   scan.ts     line breaks, control and zero-width characters, pinyin glosses (dropped);
 *   simplify.ts Traditional → Simplified with opencc-js, code point for code point;
 *   fold.ts     width, quotes, punctuation and whitespace folding, then the UTF-16 text and its map.
 * Everything is linear in the input length.
 */

import type { Normalized, Range } from '../types';
import { emit, foldInPlace } from './fold';
import { scan } from './scan';
import { simplifyInPlace } from './simplify';
import { NormalizeWarnings } from './warnings';

export { toNormalizedIndex, toOriginalRange } from './offsetMap';

export function normalize(text: string): Normalized & { glosses: Range[] } {
  const warnings = new NormalizeWarnings();
  const glosses: Range[] = [];
  const codePoints = scan(text, warnings, glosses);
  simplifyInPlace(codePoints);
  foldInPlace(codePoints);
  const { normalized, map } = emit(codePoints);
  return { original: text, normalized, map, warnings: warnings.toWarnings(), glosses };
}

/** Only the normalized string of `text`, for comparing fragments of two originals. */
export function normalizeFragment(text: string): string {
  return normalize(text).normalized;
}
