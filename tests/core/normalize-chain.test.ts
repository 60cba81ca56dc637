import { describe, expect, it } from 'vitest';
import { ConverterFactory, type DictGroup } from 'opencc-js/core';
import fromHongKong from 'opencc-js/from/hk';
import fromTaiwan from 'opencc-js/from/tw';
import toMainland from 'opencc-js/to/cn';
import { chainOf, convertInPlace } from '../../src/core/normalize/chain';
import {
  type CodePoints,
  KIND_HAN,
  KIND_OTHER,
  allocateCodePoints,
  pushCodePoint,
} from '../../src/core/normalize/codePoints';
import { simplifyInPlace, traditionalToSimplified } from '../../src/core/normalize/simplify';
import { isHan } from '../../src/core/text/han';

function bufferOf(text: string): CodePoints {
  const chars = Array.from(text);
  const buf = allocateCodePoints(chars.length);
  chars.forEach((ch, i) => {
    const cp = ch.codePointAt(0)!;
    pushCodePoint(buf, cp, isHan(cp) ? KIND_HAN : KIND_OTHER, i, i + 1);
  });
  return buf;
}

const textOf = (buf: CodePoints) => String.fromCodePoint(...buf.cp.subarray(0, buf.length));

/** `groups` run by the chain over code points, and by opencc-js over the string. */
function bothWays(groups: DictGroup[], text: string): [string, string] {
  const buf = bufferOf(text);
  convertInPlace(chainOf(groups)!, buf.cp, buf.kind, buf.length, KIND_HAN);
  return [textOf(buf), ConverterFactory(groups)(text)];
}

describe('convertInPlace follows opencc-js', () => {
  // Made-up dictionaries: the rule each case shows, its dictionary groups, a text.
  const cases: [string, DictGroup[], string][] = [
    ['longest match wins', [['甲 子|甲乙 丙丁']], '甲乙甲'],
    ['matching goes on after a match', [['甲乙 丙丁|乙丙 戊己']], '甲乙丙'],
    ['the first dictionary of a group wins a shared key', [['甲 子', '甲 丑']], '甲'],
    ['the last entry of a dictionary wins', [['甲 子|甲 丑']], '甲'],
    ['a stage reads the output of the one before', [['甲 乙'], ['乙 丙']], '甲乙'],
    ['no match reaches across other text', [['甲乙 丙丁']], '甲,乙甲乙'],
    ['a key that is no prefix of the text does not match', [['甲乙丙 子丑寅']], '甲乙甲乙丙'],
  ];
  for (const [rule, groups, text] of cases) {
    it(rule, () => {
      const [ours, theirs] = bothWays(groups, text);
      expect(ours).toBe(theirs);
    });
  }

  it('declines a dictionary whose value changes the code-point count', () => {
    expect(chainOf([['甲 乙丙']])).toBeNull();
  });

  it('declines a dictionary whose entries hold a space (the string converter could match across one)', () => {
    expect(chainOf([[[['甲 乙', '丙 丁']]]])).toBeNull();
  });
});

describe('simplifyInPlace by code points, against the string converter', () => {
  const dictionaries = [...fromHongKong, ...fromTaiwan, ...toMainland].flat() as string[];

  it('agrees on every key and value of every dictionary, alone and run together', () => {
    const words = dictionaries.flatMap((dict) => dict.split('|').flatMap((line) => line.split(' ')));
    for (const text of [words.join('，'), words.join('')]) {
      const buf = bufferOf(text);
      simplifyInPlace(buf);
      const byString = bufferOf(text);
      simplifyInPlace(byString, traditionalToSimplified);
      expect(textOf(buf)).toBe(textOf(byString));
    }
  });

  it('converts a sentence as opencc-js does', () => {
    const buf = bufferOf('統一戰線，凝聚共識；卓著的顯著成就');
    simplifyInPlace(buf);
    expect(textOf(buf)).toBe('统一战线，凝聚共识；卓著的显著成就');
  });
});
