import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, openPage, useApp, waitForComparison } from './harness';

describe('the production build', () => {
  const app = useApp();

  it('loads, draws the sample comparison, and logs no console error, failed request or dialog', async () => {
    const { page, issues, close } = await openPage(app);
    await page.goto(app.baseURL, { waitUntil: 'load' });
    // Waiting for the drawn comparison also covers the worker: its errors surface as page errors.
    await waitForComparison(page);

    expect(await page.title()).toContain('对照');
    expect(issues.all()).toEqual([]);
    await close();
  });
});

describe('going live', () => {
  const app = useApp();
  // Where the page below the header starts, once the web fonts are in: text laid out in a fallback
  // font wraps differently, so measuring before they load compares two different layouts.
  const contentTop = (page: Page) =>
    page.evaluate(async () => {
      await document.fonts.ready;
      return document.querySelector('main')?.getBoundingClientRect().top ?? null;
    });

  // 1180 px is where the header's toolbar has least room to spare: the "saved" line that fills in
  // after the app goes live once widened the toolbar there, wrapped it, and pushed the page down 63 px.
  it('keeps the prerendered layout: the page below the header starts where it did before any script ran', async () => {
    const viewport = { width: 1180, height: 900 };
    const still = await app.browser.newContext({ viewport, javaScriptEnabled: false });
    const before = await still.newPage();
    await before.goto(app.baseURL);
    const prerendered = await contentTop(before);
    await still.close();

    const { page, close } = await openApp(app, viewport);
    await page.waitForSelector('[data-saved="true"]');
    expect(prerendered).not.toBeNull();
    expect(await contentTop(page)).toBeCloseTo(prerendered!, 0);
    await close();
  });
});
