/**
 * `toneSyllableEnd` (src/core/normalize/pinyin.ts): labelled syllables and non-syllables, and its quick
 * rejection of a first character no syllable starts with, checked against the expression alone on
 * random strings of letters, tone-marked vowels, Han and punctuation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toneSyllableEnd } from '../../src/core/normalize/pinyin';

/** The definition without the quick rejection: the module's expression and checks, as written there. */
function definition(text: string, start: number): number {
  const syllable =
    /(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,3}(?:ng|n|r)?(?![a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü])/y;
  syllable.lastIndex = start;
  const match = syllable.exec(text);
  if (match === null) return -1;
  const word = match[0];
  if (word.length > 6 || !/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/.test(word)) return -1;
  return start + word.length;
}

describe('toneSyllableEnd', () => {
  it.each([
    { label: 'zhàn after 戰(', text: '戰(zhàn)', start: 2, expected: 6 },
    { label: 'a syllable starting with a tone-marked vowel', text: 'ài)', start: 0, expected: 2 },
    { label: 'lüè', text: 'lüè)', start: 0, expected: 3 },
    { label: 'no tone mark', text: 'qu)', start: 0, expected: -1 },
    { label: 'a capital', text: 'Zhàn)', start: 0, expected: -1 },
    { label: 'Han, not a letter', text: '(試行)', start: 1, expected: -1 },
    { label: 'past the end', text: 'zhàn', start: 4, expected: -1 },
  ])('$label', ({ text, start, expected }) => {
    expect(toneSyllableEnd(text, start)).toBe(expected);
    expect(definition(text, start)).toBe(expected);
  });

  it('answers as the expression alone at every index of random text', () => {
    const char = fc.constantFrom(...'zhcsngrbaeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜxZÀ戰线()（）。 1'.split(''));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        for (let i = 0; i <= text.length; i++) expect(toneSyllableEnd(text, i)).toBe(definition(text, i));
      }),
    );
  });
});
