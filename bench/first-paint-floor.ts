/**
 * How much of the sample's first paint is the comparison: cold loads (fresh context each, as the page
 * bench times them: navigation → the first frame after `[data-status="ready"]`) of four pages
 * alternated in one Chromium, in a rotating order:
 *
 *   blank     the blank Vite + Svelte page the page bench compares against (bench/blank/)
 *   shell     the built app's page with its `<main>` emptied: the head (inline styles, the opening
 *             script), the masthead, the sample's data and the loader script, but no comparison drawn
 *   screen    the built app's page cut down to what its first frame draws at 1280 × 800, with no script
 *             (bench/page/first-screen.ts): the same first screen, drawn by the least a page can do
 *   app       the built app's page as shipped
 *
 * shell/blank is what the page costs before it shows anything of the comparison, screen/blank what
 * drawing the comparison's first screen costs at all, and app/screen what the app adds to that (the rest
 * of the document parsed before the frame, the scripts). Times scatter by 2× from load to load on this
 * machine, so read the medians of one run, never a single load.
 *
 *   npx tsx bench/first-paint-floor.ts                 # 15 loads each (builds bench-output/app, blank)
 *   npx tsx bench/first-paint-floor.ts --runs 21 --no-build
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, repoRoot, serveSite } from '../tests/e2e/harness';
import { buildSites } from './page/build';
import { buildFirstScreen, FIRST_SCREEN_DIR } from './page/first-screen';
import { median, timeColdLoad } from './page/timing';
import { argument } from './page/argument';

const runs = Number(argument('--runs') ?? 15);
const DIRS = {
  blank: 'bench-output/blank',
  shell: 'bench-output/app-shell',
  screen: FIRST_SCREEN_DIR,
  app: 'bench-output/app',
};
type Which = keyof typeof DIRS;
const PAGES: Which[] = ['blank', 'shell', 'screen', 'app'];

/** The built app with `<main>`'s content cut out (its own attributes kept, so it still reads as ready). */
function buildShell(): void {
  const from = join(repoRoot, DIRS.app);
  const to = join(repoRoot, DIRS.shell);
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  const html = readFileSync(join(from, 'index.html'), 'utf8');
  const open = html.indexOf('<main data-status="ready"');
  const close = html.lastIndexOf('</main>');
  if (open < 0 || close < open) throw new Error(`${DIRS.app}/index.html has no prerendered <main>`);
  const inside = html.indexOf('>', open) + 1;
  writeFileSync(join(to, 'index.html'), html.slice(0, inside) + html.slice(close));
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) await buildSites();
  buildShell();
  await buildFirstScreen(DIRS.app, DIRS.screen);
  const sites = Object.fromEntries(
    await Promise.all(PAGES.map(async (which) => [which, await serveSite(DIRS[which])] as const)),
  ) as Record<Which, Awaited<ReturnType<typeof serveSite>>>;
  const browser = await launchChromium();
  const times: Record<Which, number[]> = { blank: [], shell: [], screen: [], app: [] };
  try {
    // Warm-up (discarded): the first page of a fresh Chromium pays for process start-up.
    for (const which of PAGES) await timeColdLoad(browser, sites[which].baseURL);
    for (let run = 0; run < runs; run++) {
      for (let k = 0; k < PAGES.length; k++) {
        const which = PAGES[(k + run) % PAGES.length]!;
        times[which].push(await timeColdLoad(browser, sites[which].baseURL));
      }
    }
    const m = (which: Which) => median(times[which]);
    console.log(`Navigation → drawn, ms, ${runs} alternated cold loads each`);
    for (const which of PAGES) {
      console.log(
        `  ${which.padEnd(6)} median ${m(which).toFixed(1).padStart(6)}  min ${Math.min(...times[which])
          .toFixed(1)
          .padStart(6)}`,
      );
    }
    console.log(
      `  shell/blank ${(m('shell') / m('blank')).toFixed(2)}   screen/blank ${(m('screen') / m('blank')).toFixed(2)}   ` +
        `app/screen ${(m('app') / m('screen')).toFixed(2)}   app/blank ${(m('app') / m('blank')).toFixed(2)}`,
    );
  } finally {
    await browser.close();
    for (const which of PAGES) await sites[which].close();
  }
}

await main();
