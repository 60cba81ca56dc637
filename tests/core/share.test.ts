import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../../src/core/share/base64url';
import { crc32 } from '../../src/core/share/crc32';
import {
  comparisonFileName,
  comparisonFileText,
  looksLikeComparisonFile,
  parseComparisonFile,
} from '../../src/core/share/file';
import { LINK_BUDGET_CHARS, LINK_MAX_CHARS, linkFit, linkFitMessage } from '../../src/core/share/link-budget';
import { validateSnapshot } from '../../src/core/share/validate';
import type { ComparisonSnapshot } from '../../src/core/types';

const snapshot: ComparisonSnapshot = {
  left: { name: '毕节.txt', text: '统一战线' },
  right: { name: '攀枝花.html', text: '统一战线工作' },
  options: { minPhraseLength: 4, script: 'original' },
  view: { theme: null, phrase: 'p1' },
};

describe('base64url', () => {
  it.each([
    { label: 'empty', bytes: [], text: '' },
    { label: 'one byte', bytes: [0x66], text: 'Zg' },
    { label: 'two bytes', bytes: [0x66, 0x6f], text: 'Zm8' },
    { label: 'three bytes', bytes: [0x66, 0x6f, 0x6f], text: 'Zm9v' },
    { label: 'the URL-safe characters', bytes: [0xfb, 0xff], text: '-_8' },
  ])('$label', ({ bytes, text }) => {
    expect(toBase64url(new Uint8Array(bytes))).toBe(text);
    expect([...fromBase64url(text)!]).toEqual(bytes);
  });

  it.each([
    { label: 'standard base64 +', text: 'ab+d' },
    { label: 'padding', text: 'Zg==' },
    { label: 'non-ASCII', text: 'Zé' },
    { label: 'impossible length', text: 'Zm9vY' },
  ])('refuses $label', ({ text }) => {
    expect(fromBase64url(text)).toBeNull();
  });

  it('property: round trip for any bytes, and agrees with Node’s own base64url', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64url(text)).toEqual(bytes);
      }),
    );
  });
});

describe('crc32', () => {
  it.each([
    { label: 'the standard check value', input: '123456789', crc: 0xcbf43926 },
    { label: 'empty', input: '', crc: 0 },
    { label: 'one letter', input: 'a', crc: 0xe8b7be43 },
  ])('$label', ({ input, crc }) => {
    expect(crc32(new TextEncoder().encode(input))).toBe(crc);
  });
});

describe('link budget', () => {
  it.each([
    { label: 'short', length: 120, fit: 'fits' },
    { label: 'at the budget', length: LINK_BUDGET_CHARS, fit: 'fits' },
    { label: 'one past the budget', length: LINK_BUDGET_CHARS + 1, fit: 'long' },
    { label: 'at the maximum', length: LINK_MAX_CHARS, fit: 'long' },
    { label: 'past the maximum', length: LINK_MAX_CHARS + 1, fit: 'too-long' },
  ])('$label → $fit', ({ length, fit }) => {
    expect(linkFit(length)).toBe(fit);
  });

  it('messages state the length and the limit', () => {
    expect(linkFitMessage(9_000)).toContain('9,000');
    expect(linkFitMessage(9_000)).toContain('2,000');
    expect(linkFitMessage(70_000)).toContain('comparison file');
  });
});

describe('comparison file', () => {
  it('round trip, with the marker and version readable at the top', () => {
    const text = comparisonFileText(snapshot, new Date('2024-05-01T12:00:00Z'));
    expect(
      text.startsWith('{\n "duizhao": "comparison",\n "version": 3,\n "savedAt": "2024-05-01T12:00:00.000Z"'),
    ).toBe(true);
    expect(looksLikeComparisonFile(text)).toBe(true);
    expect(parseComparisonFile(text)).toEqual({ ok: true, snapshot });
  });

  it('a BOM added by an editor does not matter', () => {
    expect(parseComparisonFile('\uFEFF' + comparisonFileText(snapshot))).toEqual({ ok: true, snapshot });
  });

  it.each([
    { label: 'not JSON', text: '{"duizhao": "comparison",', code: 'not-json' },
    { label: 'other JSON', text: '{"name": "package"}', code: 'not-comparison' },
    { label: 'null', text: 'null', code: 'not-comparison' },
    { label: 'no version', text: '{"duizhao": "comparison"}', code: 'invalid' },
    {
      label: 'newer version',
      text: '{"duizhao": "comparison", "version": 4, "snapshot": {}}',
      code: 'newer-version',
    },
    {
      label: 'bad snapshot',
      text: '{"duizhao": "comparison", "version": 1, "snapshot": {"left": 1}}',
      code: 'invalid',
    },
  ])('refuses $label', ({ text, code }) => {
    const result = parseComparisonFile(text);
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
  });

  it.each([
    { label: 'plain names', left: '毕节.txt', right: '攀枝花.html', expected: '毕节-vs-攀枝花.duizhao.json' },
    {
      label: 'path characters replaced',
      left: 'a/b:c.txt',
      right: 'x<y>.txt',
      expected: 'a_b_c-vs-x_y_.duizhao.json',
    },
    { label: 'empty names', left: '', right: '.txt', expected: 'text-vs-text.duizhao.json' },
    {
      // 59 × 甲 then 𠀀 (two UTF-16 units at 59–60): the 60-unit cut would keep half of 𠀀.
      label: 'a cut never keeps half a surrogate pair',
      left: `${'甲'.repeat(59)}𠀀乙.txt`,
      right: 'b.txt',
      expected: `${'甲'.repeat(59)}-vs-b.duizhao.json`,
    },
  ])('file name: $label', ({ left, right, expected }) => {
    const s = { ...snapshot, left: { name: left, text: '' }, right: { name: right, text: '' } };
    expect(comparisonFileName(s)).toBe(expected);
  });

  it.each([
    { label: 'comparison file', text: '{\n "duizhao": "comparison"', expected: true },
    { label: 'other JSON', text: '{"a": 1}', expected: false },
    { label: 'a report', text: '统一战线', expected: false },
  ])('looksLikeComparisonFile: $label', ({ text, expected }) => {
    expect(looksLikeComparisonFile(text)).toBe(expected);
  });
});

describe('validateSnapshot', () => {
  it('keeps only known fields in a fresh object', () => {
    const input = { ...snapshot, extra: true, options: { ...snapshot.options, future: 1 } };
    const result = validateSnapshot(input);
    expect(result).toEqual({ ok: true, snapshot });
    if (result.ok) expect(result.snapshot.options).not.toBe(input.options);
  });

  it.each([
    { label: 'minPhraseLength 1 (lowest allowed)', min: 1, ok: true },
    { label: 'minPhraseLength 50 (highest allowed)', min: 50, ok: true },
    { label: 'minPhraseLength 51', min: 51, ok: false },
    { label: 'minPhraseLength NaN', min: NaN, ok: false },
    { label: 'minPhraseLength as a string', min: '4', ok: false },
  ])('$label', ({ min, ok }) => {
    expect(validateSnapshot({ ...snapshot, options: { minPhraseLength: min, script: 'original' } }).ok).toBe(
      ok,
    );
  });
});
