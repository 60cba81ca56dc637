/**
 * Files dropped on the prerendered page before the app is live (src/state/early-drop.ts). The page's
 * entry script is held back in the network, so the drop always comes while no drop zone listens: before
 * the catcher, the browser let the drop through (nothing prevented it) and would open the file in place
 * of the page. Now the drop is prevented, kept, and loaded as soon as the app is live.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { utf8, waitForColumn, type DroppedFile } from './drop';
import { holdRequests, openPage, useApp, waitForComparison } from './harness';

const simplified = readFileSync('src/sample/panzhihua-simplified.txt', 'utf8');
const ENTRY_SCRIPT = /\/assets\/index-[\w-]+\.js$/;

/** Drags and drops `files` at `x` (0..1 of the width); true when the page prevented the drop (kept it). */
function dropPrevented(page: Page, files: DroppedFile[], x: number): Promise<boolean> {
  return page.evaluate(
    ({ files, x }) => {
      const transfer = new DataTransfer();
      for (const f of files)
        transfer.items.add(new File([new Uint8Array(f.bytes as number[])], f.name, { type: 'text/plain' }));
      const at = { clientX: Math.round(window.innerWidth * x), clientY: 300 };
      const fire = (type: string) =>
        document.body.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer, ...at }),
        );
      fire('dragenter');
      const overAllowed = !fire('dragover');
      return overAllowed && !fire('drop');
    },
    { files, x },
  );
}

describe('files dropped before the app is live', () => {
  const app = useApp();

  it('are kept and loaded once it is: two files left and right, one file on the half it fell on', async () => {
    const { page, issues, close } = await openPage(app);

    const first = await holdRequests(page, ENTRY_SCRIPT);
    await page.goto(app.baseURL);
    await first.held;
    expect(await page.locator('#app[data-live]').count()).toBe(0);
    const kept = await dropPrevented(
      page,
      [
        { name: 'early-left.txt', bytes: utf8(`早放左边\n${simplified}`) },
        { name: 'early-right.txt', bytes: utf8(`早放右边\n${simplified}`) },
      ],
      0.3,
    );
    expect(kept).toBe(true);
    first.release();
    await waitForComparison(page);
    await waitForColumn(page, 'left', '早放左边');
    await waitForColumn(page, 'right', '早放右边');
    await page.unroute(ENTRY_SCRIPT);

    // A fresh page, one file on the right half: it replaces the right side only.
    const second = await holdRequests(page, ENTRY_SCRIPT);
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
      history.replaceState(null, '', location.pathname);
    });
    await page.reload();
    await second.held;
    expect(
      await dropPrevented(page, [{ name: 'one.txt', bytes: utf8(`右半边一个\n${simplified}`) }], 0.8),
    ).toBe(true);
    second.release();
    await waitForComparison(page);
    await waitForColumn(page, 'right', '右半边一个');
    expect(await page.locator('section.column[data-side="left"]').textContent()).not.toContain('右半边一个');
    await page.unroute(ENTRY_SCRIPT);
    // The icon's request may be cut by the reload; nothing else may go wrong.
    expect(issues.all().filter((issue) => !/favicon\.svg: net::ERR_ABORTED/.test(issue))).toEqual([]);
    await close();
  });

  it('leave drags of anything but files to the browser, and the live page listens alone', async () => {
    const { page, issues, close } = await openPage(app);
    await page.goto(app.baseURL);
    await waitForComparison(page);
    // The catcher was taken by the live session: no second listener keeps drops.
    expect(await page.evaluate(() => '__duizhaoEarlyDrop' in window)).toBe(false);
    const textDragPrevented = await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', '字');
      return !document.body.dispatchEvent(
        new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }),
      );
    });
    expect(textDragPrevented).toBe(false);
    expect(issues.all()).toEqual([]);
    await close();
  });
});
