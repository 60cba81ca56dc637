import { describe, expect, it } from 'vitest';
import { displayText } from '../../src/view/script';
import { columnLang, SAMPLE_UNITS } from '../../src/view/language';
import { splitSpans } from '../../src/view/spans';
import { fakeNormalize } from '../state/fixture';

const text = '統一戰(zhàn)線，凝聚共識';
const report = { text, ...fakeNormalize(text) };

describe('displayText', () => {
  it.each([
    {
      label: 'original is the text as written',
      start: 0,
      end: 10,
      script: 'original' as const,
      expected: '統一戰(zhàn)線',
    },
    { label: 'whole glossed word', start: 0, end: 10, script: 'simplified' as const, expected: '统一战线' },
    { label: 'one character', start: 2, end: 3, script: 'simplified' as const, expected: '战' },
    { label: 'the gloss alone shows nothing', start: 3, end: 9, script: 'simplified' as const, expected: '' },
    { label: 'gloss plus next character', start: 3, end: 10, script: 'simplified' as const, expected: '线' },
  ])('$label', ({ start, end, script, expected }) => {
    expect(displayText(report, start, end, script)).toBe(expected);
  });

  it('adjacent spans rebuild the whole normalized text in Simplified', () => {
    const spans = splitSpans(text, 0, text.length, [
      { id: 'a', start: 1, end: 10 },
      { id: 'b', start: 11, end: 15 },
    ]);
    expect(spans.map((span) => displayText(report, span.start, span.end, 'simplified')).join('')).toBe(
      report.normalized,
    );
  });
});

describe('columnLang', () => {
  it.each([
    { label: 'Traditional with a gloss', text: '統一戰(zhàn)線', expected: 'zh-Hant' },
    { label: 'Simplified', text: '统一战线，凝聚共识', expected: 'zh-Hans' },
    { label: 'no Han at all', text: 'abc', expected: 'zh-Hans' },
  ])('$label', ({ text: input, expected }) => {
    expect(columnLang({ text: input, ...fakeNormalize(input) })).toBe(expected);
  });

  // Past SAMPLE_UNITS only units spread through the text are read: the verdict must stay the same.
  it.each([
    { label: 'long Traditional', text: '統一戰線，'.repeat(40_000), expected: 'zh-Hant' },
    {
      label: 'long Simplified with one Traditional paragraph (under 2 %)',
      text: `${'统一战线，凝聚共识。'.repeat(20_000)}統一戰線`,
      expected: 'zh-Hans',
    },
    {
      label: 'long Simplified header, Traditional body',
      text: `${'统一战线，'.repeat(10_000)}${'統一戰線，'.repeat(30_000)}`,
      expected: 'zh-Hant',
    },
  ])('$label ($text.length units)', ({ text: input, expected }) => {
    expect(input.length).toBeGreaterThan(SAMPLE_UNITS);
    expect(columnLang({ text: input, ...fakeNormalize(input) })).toBe(expected);
  });
});
