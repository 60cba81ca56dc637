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

describe('the first paint', () => {
  const app = useApp();

  it('needs no stylesheet request, and a lazy panel does not apply the page stylesheet a second time', async () => {
    const { page, issues, close } = await openPage(app);
    const stylesheets: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'stylesheet') stylesheets.push(request.url());
    });
    await page.goto(app.baseURL);
    await waitForComparison(page);
    await page.locator('[data-control="export"]').click();
    await page.locator('#export-menu[role="menu"]').waitFor();
    // The page's own rules: inline, once; only the lazy panel's own sheet was fetched.
    expect(stylesheets.filter((url) => /\/assets\/index-[\w-]+\.css$/.test(url))).toEqual([]);
    const sheets = await page.evaluate(() =>
      [...document.styleSheets].map((sheet) => ({ href: sheet.href, rules: sheet.cssRules.length })),
    );
    expect(sheets.filter((sheet) => sheet.href === null && sheet.rules > 100)).toHaveLength(1);
    expect(sheets.filter((sheet) => sheet.href && /\/assets\/index-/.test(sheet.href))).toEqual([]);
    expect(issues.all()).toEqual([]);
    await close();
  });

  // On a wide screen the theme chart and phrase list sit below the outline, under the fold: the
  // prerendered page leaves them out of its first frame and the live app draws them, unseen.
  it.each([
    { width: 1440, height: 900 },
    { width: 1181, height: 1100 },
  ])('leaves the theme chart, below the fold at $width × $height, to the live app', async (viewport) => {
    const still = await app.browser.newContext({ viewport, javaScriptEnabled: false });
    const before = await still.newPage();
    await before.goto(app.baseURL);
    expect(await before.locator('.insights > section.themes').isVisible()).toBe(false);
    expect(await before.locator('.insights > section.outline').isVisible()).toBe(true);
    await still.close();

    const { page, close } = await openApp(app, viewport);
    const chart = page.locator('.insights > section.themes');
    await chart.waitFor({ state: 'visible' });
    const top = await chart.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(viewport.height);
    await close();
  });
});
