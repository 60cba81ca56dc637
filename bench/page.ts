/**
 * Page benchmark, one Chromium run (`npm run bench:page`, or `npx tsx bench/page.ts --runs 9 --sizes
 * 50000,200000,1000000`; `--sizes none` for no synthetic size):
 * 1. time from navigation to the comparison drawn, median (and min) of cold loads, beside the same time
 *    for a blank Vite + Svelte page built by the same config (`bench/blank/`); reported as a ratio
 *    because absolute times depend on the machine. On a loaded machine single loads scatter by 3× (two
 *    copies of the blank page measured 120–450 ms here at load average 8), so read the median of many
 *    runs and the ratio of the minimums, which contention can only inflate; beside them, the same
 *    time for the app's page cut down to what its first frame draws, with no script
 *    (bench/page/first-screen.ts): the least a page can take to show that screen, so the table says
 *    how much of the ratio is the screen itself and how much is the app;
 * 2. the JavaScript fetched before the comparison is drawn, gzip bytes per file, worker apart;
 * 3. which packages those bytes come from, and the house rules on opencc-js and d3 over every chunk;
 * 4. long comparisons (bench/page/large.ts): two provincial reports from the corpus (gwr2026-ah and
 *    gwr2026-sc, ~25,000 characters each; the row is skipped with a message when ../shared/corpus is
 *    absent) and two synthetic reports of each size, dropped together as two files: drawn time against
 *    the engine's own compare time in the same page, the longest main-thread task after the worker
 *    answered, scroll frames, a theme click, `n`, the script toggle, a hover, a chapter fold, DOM nodes;
 *    one table with the sample's row.
 * Exits 1 if a rule is broken or a page never draws.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, repoRoot, serveSite } from '../tests/e2e/harness';
import { attributeBytes, packageOf, sourcesOf } from './page/attribution';
import { buildSites } from './page/build';
import { buildFirstScreen, FIRST_SCREEN_DIR } from './page/first-screen';
import { checkDependencyRules } from './page/checks';
import { countDomNodes } from './page/dom-nodes';
import { collectInitialScripts, type LoadedScript } from './page/scripts';
import { measureLarge, syntheticDrop, type DroppedPair, type LargeResult } from './page/large';
import { corpusAvailable, corpusFilePath } from '../tests/corpus/labels';
import { median, timeColdLoad, withDrawnPage } from './page/timing';

const runsArgument = process.argv.indexOf('--runs');
const runs = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 9;
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a positive whole number');
const sizesArgument = process.argv.indexOf('--sizes');
const sizesText = sizesArgument > 0 ? process.argv[sizesArgument + 1]! : '50000,200000,1000000';
const sizes = sizesText === 'none' ? [] : sizesText.split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1000))
  throw new Error('--sizes takes characters a side, comma-separated (at least 1000), or none');

const kB = (bytes: number) => (bytes / 1024).toFixed(1).padStart(8);
const ms = (value: number) => value.toFixed(1).padStart(8);

function jsFilesOf(outDir: string): string[] {
  const assets = join(repoRoot, outDir, 'assets');
  return readdirSync(assets, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => `assets/${file}`);
}

function printScripts(label: string, scripts: LoadedScript[], until = 'drawn'): void {
  console.log(`\nInitial JavaScript of ${label} (fetched before ${until}; gzip = zlib level 6)`);
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
  await buildFirstScreen(app.outDir);
  const appSite = await serveSite(app.outDir);
  const blankSite = await serveSite(blank.outDir);
  const screenSite = await serveSite(FIRST_SCREEN_DIR);
  const browser = await launchChromium();
  try {
    // Warm-up (discarded): the first page of a fresh Chromium pays for process start-up.
    await timeColdLoad(browser, appSite.baseURL);
    await timeColdLoad(browser, blankSite.baseURL);
    await timeColdLoad(browser, screenSite.baseURL);
    // Interleaved, so drift in machine load hits every page alike.
    const appTimes: number[] = [];
    const blankTimes: number[] = [];
    const screenTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      appTimes.push(await timeColdLoad(browser, appSite.baseURL));
      blankTimes.push(await timeColdLoad(browser, blankSite.baseURL));
      screenTimes.push(await timeColdLoad(browser, screenSite.baseURL));
    }
    const appScripts = await collectInitialScripts(browser, appSite.baseURL, app.outDir);
    const blankScripts = await collectInitialScripts(browser, blankSite.baseURL, blank.outDir);
    // The sample is prerendered, so nothing is fetched before it is drawn; what the app needs to take
    // the page over (every click works) is the budget that still means something.
    const liveScripts = await collectInitialScripts(browser, appSite.baseURL, app.outDir, 'live');

    console.log(`Chromium ${browser.version()}, 1280×800, ${runs} cold loads each (fresh context, no cache)`);
    console.log(`\nTime from navigation to comparison drawn, ms`);
    console.log(`${'page'.padEnd(20)} ${'median'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}`);
    for (const [label, times] of [
      [app.label, appTimes],
      [blank.label, blankTimes],
      ['first screen alone', screenTimes],
    ] as const) {
      console.log(
        `${label.padEnd(20)} ${ms(median(times))} ${ms(Math.min(...times))} ${ms(Math.max(...times))}`,
      );
    }
    const ratio = (ours: number, theirs: number) => (ours / theirs).toFixed(2).padStart(8);
    console.log(
      `${'ratio ours/blank'.padEnd(20)} ${ratio(median(appTimes), median(blankTimes))} ${ratio(Math.min(...appTimes), Math.min(...blankTimes))}`,
    );
    console.log(
      `${'ratio screen/blank'.padEnd(20)} ${ratio(median(screenTimes), median(blankTimes))} ${ratio(Math.min(...screenTimes), Math.min(...blankTimes))}`,
    );

    printScripts(app.label, appScripts);
    printScripts(blank.label, blankScripts);
    printScripts(app.label, liveScripts, 'live (#app[data-live])');
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

    const large: LargeResult[] = [];
    const provincial = provincialPair();
    if (provincial) large.push(await measureLarge(browser, appSite.baseURL, provincial));
    else console.log(`\nLong real pair skipped: the corpus is absent (${corpusFilePath('gwr2026-ah')})`);
    for (const size of sizes) large.push(await measureLarge(browser, appSite.baseURL, syntheticDrop(size)));
    const sampleNodes = await withDrawnPage(browser, appSite.baseURL, countDomNodes);
    printSummary({
      navRatio: median(appTimes) / median(blankTimes),
      screenRatio: median(screenTimes) / median(blankTimes),
      jsKB: gzipTotal(appScripts) / 1024,
      liveKB: gzipTotal(liveScripts) / 1024,
      nodes: sampleNodes,
      large,
    });

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
    await screenSite.close();
  }
}

/** Two provincial government work reports (Anhui and Sichuan 2026), or null without the corpus. */
function provincialPair(): DroppedPair | null {
  if (!corpusAvailable()) return null;
  const file = (id: string) => ({ name: `${id}.txt`, text: readFileSync(corpusFilePath(id), 'utf8') });
  return { label: 'ah×sc', left: file('gwr2026-ah'), right: file('gwr2026-sc') };
}

function printSummary(summary: {
  navRatio: number;
  /** The first screen alone (no script) against the blank page: the floor under navRatio. */
  screenRatio: number;
  jsKB: number;
  liveKB: number;
  nodes: number;
  large: LargeResult[];
}) {
  const cell = (value: string | number, width: number) =>
    (typeof value === 'number' ? value.toFixed(value >= 100 ? 0 : 1) : value).padStart(width);
  const head = [
    ['size a side', 12],
    ['drawn ms', 9],
    ['engine ms', 10],
    ['drawn/eng', 10],
    ['task>ans ms', 12],
    ['scroll p95', 11],
    ['theme ms', 9],
    ['n ms', 7],
    ['script ms', 10],
    ['hover ms', 9],
    ['fold ms', 8],
    ['DOM nodes', 10],
    ['heap MB', 8],
  ] as const;
  console.log(
    `\nSummary (one run; targets: sample ≤ 1.5× blank and ≤ 60 KB before drawn (JS before live shown too); 1M drawn ≤ 3× engine,`,
  );
  console.log(`no task > 200 ms after the answer, scroll p95 ≤ 20 ms, clicks ≤ 100 ms, ≤ 20,000 nodes;`);
  console.log(`ah×sc: two provincial reports of the corpus, ~25,000 characters a side)`);
  console.log(head.map(([label, width]) => label.padStart(width)).join(' '));
  console.log(
    [
      cell('sample', 12),
      cell(`${summary.navRatio.toFixed(2)}× blank`, 9 + 1 + 10),
      cell(`${summary.jsKB.toFixed(1)} KB gz`, 10),
      cell(
        `${summary.liveKB.toFixed(1)} KB gz before live · first screen alone ${summary.screenRatio.toFixed(2)}× blank`,
        12 + 1 + 11 + 1 + 9 + 1 + 7 + 1 + 10 + 1 + 9 + 1 + 8,
      ),
      cell(summary.nodes, 10),
      cell('', 8),
    ].join(' '),
  );
  for (const row of summary.large) {
    console.log(
      [
        cell(row.label, 12),
        cell(row.drawnMs, 9),
        cell(row.engineMs, 10),
        cell(`${(row.drawnMs / row.engineMs).toFixed(2)}×`, 10),
        cell(row.longestTaskMs, 12),
        cell(row.scrollP95Ms, 11),
        cell(row.themeMs, 9),
        cell(row.stepMs, 7),
        cell(row.scriptMs, 10),
        cell(row.hoverMs, 9),
        cell(Number.isNaN(row.foldMs) ? '—' : row.foldMs, 8),
        cell(row.nodes, 10),
        cell(row.heapMB, 8),
      ].join(' '),
    );
  }
}

await main();
