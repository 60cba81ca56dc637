/**
 * New texts are drawn in steps, each its own task, so no single task holds the page (issue 9: no task
 * over 200 ms after the worker answers): first the rows in view, then, after the frame that paints them,
 * the insights column (outline, theme chart, phrase list) and the screens above and below the view.
 * Checked on what the page shows at the moment the new rows first appear (a mutation observer's
 * callback runs right after the task that changed the DOM), never on timings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPair } from '../../bench/synthetic';
import { openPage, startApp, waitForComparison, type App } from './harness';
import { dropTexts, settle, waitForComparisonOf } from './reading';

// A first line found in neither the sample nor the synthetic text: once the grid holds it, the new rows
// are drawn.
const MARKER = '分步绘制检验标记';
const pair = syntheticPair(20_000);

interface FirstDraw {
  insightsBusy: string | null;
  /** Bottom of the lowest drawn text, in viewport pixels. */
  drawnBottom: number;
  /** Top of the lowest section card (or piece outside a card) drawn, in viewport pixels. */
  lowestStart: number;
}

describe('new texts replacing the comparison', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('draw the rows in view first, the insights and the rows off screen in later tasks', async () => {
    const { page, issues, close } = await openPage(app, { width: 1280, height: 800 });
    try {
      await page.goto(app.baseURL);
      await waitForComparison(page);
      await page.locator('#app[data-live]').waitFor({ state: 'attached' });
      // The reading view at the top of the window: the view is its first 800 px.
      await page.evaluate(() => {
        const grid = document.querySelector('.grid')!;
        window.scrollTo(0, grid.getBoundingClientRect().top + scrollY);
      });
      await settle(page);
      await page.evaluate((marker) => {
        const drawnBottom = () =>
          Math.max(
            ...[...document.querySelectorAll('.grid [data-side] [data-start]')].map(
              (piece) => piece.getBoundingClientRect().bottom,
            ),
          );
        // Where the lowest drawn row starts: the top of the lowest section card (or piece outside one).
        const lowestStart = () =>
          Math.max(
            ...[...document.querySelectorAll('.grid [data-side] [data-start]')].map(
              (piece) => (piece.closest('.section') ?? piece).getBoundingClientRect().top,
            ),
          );
        const observer = new MutationObserver(() => {
          if (!(document.querySelector('.grid')?.textContent ?? '').includes(marker)) return;
          observer.disconnect();
          (window as unknown as { __firstDraw: FirstDraw }).__firstDraw = {
            insightsBusy: document.querySelector('aside.insights')?.getAttribute('aria-busy') ?? null,
            drawnBottom: drawnBottom(),
            lowestStart: lowestStart(),
          };
        });
        observer.observe(document, { subtree: true, childList: true, characterData: true });
      }, MARKER);
      await dropTexts(
        page,
        { name: 'steps-left.txt', text: `${MARKER}\n${pair.left}` },
        { name: 'steps-right.txt', text: pair.right },
      );
      await waitForComparisonOf(page, 'steps-left.txt');
      await page.waitForFunction(() => (window as unknown as { __firstDraw?: FirstDraw }).__firstDraw);
      const first = await page.evaluate(() => (window as unknown as { __firstDraw: FirstDraw }).__firstDraw);
      const viewHeight = await page.evaluate(() => innerHeight);
      // The first draw: the insights still wait, and the rows fill the view and stop there: no drawn row
      // starts below it (planned on estimated heights, so a quarter view of slack). A row that starts in
      // the view is drawn whole, so the drawn text may reach further (1.6–2.1 views here, as the type
      // sizes put the row boundaries): the bottom alone does not tell the view from the view and the
      // screen below.
      expect(first.insightsBusy).toBe('true');
      expect(first.drawnBottom).toBeGreaterThan(viewHeight);
      expect(first.lowestStart).toBeLessThanOrEqual(viewHeight * 1.25);

      // Then the rest: the insights of the new texts, and a screen below the view (2.8 views here).
      await page.locator('aside.insights[aria-busy="false"]').waitFor({ state: 'attached' });
      await settle(page);
      await settle(page);
      const later = await page.evaluate(() => {
        const pieces = [...document.querySelectorAll('.grid [data-side] [data-start]')];
        return {
          bottom: Math.max(...pieces.map((piece) => piece.getBoundingClientRect().bottom)),
          lowestStart: Math.max(
            ...pieces.map((piece) => (piece.closest('.section') ?? piece).getBoundingClientRect().top),
          ),
        };
      });
      expect(later.bottom).toBeGreaterThanOrEqual(viewHeight * 2);
      // Rows that start below the view came now (the check above tells them apart).
      expect(later.lowestStart).toBeGreaterThan(viewHeight * 1.25);
      expect(await page.locator('aside.insights [data-theme]').count()).toBeGreaterThan(0);
      expect(await page.locator('aside.insights[inert]').count()).toBe(0);
      expect(issues.all()).toEqual([]);
    } finally {
      await close();
    }
  });
});
