/**
 * Candidate lists from numbered markers (`./markers`): chains numbered 1, 2, 3… in text order.
 *
 * A marker continues the latest chain of its family waiting for its number, preferring one of its own
 * style; a `1` (or `首先`) always opens a new chain, so a list restarted under a new lead is a list of
 * its own and a sub-list inside an item never joins its parent. Families: the inline styles `shi`, `di`
 * and `verb` mix (`一是…第二，…三是` is one list); every other style chains alone.
 *
 *   `一是加强领导。…第二，突出重点。…三是强化保障。` → one candidate, style `shi`, three items
 *
 * A text that starts inside its first chapter (an excerpt, `十八大以来的五年…` then `二、…`) gets that
 * chapter as an unmarked first item from the start of the body, when `二、` opens a chain of three.
 *
 * Scores rank certainty: paragraph-start headings (`一、`, then `（一）`, `1.`) above inline points,
 * plus half a point per item (up to eight). A chain needs two items; a `首先` chain needs `其次` or `最后`.
 */

import type { OutlineStyle } from '../types';
import { closeItems, type Candidate } from './candidate';
import type { Marker } from './markers';
import type { Body } from './units';

const FAMILY: Partial<Record<OutlineStyle, string>> = { shi: 'inline', di: 'inline', verb: 'inline' };
const familyOf = (style: OutlineStyle) => FAMILY[style] ?? style;

/** Base scores: [at paragraph starts, inline]. */
const BASE: Partial<Record<OutlineStyle, [number, number]>> = {
  chapter: [95, 70],
  paren: [90, 72],
  arabic: [85, 60],
  'paren-arabic': [80, 70],
  di: [76, 74],
  shi: [76, 74],
  verb: [74, 72],
  sequence: [66, 64],
};
/** Chapters hold whole sections: the last reaches its container's end (other lists close by their spans). */
const HEADINGS = new Set<OutlineStyle>(['chapter']);

/** How many of the latest waiting chains a marker looks through for one of its own style. */
const STYLE_LOOKBACK = 8;

function chains(markers: readonly Marker[]): Marker[][] {
  const all: Marker[][] = [];
  /** Chains waiting for their next number, latest last, by family and number. */
  const waiting = new Map<string, Marker[][]>();
  const key = (family: string, ordinal: number) => `${family}|${ordinal}`;
  /** The open `首先` chain (only the latest is ever continued). */
  let sequence: Marker[] | null = null;
  let sawFirstChapter = false;
  for (const marker of markers) {
    const family = familyOf(marker.style);
    let chain: Marker[] | undefined;
    if (marker.style === 'sequence') {
      if (marker.ordinal === 1) {
        sequence = [];
        all.push(sequence);
      } else if (!sequence || !(marker.ordinal === 0 || marker.ordinal === sequence.length + 1)) continue;
      sequence.push(marker);
      if (marker.ordinal === 0) sequence = null;
      continue;
    }
    if (marker.ordinal !== 1) {
      const list = waiting.get(key(family, marker.ordinal));
      // A text that starts inside its first chapter (an excerpt) has chapters from `二、` on.
      const headless =
        marker.style === 'chapter' && marker.ordinal === 2 && marker.place === 'P' && !sawFirstChapter;
      if (list && list.length > 0) {
        // Of the same style, one whose last marker stands where this one does (at a paragraph's start
        // or inside one) first: `第五、 外交` at a paragraph's start continues the chapters `第一、…第四、`,
        // not the points `第一，…第四，` that one of those chapters holds inline.
        const atStart = (m: Marker) => m.place === 'P';
        const recent = (ok: (last: Marker) => boolean) => {
          for (let i = list.length - 1; i >= Math.max(0, list.length - STYLE_LOOKBACK); i--)
            if (ok(list[i]!.at(-1)!)) return i;
          return -1;
        };
        let pick = recent((last) => last.style === marker.style && atStart(last) === atStart(marker));
        if (pick < 0) pick = recent((last) => last.style === marker.style);
        if (pick < 0) pick = list.length - 1;
        chain = list.splice(pick, 1)[0];
      } else if (!headless) continue;
    }
    if (marker.style === 'chapter' && marker.ordinal === 1) sawFirstChapter = true;
    if (!chain) {
      chain = [];
      all.push(chain);
    }
    chain.push(marker);
    const next = key(family, marker.ordinal + 1);
    const list = waiting.get(next);
    if (list) list.push(chain);
    else waiting.set(next, [chain]);
  }
  return all;
}

export function numberedLists(body: Body, markers: readonly Marker[], limit: number): Candidate[] {
  const candidates: Candidate[] = [];
  for (const chain of chains(markers)) {
    if (chain.length < 2) continue;
    const style = chain[0]!.style;
    const headless = chain[0]!.ordinal === 2;
    if (headless && chain.length < 3) continue;
    const atParagraphs = chain.every((m) => m.place === 'P');
    const [paragraphBase, inlineBase] = BASE[style] ?? [60, 60];
    const alwaysOpen = atParagraphs && HEADINGS.has(style);
    const starts: { start: number; labelFrom: number; ordinal: number; style?: OutlineStyle }[] = chain.map(
      (m, i) => ({
        start: m.start,
        labelFrom: m.end,
        ordinal: m.ordinal === 0 ? i + 1 : m.ordinal,
        style: m.style,
      }),
    );
    // The first chapter of an excerpt has no heading: it starts with the body.
    const first = body.paragraphs[0]!;
    if (headless && first.start < chain[0]!.start)
      starts.unshift({ start: first.start, labelFrom: first.start, ordinal: 1 });
    const items = closeItems(body, starts, limit, alwaysOpen);
    candidates.push({
      style,
      items,
      score: (atParagraphs ? paragraphBase : inlineBase) + Math.min(chain.length, 8) / 2,
      alwaysOpen,
    });
  }
  return candidates;
}
