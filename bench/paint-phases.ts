/**
 * Where a cold load's time to drawn goes, phase by phase, for the app and the blank page alternated in
 * one Chromium (medians; `npx tsx bench/paint-phases.ts --runs 13`, after `npm run bench:page` or
 * `npx tsx bench/paint-ab.ts` built the sites; `--app <dir>` picks another build, default
 * bench-output/app):
 *
 *   responseStart / responseEnd   the HTML's first and last byte (navigation timing)
 *   subresourceEnd                the first CSS or JS file's last byte (the app's stylesheet, which holds
 *                                 the first frame back; the blank page's script)
 *   ready                         `[data-status="ready"]` in the document (the prerendered <main> parsed)
 *   drawn                         the first task after the frame that painted it (bench/page/timing.ts)
 *   domInteractive                the whole document parsed
 *
 * Read drawn − ready as the cost of the first frame that shows the comparison: for the app it is the
 * style, layout and paint of what has been parsed by then; for the blank page, of a few elements.
 */
import { join } from 'node:path';
import { launchChromium, repoRoot, serveSite } from '../tests/e2e/harness';
import { median, withDrawnPage } from './page/timing';
import { argument } from './page/argument';

const runs = Number(argument('--runs') ?? 13);
const appDir = argument('--app') ?? 'bench-output/app';
const blankDir = argument('--blank') ?? 'bench-output/blank';

type Phases = Record<string, number>;

/** Runs in the page once it is drawn. */
function readPhases(): Phases {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const subresource = performance
    .getEntriesByType('resource')
    .find((entry) => /\.(css|js)$/.test(new URL(entry.name).pathname)) as
    PerformanceResourceTiming | undefined;
  return {
    responseStart: navigation.responseStart,
    responseEnd: navigation.responseEnd,
    subresourceEnd: subresource?.responseEnd ?? Number.NaN,
    ready: (window as unknown as { __benchReadyAt?: number }).__benchReadyAt ?? Number.NaN,
    domInteractive: navigation.domInteractive,
  };
}

async function main(): Promise<void> {
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a positive whole number');
  const sites = { app: await serveSite(appDir), blank: await serveSite(blankDir) };
  const browser = await launchChromium();
  try {
    const phases: Record<keyof typeof sites, Phases[]> = { app: [], blank: [] };
    // Run 0 is a warm-up (process start-up), discarded; the order alternates so drift hits both.
    for (let run = 0; run <= runs; run++) {
      for (const which of run % 2 === 0 ? (['app', 'blank'] as const) : (['blank', 'app'] as const)) {
        const loaded = await withDrawnPage(browser, sites[which].baseURL, async (page, drawn) => ({
          ...(await page.evaluate(readPhases)),
          drawn,
        }));
        if (run > 0) phases[which].push(loaded);
      }
    }
    const names = ['responseStart', 'responseEnd', 'subresourceEnd', 'ready', 'drawn', 'domInteractive'];
    console.log(
      `Navigation → each phase, ms, median of ${runs} alternated cold loads (${join(repoRoot, appDir)})`,
    );
    console.log(
      `${'page'.padEnd(8)}${names.map((name) => name.padStart(16)).join('')}${'drawn−ready'.padStart(14)}`,
    );
    for (const which of ['app', 'blank'] as const) {
      const of = (name: string) => median(phases[which].map((each) => each[name]!));
      const gap = median(phases[which].map((each) => each.drawn! - each.ready!));
      console.log(
        `${which.padEnd(8)}${names.map((name) => of(name).toFixed(0).padStart(16)).join('')}${gap.toFixed(0).padStart(14)}`,
      );
    }
  } finally {
    await browser.close();
    await sites.app.close();
    await sites.blank.close();
  }
}

await main();
