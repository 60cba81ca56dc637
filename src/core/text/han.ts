/**
 * Which code points count as Han characters (hanzi). Used wherever the engine counts "characters of
 * Chinese": phrase lengths, coverage shares, per-1,000 rates, the little-Chinese warning.
 *
 * Covers the CJK Unified Ideographs blocks (BMP and astral extensions B–I), the compatibility
 * ideographs, and 〇 (U+3007, used in dates such as 二〇一五). Example: `isHan('战'.codePointAt(0)!)`
 * is true; `isHan('，'.codePointAt(0)!)` and `isHan('A'.codePointAt(0)!)` are false.
 */

const HAN = /\p{Script=Han}/u;

export function isHan(codePoint: number): boolean {
  if (codePoint === 0x3007) return true;
  // Fast path for the common BMP block, then the Unicode property for the rest.
  if (codePoint >= 0x4e00 && codePoint <= 0x9fff) return true;
  if (codePoint < 0x2e80) return false;
  // Radicals (U+2E80–U+2FDF) and ideographic marks like 々 are Script=Han but not characters of text.
  if (codePoint < 0x3400 && codePoint !== 0x3007) return false;
  return HAN.test(String.fromCodePoint(codePoint));
}

/** Number of Han code points in `text` (a surrogate pair counts once). */
export function countHan(text: string): number {
  let count = 0;
  for (const ch of text) if (isHan(ch.codePointAt(0)!)) count++;
  return count;
}
