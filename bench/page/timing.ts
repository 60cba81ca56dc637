/**
 * Time from navigation to "comparison drawn": the page's own clock (`performance.now()`, zero at
 * navigation start) read in the first task after the frame that paints `data-status="ready"`.
 * Each load is in a fresh browser context, so nothing is cached between loads.
 */
import type { Browser, Page } from 'playwright-core';

// Page-side globals set by the probe below.
interface ProbeWindow {
  __benchReadyAt?: number;
  __benchDrawnAt?: number;
}

/** Runs in the page before any of its scripts (an init script), so it sees the very first mutation. */
function installReadyProbe(): void {
  const probe = window as unknown as ProbeWindow;
  const observer = new MutationObserver(() => {
    if (probe.__benchReadyAt !== undefined || !document.querySelector('[data-status="ready"]')) return;
    probe.__benchReadyAt = performance.now();
    observer.disconnect();
    // The frame after the DOM change is the one that paints it; a rAF callback runs BEFORE that frame's
    // style, layout and paint, so the clock stops in the first task after the frame (rAF + setTimeout 0).
    // Stopping in the rAF itself would reward moving layout out of the render without drawing sooner.
    requestAnimationFrame(() => {
      setTimeout(() => {
        probe.__benchDrawnAt = performance.now();
      }, 0);
    });
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-status'],
  });
}

/** Prepares a page so `waitForDrawn` can read when it was drawn. Call before `page.goto`. */
export async function addReadyProbe(page: Page): Promise<void> {
  await page.addInitScript(installReadyProbe);
}

/** Milliseconds from navigation start to the first frame after `[data-status="ready"]` appeared. */
export async function waitForDrawn(page: Page, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(() => (window as unknown as ProbeWindow).__benchDrawnAt, null, {
    timeout,
  });
  return Number(await handle.jsonValue());
}

export interface LoadOptions {
  /** CSS pixels. Default 1280 × 800. */
  width?: number;
  height?: number;
  /** Runs on the blank page before it navigates: listeners that must see the load from its start. */
  beforeLoad?: (page: Page) => void;
}

/**
 * Loads `url` cold in a fresh context (no cache, own storage), waits until it is drawn, hands the page
 * and its time-to-drawn (ms) to `use`, and closes the context whatever `use` does.
 */
export async function withDrawnPage<T>(
  browser: Browser,
  url: string,
  use: (page: Page, drawnMs: number) => Promise<T>,
  options: LoadOptions = {},
): Promise<T> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
  });
  try {
    const page = await context.newPage();
    options.beforeLoad?.(page);
    await addReadyProbe(page);
    await page.goto(url);
    return await use(page, await waitForDrawn(page));
  } finally {
    await context.close();
  }
}

/** One cold load of `url` in a fresh context; resolves to its time-to-drawn in ms. */
export function timeColdLoad(browser: Browser, url: string, options: LoadOptions = {}): Promise<number> {
  return withDrawnPage(browser, url, async (_page, drawnMs) => drawnMs, options);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
