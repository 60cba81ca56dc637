/**
 * UTF-16 surrogate pairs: one place that knows where a character starts and how many there are, so no
 * range ever splits a pair and no length counts half a character.
 *
 * Example: in `a𠀀b` (UTF-16 units `a`, U+D840, U+DC00, `b`), `snapToCodePoint(text, 2)` is 1 (index 2
 * sits between the two halves of `𠀀`) and `countCodePoints(text)` is 3. A lone surrogate counts as one
 * code point, as `String.prototype.codePointAt` and `for…of` treat it.
 */

export function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

export function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Clamps to [0, text.length] and moves an index that falls inside a surrogate pair to the pair's start. */
export function snapToCodePoint(text: string, index: number): number {
  const i = Math.max(0, Math.min(text.length, Math.trunc(Number.isFinite(index) ? index : 0)));
  if (
    i > 0 &&
    i < text.length &&
    isLowSurrogate(text.charCodeAt(i)) &&
    isHighSurrogate(text.charCodeAt(i - 1))
  ) {
    return i - 1;
  }
  return i;
}

/** Code points in `text[start..end)`; a pair counts once only when both halves are inside. */
export function countCodePoints(text: string, start = 0, end = text.length): number {
  let count = 0;
  for (let u = start; u < end; u++, count++) {
    if (isHighSurrogate(text.charCodeAt(u)) && u + 1 < end && isLowSurrogate(text.charCodeAt(u + 1))) u++;
  }
  return count;
}
