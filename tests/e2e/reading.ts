/**
 * Browser-test helpers for the virtual reading view, which draws only what is on screen (and a screen
 * above and below): reading a column back by scrolling through it, dropping texts, waiting for a new
 * comparison, counting the page's DOM nodes.
 *
 *   await dropTexts(page, { name: 'a.txt', text: left }, { name: 'b.txt', text: right });
 *   const pieces = await readColumnByScrolling(page, 'left');   // every [data-start] piece, by start
 *   const tasks = await sectionsByScrolling(page, '[data-side="right"] [data-section-kind="task"]');
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Piece {
  start: number;
  end: number;
  text: string;
}

/** Drops two text files on the page (real drag events carrying `File`s built in the page). */
export async function dropTexts(
  page: Page,
  left: { name: string; text: string },
  right: { name: string; text: string },
): Promise<void> {
  await page.evaluate(
    ({ left, right }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([left.text], left.name, { type: 'text/plain' }));
      transfer.items.add(new File([right.text], right.name, { type: 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        const at = { clientX: 300, clientY: 300 };
        document.body.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer, ...at }),
        );
      }
    },
    { left, right },
  );
}

/** Waits until the comparison of the file named `name` (left side) is drawn. */
export async function waitForComparisonOf(page: Page, name: string, timeout = 300_000): Promise<void> {
  await page.waitForFunction(
    (name) =>
      document.querySelector('main')?.dataset.status === 'ready' &&
      (document.querySelector('section[aria-label="Summary"]')?.textContent ?? '').includes(name),
    name,
    { timeout },
  );
}

/**
 * Waits for two animation frames: a scroll's redraw and its measurements have landed. `page.evaluate` has
 * no timeout of its own, so a page that stops producing frames or whose main thread is stuck fails here
 * with a message after 20 s (timed in Node, which a busy page cannot hold up), not as a whole test timing
 * out with no clue where.
 */
export async function settle(page: Page): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stuck = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error('settle: no two animation frames in 20 s')), 20_000);
  });
  const framed = page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 30)))),
  );
  try {
    await Promise.race([framed, stuck]);
  } finally {
    clearTimeout(timer);
  }
}

/** Waits until the page has an answer to the latest change (a correction, an option) and drew it. */
export async function waitRecomputed(page: Page): Promise<void> {
  await page.locator('main[data-status="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
  await settle(page);
}

/** Every `[data-start]` piece of a column drawn right now. */
function drawnPieces(page: Page, side: 'left' | 'right'): Promise<Piece[]> {
  return page.$$eval(`[data-side="${side}"] [data-start]`, (elements) =>
    elements.map((element) => ({
      start: Number((element as HTMLElement).dataset.start),
      end: Number((element as HTMLElement).dataset.end),
      text: element.textContent ?? '',
    })),
  );
}

/**
 * Scrolls from the top of the reading view to the end of the page, half a view at a time, and collects
 * every piece of the column drawn on the way, sorted by start (each piece once).
 */
export async function readColumnByScrolling(page: Page, side: 'left' | 'right'): Promise<Piece[]> {
  const found = new Map<number, Piece>();
  await scrollThrough(page, async () => {
    for (const piece of await drawnPieces(page, side)) found.set(piece.start, piece);
  });
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/** Every node of the document (elements, text, comments). */
export function countNodes(page: Page): Promise<number> {
  return page.evaluate(() => {
    let count = 0;
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) count++;
    return count;
  });
}

/** Whether an element is inside the viewport, below the sticky bars. */
export function isInView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const element = document.querySelector(selector);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= innerHeight;
  }, selector);
}

/**
 * Scrolls from the top of the reading view to the end of the page, half a view at a time, running
 * `visit` at each stop (after the redraw).
 */
export async function scrollThrough(page: Page, visit: () => Promise<void>): Promise<void> {
  const top = await page.evaluate(
    () => document.querySelector('.grid')!.getBoundingClientRect().top + scrollY,
  );
  await page.evaluate((y) => window.scrollTo(0, y), top);
  // 5,000 half views: the longest page read this way (30,000 characters a side, long.test.ts) needs 213.
  const stops: number[] = [];
  for (let step = 0; step < 5000; step++) {
    await settle(page);
    await visit();
    const [before, after] = await page.evaluate(() => {
      const before = scrollY;
      window.scrollBy(0, innerHeight / 2);
      return [before, scrollY];
    });
    if (after === before) return;
    stops.push(after);
  }
  throw new Error(
    `scrollThrough: no end of the page in 5,000 steps; last stops ${stops.slice(-6).join(', ')}`,
  );
}

/**
 * Reads a column back by scrolling and checks it is the original, every character in order: pieces
 * start at 0, each starts where the previous ends, each holds its slice of the original, and together
 * they end at its end and spell it whole.
 */
export async function expectColumnReadsBack(
  page: Page,
  side: 'left' | 'right',
  original: string,
): Promise<void> {
  const pieces = await readColumnByScrolling(page, side);
  expect(pieces[0]?.start).toBe(0);
  pieces.forEach((piece, i) => {
    if (i > 0)
      expect(piece.start, `${side} piece ${i} starts where the previous ends`).toBe(pieces[i - 1]!.end);
    expect(piece.text).toBe(original.slice(piece.start, piece.end));
  });
  expect(pieces.at(-1)?.end).toBe(original.length);
  expect(pieces.map((piece) => piece.text).join('')).toBe(original);
}

/** A section article as drawn: its hooks and text. */
export interface DrawnSection {
  id: string;
  level: string;
  parent: string;
  /** The text of its `.body` (the section's own text, without the card's chrome). */
  body: string;
  /** The whole article's text (tags and menu labels included). */
  text: string;
}

/**
 * Every section article matching `selector` met while scrolling through the view, by
 * `data-section-id`, in the order first drawn. A section drawn at several stops keeps its longest
 * drawing (a piece at the edge of the drawn range may not be drawn yet).
 */
export async function sectionsByScrolling(page: Page, selector: string): Promise<Map<string, DrawnSection>> {
  const sections = new Map<string, DrawnSection>();
  await scrollThrough(page, async () => {
    const drawn = await page.$$eval(selector, (articles) =>
      articles.map((a) => ({
        id: a.getAttribute('data-section-id') ?? '',
        level: a.getAttribute('data-level') ?? '',
        parent: a.getAttribute('data-parent') ?? '',
        body: a.querySelector('.body')?.textContent ?? '',
        text: a.textContent ?? '',
      })),
    );
    for (const section of drawn) {
      const seen = sections.get(section.id);
      if (!seen || section.text.length > seen.text.length) sections.set(section.id, section);
    }
  });
  return sections;
}

/**
 * Scrolls down from the top of the reading view until `selector` is drawn; its box in page coordinates
 * (scrolled from the top, everything above it has been drawn and measured, so the box holds).
 */
export async function pageBoxOf(page: Page, selector: string): Promise<{ top: number; bottom: number }> {
  let box: { top: number; bottom: number } | null = null;
  await scrollThrough(page, async () => {
    box ??= await page.evaluate((selector) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      const rect = element.getBoundingClientRect();
      return { top: rect.top + scrollY, bottom: rect.bottom + scrollY };
    }, selector);
  });
  if (!box) throw new Error(`${selector} was never drawn`);
  return box;
}

/**
 * Every phrase id of the phrase list, read by scrolling its box from top to bottom (it draws only the
 * rows in view, like the reading view).
 */
export async function phraseListIds(page: Page): Promise<string[]> {
  const found = new Set<string>();
  const list = page.locator('section[aria-labelledby="phrases-title"] ol');
  await list.evaluate((box) => (box.scrollTop = 0));
  for (let step = 0; step < 5000; step++) {
    await settle(page);
    const ids = await page
      .locator('[data-phrase-item]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-phrase-item')!));
    for (const id of ids) found.add(id);
    const atEnd = await list.evaluate((box) => {
      const before = box.scrollTop;
      box.scrollTop += box.clientHeight / 2;
      return box.scrollTop === before;
    });
    if (atEnd) break;
  }
  return [...found];
}
