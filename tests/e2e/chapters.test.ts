/**
 * Two provincial government work reports (Anhui and Sichuan 2026, from ../shared/corpus) dropped
 * together: the reading view groups their task rows into chapter bands, folds and unfolds them, and
 * shows the `（一）` items nested in their chapters. Skipped where the corpus is absent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { corpusAvailable, corpusDir } from '../corpus/labels';
import { openApp, runAxe, screenshot, useApp } from './harness';
import { dropTexts, sectionsByScrolling, settle, waitForComparisonOf } from './reading';

const doc = (id: string) => readFileSync(join(corpusDir, 'docs', `${id}.txt`), 'utf8');

/** Each drawn chapter band: its two titles ('—' for a side without that chapter) and whether folded. */
const bands = (page: Page) =>
  page.$$eval('[data-chapter]', (elements) =>
    elements.map((band) => ({
      titles: [...band.querySelectorAll('.title')].map((title) => title.textContent ?? ''),
      folded: band.querySelector('button')?.getAttribute('aria-expanded') === 'false',
    })),
  );

describe.skipIf(!corpusAvailable())('chapters of two provincial reports', () => {
  const app = useApp();

  it.each([
    { width: 1440, colorScheme: 'light' as const },
    { width: 390, colorScheme: 'dark' as const },
  ])(
    'line up in chapter bands that fold and unfold ($width px, $colorScheme)',
    async ({ width, colorScheme }) => {
      const { page, issues, close } = await openApp(app, { width, height: 900, colorScheme });
      await dropTexts(
        page,
        { name: 'gwr2026-ah.txt', text: doc('gwr2026-ah') },
        { name: 'gwr2026-sc.txt', text: doc('gwr2026-sc') },
      );
      await waitForComparisonOf(page, 'gwr2026-ah.txt');
      await settle(page);

      await page.getByRole('button', { name: /Fold all/ }).click();
      await settle(page);
      const folded = await bands(page);
      // Both reports have three chapters (一、二、三、); hand-checked: 2025年工作…回顾, “十五五”…, 2026年….
      expect(folded.length).toBeGreaterThanOrEqual(3);
      expect(folded.every((band) => band.folded)).toBe(true);
      // The chapters pair: one band holds both reports' 三、2026年… chapter.
      expect(folded.some((band) => band.titles.every((t) => t.startsWith('三、2026年')))).toBe(true);
      expect(await page.locator('article[data-level="2"]').count()).toBe(0);
      await screenshot(page, `chapters-folded-${width}-${colorScheme}`);

      await page.getByRole('button', { name: /Unfold all/ }).click();
      await settle(page);
      expect((await bands(page)).every((band) => !band.folded)).toBe(true);

      // Open the third chapter alone: its （一） items are level 2, each naming its chapter as parent.
      await page.getByRole('button', { name: /Fold all/ }).click();
      await settle(page);
      const third = page.locator('[data-chapter] button', { hasText: '三、2026年' }).first();
      await third.click();
      await settle(page);
      // Hand-checked against the texts: chapter 三 holds （一）加力扩内需稳增长 (Anhui) and
      // （一）突出扩大内需战略基点 (Sichuan), items nested in it.
      const nested = await sectionsByScrolling(page, 'article[data-section-kind="task"]');
      const item = (start: string) => [...nested.values()].find((section) => section.body.startsWith(start));
      expect(item('（一）加力扩内需稳增长')).toMatchObject({ parent: expect.stringMatching(/^L-task-3/) });
      expect(item('（一）突出扩大内需战略基点')).toMatchObject({
        parent: expect.stringMatching(/^R-task-3/),
      });
      expect(Number(item('（一）加力扩内需稳增长')!.level)).toBeGreaterThanOrEqual(2);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `chapters-open-${width}-${colorScheme}`);
      expect(await runAxe(page)).toEqual([]);
      expect(issues.all()).toEqual([]);
      await close();
    },
    // Two 25k-character reports computed, then read by scrolling twice: 60 s on a quiet machine.
    240_000,
  );
});
