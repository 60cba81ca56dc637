/**
 * Explicit enumerations of tasks, whichever way they are written, and the choice of the outermost one.
 *
 * A `Marker` is one enumeration marker found in the normalized body, e.g. for `…力量。二是要围绕…`
 *   { style: 'shi', ordinal: 2, start: 812, end: 814, paragraph: 5 }   (`二是` at 812..814)
 * A chain is a run of one style's markers numbered 1, 2, 3… in text order (at least two).
 *
 * Styles, from the outermost level of an official document (GB/T 9704) inwards, then the inline ones
 * of speeches and news reports. Where each may stand: P paragraph start, S sentence start, C after a
 * colon, K after a comma (clause start).
 *   heading-cn      `一、`            P S
 *   paren-cn        `（一）` `(一)`   P S C
 *   heading-arabic  `1.` `1．` `1、`  P S     (not `1.5`)
 *   paren-arabic    `（1）` `(1)`     P S C
 *   di              `第一，` `第一是`  P S C K
 *   shi             `一是`            P S C K
 *   yao-n           `一要`            P S C K
 *   sequence        `首先` `其次` `再次` `最后`, each followed by a comma, colon, `是` or `要`   P S C K
 *
 * Choosing: each style offers its longest chain (ties: the earlier). A chain lying wholly inside one
 * item of another style's chain is nested (`（一）` under `一、`, `（1）` inside `一是…`) and dropped;
 * of the rest the first style in the list above wins, so `一、` headings beat an inline `一是…二是`
 * in the lead, and `第一，` beats `一是` when neither contains the other. Known limit: a sub-list in
 * the paragraphs after the LAST item of an inline list (`六是…` then a paragraph of `（1）…（2）`) is not
 * seen as nested, and the higher-ranked `（1）` wins.
 */

import { parseArabic, parseChineseNumeral } from './numerals';
import { isClauseBreak, isCloser, isSentenceEnd, isSpace, type Span } from './text-spans';

export type EnumerationStyle =
  'heading-cn' | 'paren-cn' | 'heading-arabic' | 'paren-arabic' | 'di' | 'shi' | 'yao-n' | 'sequence';

export interface Marker {
  style: EnumerationStyle;
  ordinal: number;
  start: number;
  end: number;
  /** Index of the body paragraph holding the marker. */
  paragraph: number;
}

/** Where a candidate position stands; each style lists the places it accepts. */
type Place = 'P' | 'S' | 'C' | 'K';

const CN = '[一二三四五六七八九十]{1,3}';
const AR = '[0-9０-９]{1,2}';

interface StyleRule {
  style: EnumerationStyle;
  places: readonly Place[];
  /** Sticky pattern; group 1 holds the numeral (or the sequence word). */
  pattern: RegExp;
  ordinal: (numeral: string) => number | null;
}

const SEQUENCE_WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: 0 };

/** In precedence order (outermost first). */
const RULES: readonly StyleRule[] = [
  {
    style: 'heading-cn',
    places: ['P', 'S'],
    pattern: new RegExp(`(${CN})、(?![一二三四五六七八九十])`, 'y'),
    ordinal: parseChineseNumeral,
  },
  {
    style: 'paren-cn',
    places: ['P', 'S', 'C'],
    pattern: new RegExp(`[（(](${CN})[）)]`, 'y'),
    ordinal: parseChineseNumeral,
  },
  {
    style: 'heading-arabic',
    places: ['P', 'S'],
    pattern: new RegExp(`(${AR})[.．、](?![0-9０-９])`, 'y'),
    ordinal: parseArabic,
  },
  {
    style: 'paren-arabic',
    places: ['P', 'S', 'C'],
    pattern: new RegExp(`[（(](${AR})[）)]`, 'y'),
    ordinal: parseArabic,
  },
  {
    style: 'di',
    places: ['P', 'S', 'C', 'K'],
    pattern: new RegExp(`第(${CN})(?:[，,、：:]|是)`, 'y'),
    ordinal: parseChineseNumeral,
  },
  {
    style: 'shi',
    places: ['P', 'S', 'C', 'K'],
    pattern: new RegExp(`(${CN})是`, 'y'),
    ordinal: parseChineseNumeral,
  },
  {
    style: 'yao-n',
    places: ['P', 'S', 'C', 'K'],
    pattern: new RegExp(`(${CN})要`, 'y'),
    ordinal: parseChineseNumeral,
  },
  {
    style: 'sequence',
    places: ['P', 'S', 'C', 'K'],
    pattern: /(首先|其次|再次|最后)(?=[，,：:是要])/y,
    ordinal: (word) => SEQUENCE_WORDS[word] ?? null,
  },
];

const RANK = new Map(RULES.map((rule, i) => [rule.style, i]));

/** Only the rules whose pattern can start with this character are tried: keeps the scan linear-cheap. */
function rulesFor(ch: string): readonly StyleRule[] {
  if ('一二三四五六七八九十'.includes(ch)) return CN_RULES;
  if (ch === '（' || ch === '(') return PAREN_RULES;
  if (/[0-9０-９]/.test(ch)) return ARABIC_RULES;
  if (ch === '第') return DI_RULES;
  if ('首其再最'.includes(ch)) return SEQUENCE_RULES;
  return [];
}
const byStyle = (...styles: EnumerationStyle[]) => RULES.filter((r) => styles.includes(r.style));
const CN_RULES = byStyle('heading-cn', 'shi', 'yao-n');
const PAREN_RULES = byStyle('paren-cn', 'paren-arabic');
const ARABIC_RULES = byStyle('heading-arabic');
const DI_RULES = byStyle('di');
const SEQUENCE_RULES = byStyle('sequence');

function tryMarkers(text: string, at: number, place: Place, paragraph: number, found: Marker[]): void {
  const ch = text[at];
  if (ch === undefined) return;
  for (const rule of rulesFor(ch)) {
    if (!rule.places.includes(place)) continue;
    rule.pattern.lastIndex = at;
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const ordinal = rule.ordinal(m[1] ?? '');
    if (ordinal === null) continue;
    found.push({ style: rule.style, ordinal, start: at, end: at + m[0].length, paragraph });
    return;
  }
}

/** Every marker of every style, in text order. */
export function findMarkers(text: string, paragraphs: readonly Span[]): Marker[] {
  const found: Marker[] = [];
  paragraphs.forEach((para, p) => {
    tryMarkers(text, para.start, 'P', p, found);
    for (let i = para.start; i < para.end; i++) {
      const ch = text[i];
      let place: Place;
      if (isSentenceEnd(ch)) place = 'S';
      else if (ch === '：' || ch === ':') place = 'C';
      else if (isClauseBreak(ch)) place = 'K';
      else continue;
      let at = i + 1;
      while (at < para.end && (isSpace(text[at]) || isCloser(text[at]))) at++;
      if (at < para.end) tryMarkers(text, at, place, p, found);
    }
  });
  return found;
}

/** Chains of a numbered style: a marker extends the latest chain waiting for its ordinal, or `1` opens one. */
function numberedChains(markers: readonly Marker[]): Marker[][] {
  const chains: Marker[][] = [];
  const waiting = new Map<number, Marker[][]>();
  for (const marker of markers) {
    const candidates = waiting.get(marker.ordinal);
    let chain = candidates?.pop();
    if (!chain) {
      if (marker.ordinal !== 1) continue;
      chain = [];
      chains.push(chain);
    }
    chain.push(marker);
    const next = waiting.get(marker.ordinal + 1) ?? [];
    next.push(chain);
    waiting.set(marker.ordinal + 1, next);
  }
  return chains;
}

/** `首先` opens a chain, `其次` and `再次` continue it in that order, `最后` ends it. */
function sequenceChains(markers: readonly Marker[]): Marker[][] {
  const chains: Marker[][] = [];
  let open: Marker[] | null = null;
  for (const marker of markers) {
    if (marker.ordinal === 1) {
      open = [marker];
      chains.push(open);
    } else if (open && (marker.ordinal === 0 || marker.ordinal === open.length + 1)) {
      open.push({ ...marker, ordinal: open.length + 1 });
      if (marker.ordinal === 0) open = null;
    }
  }
  return chains;
}

function longestChain(markers: readonly Marker[]): Marker[] | null {
  let best: Marker[] | null = null;
  const chains = markers[0]?.style === 'sequence' ? sequenceChains(markers) : numberedChains(markers);
  for (const chain of chains) {
    if (chain.length >= 2 && (best === null || chain.length > best.length)) best = chain;
  }
  return best;
}

/**
 * True when every marker of `inner` lies within a single item of `outer`. The last item counts up to
 * the end of its paragraph only: a later list (`第一，…` after a lead that lists `一是…二是`) is a list
 * of its own, not one nested in the earlier list's last item.
 */
function nestedIn(inner: readonly Marker[], outer: readonly Marker[], paragraphs: readonly Span[]): boolean {
  const first = inner[0]!.start;
  const last = inner.at(-1)!.start;
  return outer.some((item, j) => {
    const itemEnd = outer[j + 1]?.start ?? paragraphs[item.paragraph]?.end ?? item.end;
    return item.start < first && last < itemEnd;
  });
}

/** The outermost enumeration's markers, or null when the body has none. */
export function chooseEnumeration(text: string, paragraphs: readonly Span[]): Marker[] | null {
  const markers = findMarkers(text, paragraphs);
  const candidates: Marker[][] = [];
  for (const rule of RULES) {
    const chain = longestChain(markers.filter((m) => m.style === rule.style));
    if (chain) candidates.push(chain);
  }
  const outermost = candidates.filter((c) => !candidates.some((o) => o !== c && nestedIn(c, o, paragraphs)));
  outermost.sort((a, b) => RANK.get(a[0]!.style)! - RANK.get(b[0]!.style)!);
  return outermost[0] ?? null;
}
