/**
 * Character classes the normalizer decides on, by code point. Kept in one place so that the scanner
 * (what to drop) and the folder (what counts as Chinese context) agree.
 */

import { isHan } from '../text/han';

/** Whitespace that separates words: folded to one space, or dropped next to Chinese. */
export function isSpace(cp: number): boolean {
  return (
    cp === 0x20 ||
    cp === 0x09 ||
    cp === 0x0b || // vertical tab and form feed: page breaks from PDF copies
    cp === 0x0c ||
    cp === 0xa0 || // NBSP
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000 // ideographic space, the usual paragraph indent of Chinese web pages
  );
}

/** Line breaks other than `\r` (which needs a look at the next unit for `\r\n`). */
export function isLineBreak(cp: number): boolean {
  return cp === 0x0a || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}

/**
 * Zero-width characters that carry no text: ZWSP, ZWNJ, ZWJ, word joiner, BOM/ZWNBSP, soft hyphen.
 * Web copies scatter them inside words; they are dropped without a warning.
 */
export function isInvisible(cp: number): boolean {
  return cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0x2060 || cp === 0xfeff || cp === 0xad;
}

/**
 * C0/C1 control characters other than tab, newline and carriage return: they come from broken
 * conversions and are worth a warning. (NEL, VT and FF are also treated as line break / space.)
 */
export function isControl(cp: number): boolean {
  return (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || (cp >= 0x7f && cp <= 0x9f);
}

/**
 * "Chinese context": Han characters and the punctuation typeset at full width in Chinese text.
 * Whitespace next to such a character is dropped, and ASCII `,:;!?` next to one become `，：；！？`.
 */
export function isWide(cp: number): boolean {
  if (isHan(cp)) return true;
  if (cp >= 0x3000 && cp <= 0x303f) return true; // CJK symbols and punctuation: 、。〈〉《》【】…
  if (cp >= 0xff00 && cp <= 0xffef) return true; // full-width forms: ，：；！？ …
  return (
    cp === 0x201c || // “ ”
    cp === 0x201d ||
    cp === 0x2018 || // ‘ ’
    cp === 0x2019 ||
    cp === 0x2014 || // — (doubled as the Chinese dash ——)
    cp === 0x2026 || // …
    cp === 0x00b7 // · between names and in breadcrumbs
  );
}
