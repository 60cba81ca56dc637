/**
 * Cutting a stretch of original text into spans at every highlight boundary, so each span renders as one
 * text node (inside a `<mark>` when it is shared phrasing).
 *
 * A `Span` covers `[start, end)` of the original and lists every shared phrase covering all of it (phrases
 * may overlap: a moved run can sit across an aligned one), and which other marks cover it: a mention of
 * the selected theme, a hit of the find bar, the find bar's current hit, a pinyin gloss (`(zhàn)` after
 * `戰`: page damage the view hides unless the reader asks for the text exactly as written).
 * Concatenating the spans' texts rebuilds the stretch exactly, and no span boundary falls between the two
 * halves of a surrogate pair (a boundary that would is moved back to the pair's start).
 *
 * Example: text `統一戰(zhàn)線是法寶`, stretch 0..14, phrase p2 at 0..10, theme mention at 0..1 →
 * and its gloss `(zhàn)` at 3..9 →
 *   [ { text: '統', start: 0, end: 1, phrases: ['p2'], theme: true, find: false, current: false, gloss: false },
 *     { text: '一戰', start: 1, end: 3, phrases: ['p2'], theme: false, … },
 *     { text: '(zhàn)', start: 3, end: 9, phrases: ['p2'], theme: false, …, gloss: true },
 *     { text: '線', start: 9, end: 10, phrases: ['p2'], theme: false, … },
 *     { text: '是法寶', start: 10, end: 13, phrases: [], theme: false, … } ]   (end 13: the text is 13 units)
 */

import { firstIndexWhere } from '../core/sorted';
import { snapToCodePoint } from '../core/text/code-points';

export interface Span {
  text: string;
  start: number;
  end: number;
  /** Ids of the shared phrases covering the whole span, in the order they were given. */
  phrases: string[];
  /** A mention of the selected theme covers the span. */
  theme: boolean;
  /** A hit of the find bar covers the span; `current` when it is the hit the find bar is on. */
  find: boolean;
  current: boolean;
  /** A pinyin gloss (`Report.glosses`) covers the span. */
  gloss: boolean;
}

/** Marks other than shared phrasing, each a list of ranges (clipped to the stretch like phrases). */
export interface SpanMarks {
  theme?: readonly PlainRange[];
  find?: readonly PlainRange[];
  current?: PlainRange | null;
  gloss?: readonly PlainRange[];
}

export interface PhraseRange {
  id: string;
  start: number;
  end: number;
}

export interface PlainRange {
  start: number;
  end: number;
}

/**
 * Spans of `text[from, to)` cut at the edges of `phrases` and the other marks (ranges outside the
 * stretch are ignored, ranges crossing its edges are clipped). Runs in O(n log n + covered spans).
 */
export function splitSpans(
  text: string,
  from: number,
  to: number,
  phrases: readonly PhraseRange[],
  marks: SpanMarks = {},
): Span[] {
  const start = snapToCodePoint(text, Math.max(0, Math.min(from, text.length)));
  const end = snapToCodePoint(text, Math.max(start, Math.min(to, text.length)));
  if (start === end) return [];

  const clip = (range: PlainRange): PlainRange | null => {
    const s = snapToCodePoint(text, Math.max(range.start, start));
    const e = snapToCodePoint(text, Math.min(range.end, end));
    return s < e ? { start: s, end: e } : null;
  };
  const clippedPhrases = phrases.flatMap((phrase) => {
    const range = clip(phrase);
    return range ? [{ id: phrase.id, ...range }] : [];
  });
  const clipAll = (ranges: readonly PlainRange[] | undefined) =>
    (ranges ?? []).flatMap((range) => {
      const clipped = clip(range);
      return clipped ? [clipped] : [];
    });
  const others = {
    theme: clipAll(marks.theme),
    find: clipAll(marks.find),
    current: clipAll(marks.current ? [marks.current] : []),
    gloss: clipAll(marks.gloss),
  };

  const edges = new Set<number>([start, end]);
  for (const range of [
    ...clippedPhrases,
    ...others.theme,
    ...others.find,
    ...others.current,
    ...others.gloss,
  ]) {
    edges.add(range.start);
    edges.add(range.end);
  }
  const bounds = [...edges].sort((a, b) => a - b);
  const spans: Span[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const s = bounds[i]!;
    const e = bounds[i + 1]!;
    spans.push({
      text: text.slice(s, e),
      start: s,
      end: e,
      phrases: [],
      theme: false,
      find: false,
      current: false,
      gloss: false,
    });
  }
  const firstBound = (at: number) => firstIndexWhere(bounds.length, (i) => bounds[i]! >= at);
  for (const phrase of clippedPhrases) {
    for (let i = firstBound(phrase.start); bounds[i]! < phrase.end; i++) spans[i]!.phrases.push(phrase.id);
  }
  for (const key of ['theme', 'find', 'current', 'gloss'] as const) {
    for (const range of others[key]) {
      for (let i = firstBound(range.start); bounds[i]! < range.end; i++) spans[i]![key] = true;
    }
  }
  return spans;
}
