/**
 * A change made right after the page opens survives a reload made at once, even before Persistence
 * (loaded when the page is first idle) has started: the session saves it as the page is left
 * (src/state/early-leave.ts), and Persistence restores nothing over it. The Persistence chunk is held
 * back in the network until the reload, so the change always lands before Persistence starts (on the
 * old code that lost it every time; before, it lost it only when the click won the race against idle).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dropFiles, utf8, waitForColumn } from './drop';
import { holdRequests, openPage, useApp, waitForComparison } from './harness';

const simplified = readFileSync('src/sample/panzhihua-simplified.txt', 'utf8');
const report = (mark: string) => `${mark}\n${simplified}`;
const PERSISTENCE_CHUNK = /\/assets\/persistence\.svelte-[\w-]+\.js$/;

describe('reload right after a change, before Persistence has started', () => {
  const app = useApp();

  it('keeps a theme clicked on the sample and texts dropped right after opening (3 rounds each)', async () => {
    const { page, issues, close } = await openPage(app);
    await page.goto(app.baseURL);
    for (let round = 0; round < 3; round++) {
      const hold = await holdRequests(page, PERSISTENCE_CHUNK);
      if (round > 0) await page.reload();
      await waitForComparison(page);
      await hold.held; // asked for when idle: not here yet
      const theme = page.locator('[data-theme][aria-pressed="false"]').nth(round);
      const key = (await theme.getAttribute('data-theme'))!;
      await theme.click();
      await page.locator(`[data-theme="${key}"][aria-pressed="true"]`).waitFor();
      await page.reload();
      hold.release();
      await page.unroute(PERSISTENCE_CHUNK);
      await waitForComparison(page);
      expect(await page.locator(`[data-theme="${key}"]`).getAttribute('aria-pressed'), `round ${round}`).toBe(
        'true',
      );
      // Persistence started on this page: back to the sample for the next round.
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
        history.replaceState(null, '', location.pathname);
      });
    }

    for (let round = 0; round < 3; round++) {
      const left = `左边第${round}次标记`;
      const right = `右边第${round}次标记`;
      await dropFiles(page, [
        { name: `left-${round}.txt`, bytes: utf8(report(left)) },
        { name: `right-${round}.txt`, bytes: utf8(report(right)) },
      ]);
      await waitForColumn(page, 'left', left);
      await page.reload();
      await waitForComparison(page);
      await waitForColumn(page, 'left', left);
      expect(
        await page.locator('section.column[data-side="right"]').textContent(),
        `round ${round}`,
      ).toContain(right);
    }
    // The held chunk's request is aborted by the reload (on purpose), and so is the worker's script
    // when the reload comes while it is still loading (the page starts the worker as soon as it is
    // idle: a slow machine was still fetching it); nothing else may go wrong.
    const expected =
      /(favicon\.svg|persistence\.svelte-[\w-]+\.js|compare\.worker-[\w-]+\.js): net::ERR_ABORTED/;
    expect(issues.all().filter((issue) => !expected.test(issue))).toEqual([]);
    await close();
  });
});
