/**
 * The page bench's scroll, ours against a baseline commit, alternated in one Chromium so the machine's
 * load hits both alike: each run drops the pair on one build, waits, scrolls 150 frames (100 px a frame,
 * `SCROLL_FRAMES`) under a trace, then the same on the other build. Prints, per build, the frame time p95
 * and frames over 20 ms (wall clock: what the page bench reports) and the main thread's CPU per frame
 * task (p95, max: the work itself, which contention for the cores cannot inflate as much), and the CPU of
 * every main-thread task of a frame interval (p95: work put off to a task between frames counts too),
 * and counts of the work that load cannot inflate (elements styled, objects laid out, tile rasters and
 * the drawing ops they replayed: bench/page/trace-summary.ts `Work`).
 *
 *   npx tsx bench/scroll-ab.ts                          # gwr2026-ah × gwr2026-sc, baseline main, 3 runs
 *   npx tsx bench/scroll-ab.ts --size 1000000 --runs 4  # two synthetic reports of 1M characters a side
 *   … --base <ref> (baseline commit, default main)  --no-build (reuse bench-output/ab-*)
 *   … --keep-base (reuse the baseline's build, build ours)
 *
 * The baseline is built from `git archive <ref>` in a temporary directory with this worktree's
 * node_modules, by the baseline's own vite.config.ts.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchChromium, repoRoot, serveSite } from '../tests/e2e/harness';
import { corpusFilePath } from '../tests/corpus/labels';
import { buildAt, buildCommit } from './page/build';
import { dropPair, SCROLL_FRAMES, syntheticDrop, type DroppedPair } from './page/large';
import { summarizeTrace, type Work } from './page/trace-summary';
import { withDrawnPage } from './page/timing';
import { argument } from './page/argument';

const size = argument('--size');
const runs = Number(argument('--runs') ?? 3);
const base = argument('--base') ?? 'main';
const OURS = 'bench-output/ab-ours';
const BASE = 'bench-output/ab-base';

function pair(): DroppedPair {
  if (size) return syntheticDrop(Number(size));
  const file = (id: string) => ({ name: `${id}.txt`, text: readFileSync(corpusFilePath(id), 'utf8') });
  return { label: 'ah×sc', left: file('gwr2026-ah'), right: file('gwr2026-sc') };
}

async function buildBoth(): Promise<void> {
  if (!process.argv.includes('--keep-base')) await buildCommit(base, BASE);
  await buildAt(repoRoot, OURS);
}

interface Run {
  frames: number[];
  frameTasks: number[];
  frameIntervals: number[];
  work: Work;
}

async function scrollOnce(browser: Browser, baseURL: string, dropped: DroppedPair): Promise<Run> {
  return withDrawnPage(browser, baseURL, async (page) => {
    await page.waitForSelector('#app[data-live]', { state: 'attached', timeout: 60_000 });
    await dropPair(page, dropped);
    await page.waitForTimeout(1500);
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-devtools.timeline.frame',
        'toplevel',
        'cc',
      ],
    });
    const frames = (await page.evaluate(SCROLL_FRAMES)) as number[];
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const { frameTasks, frameIntervals, work } = summarizeTrace(trace);
    return { frames, frameTasks, frameIntervals, work };
  });
}

const at = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
};

function line(label: string, run: Run): string {
  return (
    `${label.padEnd(6)} frame p95 ${at(run.frames, 0.95).toFixed(1).padStart(6)} ms, over 20 ms ` +
    `${String(run.frames.filter((ms) => ms > 20).length).padStart(3)} of ${run.frames.length}; ` +
    `frame-task CPU p95 ${at(run.frameTasks, 0.95).toFixed(1).padStart(5)}, max ${at(run.frameTasks, 1).toFixed(1).padStart(5)} ms, ` +
    `over 10 ms ${run.frameTasks.filter((ms) => ms > 10).length}; interval CPU p95 ${at(run.frameIntervals, 0.95).toFixed(1).padStart(5)}, ` +
    `over 10 ms ${run.frameIntervals.filter((ms) => ms > 10).length}; styled ${run.work.styled}, laid out ` +
    `${run.work.laidOut}, tile rasters ${run.work.rasterTasks}, ops rastered ${run.work.rasterOps}`
  );
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) await buildBoth();
  const sites = { base: await serveSite(BASE), ours: await serveSite(OURS) };
  const browser = await launchChromium();
  const dropped = pair();
  const p95s = { base: [] as number[], ours: [] as number[] };
  const cpu = { base: [] as number[], ours: [] as number[] };
  const interval = { base: [] as number[], ours: [] as number[] };
  const works = { base: [] as Work[], ours: [] as Work[] };
  try {
    console.log(`${dropped.label}: ours (worktree) against ${base}, ${runs} alternated runs`);
    for (let run = 0; run < runs; run++) {
      const order = run % 2 === 0 ? (['base', 'ours'] as const) : (['ours', 'base'] as const);
      for (const which of order) {
        const result = await scrollOnce(browser, sites[which].baseURL, dropped);
        p95s[which].push(at(result.frames, 0.95));
        cpu[which].push(at(result.frameTasks, 0.95));
        interval[which].push(at(result.frameIntervals, 0.95));
        works[which].push(result.work);
        console.log(`  run ${run + 1} ${line(which, result)}`);
      }
    }
    const med = (values: number[]) => at(values, 0.5);
    console.log(
      `  median of runs: frame p95 base ${med(p95s.base).toFixed(1)}, ours ${med(p95s.ours).toFixed(1)} ms ` +
        `(ratio ${(med(p95s.ours) / med(p95s.base)).toFixed(2)}); frame-task CPU p95 base ${med(cpu.base).toFixed(1)}, ` +
        `ours ${med(cpu.ours).toFixed(1)} ms (ratio ${(med(cpu.ours) / med(cpu.base)).toFixed(2)}); frame-interval CPU p95 ` +
        `base ${med(interval.base).toFixed(1)}, ours ${med(interval.ours).toFixed(1)} ms (ratio ${(med(interval.ours) / med(interval.base)).toFixed(2)})`,
    );
    const count = (key: keyof Work) => {
      const [b, o] = [med(works.base.map((w) => w[key])), med(works.ours.map((w) => w[key]))];
      return `${key} base ${b}, ours ${o} (ratio ${(o / b).toFixed(2)})`;
    };
    console.log(
      `  work, median of runs: ${count('styled')}; ${count('laidOut')}; ${count('rasterTasks')}; ${count('rasterOps')}`,
    );
  } finally {
    await browser.close();
    await sites.base.close();
    await sites.ours.close();
  }
}

await main();
