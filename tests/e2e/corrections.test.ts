/**
 * The reader's last word in the reading view, on the sample: a section's ⋯ menu pairs, splits and
 * merges; what was made by hand carries `data-manual`; Ctrl+Z undoes; corrections survive a reload and
 * a permalink opened in a fresh context. The gutter ring of a pair explains it on focus.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectKeptOnReloadAndLink, openApp, screenshot, useApp } from './harness';
import { settle, waitRecomputed } from './reading';

const manualCount = (page: Page) => page.locator('[data-manual]').count();

/** Opens the ⋯ menu of the first task section of `side` (scrolling down until one is drawn). */
async function openMenu(page: Page, side: 'left' | 'right') {
  const card = page.locator(`[data-side="${side}"] article[data-section-kind="task"]`).first();
  for (let y = 0; (await card.count()) === 0 && y < 40_000; y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await settle(page);
  }
  await card.scrollIntoViewIfNeeded();
  await card.locator('.section-menu .trigger').click();
  return page.locator('.section-menu [role="dialog"]');
}

describe('corrections in the reading view', () => {
  const app = useApp();

  it('pair, split and merge from a section menu, each marked manual; undo; kept after reload and in a link', async () => {
    const { page, issues, close } = await openApp(app, { width: 1440, height: 900 });
    expect(await manualCount(page)).toBe(0);

    // Pair the first left task with the second section the menu offers on the right.
    let menu = await openMenu(page, 'left');
    await menu.locator('select').last().selectOption({ index: 1 });
    await menu.getByRole('button', { name: /^配对/ }).click();
    await waitRecomputed(page);
    await expect.poll(() => manualCount(page)).toBeGreaterThan(0);
    await screenshot(page, 'corrections-paired');

    // Undo brings the engine's pairing back.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await waitRecomputed(page);
    await expect.poll(() => manualCount(page)).toBe(0);

    // Split the first left task before its first sentence point: a section made by hand.
    menu = await openMenu(page, 'left');
    const split = menu.locator('select').first();
    expect(await split.locator('option').count()).toBeGreaterThan(0);
    await menu.getByRole('button', { name: /^拆分/ }).click();
    await waitRecomputed(page);
    await expect.poll(() => page.locator('article[data-manual]').count()).toBeGreaterThan(0);

    // Merge the first right task with the next one.
    menu = await openMenu(page, 'right');
    await menu.getByRole('button', { name: /^并入下一段/ }).click();
    await waitRecomputed(page);
    // The merged section is marked where it is drawn (the split one may have scrolled out of the
    // drawn window by now: only what is near the view is in the DOM).
    const corrections = page.locator('[data-corrections]');
    await expect.poll(() => corrections.getAttribute('data-corrections')).toBe('2');
    await expect
      .poll(() => page.locator('[data-side="right"] article[data-manual]').count())
      .toBeGreaterThan(0);

    // A reload keeps both corrections, all still fitting, and the view marks them; so does the link.
    const kept = async (target: Page) => {
      await expect
        .poll(() => target.locator('[data-corrections]').getAttribute('data-corrections'))
        .toBe('2');
      expect(await target.locator('[data-stale]').count()).toBe(0);
      await openMenu(target, 'left');
      await target.keyboard.press('Escape');
      await expect.poll(() => manualCount(target)).toBeGreaterThan(0);
    };
    await expectKeptOnReloadAndLink(app, page, kept, { width: 1440, height: 900 });

    expect(issues.all()).toEqual([]);
    await close();
  });

  it('a section menu closes on Escape (its button focused again) and on a press outside it', async () => {
    const { page, close } = await openApp(app, { width: 1440, height: 900 });
    let menu = await openMenu(page, 'left');
    await menu.locator('button').first().focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('trigger'))).toBe(true);
    menu = await openMenu(page, 'left');
    await page.mouse.click(5, 450);
    await expect.poll(() => menu.count()).toBe(0);
    // The other report's menus close the same way.
    menu = await openMenu(page, 'right');
    await page.mouse.click(5, 450);
    await expect.poll(() => menu.count()).toBe(0);
    await close();
  });

  it('the gutter ring of a pair says why, on focus', async () => {
    const { page, close } = await openApp(app, { width: 1440, height: 900 });
    const ring = page.locator('.gutter [role="button"]').first();
    await ring.scrollIntoViewIfNeeded();
    await ring.focus();
    const tip = page.locator('[role="tooltip"]');
    await expect.poll(() => tip.count()).toBe(1);
    expect(await tip.textContent()).toMatch(/相似 \d+%/);
    expect(await ring.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    await close();
  });
});
