/**
 * Page benchmark, one Chromium run (`npm run bench:page`, or `npx tsx bench/page.ts --runs 9`):
 * 1. time from navigation to the comparison drawn, median (and min) of cold loads, beside the same time
 *    for a blank Vite + Svelte page built by the same config (`bench/blank/`); reported as a ratio
 *    because absolute times depend on the machine. On a loaded machine single loads scatter by 3× (two
 *    copies of the blank page measured 120–450 ms here at load average 8), so read the median of many
 *    runs and the ratio of the minimums, which contention can only inflate;
 * 2. the JavaScript fetched before the comparison is drawn, gzip bytes per file, worker apart;
 * 3. which packages those bytes come from, and the house rules on opencc-js and d3 over every chunk.
 * Exits 1 if a rule is broken or a page never draws.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, repoRoot, serveSite } from '../tests/e2e/harness';
import { attributeBytes, packageOf, sourcesOf } from './page/attribution';
import { buildSites } from './page/build';
import { checkDependencyRules } from './page/checks';
import { collectInitialScripts, type LoadedScript } from './page/scripts';
import { median, timeColdLoad } from './page/timing';

const runsArgument = process.argv.indexOf('--runs');
const runs = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 7;
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a positive whole number');

const kB = (bytes: number) => (bytes / 1024).toFixed(1).padStart(8);
const ms = (value: number) => value.toFixed(1).padStart(8);

function jsFilesOf(outDir: string): string[] {
  const assets = join(repoRoot, outDir, 'assets');
  return readdirSync(assets, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => `assets/${file}`);
}

function printScripts(label: string, scripts: LoadedScript[]): void {
  console.log(`\nInitial JavaScript of ${label} (fetched before drawn; gzip = zlib level 6)`);
  console.log(`${'file'.padEnd(48)} ${'side'.padEnd(6)} ${'raw kB'.padStart(8)} ${'gzip kB'.padStart(8)}`);
  for (const script of scripts) {
    console.log(
      `${script.path.padEnd(48)} ${script.side.padEnd(6)} ${kB(script.rawBytes)} ${kB(script.gzipBytes)}`,
    );
  }
  for (const side of ['main', 'worker'] as const) {
    const ofSide = scripts.filter((script) => script.side === side);
    const raw = ofSide.reduce((sum, script) => sum + script.rawBytes, 0);
    const gzip = ofSide.reduce((sum, script) => sum + script.gzipBytes, 0);
    console.log(`${`total ${side} (${ofSide.length} files)`.padEnd(55)} ${kB(raw)} ${kB(gzip)}`);
  }
}

async function main(): Promise<void> {
  const { app, blank } = await buildSites();
  const appSite = await serveSite(app.outDir);
  const blankSite = await serveSite(blank.outDir);
  const browser = await launchChromium();
  try {
    // Warm-up (discarded): the first page of a fresh Chromium pays for process start-up.
    await timeColdLoad(browser, appSite.baseURL);
    await timeColdLoad(browser, blankSite.baseURL);
    // Interleaved, so drift in machine load hits both sides alike.
    const appTimes: number[] = [];
    const blankTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      appTimes.push(await timeColdLoad(browser, appSite.baseURL));
      blankTimes.push(await timeColdLoad(browser, blankSite.baseURL));
    }
    const appScripts = await collectInitialScripts(browser, appSite.baseURL, app.outDir);
    const blankScripts = await collectInitialScripts(browser, blankSite.baseURL, blank.outDir);

    console.log(`Chromium ${browser.version()}, 1280×800, ${runs} cold loads each (fresh context, no cache)`);
    console.log(`\nTime from navigation to comparison drawn, ms`);
    console.log(`${'page'.padEnd(20)} ${'median'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}`);
    for (const [label, times] of [
      [app.label, appTimes],
      [blank.label, blankTimes],
    ] as const) {
      console.log(
        `${label.padEnd(20)} ${ms(median(times))} ${ms(Math.min(...times))} ${ms(Math.max(...times))}`,
      );
    }
    const ratio = (ours: number, theirs: number) => (ours / theirs).toFixed(2).padStart(8);
    console.log(
      `${'ratio ours/blank'.padEnd(20)} ${ratio(median(appTimes), median(blankTimes))} ${ratio(Math.min(...appTimes), Math.min(...blankTimes))}`,
    );

    printScripts(app.label, appScripts);
    printScripts(blank.label, blankScripts);
    const gzipTotal = (scripts: LoadedScript[]) => scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
    console.log(
      `ratio ours/blank (gzip, all initial JS): ${(gzipTotal(appScripts) / gzipTotal(blankScripts)).toFixed(2)}`,
    );

    const bytesByPackage = new Map<string, number>();
    for (const script of appScripts) {
      for (const [source, bytes] of attributeBytes(join(repoRoot, app.outDir, script.path))) {
        const key = `${packageOf(source)} [${script.side}]`;
        bytesByPackage.set(key, (bytesByPackage.get(key) ?? 0) + bytes);
      }
    }
    console.log(
      `\nLargest contributors to ${app.label}'s initial JS (minified, before gzip; from source maps)`,
    );
    for (const [key, bytes] of [...bytesByPackage].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
      console.log(`${key.padEnd(48)} ${kB(bytes)} kB`);
    }

    const initial = new Set(appScripts.map((script) => script.path));
    const allChunks = jsFilesOf(app.outDir);
    console.log(`\nEvery JS chunk the app build emitted (* = fetched before drawn)`);
    const chunkSizes = allChunks.map((path) => {
      const bytes = [...attributeBytes(join(repoRoot, app.outDir, path)).values()].reduce((a, b) => a + b, 0);
      return { path, bytes };
    });
    for (const { path, bytes } of chunkSizes.sort((a, b) => b.bytes - a.bytes)) {
      console.log(`${initial.has(path) ? '*' : ' '} ${path.padEnd(48)} ${kB(bytes)} kB`);
    }

    const sources = allChunks.flatMap((path) => sourcesOf(join(repoRoot, app.outDir, path)));
    const results = checkDependencyRules(sources);
    console.log(`\nDependency rules (every chunk)`);
    for (const result of results)
      console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${result.rule}: ${result.detail}`);
    if (results.some((result) => !result.ok)) process.exitCode = 1;
  } finally {
    await browser.close();
    await appSite.close();
    await blankSite.close();
  }
}

await main();
