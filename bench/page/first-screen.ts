/**
 * The built app's page cut down to what its first frame draws: a static copy of the prerendered page with
 * every element the frame leaves out removed (skipped by `content-visibility`, not rendered, or wholly
 * below the fold) and every script in <body> removed (the sample's data, the loader). What is left is
 * the first screen's markup and the page's styles, with nothing to run: the least a browser can do to
 * show that screen. Timed beside the app, it says how much of the app's first paint is the screen itself.
 *
 * Cut at the state of the first frame: the loader is kept from fetching the app (its entry script is
 * aborted) and `data-first-frame` is set again, so the one-frame placeholders of the prerendered page
 * (tools/vite/prerender.ts) are in force as in that frame. `<option>`s have no box of their own and stay.
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, repoRoot, serveSite } from '../../tests/e2e/harness';
import { settle } from '../../tests/e2e/reading';

/**
 * Runs in the page: removes what the first frame does not draw, returns the document's markup. No named
 * inner functions: tsx compiles those with a `__name` helper that does not exist in the page.
 */
function cutToDrawn(): string {
  document.documentElement.setAttribute('data-first-frame', '');
  // Decided in one pass before anything is removed, so the page is laid out once, not once a removal.
  const cut: Element[] = [];
  const stack = [...document.body.children];
  for (let element = stack.pop(); element; element = stack.pop()) {
    // A `display: contents` element (the reading view's columns) has no box, but its children do.
    const drawn =
      element.localName === 'option' ||
      getComputedStyle(element).display === 'contents' ||
      (element.checkVisibility({ contentVisibilityAuto: true }) &&
        element.getBoundingClientRect().top < innerHeight);
    if (drawn) stack.push(...element.children);
    else cut.push(element);
  }
  for (const element of [...cut, ...document.querySelectorAll('body script')]) element.remove();
  return `<!doctype html>\n${document.documentElement.outerHTML}`;
}

/** Where the benches keep the first-screen copy of bench-output/app. */
export const FIRST_SCREEN_DIR = 'bench-output/app-screen';

/**
 * Writes the first-screen copy of the built page in `from` (a dir under the repo) to `to`, in a Chromium
 * of its own, closed whatever happens, so a caller's browser and servers are not left open by a failed cut.
 */
export async function buildFirstScreen(
  from: string,
  to = FIRST_SCREEN_DIR,
  viewport = { width: 1280, height: 800 },
): Promise<void> {
  const site = await serveSite(from);
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport })).newPage();
    await page.route('**/assets/index-*.js', (route) => route.abort());
    await page.goto(site.baseURL);
    await page.waitForSelector('main[data-status="ready"]');
    // Past the first frame, after which the loader lifts data-first-frame; cutToDrawn sets it again.
    await settle(page);
    const html = await page.evaluate(cutToDrawn);
    rmSync(join(repoRoot, to), { recursive: true, force: true });
    cpSync(join(repoRoot, from), join(repoRoot, to), { recursive: true });
    writeFileSync(join(repoRoot, to, 'index.html'), html);
  } finally {
    await browser.close();
    await site.close();
  }
}
