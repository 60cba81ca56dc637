/**
 * New texts replacing the comparison on screen: from the worker's answer on, the reading view must not
 * read the page's layout (a rectangle of the grid or of anything in it) while the outgoing texts are
 * still drawn. Such a read,
 * in the middle of the flush that swaps the rows, forces Chromium to lay out the whole page, old rows
 * included, only to throw that layout away a moment later (src/components/reading/virtualReading.svelte.ts,
 * `setModel`); on two provincial reports it was the single biggest native call of the drop's longest task.
 */
import { describe, expect, it } from 'vitest';
import { syntheticPair } from '../../bench/synthetic';
import { openApp, useApp } from './harness';
import { dropTexts, settle, waitForComparisonOf } from './reading';

// A first line found in neither the sample nor the synthetic text: once the grid holds it, the new rows
// are drawn.
const MARKER = '换稿读版检验标记';
const pair = syntheticPair(8_000);

describe('new texts replacing the comparison', () => {
  const app = useApp();

  it('draw without reading the layout of the outgoing rows', async () => {
    const { page, issues, close } = await openApp(app, { width: 1280, height: 800 });
    try {
      await settle(page); // the sample's own first measurements are not the swap's
      await page.evaluate((marker) => {
        const read = Element.prototype.getBoundingClientRect;
        const log: string[] = [];
        (window as unknown as { __staleReads: string[] }).__staleReads = log;
        let answered = false;
        const mark = performance.mark.bind(performance);
        performance.mark = (name, options) => {
          if (name === 'duizhao:answer') answered = true; // src/worker/client.ts
          return mark(name, options);
        };
        Element.prototype.getBoundingClientRect = function (this: Element) {
          const grid = this.closest('.grid');
          if (answered && grid && !(grid.textContent ?? '').includes(marker))
            log.push(this.className || this.tagName);
          return read.call(this);
        };
      }, MARKER);
      await dropTexts(
        page,
        { name: 'swap-left.txt', text: `${MARKER}\n${pair.left}` },
        { name: 'swap-right.txt', text: pair.right },
      );
      await waitForComparisonOf(page, 'swap-left.txt');
      await settle(page);
      expect(await page.locator('.grid').textContent()).toContain(MARKER);
      expect(
        await page.evaluate(() => (window as unknown as { __staleReads: string[] }).__staleReads),
      ).toEqual([]);
      expect(issues.all()).toEqual([]);
    } finally {
      await close();
    }
  });
});
