/**
 * A long comparison in the page, measured as a reader meets it: two reports dropped together as two
 * files on the open app (synthetic ones of `size` characters a side, bench/synthetic.ts, or a real pair
 * from the corpus), then
 *
 *   drawnMs      drop → the first frame painted after the new comparison is ready
 *   engineMs     the engine's own compare() time in the worker, same run (the footer's figure)
 *   longestTaskMs  the longest main-thread task after the worker's answer arrived (`duizhao:answer`)
 *   scrollP95Ms  95th percentile frame time while the reading view scrolls 150 frames, 100 px a frame
 *   themeMs, stepMs, scriptMs  a theme click, `n`, the script toggle: event → next frame painted
 *   hoverMs      the pointer entering a shared phrase's mark on screen: event → next frame painted
 *   foldMs       a click on the first chapter band's fold button, from the top of the reading view
 *                (NaN when neither report nests)
 *   nodes        DOM nodes (elements and text) at the end; heapMB: the page's JS heap
 *
 * Page functions are passed as strings: tsx would wrap named functions in a helper the page lacks.
 */
import type { Browser, Page } from 'playwright-core';
import { syntheticPair } from '../synthetic';
import { countDomNodes } from './dom-nodes';
import { withDrawnPage } from './timing';

/** Two texts to drop, named as the files they come in. */
export interface DroppedPair {
  /** The row's name in the table. */
  label: string;
  left: { name: string; text: string };
  right: { name: string; text: string };
}

/** Two synthetic reports of `size` characters a side. */
export function syntheticDrop(size: number): DroppedPair {
  const { left, right } = syntheticPair(size);
  return {
    label: `${size / 1000}k`,
    left: { name: 'bench-left.txt', text: left },
    right: { name: 'bench-right.txt', text: right },
  };
}

export interface LargeResult {
  label: string;
  /** Characters a side (the longer of the two). */
  size: number;
  drawnMs: number;
  engineMs: number;
  longestTaskMs: number;
  scrollP95Ms: number;
  themeMs: number;
  stepMs: number;
  scriptMs: number;
  hoverMs: number;
  foldMs: number;
  nodes: number;
  heapMB: number;
}

const NEXT_PAINT = 'new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))';

/**
 * Page-side: scrolls the reading view from its top 150 frames, 100 px a frame; resolves to each frame's
 * time, ms.
 */
export const SCROLL_FRAMES = `(async () => {
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
  return frames;
})()`;

/** Scrolls the reading view as `SCROLL_FRAMES` does; resolves to the 95th percentile of its frame times, ms. */
export async function scrollP95(page: Page): Promise<number> {
  const frames = [...((await page.evaluate(SCROLL_FRAMES)) as number[])].sort((a, b) => a - b);
  return frames[Math.floor(frames.length * 0.95)]!;
}

/** Milliseconds from running `action` (page-side statements) to the next painted frame. */
export function timed(action: string): string {
  return `(async () => { const t = performance.now(); ${action}; await ${NEXT_PAINT}; return performance.now() - t; })()`;
}

export async function measureLarge(
  browser: Browser,
  baseURL: string,
  pair: DroppedPair,
): Promise<LargeResult> {
  return withDrawnPage(browser, baseURL, (page) => measureDrawn(page, pair));
}

/** Drops `pair` on the drawn sample page and measures the comparison it makes (the figures above). */
async function measureDrawn(page: Page, pair: DroppedPair): Promise<LargeResult> {
  // The prerendered sample is drawn before the app's script runs; a drop needs the live app.
  await page.waitForSelector('#app[data-live]', { state: 'attached', timeout: 60_000 });
  await page.evaluate(`(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  })()`);
  const { left, right } = pair;
  const { startedAt, drawnAt } = await dropPair(page, pair);
  const engineMs = Number(
    await page.evaluate(
      `Number((document.querySelector('.footer')?.textContent?.match(/compared in (\\d+) ms/) ?? [])[1])`,
    ),
  );
  await page.waitForTimeout(1500); // let the page settle (saves, idle work) before the interactions
  const scrollP95Ms = await scrollP95(page);
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
  // A mark on screen in the left column, entered by the pointer (the view lights every drawn mark
  // of its phrase).
  const hoverMs = Number(
    await page.evaluate(
      timed(`const mark = [...document.querySelectorAll('[data-side="left"] mark[data-phrase]')].find((m) => {
        const box = m.getBoundingClientRect();
        return box.top > 120 && box.bottom < innerHeight;
      });
      mark?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }))`),
    ),
  );
  const foldMs = Number(
    await page.evaluate(`(async () => {
      // From the top of the reading view, where the first chapters are drawn.
      window.scrollTo(0, document.querySelector('.grid').getBoundingClientRect().top + scrollY);
      await ${NEXT_PAINT};
      await ${NEXT_PAINT};
      const button = document.querySelector('[data-chapter] button');
      if (!button) return NaN;
      return ${timed('button.click()')};
    })()`),
  );
  const longestTaskMs = Number(
    await page.evaluate(`(() => {
      const answered = performance.getEntriesByName('duizhao:answer').at(-1)?.startTime ?? 0;
      return Math.max(0, ...window.__longTasks.filter(([start, duration]) => start + duration > answered).map(([, duration]) => duration));
    })()`),
  );
  const nodes = await countDomNodes(page);
  const heapMB = Number(await page.evaluate(`(performance.memory?.usedJSHeapSize ?? 0) / 1048576`));
  return {
    label: pair.label,
    size: Math.max(left.text.length, right.text.length),
    drawnMs: drawnAt - startedAt,
    engineMs,
    longestTaskMs,
    scrollP95Ms,
    themeMs,
    stepMs,
    scriptMs,
    hoverMs,
    foldMs,
    nodes,
    heapMB,
  };
}

/**
 * Drops `pair` on the live app as two files and waits for the first frame painted after the comparison
 * is ready; resolves to the page clock at the drop and at that frame.
 */
export async function dropPair(
  page: Page,
  pair: DroppedPair,
): Promise<{ startedAt: number; drawnAt: number }> {
  const { left, right } = pair;
  const startedAt = Number(
    await page.evaluate(`(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([${JSON.stringify(left.text)}], ${JSON.stringify(left.name)}, { type: 'text/plain' }));
      transfer.items.add(new File([${JSON.stringify(right.text)}], ${JSON.stringify(right.name)}, { type: 'text/plain' }));
      window.__benchDrawnAt = undefined;
      const observer = new MutationObserver(() => {
        const main = document.querySelector('main');
        const summary = document.querySelector('section[aria-label="Summary"]');
        if (main?.dataset.status !== 'ready' || !summary?.textContent?.includes(${JSON.stringify(left.name)})) return;
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
  return { startedAt, drawnAt };
}
