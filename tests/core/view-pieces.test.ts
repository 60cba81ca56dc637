import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutPieces, emWidth } from '../../src/view/pieces';

const texts = (text: string, pieces: { start: number; end: number }[]) =>
  pieces.map((p) => text.slice(p.start, p.end));

describe('cutPieces', () => {
  it('cuts the worked example of the module comment into lines, blank lines marked', () => {
    const text = '要统一思想。\n\n要凝聚共识。';
    expect(cutPieces(text, 0, text.length)).toEqual([
      { start: 0, end: 7, blank: false },
      { start: 7, end: 8, blank: true },
      { start: 8, end: 14, blank: false },
    ]);
  });

  it.each([
    {
      label: 'a stretch inside the text starts and ends where asked',
      text: '甲乙\n丙丁\n戊己',
      from: 1,
      to: 7,
      expected: ['乙\n', '丙丁\n', '戊'],
    },
    {
      label: 'a line ending the stretch keeps its break',
      text: '甲\n乙\n',
      from: 0,
      to: 4,
      expected: ['甲\n', '乙\n'],
    },
    { label: 'an empty stretch has no pieces', text: '甲乙', from: 1, to: 1, expected: [] },
  ])('$label', ({ text, from, to, expected }) => {
    expect(texts(text, cutPieces(text, from, to))).toEqual(expected);
  });

  it('cuts a line longer than the limit after a sentence end', () => {
    const text = `${'甲'.repeat(7)}。${'乙'.repeat(7)}`;
    expect(texts(text, cutPieces(text, 0, text.length, 10))).toEqual([`${'甲'.repeat(7)}。`, '乙'.repeat(7)]);
  });

  it('cuts a line without sentence ends at the limit, never inside a surrogate pair', () => {
    const text = '甲'.repeat(9) + '𠀀' + '乙'.repeat(5);
    const pieces = cutPieces(text, 0, text.length, 10);
    expect(texts(text, pieces)).toEqual(['甲'.repeat(9), '𠀀' + '乙'.repeat(5)]);
  });

  it('tiles any stretch exactly, every piece within the limit or one character (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('甲', '。', '\n', ' ', 'a', '𠀀') }),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const from = Math.min(a, b) % (text.length + 1);
          const to = Math.max(from, Math.max(a, b) % (text.length + 1));
          const pieces = cutPieces(text, from, to, 6);
          expect(texts(text, pieces).join('')).toBe(text.slice(from, to));
          pieces.forEach((piece, i) => {
            expect(piece.end).toBeGreaterThan(piece.start);
            if (i > 0) expect(piece.start).toBe(pieces[i - 1]!.end);
            expect(piece.end - piece.start).toBeLessThanOrEqual(6);
            expect(piece.blank).toBe(/^\s*$/u.test(text.slice(piece.start, piece.end)));
          });
        },
      ),
    );
  });
});

describe('emWidth', () => {
  it.each([
    { label: 'Han characters and full-width punctuation are 1 em', text: '统一战线，', expected: 5 },
    { label: 'Latin letters and digits are about half', text: 'ab12', expected: 2.2 },
    { label: 'a run of spaces counts once', text: '甲   乙', expected: 2.3 },
    { label: 'an astral character counts once', text: '𠀀', expected: 1 },
  ])('$label', ({ text, expected }) => {
    expect(emWidth(text, 0, text.length)).toBeCloseTo(expected);
  });
});
