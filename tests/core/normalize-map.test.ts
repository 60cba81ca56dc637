import { describe, expect, it } from 'vitest';
import { normalize, toNormalizedIndex, toOriginalRange } from '../../src/core/normalize';

function spans(text: string): [number, number][] {
  const { map } = normalize(text);
  return Array.from(map.normStart, (start, i) => [start, map.normEnd[i]!]);
}

describe('offset map', () => {
  it.each([
    {
      label: 'the example of types.ts',
      input: '戰(zhàn)線',
      expected: [
        [0, 1],
        [7, 8],
      ],
    },
    {
      label: 'CRLF is one break',
      input: 'a\r\nb',
      expected: [
        [0, 1],
        [1, 3],
        [3, 4],
      ],
    },
    {
      label: 'a collapsed space covers its run',
      input: 'a \t b',
      expected: [
        [0, 1],
        [1, 4],
        [4, 5],
      ],
    },
    { label: 'dropped indentation', input: '\u3000\u3000中', expected: [[2, 3]] },
    {
      label: 'deduplicated comma',
      input: '甲,,乙',
      expected: [
        [0, 1],
        [1, 2],
        [3, 4],
      ],
    },
    {
      label: 'astral passes through',
      input: '𠀀𪚥',
      expected: [
        [0, 2],
        [0, 2],
        [2, 4],
        [2, 4],
      ],
    },
    {
      label: 'BMP becomes astral (㗲 → 𠵾)',
      input: '㗲甲',
      expected: [
        [0, 1],
        [0, 1],
        [1, 2],
      ],
    },
    {
      label: 'astral becomes BMP (𡻕 → 岁)',
      input: '𡻕甲',
      expected: [
        [0, 2],
        [2, 3],
      ],
    },
    {
      label: 'lone surrogates',
      input: '\ud800a\udc00',
      expected: [
        [0, 1],
        [1, 2],
        [2, 3],
      ],
    },
    {
      label: 'damaged gloss keeps `?`',
      input: '?zhèn)鬟',
      expected: [
        [0, 1],
        [6, 7],
      ],
    },
  ])('$label', ({ input, expected }) => {
    expect(spans(input)).toEqual(expected);
  });
});

describe('toOriginalRange', () => {
  const { map } = normalize('統一戰(zhàn)線 abc'); // normalized `统一战线abc`

  it.each([
    { label: 'a phrase spanning a gloss', from: 0, to: 4, expected: { start: 0, end: 10 } },
    { label: 'one character before a gloss', from: 2, to: 3, expected: { start: 2, end: 3 } },
    { label: 'empty span before 線', from: 3, to: 3, expected: { start: 9, end: 9 } },
    { label: 'empty span at the end', from: 7, to: 7, expected: { start: 14, end: 14 } },
    { label: 'reversed span is empty', from: 5, to: 2, expected: { start: 12, end: 12 } },
    { label: 'clamped past the end', from: 4, to: 99, expected: { start: 11, end: 14 } },
    { label: 'clamped before the start', from: -5, to: 1, expected: { start: 0, end: 1 } },
  ])('$label', ({ from, to, expected }) => {
    expect(toOriginalRange(map, from, to)).toEqual(expected);
  });

  it('places an empty span at the end at originalLength when given', () => {
    const { map: trailing } = normalize('中文   ');
    expect(toOriginalRange(trailing, 2, 2)).toEqual({ start: 2, end: 2 });
    expect(toOriginalRange(trailing, 2, 2, 5)).toEqual({ start: 5, end: 5 });
  });

  it('maps an empty text to position 0', () => {
    expect(toOriginalRange(normalize('').map, 0, 0)).toEqual({ start: 0, end: 0 });
  });
});

describe('toNormalizedIndex', () => {
  const { normalized, map } = normalize('統一戰(zhàn)線 abc');

  it('is a sanity check of the text under test', () => {
    expect(normalized).toBe('统一战线abc');
  });

  it.each([
    { label: 'start of text', offset: 0, expected: 0 },
    { label: 'on 戰', offset: 2, expected: 2 },
    { label: 'inside the gloss: next unit is 线', offset: 5, expected: 3 },
    { label: 'on the dropped space: next unit is a', offset: 10, expected: 4 },
    { label: 'end of text', offset: 14, expected: 7 },
    { label: 'past the end', offset: 99, expected: 7 },
    { label: 'negative', offset: -3, expected: 0 },
  ])('$label', ({ offset, expected }) => {
    expect(toNormalizedIndex(map, offset)).toBe(expected);
  });

  it('finds the first unit of an astral pair', () => {
    expect(toNormalizedIndex(normalize('甲𠀀乙').map, 1)).toBe(1);
  });
});
