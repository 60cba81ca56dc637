/**
 * Recognises one tone-marked pinyin syllable, as inserted in glosses like `戰(zhàn)`.
 *
 * Deliberately conservative, because a false positive deletes text from the comparison: the word must
 * be 1–6 lowercase letters, shaped like a pinyin syllable (optional initial, 1–3 vowels, optional
 * `n`/`ng`/`r`), and carry at least one tone mark. So `zhàn`, `qū`, `chuàng`, `lüè` match, while `qu`
 * (no tone), `café` (not a syllable), `Zhàn` (capital) and `zhànzhàn` (two syllables) do not.
 * Tone marks are expected precomposed (NFC), as web pages write them.
 */

const SYLLABLE =
  /(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,3}(?:ng|n|r)?(?![a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü])/y;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
const MAX_LETTERS = 6;

/**
 * If a tone-marked syllable starts at `text[start]`, returns the index just past it, else -1.
 * Examples: `toneSyllableEnd('戰(zhàn)', 2)` is 6; `toneSyllableEnd('(試行)', 1)` is -1.
 */
export function toneSyllableEnd(text: string, start: number): number {
  // A syllable starts with a lowercase ASCII letter or a vowel with a tone mark or an umlaut, all of
  // which lie in U+00E0..U+01DC (à … ǜ): anything else fails at once without running the expression,
  // which the scanner asks after every Han character (40,000 times on a provincial report).
  const first = text.charCodeAt(start);
  if (!(first >= 0x61 && first <= 0x7a) && !(first >= 0xe0 && first <= 0x1dc)) return -1;
  SYLLABLE.lastIndex = start;
  const match = SYLLABLE.exec(text);
  if (match === null) return -1;
  const word = match[0];
  if (word.length > MAX_LETTERS || !TONE_MARK.test(word)) return -1;
  return start + word.length;
}
