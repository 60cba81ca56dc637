/**
 * How much of the reading view's scroll time is ours: the page bench's scroll (150 frames, 100 px a
 * frame, `SCROLL_FRAMES`) on three pages alternated in one Chromium, each run in a fresh context:
 *
 *   virtual   the app after a drop of two synthetic reports, as the page bench measures it: only the
 *             view and a margin are drawn, and rows are built and dropped while it scrolls
 *   whole     the same comparison after `beforeprint`, which draws every row (as for printing): the
 *             same page, styles and layers, with nothing built, dropped or measured while it scrolls
 *             (Chromium still repaints the document as the scroll moves its paint window)
 *   plain     two columns of plain Chinese paragraphs with one highlight each, no script: what this
 *             machine's Chromium does with a page that only scrolls
 *
 * Frame times are wall clock, so the machine's load moves all three; read the ratios of one run.
 * virtual/whole is the cost of drawing only what is on screen; whole/plain is the cost of what the page
 * draws (two dense columns of marked text, sticky heads, minimaps, the insights column).
 * The whole page needs every row in the DOM, so the size stays small (default 50,000 characters a side).
 *
 *   npx tsx bench/scroll-floor.ts                     # 50k a side, 6 runs (builds bench-output/app)
 *   npx tsx bench/scroll-floor.ts --size 20000 --runs 9 --no-build
 */
import type { Browser } from 'playwright-core';
import { launchChromium, serveSite } from '../tests/e2e/harness';
import { buildSites } from './page/build';
import { dropPair, scrollP95, syntheticDrop } from './page/large';
import { median, withDrawnPage } from './page/timing';
import { argument } from './page/argument';

const size = Number(argument('--size') ?? 50_000);
const runs = Number(argument('--runs') ?? 6);

const PAGES = ['virtual', 'whole', 'plain'] as const;
type Which = (typeof PAGES)[number];

/** A line of a work report, repeated into paragraphs of about 270 characters. */
const LINE = '国务院总理在第十四届全国人民代表大会上作政府工作报告，回顾过去一年的工作，部署今年的任务。';
const PARAGRAPH = `${LINE.repeat(2)}<mark>${LINE}</mark>${LINE.repeat(3)}`;
const PLAIN_PAGE = `<!doctype html><meta charset="utf-8"><body style="margin:0;background:#fbfaf7;font:15px/1.8 'Noto Serif CJK SC',serif">
<style>mark { background: #e3efe8 }</style>
<div class="grid" style="display:grid;grid-template-columns:1fr 1fr;gap:40px;padding:0 60px">${`<p>${PARAGRAPH}</p>`.repeat(1500)}</div>`;

async function measure(browser: Browser, baseURL: string, which: Which): Promise<number> {
  if (which === 'plain') {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.setContent(PLAIN_PAGE);
      await page.waitForTimeout(1500);
      return await scrollP95(page);
    } finally {
      await context.close();
    }
  }
  return withDrawnPage(browser, baseURL, async (page) => {
    await page.waitForSelector('#app[data-live]', { state: 'attached', timeout: 60_000 });
    await dropPair(page, syntheticDrop(size));
    if (which === 'whole') await page.evaluate(`window.dispatchEvent(new Event('beforeprint'))`);
    await page.waitForTimeout(1500); // the drop's idle work, and the whole page's rows laid out
    return scrollP95(page);
  });
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) await buildSites();
  const site = await serveSite('bench-output/app');
  const browser = await launchChromium();
  const p95s: Record<Which, number[]> = { virtual: [], whole: [], plain: [] };
  try {
    console.log(`Scroll frame p95, ms: ${size / 1000}k characters a side, ${runs} alternated runs`);
    for (let run = 0; run < runs; run++) {
      // A rotating order, so no page always follows the same one.
      const order = PAGES.map((_, k) => PAGES[(k + run) % PAGES.length]!);
      const line: string[] = [];
      for (const which of order) {
        const p95 = await measure(browser, site.baseURL, which);
        p95s[which].push(p95);
        line.push(`${which} ${p95.toFixed(1)}`);
      }
      console.log(`  run ${run + 1}: ${line.join(', ')}`);
    }
    const m = (which: Which) => median(p95s[which]);
    for (const which of PAGES) console.log(`  ${which.padEnd(8)} median ${m(which).toFixed(1)} ms`);
    console.log(
      `  virtual/whole ${(m('virtual') / m('whole')).toFixed(2)}   whole/plain ${(m('whole') / m('plain')).toFixed(2)}`,
    );
  } finally {
    await browser.close();
    await site.close();
  }
}

await main();
