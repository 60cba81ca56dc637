import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compare,
  countHan,
  isHan,
  normalizeFragment,
  type Comparison,
  type Range,
} from '../../src/core/index';

/**
 * Texts built from pieces that stress the engine: Simplified and Traditional forms of the same
 * words (so phrases cross scripts), astral hanzi, a pinyin gloss, punctuation, newlines, an
 * enumeration marker, emoji, and lone surrogates.
 */
const piece = fc.constantFrom(
  '统一战线',
  '統一戰線',
  '統一戰(zhàn)線',
  '民主党派',
  '民主黨派',
  '把思想和行动统一到中央',
  '𠀀𪚥',
  '要',
  '一是',
  '，',
  '。',
  '\n',
  ' ',
  '2018年',
  '😀',
  '\ud800',
  '\udc00',
  '工作',
  '扶贫',
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

function hanOnly(s: string): string {
  return [...s].filter((c) => isHan(c.codePointAt(0)!)).join('');
}

function insideAndWhole(range: Range, original: string): boolean {
  const splits = (i: number) => {
    const before = original.charCodeAt(i - 1);
    const after = original.charCodeAt(i);
    return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  };
  return (
    Number.isInteger(range.start) &&
    Number.isInteger(range.end) &&
    range.start >= 0 &&
    range.start <= range.end &&
    range.end <= original.length &&
    !splits(range.start) &&
    !splits(range.end)
  );
}

function allRanges(c: Comparison): { range: Range; side: 'left' | 'right' }[] {
  const out: { range: Range; side: 'left' | 'right' }[] = [];
  for (const p of c.phrases) out.push({ range: p.left, side: 'left' }, { range: p.right, side: 'right' });
  for (const t of c.themes) {
    for (const m of t.left.mentions) out.push({ range: m, side: 'left' });
    for (const m of t.right.mentions) out.push({ range: m, side: 'right' });
  }
  for (const s of c.left.sections) out.push({ range: s, side: 'left' });
  for (const s of c.right.sections) out.push({ range: s, side: 'right' });
  return out;
}

describe('compare: properties', () => {
  it('keeps every range inside its text without splitting a surrogate pair', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 2, max: 6 }), (left, right, minPhraseLength) => {
        const c = compare(left, right, { minPhraseLength });
        for (const { range, side } of allRanges(c)) {
          expect(insideAndWhole(range, side === 'left' ? left : right)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reports only phrases whose two slices carry the same Han characters as their text', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 2, max: 6 }), (left, right, minPhraseLength) => {
        const c = compare(left, right, { minPhraseLength });
        for (const p of c.phrases) {
          const han = hanOnly(p.text);
          expect([...han]).toHaveLength(p.hanLength);
          expect(p.hanLength).toBeGreaterThanOrEqual(c.options.minPhraseLength);
          expect(hanOnly(normalizeFragment(left.slice(p.left.start, p.left.end)))).toBe(han);
          expect(hanOnly(normalizeFragment(right.slice(p.right.start, p.right.end)))).toBe(han);
        }
      }),
      { numRuns: 200 },
    );
  });

  // The properties above hold for an engine that finds nothing; this one does not. A run of Han
  // characters put into both texts, among characters the other text never has, is their only common
  // wording: the engine must report it, whole, at the places it was put.
  it('finds a run both texts share, at the places it was put', () => {
    const han = (alphabet: string, minLength: number) =>
      fc.array(fc.constantFrom(...alphabet), { minLength, maxLength: 12 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(
        han('甲乙丙丁', 0),
        han('戊己庚辛', 0),
        han('子丑寅卯', 0),
        han('辰巳午未', 0),
        han('统战民主党派工作协商', 6),
        (before, after, otherBefore, otherAfter, shared) => {
          const left = `${before}${shared}${after}`;
          const right = `${otherBefore}，${shared}。${otherAfter}`;
          const c = compare(left, right, { minPhraseLength: 4 });
          expect(c.phrases).toHaveLength(1);
          const [phrase] = c.phrases;
          expect(phrase!.text).toBe(shared);
          expect(phrase!.left).toEqual({ start: before.length, end: before.length + shared.length });
          expect(phrase!.right).toEqual({
            start: otherBefore.length + 1,
            end: otherBefore.length + 1 + shared.length,
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps stats consistent with the phrases', () => {
    fc.assert(
      fc.property(text, text, (left, right) => {
        const c = compare(left, right);
        expect(c.stats.phraseCount).toBe(c.phrases.length);
        expect(c.stats.alignedCount + c.stats.movedCount).toBe(c.phrases.length);
        expect(c.stats.pairs).toHaveLength(c.pairs.length);
        for (const share of [c.stats.left.share, c.stats.right.share]) {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
        }
        // No phrase, no coverage; a phrase covers at least its own Han characters.
        if (c.phrases.length === 0) expect(c.stats.left.covered).toBe(0);
        else expect(c.stats.left.share).toBeGreaterThan(0);
        expect(c.phrases.map((p) => p.id)).toEqual(c.phrases.map((_, i) => `p${i + 1}`));
      }),
      { numRuns: 100 },
    );
  });

  it('is symmetric in what it covers: swapping the texts swaps the shares', () => {
    fc.assert(
      fc.property(text, text, (left, right) => {
        const ab = compare(left, right);
        const ba = compare(right, left);
        // Coverage is "Han characters inside some shared run", which does not depend on the order.
        expect(ab.stats.left.share).toBeCloseTo(ba.stats.right.share, 10);
        expect(ab.stats.right.share).toBeCloseTo(ba.stats.left.share, 10);
      }),
      { numRuns: 100 },
    );
  });
});

describe('compare never throws', () => {
  it.each([
    { label: 'two empty texts', left: '', right: '' },
    { label: 'one empty text', left: '统一战线工作', right: '' },
    { label: 'emoji only', left: '😀😀😀', right: '👍🏽 👨‍👩‍👧' },
    { label: 'astral hanzi', left: '𠀀𪚥𠀀𪚥𠀀', right: '𪚥𠀀𪚥𠀀𪚥' },
    { label: 'lone surrogates', left: '\ud800统一战线\udc00', right: '统一\udbff战线\ud800' },
    { label: 'only punctuation', left: '，。、；：！？', right: '……——' },
    { label: 'a gloss with no hanzi', left: '(zhàn)(xiàn)', right: '?zhèn)' },
  ])('$label', ({ left, right }) => {
    const c = compare(left, right);
    expect(c.left.text).toBe(left);
    expect(c.right.text).toBe(right);
    expect(c.themes.length).toBeGreaterThan(0);
  });

  it('compares a megabyte of one character against itself', () => {
    const big = '战'.repeat(1_000_000);
    const c = compare(big, big);
    expect(c.stats.left.share).toBe(1);
    expect(c.stats.right.share).toBe(1);
    expect(countHan(c.phrases[0]!.text)).toBe(c.phrases[0]!.hanLength);
  });
});
