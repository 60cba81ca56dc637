import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize, normalizeFragment, toNormalizedIndex, toOriginalRange } from '../../src/core/normalize';
import { isHan } from '../../src/core/text/han';
import type { Normalized } from '../../src/core/types';

/** Pieces that exercise every rule: glosses, damaged glosses, T→S (astral both ways), folds, breaks. */
const PIECES = [
  ...['戰', '線', '統', '顯', '著', '显', '隨', '二', '噁', '英', '乾', '隆', '中', '文', '衞'],
  ...['𠀀', '𪚥', '㗲', '𡻕', '(zhàn)', '（qū）', 'zhàn)', '(jié', '?', '？', '\ufffd', 'a', 'Z', '1'],
  ...[' ', '\u3000', '\u00a0', '\t', '\n', '\r', '\r\n', '\u2028', '\u0085', '\u000c', '\u0000', '\u200b'],
  ...[',', '，', ':', ';', '"', '「', '」', '（', '）', '(', ')', '、', '。', 'Ａ', '\ud800', '\udc00'],
];

const texts = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 40 }),
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 3 })), {
      maxLength: 30,
    })
    .map((parts) => parts.join('')),
);

const RUNS = { numRuns: 1500 };

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Whether `offset` falls between the two halves of a surrogate pair of `text`. */
function splitsPair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHigh(text.charCodeAt(offset - 1)) &&
    isLow(text.charCodeAt(offset))
  );
}

/** Maximal runs of Han code points in the normalized text, as [start, end) UTF-16 spans. */
function hanRuns(normalized: string): [number, number][] {
  const runs: [number, number][] = [];
  let runStart = -1;
  let i = 0;
  for (const ch of normalized) {
    const han = isHan(ch.codePointAt(0)!);
    if (han && runStart < 0) runStart = i;
    if (!han && runStart >= 0) {
      runs.push([runStart, i]);
      runStart = -1;
    }
    i += ch.length;
  }
  if (runStart >= 0) runs.push([runStart, i]);
  return runs;
}

const hanOnly = (text: string) =>
  Array.from(text)
    .filter((ch) => isHan(ch.codePointAt(0)!))
    .join('');

describe('normalize, for any input', () => {
  it('never throws and gives one map entry per normalized unit', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { normalized, map, original } = normalize(text);
        expect(original).toBe(text);
        expect(map.normStart.length).toBe(normalized.length);
        expect(map.normEnd.length).toBe(normalized.length);
      }),
      RUNS,
    );
  });

  it('maps each unit to a non-empty original span, in order, inside the text, never splitting a pair', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { normalized, map } = normalize(text);
        for (let i = 0; i < normalized.length; i++) {
          const start = map.normStart[i]!;
          const end = map.normEnd[i]!;
          expect(0 <= start && start < end && end <= text.length).toBe(true);
          expect(splitsPair(text, start) || splitsPair(text, end)).toBe(false);
          if (i === 0) continue;
          const pairTail = isHigh(normalized.charCodeAt(i - 1)) && isLow(normalized.charCodeAt(i));
          if (pairTail) {
            // Both halves of an astral character share one span.
            expect([map.normStart[i - 1], map.normEnd[i - 1]]).toEqual([start, end]);
          } else {
            expect(map.normEnd[i - 1]!).toBeLessThanOrEqual(start);
          }
        }
      }),
      RUNS,
    );
  });

  it('round-trips unit positions through toOriginalRange and toNormalizedIndex', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { normalized, map } = normalize(text);
        for (let i = 0; i < normalized.length; i++) {
          const range = toOriginalRange(map, i, i + 1);
          expect(range).toEqual({ start: map.normStart[i], end: map.normEnd[i] });
          const first = i > 0 && map.normStart[i - 1] === range.start ? i - 1 : i;
          expect(toNormalizedIndex(map, range.start)).toBe(first);
        }
      }),
      RUNS,
    );
  });
});

describe('normalizeFragment', () => {
  /**
   * The guarantee phrase matching relies on: take a normalized span that starts where a maximal run of
   * Han characters starts and ends where one ends; normalizing its original slice on its own gives the
   * same Han characters. For a single run the whole strings are equal. (Punctuation between runs can
   * differ: a straight quote's direction depends on the quotes earlier on its line.)
   */
  function checkRuns(
    result: Normalized,
    pick: (runs: [number, number][]) => [number, number] | undefined,
  ): void {
    const runs = hanRuns(result.normalized);
    const span = pick(runs);
    if (span === undefined) return;
    const [from, to] = span;
    const range = toOriginalRange(result.map, from, to);
    const fragment = normalizeFragment(result.original.slice(range.start, range.end));
    const expected = result.normalized.slice(from, to);
    if (runs.some(([a, b]) => a === from && b === to)) expect(fragment).toBe(expected);
    expect(hanOnly(fragment)).toBe(hanOnly(expected));
  }

  it('gives a whole Han run of any text the same characters out of context', () => {
    fc.assert(
      fc.property(texts, fc.nat(), (text, seed) => {
        checkRuns(normalize(text), (runs) => runs[seed % Math.max(1, runs.length)]);
      }),
      RUNS,
    );
  });

  it('gives a span from one run start to a later run end the same Han characters', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        checkRuns(normalize(text), (runs) => {
          if (runs.length === 0) return undefined;
          const first = a % runs.length;
          const last = first + (b % (runs.length - first));
          return [runs[first]![0], runs[last]![1]];
        });
      }),
      RUNS,
    );
  });

  it('holds on the gloss example of the contract', () => {
    const result = normalize('要統一戰(zhàn)線。');
    const range = toOriginalRange(result.map, 1, 5);
    expect(range).toEqual({ start: 1, end: 11 });
    expect(normalizeFragment(result.original.slice(range.start, range.end))).toBe('统一战线');
  });
});
