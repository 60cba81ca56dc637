/**
 * A long pair in Chromium: two synthetic reports of 30,000 characters a side (built from the sample
 * paragraphs, bench/synthetic.ts), dropped together. The reading view draws only what is on screen, so
 * these tests check that everything is still reachable: the whole text reads back by scrolling, `n`/`p`
 * and the find bar reach places that are not drawn, the DOM stays small, and an option change keeps the
 * reader where they were.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPair } from '../../bench/synthetic';
import { openApp, useApp, waitForComparison, type OpenedPage } from './harness';
import { countNodes, dropTexts, expectColumnReadsBack, settle, waitForComparisonOf } from './reading';

const MARKER = '终末检索标记';
const pair = syntheticPair(30_000);
const LEFT = pair.left;
// A marker near the end of the right report, far below the first screen, found nowhere else.
const RIGHT = `${pair.right.slice(0, -300)}${MARKER}${pair.right.slice(-300)}`;

/**
 * The drawn piece of the left column at the view's reading line, a quarter down the part of the view
 * below the sticky column heads: the text the view keeps in place through redraws and option changes
 * (src/components/reading/virtualReading.svelte.ts). Its start and top.
 */
function pieceAtReadingLine(page: Page) {
  return page.evaluate(() => {
    const column = document.querySelector('[data-side="left"] .cell')!.getBoundingClientRect();
    const heads = document.querySelector('.heads')!.getBoundingClientRect().bottom;
    const at = document.elementFromPoint(column.left + column.width / 2, heads + (innerHeight - heads) / 4);
    const piece = at?.closest<HTMLElement>('[data-start]');
    return piece ? { start: Number(piece.dataset.start), top: piece.getBoundingClientRect().top } : null;
  });
}

describe('a long pair', () => {
  const app = useApp();
  let opened: OpenedPage;
  let page: Page;
  beforeAll(async () => {
    opened = await openApp(app, { width: 1280, height: 800 });
    page = opened.page;
    await dropTexts(page, { name: 'long-left.txt', text: LEFT }, { name: 'long-right.txt', text: RIGHT });
    await waitForComparisonOf(page, 'long-left.txt');
  });
  afterAll(() => {
    expect(opened?.issues.all()).toEqual([]);
  });

  it('keeps the DOM small wherever the reader is', async () => {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeGreaterThan(20_000);
    for (const at of [0, 0.5, 1]) {
      await page.evaluate((y) => window.scrollTo(0, y), height * at);
      await settle(page);
      expect(await countNodes(page)).toBeLessThan(20_000);
    }
  });

  it('measures what stays drawn once: a redraw does not observe it again', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    await page.evaluate(() => {
      const counts = new Map<Element, number>();
      (window as unknown as { __observed: Map<Element, number> }).__observed = counts;
      const observe = ResizeObserver.prototype.observe;
      ResizeObserver.prototype.observe = function (this: ResizeObserver, target, options) {
        counts.set(target, (counts.get(target) ?? 0) + 1);
        return observe.call(this, target, options);
      };
    });
    // Scrolled in steps shorter than the view: rows come and go, most of what is drawn stays.
    for (let step = 0; step < 12; step++) {
      await page.evaluate(() => window.scrollBy(0, 250));
      await settle(page);
    }
    const observed = await page.evaluate(() => {
      const counts = (window as unknown as { __observed: Map<Element, number> }).__observed;
      const kept = [...counts].filter(([element]) => element.isConnected);
      return {
        kept: kept.length,
        again: kept.filter(([, count]) => count > 1).map(([element]) => element.className),
      };
    });
    expect(observed.kept).toBeGreaterThan(5); // rows drawn while scrolling, observed by the patch
    expect(observed.again).toEqual([]);
  });

  it('redraws a scroll that stays inside what is drawn after the frame, and never shows a spacer', async () => {
    const { inFrame, between, blank } = await page.evaluate(async () => {
      const grid = document.querySelector<HTMLElement>('.grid')!;
      window.scrollTo(0, grid.getBoundingClientRect().top + scrollY);
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)));
      // True from this test's animation frame callback (registered before the view's, so run before it
      // in the frame) to a task it posts, which runs before any task the view posts in that frame.
      let framing = false;
      const counts = { inFrame: 0, between: 0, blank: 0 };
      const observer = new MutationObserver((records) => {
        if (records.some((record) => record.type === 'childList')) counts[framing ? 'inFrame' : 'between']++;
      });
      observer.observe(grid, { childList: true, subtree: true });
      const column = (side: string) =>
        grid.querySelector(`[data-side="${side}"] .cell`)!.getBoundingClientRect();
      for (let frame = 0; frame < 60; frame++) {
        window.scrollBy(0, 100);
        await new Promise<void>((done) =>
          requestAnimationFrame(() => {
            framing = true;
            setTimeout(() => (framing = false), 0);
            for (const side of ['left', 'right']) {
              const box = column(side);
              for (const y of [0.3, 0.6, 0.9]) {
                const at = document.elementFromPoint(box.left + box.width / 2, innerHeight * y);
                if (at?.closest('.spacer')) counts.blank++;
              }
            }
            done();
          }),
        );
      }
      await new Promise((done) => setTimeout(done, 50));
      observer.disconnect();
      return counts;
    });
    // 6,000 px of scrolling, 100 px a frame: the drawn stretch moves every half view, but always in a
    // task between frames, never in the frame that scrolls (the view has a screen drawn either side).
    expect(between).toBeGreaterThan(5);
    expect(inFrame).toBe(0);
    expect(blank).toBe(0);
  });

  it('reads both texts back whole by scrolling through them', async () => {
    for (const [side, original] of [
      ['left', LEFT],
      ['right', RIGHT],
    ] as const) {
      await expectColumnReadsBack(page, side, original);
    }
  }, 300_000);

  it('p from the top reaches the last phrase, far below; n wraps back to the first', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    // Phrases with a mark drawn at the top: the last phrase must not be one of them (it is reached,
    // not found already drawn). Where it lies depends on the pairing of the synthetic texts.
    const drawnAtTop = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('mark[data-phrases]')].flatMap((m) =>
        (m.dataset.phrases ?? '').split(' '),
      ),
    );
    await page.keyboard.press('Escape');
    await page.keyboard.press('p');
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (element?.tagName !== 'MARK') return null;
        const box = element.getBoundingClientRect();
        return {
          phrases: element.dataset.phrases ?? '',
          inView: box.top >= 0 && box.bottom <= innerHeight,
          y: scrollY,
        };
      });
    await expect.poll(focused).toMatchObject({ inView: true });
    const last = (await focused())!;
    expect(drawnAtTop).not.toContain(last.phrases.split(' ')[0]);
    // Below the first screen and the margin drawn beyond it (one view of 800 px).
    expect(last.y).toBeGreaterThan(2 * 800);
    expect(
      await page.locator(`mark.selected[data-phrases~="${last.phrases.split(' ')[0]}"]`).count(),
    ).toBeGreaterThan(0);
    await page.keyboard.press('n');
    await expect.poll(focused).toMatchObject({ phrases: expect.stringMatching(/\bp1\b/), inView: true });
  });

  it('finds text that is not drawn, and brings it into view', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    expect(await page.locator('[data-side="right"]').textContent()).not.toContain(MARKER);
    await page.keyboard.press('Control+f');
    const query = page.locator('[data-find-query]');
    await query.fill(MARKER);
    await expect.poll(() => page.locator('[data-find-count]').textContent()).toContain('/ 1');
    await query.press('Enter');
    const hit = page.locator('[data-side="right"] .find-hit.current');
    await expect.poll(() => hit.count()).toBeGreaterThan(0);
    expect(await hit.first().textContent()).toBe(MARKER);
    const box = (await hit.first().boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect(await page.locator('[data-find-count]').textContent()).toContain('1 / 1');
    await query.press('Escape');
    expect(await page.locator('.find-hit').count()).toBe(0);
  });

  // The view keeps the text at its reading line in place; text further down may move by a line when
  // lines between them wrap differently in the other script. (This test was skipped while it measured
  // the text in the middle of the view, which moved by about one line after the script toggle.)
  it('keeps the reader at the same place across option changes', async () => {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    // Near the middle, at the first place where the left column shows text at the reading line (a row
    // the right report has alone shows none there; which rows those are depends on the pairing).
    let before: Awaited<ReturnType<typeof pieceAtReadingLine>> = null;
    for (let step = 0; step < 40 && before === null; step++) {
      await page.evaluate((y) => window.scrollTo(0, y), height * 0.45 + step * 400);
      await settle(page);
      before = await pieceAtReadingLine(page);
    }
    expect(before).not.toBeNull();

    // Click the label the reader sees (the radio itself is hidden; Playwright would scroll to it first).
    const script = (label: string) =>
      page.locator('[data-control="script"] label', { hasText: label }).click();
    await script('简体');
    await settle(page);
    const afterScript = await page.evaluate(
      (start) =>
        document.querySelector(`[data-side="left"] [data-start="${start}"]`)?.getBoundingClientRect().top,
      before!.start,
    );
    expect(Math.abs(afterScript! - before!.top)).toBeLessThan(2);
    await script('原文');
    await settle(page);

    const slider = page.locator('input[name="min-phrase-length"]');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('main[data-status="computing"]').waitFor({ state: 'attached' });
    await waitForComparison(page, 300_000);
    await settle(page);
    const afterLength = await page.evaluate(
      (start) =>
        document.querySelector(`[data-side="left"] [data-start="${start}"]`)?.getBoundingClientRect().top,
      before!.start,
    );
    expect(afterLength).toBeDefined();
    expect(Math.abs(afterLength! - before!.top)).toBeLessThan(2);
  });
});
