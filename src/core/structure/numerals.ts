/**
 * Ordinals as enumeration markers write them: Chinese numerals `一`…`九十九` and Arabic digits
 * (ASCII or full-width). Example: `parseChineseNumeral('十二')` is 12, `parseArabic('１０')` is 10.
 * Anything outside 1..99 or malformed (`十十`, `二二`) is `null`: markers never count that high, and a
 * strict parser keeps idioms like `一一` from posing as ordinals.
 */

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export function parseChineseNumeral(s: string): number | null {
  if (s.length === 1) return s === '十' ? 10 : (DIGITS[s] ?? null);
  if (s.length === 2) {
    if (s[0] === '十') return DIGITS[s[1]!] !== undefined ? 10 + DIGITS[s[1]!]! : null;
    if (s[1] === '十') return DIGITS[s[0]!] !== undefined ? DIGITS[s[0]!]! * 10 : null;
    return null;
  }
  if (s.length === 3 && s[1] === '十') {
    const tens = DIGITS[s[0]!];
    const ones = DIGITS[s[2]!];
    return tens !== undefined && ones !== undefined ? tens * 10 + ones : null;
  }
  return null;
}

export function parseArabic(s: string): number | null {
  let n = 0;
  for (const ch of s) {
    let code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) code -= 0xff10 - 0x30;
    if (code < 0x30 || code > 0x39) return null;
    n = n * 10 + (code - 0x30);
  }
  return s.length > 0 && n >= 1 && n <= 99 ? n : null;
}
