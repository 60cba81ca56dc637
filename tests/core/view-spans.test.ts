import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { snapToCodePoint } from '../../src/core/text/code-points';
import { splitSpans } from '../../src/view/spans';

describe('splitSpans', () => {
  it('cuts at phrase, theme and gloss edges (worked example from the module comment)', () => {
    const text = '統一戰(zhàn)線是法寶';
    const none = { theme: false, find: false, current: false, gloss: false };
    expect(
      splitSpans(text, 0, text.length, [{ id: 'p2', start: 0, end: 10 }], {
        theme: [{ start: 0, end: 1 }],
        gloss: [{ start: 3, end: 9 }],
      }),
    ).toEqual([
      { text: '統', start: 0, end: 1, phrases: ['p2'], ...none, theme: true },
      { text: '一戰', start: 1, end: 3, phrases: ['p2'], ...none },
      { text: '(zhàn)', start: 3, end: 9, phrases: ['p2'], ...none, gloss: true },
      { text: '線', start: 9, end: 10, phrases: ['p2'], ...none },
      { text: '是法寶', start: 10, end: 13, phrases: [], ...none },
    ]);
  });

  it('without glosses given, a gloss is plain text of its span', () => {
    const text = '統一戰(zhàn)線';
    expect(splitSpans(text, 0, text.length, []).map((span) => [span.text, span.gloss])).toEqual([
      ['統一戰(zhàn)線', false],
    ]);
  });

  it('marks find hits and the current one, cutting where they begin and end', () => {
    const spans = splitSpans('甲乙丙丁戊己', 0, 6, [{ id: 'p1', start: 0, end: 3 }], {
      find: [
        { start: 1, end: 2 },
        { start: 4, end: 6 },
      ],
      current: { start: 4, end: 6 },
    });
    expect(spans.map((s) => [s.text, s.phrases, s.find, s.current])).toEqual([
      ['甲', ['p1'], false, false],
      ['乙', ['p1'], true, false],
      ['丙', ['p1'], false, false],
      ['丁', [], false, false],
      ['戊己', [], true, true],
    ]);
  });

  it.each([
    {
      label: 'overlapping phrases share the middle span',
      ranges: [
        { id: 'a', start: 0, end: 4 },
        { id: 'b', start: 2, end: 6 },
      ],
      expected: [
        ['甲乙', ['a']],
        ['丙丁', ['a', 'b']],
        ['戊己', ['b']],
      ],
    },
    {
      label: 'a phrase crossing the stretch edge is clipped',
      ranges: [{ id: 'a', start: -3, end: 2 }],
      expected: [
        ['甲乙', ['a']],
        ['丙丁戊己', []],
      ],
    },
    { label: 'no phrases: one plain span', ranges: [], expected: [['甲乙丙丁戊己', []]] },
    {
      label: 'an empty phrase adds no edge',
      ranges: [{ id: 'a', start: 3, end: 3 }],
      expected: [['甲乙丙丁戊己', []]],
    },
  ])('$label', ({ ranges, expected }) => {
    const spans = splitSpans('甲乙丙丁戊己', 0, 6, ranges);
    expect(spans.map((span) => [span.text, span.phrases])).toEqual(expected);
  });

  it('splits only the requested stretch, keeping original offsets', () => {
    const spans = splitSpans('前言。要統一思想。', 3, 9, [{ id: 'p1', start: 4, end: 8 }]);
    expect(spans.map(({ text, start, end }) => ({ text, start, end }))).toEqual([
      { text: '要', start: 3, end: 4 },
      { text: '統一思想', start: 4, end: 8 },
      { text: '。', start: 8, end: 9 },
    ]);
  });

  it('moves a boundary that would split a surrogate pair back to the pair start', () => {
    const text = '甲𠀀乙'; // U+20000 is two UTF-16 units at 1..3
    expect(snapToCodePoint(text, 2)).toBe(1);
    const spans = splitSpans(text, 0, text.length, [{ id: 'p', start: 2, end: 4 }]);
    expect(spans.map((span) => span.text)).toEqual(['甲', '𠀀乙']);
  });

  // Text drawn from Han, astral Han, ASCII, a gloss-like run and newlines, so surrogates are common.
  const unit = fc.constantFrom('统', '戰', '𠀀', '𪚥', '(zhàn)', 'a', '，', '\n', ' ', '🙂');
  const textArb = fc.array(unit, { maxLength: 40 }).map((parts) => parts.join(''));

  it('rebuilds the stretch exactly and never splits a surrogate pair (property)', () => {
    fc.assert(
      fc.property(
        textArb.chain((text) =>
          fc.tuple(
            fc.constant(text),
            fc.nat(text.length),
            fc.nat(text.length),
            fc.array(fc.tuple(fc.integer({ min: -2, max: text.length + 2 }), fc.nat(12)), { maxLength: 8 }),
            fc.array(fc.tuple(fc.nat(text.length), fc.nat(6)), { maxLength: 4 }),
          ),
        ),
        ([text, a, b, phraseSeeds, mentionSeeds]) => {
          const [from, to] = a <= b ? [a, b] : [b, a];
          const phrases = phraseSeeds.map(([start, length], i) => ({
            id: `p${i}`,
            start,
            end: start + length,
          }));
          const mentions = mentionSeeds.map(([start, length]) => ({ start, end: start + length }));
          const spans = splitSpans(text, from, to, phrases, { theme: mentions });
          const expected = text.slice(snapToCodePoint(text, from), snapToCodePoint(text, to));
          expect(spans.map((span) => span.text).join('')).toBe(expected);
          for (const span of spans) {
            expect(span.text.length).toBeGreaterThan(0);
            expect(span.text).toBe(text.slice(span.start, span.end));
            const splitsPair = (index: number) =>
              /^[\udc00-\udfff]/.test(text.slice(index)) && /[\ud800-\udbff]$/.test(text.slice(0, index));
            expect(splitsPair(span.start) || splitsPair(span.end)).toBe(false);
          }
          for (const span of spans) {
            for (const phrase of phrases) {
              const covers = phrase.start <= span.start && span.end <= phrase.end;
              if (covers) expect(span.phrases).toContain(phrase.id);
              const overlaps = phrase.start < span.end && span.start < phrase.end;
              if (span.phrases.includes(phrase.id)) expect(overlaps).toBe(true);
            }
          }
        },
      ),
    );
  });
});
