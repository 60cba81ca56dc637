import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countCodePoints, snapToCodePoint } from '../../src/core/text/code-points';

// `𠀀` is U+20000: the pair \ud840\udc00. In 'a𠀀b' the units are a(0) \ud840(1) \udc00(2) b(3).
describe('snapToCodePoint', () => {
  it.each([
    { label: 'before the pair', text: 'a𠀀b', index: 1, expected: 1 },
    { label: 'between the halves', text: 'a𠀀b', index: 2, expected: 1 },
    { label: 'after the pair', text: 'a𠀀b', index: 3, expected: 3 },
    { label: 'negative clamps to 0', text: 'a𠀀b', index: -5, expected: 0 },
    { label: 'past the end clamps to length', text: 'a𠀀b', index: 9, expected: 4 },
    { label: 'NaN becomes 0', text: 'a𠀀b', index: NaN, expected: 0 },
    { label: 'fraction truncates', text: 'abc', index: 1.7, expected: 1 },
    { label: 'lone low surrogate stays', text: 'a\udc00b', index: 1, expected: 1 },
  ])('$label', ({ text, index, expected }) => {
    expect(snapToCodePoint(text, index)).toBe(expected);
  });
});

describe('countCodePoints', () => {
  it.each([
    { label: 'empty', text: '', start: 0, end: 0, expected: 0 },
    { label: 'BMP only', text: '统一战线', start: 0, end: 4, expected: 4 },
    { label: 'a pair counts once', text: 'a𠀀b', start: 0, end: 4, expected: 3 },
    { label: 'a pair cut by the end counts its high half', text: 'a𠀀b', start: 0, end: 2, expected: 2 },
    { label: 'a pair cut by the start counts its low half', text: 'a𠀀b', start: 2, end: 4, expected: 2 },
    { label: 'lone surrogates count one each', text: '\udc00\ud800', start: 0, end: 2, expected: 2 },
  ])('$label', ({ text, start, end, expected }) => {
    expect(countCodePoints(text, start, end)).toBe(expected);
  });

  it('defaults to the whole text', () => {
    expect(countCodePoints('戰(zhàn)𠀀')).toBe(8);
  });

  it('agrees with for…of over the slice, surrogate halves included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.max(start, Math.max(a, b) % (text.length + 1));
        expect(countCodePoints(text, start, end)).toBe([...text.slice(start, end)].length);
      }),
    );
  });

  it('never leaves an index between the halves of a pair', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.integer({ min: -2, max: 45 }),
        (text, i) => {
          const at = snapToCodePoint(text, i);
          const clamped = Math.max(0, Math.min(text.length, i));
          expect(at === clamped || at === clamped - 1).toBe(true);
          const split =
            at > 0 && /[\ud800-\udbff]/.test(text[at - 1]!) && /[\udc00-\udfff]/.test(text[at] ?? '');
          expect(split).toBe(false);
        },
      ),
    );
  });
});
