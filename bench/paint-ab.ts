/**
 * First paint, ours against a baseline commit and the blank page, alternated in one Chromium: each run
 * loads the three cold (fresh context) in turn, in a rotating order, and reads navigation → drawn as the
 * page bench does (bench/page/timing.ts). Prints the medians and the ratios ours/blank, base/blank and
 * ours/base, which this shared machine's drift hits alike. With `--trace N`, N more alternated loads of
 * base and ours under a Chromium trace, stopped once drawn: the main thread's CPU by kind (parse, style,
 * layout, paint) up to the first frame, median of the N, since wall times scatter 3× here; and the font
 * families looked up (#families) and fonts set up per size and weight (#strikes) before it.
 *
 *   npx tsx bench/paint-ab.ts --runs 15                 # baseline main
 *   … --base <ref>  --keep-base (reuse bench-output/pa-base)  --no-build (reuse all three builds)
 *   … --trace 5
 *
 * The baseline is built from `git archive <ref>` with this worktree's node_modules, by its own config.
 */
import { join } from 'node:path';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { launchChromium, repoRoot, serveSite } from '../tests/e2e/harness';
import { buildAt, buildCommit } from './page/build';
import { summarizeTrace, type TraceEvent } from './page/trace-summary';
import { median, timeColdLoad, withDrawnPage } from './page/timing';
import { argument } from './page/argument';

const runs = Number(argument('--runs') ?? 15);
const traces = Number(argument('--trace') ?? 0);
const base = argument('--base') ?? 'main';
const DIRS = { base: 'bench-output/pa-base', ours: 'bench-output/pa-ours', blank: 'bench-output/pa-blank' };
type Which = keyof typeof DIRS;

async function buildAll(): Promise<void> {
  if (!process.argv.includes('--keep-base')) await buildCommit(base, DIRS.base);
  await buildAt(repoRoot, DIRS.ours);
  await build({
    configFile: join(repoRoot, 'vite.config.ts'),
    root: join(repoRoot, 'bench/blank'),
    logLevel: 'warn',
    build: { outDir: join(repoRoot, DIRS.blank), emptyOutDir: true },
  });
}

/** Marks the first task after the frame that paints the ready page, as bench/page/timing.ts times it. */
function markDrawn(): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-status="ready"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => performance.mark('paint-ab:drawn'), 0));
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-status'],
  });
}

/** Main-thread CPU by kind from navigation to drawn, in the renderer that parsed the page. */
async function tracedLoad(browser: Browser, url: string): Promise<Record<string, number>> {
  return withDrawnPage(
    browser,
    url,
    async (page) => {
      await page.waitForFunction(() => performance.getEntriesByName('paint-ab:drawn').length > 0);
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
        traceEvents: TraceEvent[];
      };
      const drawn = trace.traceEvents.find((event) => event.name === 'paint-ab:drawn');
      if (!drawn) throw new Error('paint-ab: the trace has no drawn mark');
      const threads = trace.traceEvents.filter((event) => event.ph === 'M' && event.pid === drawn.pid);
      // Work that started before the page was drawn (the app's script runs right after).
      const events = trace.traceEvents.filter(
        (event) => event.pid === drawn.pid && event.ph === 'X' && event.ts < drawn.ts,
      );
      const summary = summarizeTrace([...threads, ...events]);
      const kinds: Record<string, number> = {
        ...summary.main,
        tasks: summary.mainTasks,
        raster: summary.raster,
      };
      // Parsing is not one of summarizeTrace's kinds (its CPU is counted in the task total).
      kinds.parse = events
        .filter((event) => event.name === 'ParseHTML')
        .reduce((sum, event) => sum + (event.tdur ?? event.dur ?? 0) / 1000, 0);
      // Font setup, counted (not timed: each is a synchronous call to the browser process, whose wait
      // is wall time the load of this machine decides): families looked up by name, hit or miss, and
      // fonts set up per size and weight ("strikes").
      const count = (name: string) => events.filter((event) => event.name === name).length;
      kinds['#families'] = count('FontDataManager::onMatchFamilyStyle');
      kinds['#strikes'] = count('WebSandboxSupportLinux::GetWebFontRenderStyleForStrike');
      return kinds;
    },
    { beforeLoad: (page) => void page.addInitScript(markDrawn) },
  );
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) await buildAll();
  const sites = {
    base: await serveSite(DIRS.base),
    ours: await serveSite(DIRS.ours),
    blank: await serveSite(DIRS.blank),
  };
  const browser = await launchChromium();
  try {
    const order: Which[] = ['base', 'ours', 'blank'];
    for (const which of order) await timeColdLoad(browser, sites[which].baseURL); // warm-up, discarded
    const times: Record<Which, number[]> = { base: [], ours: [], blank: [] };
    for (let run = 0; run < runs; run++) {
      for (let step = 0; step < 3; step++) {
        const which = order[(run + step) % 3]!;
        times[which].push(await timeColdLoad(browser, sites[which].baseURL));
      }
    }
    console.log(`Navigation → drawn, ms, ${runs} alternated cold loads each (ours: worktree; base: ${base})`);
    for (const which of order) {
      const sorted = [...times[which]].sort((a, b) => a - b);
      console.log(
        `  ${which.padEnd(6)} median ${median(sorted).toFixed(1).padStart(7)}  min ${sorted[0]!.toFixed(1).padStart(7)}  ` +
          `max ${sorted.at(-1)!.toFixed(1).padStart(7)}`,
      );
    }
    const ratio = (a: Which, b: Which) =>
      `${a}/${b} ${(median(times[a]) / median(times[b])).toFixed(2)} (min ${(Math.min(...times[a]) / Math.min(...times[b])).toFixed(2)})`;
    console.log(`  ${ratio('base', 'blank')}   ${ratio('ours', 'blank')}   ${ratio('ours', 'base')}`);

    if (traces > 0) {
      const kinds: Record<'base' | 'ours', Record<string, number>[]> = { base: [], ours: [] };
      for (let run = 0; run < traces; run++) {
        for (const which of run % 2 === 0 ? (['base', 'ours'] as const) : (['ours', 'base'] as const)) {
          await browser.startTracing(undefined, {
            categories: [
              'devtools.timeline',
              'disabled-by-default-devtools.timeline',
              'toplevel',
              'blink.user_timing',
              'loading',
              'fonts',
            ],
          });
          kinds[which].push(await tracedLoad(browser, sites[which].baseURL));
        }
      }
      const names = [...new Set([...kinds.base, ...kinds.ours].flatMap((each) => Object.keys(each)))].sort();
      console.log(`\nMain-thread CPU ms up to drawn, median of ${traces} traced loads each`);
      for (const name of names) {
        const of = (which: 'base' | 'ours') => median(kinds[which].map((each) => each[name] ?? 0));
        console.log(
          `  ${name.padEnd(10)} base ${of('base').toFixed(1).padStart(7)}   ours ${of('ours').toFixed(1).padStart(7)}`,
        );
      }
    }
  } finally {
    await browser.close();
    for (const site of Object.values(sites)) await site.close();
  }
}

await main();
