/**
 * Where the reading view's time goes, from a Chromium trace: drops a long pair on the app, then traces
 * the page bench's scroll (150 frames, 100 px a frame) and the script toggle, and prints the CPU time of
 * the page's threads by kind of work (script, style, layout, paint, raster) and its longest tasks.
 * Frame times alone cannot tell work from waiting for a core on a shared machine; thread CPU time can.
 *
 *   npx tsx bench/reading-trace.ts                       # gwr2026-ah × gwr2026-sc (the corpus)
 *   npx tsx bench/reading-trace.ts --size 1000000        # two synthetic reports of 1M characters
 *   npx tsx bench/reading-trace.ts --size 50000,1000000 --runs 2   # sizes in turn, same build and browser:
 *                                                        # what grows with the document's length
 *   … --no-build (reuse bench-output/app)  --runs 2 (repeat: the same page, or each size in turn)
 *   … --save /tmp/scroll.json (the raw scroll trace, for chrome://tracing or Perfetto)
 *   … --css '.bar { backdrop-filter: none }' (a style to try, added after the drop)
 *   … --eval 'localStorage.x = 1' (page-side statements run after the drop)
 *   … --invalidations (also paint invalidations: what is repainted, and why)
 *   … --profile (JavaScript by function instead of the trace; with --readable, an unminified build)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { launchChromium, repoRoot, serveSite } from '../tests/e2e/harness';
import { corpusFilePath } from '../tests/corpus/labels';
import { dropPair, SCROLL_FRAMES, syntheticDrop, timed, type DroppedPair } from './page/large';
import { printProfile, startProfile } from './page/cpu-profile';
import { printTraceSummary, summarizeTrace } from './page/trace-summary';
import { median, withDrawnPage } from './page/timing';
import { argument } from './page/argument';

const sizes = argument('--size')?.split(',').map(Number);
const runs = Number(argument('--runs') ?? 1);
const save = argument('--save');
/** Extra CSS added to the page before tracing, to try a hypothesis without a build. */
const css = argument('--css');
/** Page-side statements run after the drop, before tracing (a setting to try). */
const script = argument('--eval');
const profile = process.argv.includes('--profile');
const outDir = 'bench-output/app';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'blink',
  'cc',
  'v8',
  'viz',
  ...(process.argv.includes('--invalidations')
    ? ['disabled-by-default-devtools.timeline.invalidationTracking']
    : []),
].join(',');

function pairs(): DroppedPair[] {
  if (sizes) return sizes.map((size) => syntheticDrop(size));
  const file = (id: string) => ({ name: `${id}.txt`, text: readFileSync(corpusFilePath(id), 'utf8') });
  return [{ label: 'ah×sc', left: file('gwr2026-ah'), right: file('gwr2026-sc') }];
}

async function traced<T>(page: Page, label: string, run: () => Promise<T>): Promise<T> {
  if (profile) {
    const stop = await startProfile(page);
    const result = await run();
    printProfile(label, await stop());
    return result;
  }
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: CATEGORIES.split(',') });
  const result = await run();
  const buffer = await browser.stopTracing();
  if (save) writeFileSync(save.replace(/\.json$/, `-${label.replace(/\W+/g, '-')}.json`), buffer);
  printTraceSummary(label, summarizeTrace(JSON.parse(buffer.toString('utf8'))));
  return result;
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    await build({
      configFile: join(repoRoot, 'vite.config.ts'),
      root: repoRoot,
      logLevel: 'warn',
      build: {
        outDir: join(repoRoot, outDir),
        emptyOutDir: true,
        ...(process.argv.includes('--readable') ? { minify: false } : {}),
      },
    });
  }
  const site = await serveSite(outDir);
  const browser = await launchChromium();
  const dropping = pairs();
  try {
    for (let run = 0; run < runs; run++) {
      // Sizes in turn within each run, so a change in the machine's load falls on all of them alike.
      for (const dropped of dropping) {
        await withDrawnPage(browser, site.baseURL, async (page) => {
          await page.waitForSelector('#app[data-live]', { state: 'attached', timeout: 60_000 });
          await dropPair(page, dropped);
          if (css) await page.addStyleTag({ content: css });
          if (script) await page.evaluate(script);
          await page.waitForTimeout(1500);
          const frames = await traced(
            page,
            `${dropped.label} scroll`,
            async () => (await page.evaluate(SCROLL_FRAMES)) as number[],
          );
          const sorted = [...frames].sort((a, b) => a - b);
          console.log(
            `  frames: median ${median(frames).toFixed(1)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)]!.toFixed(1)} ms, ` +
              `over 20 ms: ${frames.filter((frame) => frame > 20).length} of ${frames.length}`,
          );
          const scriptMs = await traced(page, `${dropped.label} script toggle`, async () =>
            Number(
              await page.evaluate(
                timed(`document.querySelector('[data-control="script"] input[value="simplified"]').click()`),
              ),
            ),
          );
          console.log(`  script toggle: ${scriptMs.toFixed(1)} ms to the next frame`);
        });
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
}

await main();
