/**
 * Which JavaScript files a cold load requests before the page is drawn (or live), and their gzip sizes.
 *
 *   [{ path: 'assets/index-B1c2.js', side: 'main', rawBytes: 61234, gzipBytes: 21876 },
 *    { path: 'assets/compare.worker-D4e5.js', side: 'worker', rawBytes: 402113, gzipBytes: 180340 }]
 *
 * Sizes come from the built files on disk, gzip-compressed here with zlib's default level (6), which is
 * what static hosts that compress on the fly use; the transfer size the browser saw would include
 * headers and depend on the preview server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { repoRoot } from '../../tests/e2e/harness';
import { withDrawnPage } from './timing';

export interface LoadedScript {
  /** Path inside the built site, e.g. `assets/index-B1c2.js`. */
  path: string;
  /** 'worker' for a Web Worker's entry script, 'main' for everything the document itself loads. */
  side: 'main' | 'worker';
  rawBytes: number;
  gzipBytes: number;
}

/**
 * Until `drawn` (the comparison on screen: the prerendered page, before any script) or `live` (the app
 * has taken the page over, `#app[data-live]`: what a reader waits for before the first click works).
 */
export type ScriptsUntil = 'drawn' | 'live';

/** Set by the page itself (performance.now() when `#app` gets `data-live`), read after the load. */
const LIVE_PROBE = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('#app[data-live]')) {
      globalThis.__liveAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-live'] });
`;

export async function collectInitialScripts(
  browser: Browser,
  baseURL: string,
  outDir: string,
  until: ScriptsUntil = 'drawn',
): Promise<LoadedScript[]> {
  const requests: { url: string; startedAt: number }[] = [];
  const workerUrls = new Set<string>();
  // Context-level, so requests made by workers are seen too. `startTime` is wall-clock ms, as is
  // `timeOrigin + drawn` below: the test's own clock would count what arrived while it was polling.
  const listen = (page: Page) => {
    page.context().on('response', (response) => {
      if (new URL(response.url()).pathname.endsWith('.js'))
        requests.push({ url: response.url(), startedAt: response.request().timing().startTime });
    });
    page.on('worker', (worker) => workerUrls.add(worker.url()));
    if (until === 'live') void page.addInitScript(LIVE_PROBE);
  };
  const endAt = await withDrawnPage(
    browser,
    baseURL,
    async (page, drawnMs) => {
      const origin = Number(await page.evaluate('performance.timeOrigin'));
      if (until === 'drawn') return drawnMs + origin;
      await page.waitForFunction('globalThis.__liveAt !== undefined', undefined, { timeout: 60_000 });
      return Number(await page.evaluate('globalThis.__liveAt')) + origin;
    },
    { beforeLoad: listen },
  );
  const scriptUrls = requests.filter((request) => request.startedAt < endAt).map((request) => request.url);

  return [...new Set(scriptUrls)].map((url) => {
    const path = new URL(url).pathname.replace(new URL(baseURL).pathname, '');
    const bytes = readFileSync(join(repoRoot, outDir, path));
    return {
      path,
      side: workerUrls.has(url) ? 'worker' : 'main',
      rawBytes: bytes.length,
      gzipBytes: gzipSync(bytes).length,
    };
  });
}
