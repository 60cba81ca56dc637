/**
 * Links made by every version of the page still open: a v1 link (before corrections), a v2 link
 * (corrections, before alignment levels) and a v3 link with a level the reader chose, each built in
 * Node by the same envelope code, opened in a fresh page.
 */
import { describe, expect, it } from 'vitest';
import { encodeEnvelope } from '../../src/core/share/permalink';
import type { ComparisonSnapshot } from '../../src/core/types';
import { LEFT, RIGHT } from '../core/two-level-reports';
import { openApp, useApp } from './harness';
import { waitForComparisonOf } from './reading';

const snapshot = (options: ComparisonSnapshot['options']): ComparisonSnapshot => ({
  left: { name: 'left-report.txt', text: LEFT },
  right: { name: 'right-report.txt', text: RIGHT },
  options,
  view: { theme: null, phrase: null },
});
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('links of every version', () => {
  const app = useApp();

  it.each([
    { version: 1, options: { minPhraseLength: 5, script: 'original' as const }, level: 'auto' },
    { version: 2, options: { minPhraseLength: 6, script: 'simplified' as const }, level: 'auto' },
    { version: 3, options: { minPhraseLength: 4, script: 'original' as const, alignLevel: 1 }, level: '1' },
  ])('a v$version link opens its texts and options', async ({ version, options, level }) => {
    const link = await encodeEnvelope(bytes(snapshot(options)), version);
    expect(link.startsWith(`v${version}.`)).toBe(true);
    const { page, issues, close } = await openApp(
      app,
      { width: 1440, height: 900 },
      `${app.baseURL}#${link}`,
    );
    await waitForComparisonOf(page, 'left-report.txt');
    expect(await page.locator('#min-phrase-length').inputValue()).toBe(String(options.minPhraseLength));
    expect(await page.locator('[data-control="script"] input:checked').inputValue()).toBe(options.script);
    expect(await page.locator('select[data-control="align-level"]').inputValue()).toBe(level);
    expect(issues.all()).toEqual([]);
    await close();
  });
});
