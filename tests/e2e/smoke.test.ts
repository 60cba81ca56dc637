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

  // The phrase list's section once shrank to nothing in the insights column and let its list overflow,
  // which the prerendered page (content-visibility on those sections) drew as nothing: a reader without
  // JavaScript, or before the app took over, saw no shared phrases.
  it('shows the shared phrases in the prerendered page, before any script runs', async () => {
    const still = await app.browser.newContext({
      viewport: { width: 1440, height: 900 },
      javaScriptEnabled: false,
    });
    const page = await still.newPage();
    await page.goto(app.baseURL);
    const list = page.locator('section.phrases [data-phrase-item]').first();
    await page.evaluate(() => {
      const insights = document.querySelector('.insights')!;
      insights.scrollTop = insights.scrollHeight;
    });
    const box = await page.locator('section.phrases').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(200);
    // Drawn once it is near the screen (content-visibility:auto decides at the next frame).
    await page.waitForFunction(
      () => document.querySelector('section.phrases [data-phrase-item]')?.checkVisibility(),
      null,
      {
        timeout: 5000,
      },
    );
    expect(await list.textContent()).toMatch(/\p{Script=Han}{4,}/u);
    await still.close();
  });
});

describe('the first frame', () => {
  const app = useApp();

  /**
   * Opens the sample with `probe` run before any of the page's scripts (it watches the document and
   * leaves what the first frame showed in `window.__firstFrame`), waits until the comparison is drawn,
   * and returns what the probe saw and what `live` reads of the page once it is live.
   */
  async function firstFrameOf<Seen, Live>(
    viewport: { width: number; height: number },
    probe: () => void,
    live: (page: Page) => Promise<Live>,
  ): Promise<{ first: Seen; live: Live }> {
    const { page, issues, close } = await openPage(app, viewport);
    await page.addInitScript(probe);
    await page.goto(app.baseURL);
    await waitForComparison(page);
    const first = await page.evaluate(() => (window as unknown as { __firstFrame: Seen }).__firstFrame);
    const seenLive = await live(page);
    expect(issues.all()).toEqual([]);
    await close();
    return { first, live: seenLive };
  }

  /** In the frame that first holds the theme chart: whether its content is drawn, and where it is. */
  function chartInFirstFrame(viewport: { width: number; height: number }) {
    const probe = () => {
      const observer = new MutationObserver(() => {
        const chart = document.querySelector('.insights > section.themes');
        if (!chart?.firstElementChild) return;
        observer.disconnect();
        // A rAF callback runs before its frame's style and layout: what it sees is what that frame draws.
        // Where the chart stands is read after the frame, once the outline above it has been laid out
        // (content-visibility:auto puts it in at a placeholder height until then).
        requestAnimationFrame(() => {
          const seen = {
            drawn: chart.firstElementChild!.checkVisibility(),
            outlineDrawn: document.querySelector('.insights > section.outline > *')?.checkVisibility(),
          };
          setTimeout(() => {
            (window as unknown as { __firstFrame: object }).__firstFrame = {
              ...seen,
              top: chart.getBoundingClientRect().top,
            };
          }, 0);
        });
      });
      observer.observe(document, { subtree: true, childList: true });
    };
    return firstFrameOf<{ drawn: boolean; top: number; outlineDrawn: boolean }, boolean>(
      viewport,
      probe,
      (page) => page.locator('.insights > section.themes > header').isVisible(),
    );
  }

  // tools/vite/prerender.ts: on a wide screen up to 1,040 px tall the theme chart and phrase list are below
  // the fold, and the first frame leaves them to the next one (Chromium's content-visibility:auto would
  // lay them out: it renders what is within 150% of the screen's height).
  it.each([
    { width: 1280, height: 800 },
    { width: 1440, height: 900 },
    { width: 1181, height: 1040 },
  ])('leaves the theme chart, below the fold at $width × $height, to the next frame', async (viewport) => {
    const { first, live } = await chartInFirstFrame(viewport);
    expect(first.outlineDrawn).toBe(true);
    expect(first.drawn).toBe(false);
    expect(first.top).toBeGreaterThan(viewport.height);
    expect(live).toBe(true);
  });

  /**
   * In the frame that first holds the reading row after the first section row: whether that row and the
   * first section row are drawn, and where the later row stands after that frame.
   */
  function readingInFirstFrame(viewport: { width: number; height: number }) {
    const probe = () => {
      const laterRow = '.grid > .column.right > .cell:not(.meta-cell) ~ .cell';
      const observer = new MutationObserver(() => {
        const later = document.querySelector(laterRow);
        if (!later?.firstElementChild) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          const firstRow = document.querySelector('.grid > .column.right > .cell:not(.meta-cell)')!;
          const seen = {
            drawn: later.firstElementChild!.checkVisibility(),
            firstRowDrawn: firstRow.firstElementChild!.checkVisibility(),
            metaDrawn: document.querySelector('.grid > .column.right > .meta-cell > *')!.checkVisibility(),
          };
          setTimeout(() => {
            (window as unknown as { __firstFrame: object }).__firstFrame = {
              ...seen,
              top: later.getBoundingClientRect().top,
              firstRowTop: firstRow.getBoundingClientRect().top,
            };
          }, 0);
        });
      });
      observer.observe(document, { subtree: true, childList: true });
    };
    return firstFrameOf<
      { drawn: boolean; firstRowDrawn: boolean; metaDrawn: boolean; top: number; firstRowTop: number },
      number
    >(viewport, probe, (page) =>
      page
        .locator('.grid > .column.right > .cell:not(.meta-cell) ~ .cell')
        .first()
        .evaluate((cell) => cell.getBoundingClientRect().top),
    );
  }

  // tools/vite/prerender.ts: at the same sizes the reading rows after the first section row are below the
  // fold too, and wait one frame.
  it.each([
    { width: 1440, height: 900 },
    { width: 1181, height: 1040 },
    { width: 1920, height: 1040 },
  ])(
    'leaves the reading rows after the first, below the fold at $width × $height, to the next frame',
    async (viewport) => {
      const { first, live: liveTop } = await readingInFirstFrame(viewport);
      expect(first.firstRowDrawn).toBe(true);
      expect(first.drawn).toBe(false);
      expect(first.top).toBeGreaterThan(viewport.height);
      expect(liveTop).toBeGreaterThan(viewport.height);
    },
  );

  // Up to 800 px tall the first section row is below the fold as well and waits with them; the documents'
  // first lines above it (the meta cells) are drawn.
  it.each([
    { width: 1280, height: 800 },
    { width: 1181, height: 800 },
    { width: 1366, height: 768 },
  ])(
    'leaves the first section row too, below the fold at $width × $height, to the next frame',
    async (viewport) => {
      const { first } = await readingInFirstFrame(viewport);
      expect(first.metaDrawn).toBe(true);
      expect(first.firstRowDrawn).toBe(false);
      expect(first.firstRowTop).toBeGreaterThan(viewport.height);
      expect(first.drawn).toBe(false);
    },
  );

  /**
   * The outline's lines in the frame that first holds the whole outline (the theme chart after it is in
   * the document): where each stands and whether it is drawn; then the outline box's height then and
   * once the page is live, and whether its last line is drawn by then.
   */
  function outlineInFirstFrame(viewport: { width: number; height: number }) {
    const probe = () => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('.insights > section.themes')) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          const nav = document.querySelector('.navigator')!;
          const lines = [...nav.querySelectorAll(':scope > ol > li:not(.spacer)')].map((line) => ({
            top: line.getBoundingClientRect().top,
            drawn: line.firstElementChild!.checkVisibility(),
          }));
          (window as unknown as { __firstFrame: object }).__firstFrame = { lines, height: nav.clientHeight };
        });
      });
      observer.observe(document, { subtree: true, childList: true });
    };
    return firstFrameOf<
      { lines: { top: number; drawn: boolean }[]; height: number },
      { height: number; lastDrawn: boolean }
    >(viewport, probe, async (page) => {
      const nav = page.locator('.navigator');
      return {
        height: await nav.evaluate((box) => box.clientHeight),
        lastDrawn: await nav.evaluate((box) =>
          [...box.querySelectorAll(':scope > ol > li:not(.spacer)')]
            .at(-1)!
            .firstElementChild!.checkVisibility(),
        ),
      };
    });
  }

  // tools/vite/prerender.ts: the outline's lines below the fold wait one frame too, in placeholders; the
  // outline box keeps its height, and every line on screen is drawn.
  it.each([
    { width: 1280, height: 800 },
    { width: 1181, height: 800 },
    { width: 1440, height: 900 },
    { width: 1181, height: 1040 },
    { width: 1920, height: 1040 },
  ])('leaves the outline lines below the fold at $width × $height to the next frame', async (viewport) => {
    const { first, live } = await outlineInFirstFrame(viewport);
    const inView = first.lines.filter((line) => line.top < viewport.height);
    const waiting = first.lines.filter((line) => !line.drawn);
    expect(inView.length).toBeGreaterThan(0);
    expect(inView.every((line) => line.drawn)).toBe(true);
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((line) => line.top >= viewport.height)).toBe(true);
    expect(live.height).toBe(first.height);
    expect(live.lastDrawn).toBe(true);
  });

  // tools/vite/prerender.ts writes the stylesheet into the page: the first frame waited for it as a second
  // request after the HTML. Its <link> stays, disabled, for Vite's loader of lazy chunks.
  it('needs no stylesheet request: the page is styled from the HTML alone', async () => {
    const still = await app.browser.newContext({
      viewport: { width: 1280, height: 800 },
      javaScriptEnabled: false,
    });
    const page = await still.newPage();
    const stylesheets: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'stylesheet') stylesheets.push(request.url());
    });
    await page.goto(app.baseURL, { waitUntil: 'load' });
    expect(stylesheets).toEqual([]);
    // Styled: the body has the page's paper colour (src/app.css), not the browser's white.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(247, 246, 242)',
    );
    await still.close();
  });

  it('draws the theme chart in the first frame on a screen tall enough to hold it', async () => {
    const { first, live } = await chartInFirstFrame({ width: 1440, height: 1100 });
    expect(first.drawn).toBe(true);
    expect(live).toBe(true);
  });
});
