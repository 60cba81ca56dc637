/**
 * Permalinks and comparison files carrying the reader's corrections (v2), and every older form still
 * opening: v1 links (built here byte for byte as the v1 encoder wrote them: the same envelope around
 * the JSON of a snapshot without corrections), v1 files, sample links without `fix`.
 */
import { describe, expect, it } from 'vitest';
import { toBase64url } from '../../src/core/share/base64url';
import { comparisonFileText, parseComparisonFile } from '../../src/core/share/file';
import {
  decodeSnapshot,
  encodeEnvelope,
  encodeSnapshot,
  type SampleTexts,
} from '../../src/core/share/permalink';
import type { ComparisonSnapshot, Correction } from '../../src/core/types';
import { BIJIE, PANZHIHUA } from './samples';

const sample: SampleTexts = {
  left: { name: 'bijie-traditional.txt', text: BIJIE },
  right: { name: 'panzhihua-simplified.txt', text: PANZHIHUA },
};
const CORRECTIONS: Correction[] = [
  { op: 'split', side: 'left', at: 449 },
  { op: 'merge', side: 'right', at: 1354 },
  { op: 'pair', left: [{ start: 806, node: 'L-1' }], right: [{ start: 1129 }, { start: 1354 }] },
  { op: 'unpair', left: { start: 1977 }, right: { start: 1839, node: 'R-6' } },
  { op: 'no-counterpart', side: 'right', section: { start: 1544 } },
];
const custom: ComparisonSnapshot = {
  left: { name: '毕节.txt', text: '统一战线是试验区的金字招牌。' },
  right: { name: '攀枝花.txt', text: '统一战线是重要法宝。' },
  options: { minPhraseLength: 5, script: 'original' },
  view: { theme: null, phrase: null },
};
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

async function decodeOk(fragment: string) {
  const result = await decodeSnapshot(fragment, { sample });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result;
}

describe('links from v2 on carry corrections', () => {
  it('a custom comparison with every kind of correction round-trips', async () => {
    const withFixes = { ...custom, corrections: CORRECTIONS };
    const link = await encodeSnapshot(withFixes, { sample });
    expect(link).toMatch(/^v3\./);
    expect((await decodeOk(link)).snapshot).toEqual(withFixes);
  });

  it('the sample keeps its short link; the corrections ride in `fix`', async () => {
    const onSample = { ...custom, left: sample.left, right: sample.right, corrections: CORRECTIONS };
    const link = await encodeSnapshot(onSample, { sample });
    expect(link).toMatch(/^sample\?min=5&fix=[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThan(800);
    expect(await decodeOk(link)).toEqual({ ok: true, kind: 'sample', snapshot: onSample });
  });

  it.each([
    { label: 'not base64url', fix: '%%%' },
    { label: 'not JSON', fix: 'AAAA' },
  ])('a sample link whose `fix` is damaged ($label) is refused, not opened without them', async ({ fix }) => {
    const result = await decodeSnapshot(`#sample?fix=${fix}`, { sample });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('a sample link whose `fix` holds a bad correction names it', async () => {
    const fix = toBase64url(json([{ op: 'split', side: 'left', at: -1 }]));
    const result = await decodeSnapshot(`#sample?fix=${fix}`, { sample });
    expect(result.ok || result.error.message).toMatch(/correction 1: at must be a whole number/);
  });

  it.each([
    { label: 'not a list', corrections: { op: 'split' }, says: 'corrections must be a list' },
    { label: 'an unknown op', corrections: [{ op: 'explode' }], says: 'correction 1: op must be' },
    { label: 'a bad side', corrections: [{ op: 'merge', side: 'top', at: 3 }], says: 'side must be' },
    {
      label: 'an empty pair',
      corrections: [{ op: 'pair', left: [], right: [{ start: 1 }] }],
      says: 'left must list',
    },
    {
      label: 'a long node id',
      corrections: [{ op: 'no-counterpart', side: 'left', section: { start: 1, node: 'x'.repeat(65) } }],
      says: 'short outline id',
    },
  ])('a v2 link with $label is refused with the reason', async ({ corrections, says }) => {
    const result = await decodeSnapshot(await encodeEnvelope(json({ ...custom, corrections })), { sample });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(result.ok || result.error.message).toContain(says);
  });

  it('unknown fields of a correction are not carried over', async () => {
    const link = await encodeEnvelope(
      json({ ...custom, corrections: [{ op: 'merge', side: 'left', at: 3, evil: '<b>' }] }),
    );
    expect((await decodeOk(link)).snapshot.corrections).toEqual([{ op: 'merge', side: 'left', at: 3 }]);
  });
});

describe('older forms still open', () => {
  it('a v1 link opens, with no corrections', async () => {
    const v1 = await encodeEnvelope(json(custom), 1);
    expect(v1).toMatch(/^v1\./);
    expect(await decodeOk(`#${v1}`)).toEqual({ ok: true, kind: 'full', snapshot: custom });
  });

  it('a v1 sample link opens', async () => {
    expect((await decodeOk('#sample?min=6&theme=poverty')).snapshot).toMatchObject({
      options: { minPhraseLength: 6, script: 'original' },
      view: { theme: 'poverty', phrase: null },
    });
  });

  it('a version 1 comparison file opens; version 2 and later files carry corrections', () => {
    const v1 = JSON.stringify({
      duizhao: 'comparison',
      version: 1,
      savedAt: '2024-05-01T12:00:00.000Z',
      snapshot: custom,
    });
    expect(parseComparisonFile(v1)).toEqual({ ok: true, snapshot: custom });
    const withFixes = { ...custom, corrections: CORRECTIONS };
    expect(parseComparisonFile(comparisonFileText(withFixes))).toEqual({ ok: true, snapshot: withFixes });
    const v2 = JSON.stringify({ duizhao: 'comparison', version: 2, snapshot: withFixes });
    expect(parseComparisonFile(v2)).toEqual({ ok: true, snapshot: withFixes });
  });

  it('a version 3 comparison file carries the alignment level the reader chose', () => {
    const atChapters = { ...custom, options: { ...custom.options, alignLevel: 1 } };
    const text = comparisonFileText(atChapters);
    expect(JSON.parse(text)).toMatchObject({ version: 3, snapshot: { options: { alignLevel: 1 } } });
    expect(parseComparisonFile(text)).toEqual({ ok: true, snapshot: atChapters });
  });
});
