import { describe, expect, it } from 'vitest';
import { ConverterFactory } from 'opencc-js/core';
import fromHongKong from 'opencc-js/from/hk';
import fromTaiwan from 'opencc-js/from/tw';
import toMainland from 'opencc-js/to/cn';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import { KIND_HAN, KIND_OTHER, allocateCodePoints, pushCodePoint } from '../../src/core/normalize/codePoints';
import { PROTECTED_WORDS, simplifyInPlace } from '../../src/core/normalize/simplify';

function entries(dict: string): [string, string][] {
  return dict.split('|').map((line) => line.split(' ') as [string, string]);
}

const codePointCount = (text: string) => Array.from(text).length;

describe('the dictionaries the converter chains', () => {
  const dictionaries = [...fromHongKong, ...fromTaiwan, ...toMainland].flat();

  it('map every key to a value of the same code-point count (what keeps the map exact)', () => {
    expect(dictionaries.length).toBe(6);
    for (const dict of dictionaries) {
      expect(typeof dict).toBe('string');
      const unequal = entries(dict as string).filter(
        ([key, value]) => codePointCount(key) !== codePointCount(value),
      );
      expect(unequal).toEqual([]);
    }
  });

  it('protect the Simplified form of every Taiwan phrase that keeps 著', () => {
    const toSimplified = ConverterFactory(toMainland);
    const needed = entries(TWVariantsRevPhrases)
      .filter(([key, value]) => key.includes('著') && value.includes('著'))
      .map(([key]) => toSimplified(key))
      .filter((word) => word.includes('著'));
    for (const word of needed) {
      // Either listed, or already a Traditional phrase key that the Taiwan stage keeps as it is.
      const kept = entries(TWVariantsRevPhrases).some(([key, value]) => key === word && value === word);
      expect(PROTECTED_WORDS.includes(word) || kept, word).toBe(true);
    }
  });
});

describe('simplifyInPlace when a conversion changes the code-point count', () => {
  // A made-up converter: `戰` → two code points (not allowed), `線` → `线`, `發` → `发`.
  const convert = (text: string) => text.replace(/戰/g, '战争').replace(/線/g, '线').replace(/發/g, '发');

  it('falls back run by run, then code point by code point, keeping every position', () => {
    const buf = allocateCodePoints(8);
    for (const [i, ch] of Array.from('戰線,發').entries()) {
      pushCodePoint(buf, ch.codePointAt(0)!, ch === ',' ? KIND_OTHER : KIND_HAN, i, i + 1);
    }
    simplifyInPlace(buf, convert);
    const text = String.fromCodePoint(...buf.cp.subarray(0, buf.length));
    expect(text).toBe('戰线,发');
    expect(Array.from(buf.start.subarray(0, buf.length))).toEqual([0, 1, 2, 3]);
  });
});
