/**
 * A long comparison in the page, measured as a reader meets it: two synthetic reports of `size`
 * characters a side (bench/synthetic.ts) dropped together on the open app, then
 *
 *   drawnMs      drop → the first frame painted after the new comparison is ready
 *   engineMs     the engine's own compare() time in the worker, same run (the footer's figure)
 *   longestTaskMs  the longest main-thread task after the worker's answer arrived (`duizhao:answer`)
 *   scrollP95Ms  95th percentile frame time while the reading view scrolls 150 frames, 100 px a frame
 *   themeMs, stepMs, scriptMs  a theme click, `n`, the script toggle: event → next frame painted
 *   nodes        DOM nodes (elements and text) at the end; heapMB: the page's JS heap
 *
 * Page functions are passed as strings: tsx would wrap named functions in a helper the page lacks.
 */
import type { Browser } from 'playwright-core';
import { syntheticPair } from '../synthetic';
import { addReadyProbe, waitForDrawn } from './timing';

export interface LargeResult {
  size: number;
  drawnMs: number;
  engineMs: number;
  longestTaskMs: number;
  scrollP95Ms: number;
  themeMs: number;
  stepMs: number;
  scriptMs: number;
  nodes: number;
  heapMB: number;
}

const NEXT_PAINT = 'new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))';

/** Milliseconds from running `action` (page-side statements) to the next painted frame. */
function timed(action: string): string {
  return `(async () => { const t = performance.now(); ${action}; await ${NEXT_PAINT}; return performance.now() - t; })()`;
}

export async function measureLarge(browser: Browser, baseURL: string, size: number): Promise<LargeResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await addReadyProbe(page);
    await page.goto(baseURL);
    await waitForDrawn(page);
    await page.evaluate(`(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask', buffered: true });
    })()`);
    const { left, right } = syntheticPair(size);
    const startedAt = Number(
      await page.evaluate(`(() => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([${JSON.stringify(left)}], 'bench-left.txt', { type: 'text/plain' }));
        transfer.items.add(new File([${JSON.stringify(right)}], 'bench-right.txt', { type: 'text/plain' }));
        window.__benchDrawnAt = undefined;
        const observer = new MutationObserver(() => {
          const main = document.querySelector('main');
          const summary = document.querySelector('section[aria-label="Summary"]');
          if (main?.dataset.status !== 'ready' || !summary?.textContent?.includes('bench-left.txt')) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => (window.__benchDrawnAt = performance.now()), 0));
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        const at = performance.now();
        for (const type of ['dragenter', 'dragover', 'drop']) {
          document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer, clientX: 300, clientY: 300 }));
        }
        return at;
      })()`),
    );
    const drawnAt = Number(
      await (await page.waitForFunction('window.__benchDrawnAt', null, { timeout: 900_000 })).jsonValue(),
    );
    const engineMs = Number(
      await page.evaluate(
        `Number((document.querySelector('.footer')?.textContent?.match(/compared in (\\d+) ms/) ?? [])[1])`,
      ),
    );
    await page.waitForTimeout(1500); // let the page settle (saves, idle work) before the interactions
    const scrollP95Ms = Number(
      await page.evaluate(`(async () => {
        const grid = document.querySelector('.grid');
        window.scrollTo(0, grid.getBoundingClientRect().top + scrollY);
        await ${NEXT_PAINT};
        const frames = [];
        let last = performance.now();
        for (let i = 0; i < 150; i++) {
          window.scrollBy(0, 100);
          await new Promise((done) => requestAnimationFrame(done));
          const now = performance.now();
          frames.push(now - last);
          last = now;
        }
        frames.sort((a, b) => a - b);
        return frames[Math.floor(frames.length * 0.95)];
      })()`),
    );
    const themeMs = Number(
      await page.evaluate(
        timed(
          `document.querySelector('[data-theme]').dispatchEvent(new MouseEvent('click', { bubbles: true }))`,
        ),
      ),
    );
    const stepMs = Number(
      await page.evaluate(
        timed(`window.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }))`),
      ),
    );
    const scriptMs = Number(
      await page.evaluate(
        timed(`document.querySelector('[data-control="script"] input[value="simplified"]').click()`),
      ),
    );
    const longestTaskMs = Number(
      await page.evaluate(`(() => {
        const answered = performance.getEntriesByName('duizhao:answer').at(-1)?.startTime ?? 0;
        return Math.max(0, ...window.__longTasks.filter(([start, duration]) => start + duration > answered).map(([, duration]) => duration));
      })()`),
    );
    const nodes = Number(
      await page.evaluate(`(() => {
        let count = 0;
        const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
        while (walker.nextNode()) count++;
        return count;
      })()`),
    );
    const heapMB = Number(await page.evaluate(`(performance.memory?.usedJSHeapSize ?? 0) / 1048576`));
    return {
      size,
      drawnMs: drawnAt - startedAt,
      engineMs,
      longestTaskMs,
      scrollP95Ms,
      themeMs,
      stepMs,
      scriptMs,
      nodes,
      heapMB,
    };
  } finally {
    await context.close();
  }
}
