/**
 * Pass 2 of the normalizer: Traditional → Simplified with opencc-js's dictionaries, in place, one run
 * of Han characters at a time, so every normalized character keeps the original span of the one it
 * replaces. The chain runs over the code points themselves (`./chain`); `traditionalToSimplified` is
 * the same chain through opencc-js's own string converter.
 *
 * The converter chains three dictionary stages, each a longest-match trie over the output of the last:
 *   1. HK variants → OpenCC standard (`衞`→`衛`, `衹`→`只`, `綫`→`線`);
 *   2. TW variants → standard (`裡`→`裏`, `著`→`着` unless a phrase says `顯著`), plus PROTECTED below;
 *   3. Traditional → Simplified phrases and characters (`畢節`→`毕节`, `臺灣`→`台湾`).
 * Stages 1–2 leave Simplified text alone except for `著` and `么`: stage 2 would turn Simplified
 * `显著` into `显着`, since its phrase list only knows the Traditional `顯著`. PROTECTED maps such
 * Simplified words to themselves, so the longest match keeps them.
 *
 * The dictionaries map n code points to n code points (checked in the tests), but a code point may
 * change UTF-16 length (`㗲`→`𠵾`, `𡻕`→`岁`), which the code-point list absorbs. Should a future
 * dictionary change the code-point count anyway, the text is converted run by run, a run whose count
 * changes code point by code point (through opencc-js), and a code point whose conversion is not
 * exactly one code point is left as it was: the map stays exact at the price of a missed conversion.
 */

import { ConverterFactory, type ConverterFunction, type DictGroup } from 'opencc-js/core';
import fromHongKong from 'opencc-js/from/hk';
import fromTaiwan from 'opencc-js/from/tw';
import toMainland from 'opencc-js/to/cn';
import { countCodePoints } from '../text/code-points';
import { type Chain, chainOf, convertInPlace } from './chain';
import { type CodePoints, KIND_HAN, codePointsToString } from './codePoints';

/**
 * Simplified words written with `著` (zhù) that stage 2 must not touch. The first group is the
 * Simplified form of every phrase in TWVariantsRevPhrases that keeps `著` (a test re-derives it from
 * the dictionary); the second adds common zhù words missing from that list, in both scripts, so that
 * `卓著` does not become `卓着`.
 */
export const PROTECTED_WORDS = [
  ...['恶名昭著', '著于', '著书', '著称', '著称于世', '著录', '巨著', '显著', '显著标志', '鸿篇巨著'],
  ...['卓著', '土著', '原著', '专著', '專著', '编著', '編著', '论著', '論著', '译著', '譯著', '遗著', '遺著'],
];

const SPACE = 0x20;

/** The three stages as `ConverterFactory` takes them, one dictionary group each. */
const STAGES: readonly DictGroup[] = [
  ...fromHongKong,
  [PROTECTED_WORDS.map((w) => `${w} ${w}`).join('|'), ...(fromTaiwan[0] ?? [])],
  ...toMainland,
];

let converter: ConverterFunction | undefined;

/** Built on first use: loading the tries takes a few milliseconds. */
export function traditionalToSimplified(text: string): string {
  converter ??= ConverterFactory(STAGES);
  return converter(text);
}

let chain: Chain | null | undefined;

/**
 * T→S of every Han entry of `buf`, in place. By default the stages run over the code points themselves
 * (`./chain`): a third of the work of a string through opencc-js, and the same result (the chain's
 * tests check it). `convert` replaces that with a string converter, as tests of the fallback do.
 */
export function simplifyInPlace(buf: CodePoints, convert?: ConverterFunction): void {
  chain ??= chainOf(STAGES);
  if (convert === undefined && chain !== null) convertInPlace(chain, buf.cp, buf.kind, buf.length, KIND_HAN);
  else simplifyByString(buf, convert ?? traditionalToSimplified);
}

function simplifyByString(buf: CodePoints, convert: ConverterFunction): void {
  const { cp, kind, length } = buf;
  // One converter call for the whole text (many small calls cost twice as much): every non-Han entry
  // becomes a space, which no dictionary key contains (the dictionary format splits on spaces), so each
  // Han run converts exactly as it would alone.
  const hanOnly = new Int32Array(length);
  for (let i = 0; i < length; i++) hanOnly[i] = kind[i] === KIND_HAN ? cp[i]! : SPACE;
  const converted = convert(codePointsToString(hanOnly, 0, length));
  if (countCodePoints(converted) === length) {
    for (let u = 0, k = 0; k < length; k++) {
      const value = converted.codePointAt(u)!;
      if (kind[k] === KIND_HAN) cp[k] = value;
      u += value > 0xffff ? 2 : 1;
    }
    return;
  }
  for (let i = 0; i < length;) {
    if (kind[i] !== KIND_HAN) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < length && kind[end] === KIND_HAN) end++;
    convertRun(cp, i, end, convert);
    i = end;
  }
}

function convertRun(cp: Int32Array, from: number, to: number, convert: ConverterFunction): void {
  const converted = convert(codePointsToString(cp, from, to));
  if (countCodePoints(converted) === to - from) {
    let k = from;
    for (let u = 0; u < converted.length; k++) {
      const value = converted.codePointAt(u)!;
      cp[k] = value;
      u += value > 0xffff ? 2 : 1;
    }
    return;
  }
  // The count changed, so positions no longer line up: convert one code point at a time instead.
  for (let j = from; j < to; j++) {
    const single = convert(String.fromCodePoint(cp[j]!));
    const value = single.codePointAt(0)!;
    if (single.length === (value > 0xffff ? 2 : 1)) cp[j] = value;
  }
}
