import { describe, expect, it } from 'vitest';
import { clampPhraseLength, resolveOptions } from '../../src/core/options';
import { DEFAULT_OPTIONS } from '../../src/core/types';

describe('resolveOptions', () => {
  it.each([
    { label: 'nothing given', input: {}, expected: DEFAULT_OPTIONS },
    {
      label: 'in range',
      input: { minPhraseLength: 7 },
      expected: { ...DEFAULT_OPTIONS, minPhraseLength: 7 },
    },
    {
      label: 'fraction rounds',
      input: { minPhraseLength: 3.6 },
      expected: { ...DEFAULT_OPTIONS, minPhraseLength: 4 },
    },
    { label: 'below 2', input: { minPhraseLength: 1 }, expected: { ...DEFAULT_OPTIONS, minPhraseLength: 2 } },
    {
      label: 'above 40',
      input: { minPhraseLength: 400 },
      expected: { ...DEFAULT_OPTIONS, minPhraseLength: 40 },
    },
    { label: 'NaN length', input: { minPhraseLength: NaN }, expected: DEFAULT_OPTIONS },
    { label: 'negative timeout', input: { diffTimeoutSeconds: -1 }, expected: DEFAULT_OPTIONS },
    {
      label: 'timeout kept',
      input: { diffTimeoutSeconds: 0.5 },
      expected: { ...DEFAULT_OPTIONS, diffTimeoutSeconds: 0.5 },
    },
  ])('$label', ({ input, expected }) => {
    expect(resolveOptions(input)).toEqual(expected);
  });
});

describe('clampPhraseLength with a narrower range', () => {
  it.each([
    { label: 'below', input: 1, expected: 3 },
    { label: 'above', input: 11, expected: 9 },
    { label: 'inside', input: 5.4, expected: 5 },
    { label: 'infinite', input: Infinity, expected: DEFAULT_OPTIONS.minPhraseLength },
  ])('$label', ({ input, expected }) => {
    expect(clampPhraseLength(input, { min: 3, max: 9 })).toBe(expected);
  });
});
