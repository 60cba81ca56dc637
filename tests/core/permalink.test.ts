import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64url } from '../../src/core/share/base64url';
import { deflateRaw } from '../../src/core/share/deflate';
import {
  decodeSnapshot,
  encodeEnvelope,
  encodeSnapshot,
  looksLikePermalink,
  MAX_FRAGMENT_CHARS,
  type PermalinkErrorCode,
  type SampleTexts,
} from '../../src/core/share/permalink';
import type { ComparisonSnapshot } from '../../src/core/types';
import { BIJIE, PANZHIHUA } from './samples';

const sample: SampleTexts = {
  left: { name: 'bijie-traditional.txt', text: BIJIE },
  right: {
    name: 'panzhihua-simplified.txt',
    text: PANZHIHUA,
  },
};

const custom: ComparisonSnapshot = {
  left: { name: '毕节.txt', text: '统一战线是试验区的金字招牌。' },
  right: { name: '<script>alert(1)</script>.txt', text: '统一战线是重要法宝。<img src=x onerror=alert(1)>' },
  options: { minPhraseLength: 5, script: 'simplified' },
  view: { theme: 'poverty', phrase: 'p3' },
};

async function decodeOk(fragment: string) {
  const result = await decodeSnapshot(fragment, { sample });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result;
}

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('round trips', () => {
  it('a custom comparison: v3 link, decoded equal, with or without the #', async () => {
    const fragment = await encodeSnapshot(custom, { sample });
    expect(fragment).toMatch(/^v3\.[A-Za-z0-9_-]+$/);
    expect((await decodeOk(fragment)).snapshot).toEqual(custom);
    expect(await decodeOk(`#${fragment}`)).toEqual({ ok: true, kind: 'full', snapshot: custom });
  });

  it('names with markup decode as the same text (the UI renders them as text only)', async () => {
    const { snapshot } = await decodeOk(await encodeSnapshot(custom));
    expect(snapshot.right.name).toBe('<script>alert(1)</script>.txt');
  });

  it.each([
    {
      label: 'defaults',
      view: { theme: null, phrase: null },
      options: { minPhraseLength: 4, script: 'original' as const },
      link: 'sample',
    },
    {
      label: 'options and view',
      view: { theme: 'poverty', phrase: 'p12' },
      options: { minPhraseLength: 6, script: 'simplified' as const },
      link: 'sample?min=6&script=simplified&theme=poverty&phrase=p12',
    },
    {
      label: 'theme only',
      view: { theme: 'united-front', phrase: null },
      options: { minPhraseLength: 4, script: 'original' as const },
      link: 'sample?theme=united-front',
    },
    {
      label: 'an alignment level the reader chose',
      view: { theme: null, phrase: null },
      options: { minPhraseLength: 4, script: 'original' as const, alignLevel: 1 },
      link: 'sample?level=1',
    },
  ])('the sample gets a short link: $label', async ({ view, options, link }) => {
    const snapshot: ComparisonSnapshot = { left: sample.left, right: sample.right, options, view };
    expect(await encodeSnapshot(snapshot, { sample })).toBe(link);
    expect(await decodeOk(`#${link}`)).toEqual({ ok: true, kind: 'sample', snapshot });
  });

  it('the sample swapped is not the sample: it gets a full link', async () => {
    const swapped: ComparisonSnapshot = {
      left: sample.right,
      right: sample.left,
      options: custom.options,
      view: custom.view,
    };
    expect(await encodeSnapshot(swapped, { sample })).toMatch(/^v3\./);
  });

  const side = fc.record({
    name: fc.string({ unit: 'binary', maxLength: 40 }),
    text: fc.string({ unit: 'binary', maxLength: 400 }),
  });
  const snapshots = fc.record({
    left: side,
    right: side,
    options: fc.record(
      {
        minPhraseLength: fc.integer({ min: 1, max: 50 }),
        script: fc.constantFrom('original' as const, 'simplified' as const),
        alignLevel: fc.integer({ min: 1, max: 6 }),
      },
      { requiredKeys: ['minPhraseLength', 'script'] },
    ),
    view: fc.record({
      theme: fc.option(fc.string({ maxLength: 64 })),
      phrase: fc.option(fc.string({ maxLength: 64 })),
    }),
  });

  it('property: decode(encode(s)) is exactly s, for any strings, lone surrogates included', async () => {
    await fc.assert(
      fc.asyncProperty(snapshots, async (s) => {
        const back = await decodeSnapshot(await encodeSnapshot(s));
        expect(back).toEqual({ ok: true, kind: 'full', snapshot: s });
      }),
      { numRuns: 150 },
    );
  });

  it('property: any sample options and view survive the short link', async () => {
    await fc.assert(
      fc.asyncProperty(snapshots, async (s) => {
        const onSample = { ...s, left: sample.left, right: sample.right };
        const link = await encodeSnapshot(onSample, { sample });
        expect(link.startsWith('sample')).toBe(true);
        expect(await decodeSnapshot(link, { sample })).toEqual({
          ok: true,
          kind: 'sample',
          snapshot: onSample,
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe('broken links: one code and message each', () => {
  const validShape = { left: custom.left, right: custom.right, options: custom.options, view: custom.view };
  const good = encodeSnapshot(custom);
  const withRaw = async (bytes: Uint8Array) => `v1.${toBase64url(bytes)}`;
  const flipBit = (fragment: string, at: number) => {
    const body = fragment.slice(3);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const i = alphabet.indexOf(body[at]!);
    return `v1.${body.slice(0, at)}${alphabet[i ^ 1]}${body.slice(at + 1)}`;
  };

  const cases: {
    label: string;
    link: () => Promise<string> | string;
    code: PermalinkErrorCode;
    says: string;
  }[] = [
    { label: 'empty', link: () => '#', code: 'empty', says: 'nothing after' },
    { label: 'v1. only', link: () => '#v1.', code: 'truncated', says: 'cut short' },
    {
      label: 'truncated to half',
      link: async () => (await good).slice(0, Math.floor((await good).length / 2)),
      code: 'truncated',
      says: 'characters arrived',
    },
    {
      label: 'last character cut',
      link: async () => (await good).slice(0, -1),
      code: 'truncated',
      says: 'cut short',
    },
    {
      label: 'bit flipped in the deflate data (breaks the stream)',
      link: async () => flipBit(await good, 20),
      code: 'damaged',
      says: 'damaged',
    },
    {
      label: 'bit flipped in the checksum',
      link: async () => flipBit(await good, 7),
      code: 'checksum',
      says: 'changed or damaged',
    },
    { label: 'junk appended', link: async () => `${await good}AAAA`, code: 'damaged', says: 'damaged' },
    {
      label: 'trailing punctuation picked up from a sentence',
      link: async () => `${await good}.`,
      code: 'not-base64',
      says: '“\u2068.\u2069”',
    },
    { label: 'not base64', link: () => '#v1.这不是链接', code: 'not-base64', says: 'does not belong' },
    {
      label: 'valid base64, not deflate',
      link: () => withRaw(new Uint8Array([0, 0, 0, 4, 1, 2, 3, 4, 0xff, 0xff, 0xff, 0xff])),
      code: 'damaged',
      says: 'damaged',
    },
    {
      label: 'deflate of non-JSON',
      link: () => encodeEnvelope(new TextEncoder().encode('hello, not json')),
      code: 'not-json',
      says: 'not a duizhao comparison',
    },
    {
      label: 'deflate of invalid UTF-8',
      link: () => encodeEnvelope(new Uint8Array([0x7b, 0xff, 0x7d])),
      code: 'not-json',
      says: 'not a duizhao',
    },
    {
      label: 'JSON of the wrong shape (array)',
      link: () => encodeEnvelope(json([1, 2])),
      code: 'invalid',
      says: 'must be an object',
    },
    {
      label: 'JSON missing right',
      link: () => encodeEnvelope(json({ ...validShape, right: undefined })),
      code: 'invalid',
      says: 'right must be an object',
    },
    {
      label: 'text that is a number',
      link: () => encodeEnvelope(json({ ...validShape, left: { name: 'a', text: 42 } })),
      code: 'invalid',
      says: 'left.text must be text',
    },
    {
      label: 'minPhraseLength 0',
      link: () =>
        encodeEnvelope(json({ ...validShape, options: { minPhraseLength: 0, script: 'original' } })),
      code: 'invalid',
      says: 'from 1 to 50',
    },
    {
      label: 'minPhraseLength 4.5',
      link: () =>
        encodeEnvelope(json({ ...validShape, options: { minPhraseLength: 4.5, script: 'original' } })),
      code: 'invalid',
      says: 'whole number',
    },
    {
      label: 'script not in the enum',
      link: () => encodeEnvelope(json({ ...validShape, options: { minPhraseLength: 4, script: 'klingon' } })),
      code: 'invalid',
      says: 'options.script',
    },
    {
      label: 'name longer than 255',
      link: () => encodeEnvelope(json({ ...validShape, left: { name: 'n'.repeat(256), text: '' } })),
      code: 'invalid',
      says: 'left.name is longer than 255',
    },
    {
      label: 'theme id too long',
      link: () => encodeEnvelope(json({ ...validShape, view: { theme: 't'.repeat(65), phrase: null } })),
      code: 'invalid',
      says: 'view.theme',
    },
    {
      label: 'huge: a zip bomb that inflates past 8 MB',
      link: () => encodeEnvelope(new Uint8Array(9 * 1024 * 1024).fill(0x20)),
      code: 'too-large',
      says: 'more than 8 MB',
    },
    {
      label: 'huge: longer than a browser opens',
      link: () => `v1.${'A'.repeat(MAX_FRAGMENT_CHARS)}`,
      code: 'too-large',
      says: 'longer than a browser',
    },
    {
      label: 'made by a newer version',
      link: () => '#v9.AAAA',
      code: 'newer-version',
      says: 'newer version of duizhao',
    },
    {
      label: 'version zero',
      link: () => '#v0.AAAA',
      code: 'not-a-permalink',
      says: 'no duizhao link format v0',
    },
    {
      label: 'javascript: text',
      link: () => '#javascript:alert(1)',
      code: 'not-a-permalink',
      says: 'not a duizhao link',
    },
    { label: 'an ordinary anchor', link: () => '#top', code: 'not-a-permalink', says: 'not a duizhao link' },
    {
      label: 'sample with min out of range',
      link: () => '#sample?min=99',
      code: 'invalid',
      says: 'from 1 to 50',
    },
    { label: 'sample with min not a number', link: () => '#sample?min=4x', code: 'invalid', says: '“4x”' },
    {
      // %F0%A0%80%80 is 𠀀 (two UTF-16 units at 19–20): the message quotes 20 units, cut before the pair.
      label: 'sample with a long min quoted whole characters only',
      link: () => `#sample?min=${'1'.repeat(19)}%F0%A0%80%80`,
      code: 'invalid',
      says: `“${'1'.repeat(19)}”`,
    },
    {
      label: 'sample with an unknown script',
      link: () => '#sample?script=x',
      code: 'invalid',
      says: 'script',
    },
    { label: 'sample with level 0', link: () => '#sample?level=0', code: 'invalid', says: 'from 1 to 6' },
    { label: 'sample with level 7', link: () => '#sample?level=7', code: 'invalid', says: 'alignment level' },
    {
      label: 'sample with level auto',
      link: () => '#sample?level=auto',
      code: 'invalid',
      says: 'from 1 to 6',
    },
    {
      label: 'an alignment level of 2.5',
      link: () => encodeEnvelope(json({ ...validShape, options: { ...custom.options, alignLevel: 2.5 } })),
      code: 'invalid',
      says: 'options.alignLevel must be',
    },
    {
      label: 'an alignment level given as text',
      link: () => encodeEnvelope(json({ ...validShape, options: { ...custom.options, alignLevel: '2' } })),
      code: 'invalid',
      says: 'options.alignLevel must be',
    },
  ];

  it.each(cases)('$label → $code', async ({ link, code, says }) => {
    const result = await decodeSnapshot(await link(), { sample });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toContain(says);
    }
  });

  it('every single-bit change anywhere in a link is refused, and the checksum catches some deflate misses', async () => {
    const link = await good;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const codes = new Map<string, number>();
    for (let at = 3; at < link.length; at++) {
      for (let bit = 0; bit < 6; bit++) {
        const changed = alphabet[alphabet.indexOf(link[at]!) ^ (1 << bit)]!;
        const result = await decodeSnapshot(link.slice(0, at) + changed + link.slice(at + 1));
        // The last character carries unused low bits: a change there may decode to the same bytes.
        if (result.ok) expect(result.snapshot).toEqual(custom);
        const code = result.ok ? 'same' : result.error.code;
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }
    }
    expect(codes.get('checksum') ?? 0).toBeGreaterThan(0);
    expect([...codes.keys()].every((c) => ['same', 'damaged', 'checksum', 'truncated'].includes(c))).toBe(
      true,
    );
  });

  it('a sample link on a page without the sample texts says so', async () => {
    const result = await decodeSnapshot('#sample');
    expect(result.ok || result.error.code).toBe('no-sample');
  });

  it('unknown fields are ignored and not carried over', async () => {
    const extra = { ...validShape, evil: '<script>', left: { ...custom.left, extra: 1 } };
    const { snapshot } = await decodeOk(await encodeEnvelope(json(extra)));
    expect(snapshot).toEqual(custom);
    expect(Object.keys(snapshot.left)).toEqual(['name', 'text']);
  });

  it('older links still open: a v2 link made before alignment levels, and "auto" read as no level', async () => {
    const v2 = await encodeEnvelope(json(custom), 2);
    expect(v2.startsWith('v2.')).toBe(true);
    expect((await decodeOk(v2)).snapshot).toEqual(custom);
    const auto = await encodeEnvelope(
      json({ ...validShape, options: { ...custom.options, alignLevel: 'auto' } }),
    );
    expect((await decodeOk(auto)).snapshot.options).toEqual(custom.options);
  });

  it('a link wrapped over lines by a mail program still opens', async () => {
    const link = await good;
    const wrapped = link.slice(0, 40) + '\n' + link.slice(40, 80) + '\r\n ' + link.slice(80);
    expect((await decodeOk(wrapped)).snapshot).toEqual(custom);
  });

  it('the zip-bomb guard stops early: the bomb link itself is small', async () => {
    const bomb = await deflateRaw(new Uint8Array(9 * 1024 * 1024).fill(0x20));
    expect(bomb.length).toBeLessThan(20_000);
  });

  it.each([
    { label: 'v1 link', fragment: '#v1.abc', expected: true },
    { label: 'v2 link (so its message is shown)', fragment: 'v2.abc', expected: true },
    { label: 'sample', fragment: '#sample', expected: true },
    { label: 'sample with options', fragment: '#sample?min=5', expected: true },
    { label: 'empty', fragment: '', expected: false },
    { label: 'an anchor', fragment: '#phrase-p3', expected: false },
    { label: 'samples (not sample)', fragment: '#samples', expected: false },
  ])('looksLikePermalink: $label', ({ fragment, expected }) => {
    expect(looksLikePermalink(fragment)).toBe(expected);
  });
});
