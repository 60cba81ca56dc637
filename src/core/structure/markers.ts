/**
 * Numbered enumeration markers in the NORMALIZED body, whichever way they are written.
 *
 * A `Marker` for `…力量。二是要围绕…` in paragraph 5:
 *   { style: 'shi', ordinal: 2, start: 812, end: 814, place: 'S', paragraph: 5 }
 *
 * Styles (names of `OutlineStyle`) and where each may stand: P paragraph start, S sentence start,
 * C after a colon, K after a comma, semicolon or enumeration comma (a clause start).
 *   chapter        `一、`                      P S   (not `一、二` except at P)
 *   paren          `（一）` `(一)`             P S C K
 *   arabic         `1.` `1．` `1、`            P S       (not `1.5`)
 *   paren-arabic   `（1）` `(1)`               P S C K
 *   di             `第一，` `第一是` `第一条` `第一个方向是` `第一个阶段，`   P S C K
 *   shi            `一是`                      P S C K
 *   verb           `一要` `二抓` `三靠` `四强化`: a numeral and a verb other than 是   P S C K
 *   sequence       `首先` `其次` `再次` `最后`, followed by a comma, colon, `是` or `要`   P S C K
 * A first inline marker may also follow a short subject at a clause start (`全县党员一要…`, `各级一是…`).
 * `最后` has ordinal 0 here: the chain that takes it gives it its position.
 */

import type { OutlineStyle } from '../types';
import { parseArabic, parseChineseNumeral } from './numerals';
import { isCloserAt, isSpaceAt } from './text-spans';
import type { Body } from './units';

export type Place = 'P' | 'S' | 'C' | 'K';

export interface Marker {
  style: OutlineStyle;
  ordinal: number;
  start: number;
  end: number;
  place: Place;
  paragraph: number;
}

const CN = '[一二三四五六七八九十]{1,3}';
const AR = '[0-9０-９]{1,2}';
/** Verbs that follow a numeral as an enumeration (`一要`, `二抓`); `是` is the `shi` style. */
const VERBS = '要抓靠看讲求把做强重在';

interface Rule {
  style: OutlineStyle;
  places: readonly Place[];
  /** Sticky; group 1 holds the numeral (or the sequence word). */
  pattern: RegExp;
  ordinal: (numeral: string) => number | null;
}

const SEQUENCE_WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: 0 };
const ALL: readonly Place[] = ['P', 'S', 'C', 'K'];

const RULES: readonly Rule[] = [
  {
    style: 'chapter',
    places: ['P', 'S'],
    pattern: new RegExp(`(${CN})、(?![一二三四五六七八九十])`, 'y'),
    ordinal: parseChineseNumeral,
  },
  {
    style: 'paren',
    places: ALL,
    // White space within the brackets: a line broken after `（` and joined again (`joinBrokenBrackets`).
    pattern: new RegExp(`[（(]\\s{0,2}(${CN})\\s{0,2}[）)]`, 'y'),
    ordinal: parseChineseNumeral,
  },
  {
    style: 'arabic',
    places: ['P', 'S'],
    pattern: new RegExp(`(${AR})[.．、](?![0-9０-９])`, 'y'),
    ordinal: parseArabic,
  },
  { style: 'paren-arabic', places: ALL, pattern: new RegExp(`[（(](${AR})[）)]`, 'y'), ordinal: parseArabic },
  {
    style: 'chapter',
    places: ['P'],
    // At a paragraph's start a numeral may follow: `一、二次政黨輪替的歷史意義`.
    pattern: new RegExp(`(${CN})、`, 'y'),
    ordinal: parseChineseNumeral,
  },
  {
    style: 'di',
    places: ALL,
    pattern: new RegExp(`第(${CN})(?:[，,、：:]|是|条|要|步|个[\u4e00-\u9fff]{1,4}(?:是|[，,：:]))`, 'y'),
    ordinal: parseChineseNumeral,
  },
  { style: 'shi', places: ALL, pattern: new RegExp(`(${CN})是`, 'y'), ordinal: parseChineseNumeral },
  {
    style: 'verb',
    places: ALL,
    pattern: new RegExp(`(${CN})[${VERBS}](?![一二三四五六七八九十个项条是])`, 'y'),
    ordinal: parseChineseNumeral,
  },
  {
    style: 'sequence',
    places: ALL,
    pattern: /(首先|其次|再次|最后)(?=[，,：:是要])/y,
    ordinal: (word) => SEQUENCE_WORDS[word] ?? null,
  },
];

const byStyle = (...styles: OutlineStyle[]) => RULES.filter((r) => styles.includes(r.style));
const CN_RULES = byStyle('chapter', 'shi', 'verb');
const PAREN_RULES = byStyle('paren', 'paren-arabic');
const ARABIC_RULES = byStyle('arabic');
const DI_RULES = byStyle('di');
const SEQUENCE_RULES = byStyle('sequence');

/**
 * The rules whose pattern can start with each UTF-16 unit; only those are tried. By code, read once at
 * every clause start of the body (a one-character string made there for a lookup is garbage).
 */
const RULES_BY_UNIT = new Map<number, readonly Rule[]>();
const startingWith = (units: string, rules: readonly Rule[]) => {
  for (let i = 0; i < units.length; i++) RULES_BY_UNIT.set(units.charCodeAt(i), rules);
};
startingWith('一二三四五六七八九十', CN_RULES);
startingWith('（(', PAREN_RULES);
startingWith('0123456789０１２３４５６７８９', ARABIC_RULES);
startingWith('第', DI_RULES);
startingWith('首其再最', SEQUENCE_RULES);
const NO_RULES: readonly Rule[] = [];

function rulesFor(code: number): readonly Rule[] {
  return RULES_BY_UNIT.get(code) ?? NO_RULES;
}

function tryAt(text: string, at: number, place: Place, paragraph: number, found: Marker[]): void {
  for (const rule of rulesFor(text.charCodeAt(at))) {
    if (!rule.places.includes(place)) continue;
    rule.pattern.lastIndex = at;
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const ordinal = rule.ordinal(m[1] ?? '');
    if (ordinal === null) continue;
    found.push({ style: rule.style, ordinal, start: at, end: at + m[0].length, place, paragraph });
    return;
  }
}

function placeAfter(code: number): Place | null {
  switch (code) {
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0x21:
    case 0x3f:
      return 'S';
    case 0xff1a: // ：
    case 0x3a:
      return 'C';
    case 0xff0c: // ，
    case 0x2c:
    case 0xff1b: // ；
    case 0x3b:
    case 0x3001: // 、
      return 'K';
    default:
      return null;
  }
}

/** Characters a subject before a first marker may span (`全县党员一要…`), after a clause start. */
const SUBJECT_MIN = 2;
const SUBJECT_MAX = 6;
const SUBJECT_STYLES = new Set<OutlineStyle>(['shi', 'verb']);
const ONE = 0x4e00; // 一

/** `全县党员一要…`: a first inline marker after a short subject, at `at + 2 … at + 6`. */
function tryAfterSubject(text: string, at: number, end: number, paragraph: number, found: Marker[]): void {
  for (let k = SUBJECT_MIN; k <= SUBJECT_MAX && at + k < end; k++) {
    const ch = text.charCodeAt(at + k - 1);
    if (ch < 0x4e00 || ch > 0x9fff) return;
    if (text.charCodeAt(at + k) !== ONE) continue;
    const before = found.length;
    tryAt(text, at + k, 'K', paragraph, found);
    const m = found[before];
    if (m && !(SUBJECT_STYLES.has(m.style) && m.ordinal === 1)) found.length = before;
    if (found.length > before) return;
  }
}

/** Every marker of every style in paragraphs [from, to), in text order. */
export function findMarkers(body: Body, from = 0, to = body.paragraphs.length): Marker[] {
  const { text } = body;
  const found: Marker[] = [];
  for (let p = from; p < to; p++) {
    const para = body.paragraphs[p]!;
    tryAt(text, para.start, 'P', p, found);
    for (let i = para.start; i < para.end; i++) {
      const place = placeAfter(text.charCodeAt(i));
      if (place === null) continue;
      let at = i + 1;
      while (at < para.end && (isSpaceAt(text, at) || isCloserAt(text, at))) at++;
      if (at >= para.end) continue;
      const before = found.length;
      tryAt(text, at, place, p, found);
      if (found.length === before) tryAfterSubject(text, at, para.end, p, found);
    }
  }
  return found;
}
