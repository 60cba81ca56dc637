/**
 * Browser test harness: one `vite preview` server over the production build plus one Debian Chromium,
 * shared by the tests of one file or describe block (`useApp()` starts it in `beforeAll` and closes it
 * in `afterAll`).
 *
 *   const app = useApp();                              // { baseURL: 'http://127.0.0.1:41234/', … } in tests
 *   const { page, issues, close } = await openApp(app, { width: 1280, height: 800, colorScheme: 'dark' });
 *   expect(issues.all()).toEqual([]);                  // console errors, page errors, failed requests, dialogs
 *   await close();
 *
 * `openApp` opens the page on the app and waits for the live comparison; `openPage` gives a blank page,
 * for tests that add init scripts or listeners before `page.goto(app.baseURL)` and `waitForComparison`.
 *
 * The build is NOT made here: `npm run test:e2e` runs `vite build` first, so tests see what users get.
 */
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import axe from 'axe-core';
import { afterAll, beforeAll } from 'vitest';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

// Debian's Chromium; `npx playwright install` cannot reach its download host. The flags keep Chromium
// from phoning home (no network here) and from needing a GPU or a user namespace sandbox (CI containers).
export const chromiumExecutable = '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export interface App {
  /** Root of the served build, with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  baseURL: string;
  browser: Browser;
  close(): Promise<void>;
}

export interface StartAppOptions {
  /** Built site to serve, relative to the repository root. Default `dist` (the app). */
  outDir?: string;
}

/** Serves a built site on a free port of 127.0.0.1 and launches Chromium. ~1 s; call once per file. */
export async function startApp({ outDir = 'dist' }: StartAppOptions = {}): Promise<App> {
  const site = await serveSite(outDir);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await site.close();
    throw error;
  }
  return {
    baseURL: site.baseURL,
    browser,
    async close() {
      await browser.close();
      await site.close();
    },
  };
}

/** The app while `useApp` runs it: the server and browser are closed by `useApp`, not by the tests. */
export type SharedApp = Omit<App, 'close'>;

/**
 * Starts the app in `beforeAll` and closes it in `afterAll` of the file or describe block that calls it.
 * The returned app answers only inside tests and hooks (it is started after the tests are collected);
 * `afterAll` hooks registered after this call run before it closes the app.
 */
export function useApp(options: StartAppOptions = {}): SharedApp {
  let started: App | undefined;
  beforeAll(async () => {
    started = await startApp(options);
  });
  afterAll(async () => {
    await started?.close();
  });
  const running = (): App => {
    if (!started) throw new Error('useApp: the app is started in beforeAll; use it inside tests and hooks');
    return started;
  };
  return {
    get baseURL() {
      return running().baseURL;
    },
    get browser() {
      return running().browser;
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
}

export interface ServedSite {
  baseURL: string;
  close(): Promise<void>;
}

/** `vite preview` over a built site (relative to the repository root) on a free port of 127.0.0.1. */
export async function serveSite(outDir: string): Promise<ServedSite> {
  const servedDir = join(repoRoot, outDir);
  if (!existsSync(join(servedDir, 'index.html'))) {
    throw new Error(`${servedDir}/index.html is missing: run \`npx vite build\` (npm run test:e2e does).`);
  }
  // configFile: false — the preview only serves files; loading vite.config.ts would drag in the
  // Svelte plugin and the vitest settings for nothing. Port 0 lets the OS pick a free port.
  // appType 'mpa': no SPA fallback, so a missing file is a 404 as on the static host, not index.html.
  const server = await preview({
    configFile: false,
    root: repoRoot,
    appType: 'mpa',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    await server.close();
    throw new Error(`vite preview is not listening on a TCP port (address: ${String(address)})`);
  }
  return { baseURL: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

export interface PageOptions {
  /** CSS pixels. Default 1280 × 800. */
  width?: number;
  height?: number;
  /** Drives `prefers-color-scheme`. Default 'light'. */
  colorScheme?: 'light' | 'dark';
  /** Drives `prefers-reduced-motion`. Default 'no-preference'. */
  reducedMotion?: 'reduce' | 'no-preference';
  /** Navigator language, e.g. 'zh-CN'. Default 'zh-CN'. */
  locale?: string;
}

/** Everything that went wrong in a page, as readable one-line strings. */
export interface PageIssues {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  /** Every alert/confirm/prompt/beforeunload; each was dismissed. Load and share flows must open none. */
  dialogs: string[];
  /** All of the above, each prefixed with its kind: `expect(issues.all()).toEqual([])` prints them. */
  all(): string[];
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  issues: PageIssues;
  /** Closes the page's context (its storage is gone too). */
  close(): Promise<void>;
}

/**
 * A page in a fresh context (own storage, own viewport), with a collector of its problems.
 * The page is blank: call `page.goto(app.baseURL)` yourself, so tests can first add init scripts.
 */
export async function openPage(app: SharedApp, options: PageOptions = {}): Promise<OpenedPage> {
  const {
    width = 1280,
    height = 800,
    colorScheme = 'light',
    reducedMotion = 'no-preference',
    locale = 'zh-CN',
  } = options;
  const context = await app.browser.newContext({
    viewport: { width, height },
    colorScheme,
    reducedMotion,
    locale,
  });
  const page = await context.newPage();
  const issues = collectIssues(page);
  return { page, context, issues, close: () => context.close() };
}

/**
 * A page in a fresh context (as `openPage`) that has opened `url` (default: the app's start page) and
 * waited for its live comparison (`waitForComparison`).
 */
export async function openApp(
  app: SharedApp,
  options: PageOptions = {},
  url = app.baseURL,
): Promise<OpenedPage> {
  const opened = await openPage(app, options);
  await opened.page.goto(url);
  await waitForComparison(opened.page);
  return opened;
}

/**
 * What the reader changed survives a reload and travels in the link: runs `kept` on `page` after a
 * reload, then on the page's address opened in a fresh context (its own storage: only the link carries
 * the change there).
 */
export async function expectKeptOnReloadAndLink(
  app: SharedApp,
  page: Page,
  kept: (page: Page) => Promise<void>,
  options: PageOptions = {},
): Promise<void> {
  await page.reload();
  await waitForComparison(page);
  await kept(page);
  const fresh = await openApp(app, options, page.url());
  await kept(fresh.page);
  await fresh.close();
}

function collectIssues(page: Page): PageIssues {
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  const dialogs: string[] = [];

  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? String(error)));
  page.on('requestfailed', (request) => {
    failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) {
      failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
    }
  });
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    // Dismissing keeps the page running; the test then fails on `dialogs` instead of hanging.
    dialog.dismiss().catch(() => undefined);
  });

  return {
    consoleErrors,
    pageErrors,
    failedRequests,
    dialogs,
    all: () => [
      ...consoleErrors.map((text) => `console error: ${text}`),
      ...pageErrors.map((text) => `page error: ${text}`),
      ...failedRequests.map((text) => `failed request: ${text}`),
      ...dialogs.map((text) => `dialog: ${text}`),
    ],
  };
}

/** Full-page PNG at `test-output/<name>.png` (looked at by hand, never compared pixel by pixel). */
export async function screenshot(page: Page, name: string): Promise<string> {
  const directory = join(repoRoot, 'test-output');
  await mkdir(directory, { recursive: true });
  const path = join(directory, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  /** CSS selectors of the offending elements (first 5) with axe's explanation for the first. */
  targets: string[];
  /** One line for test output: `color-contrast (serious): Elements must meet … — main > p.note, …`. */
  summary: string;
}

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe-core (WCAG 2.1 A + AA rules) on the page as it is now. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const alreadyInjected = await page.evaluate(() => 'axe' in window);
  if (!alreadyInjected) await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(
    // axe-core's global is only typed inside the page, so the shape we read is spelled out here.
    async (tags) => {
      const runner = (window as unknown as { axe: typeof axe }).axe;
      const result = await runner.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? 'unknown',
        help: violation.help,
        helpUrl: violation.helpUrl,
        targets: violation.nodes.map((node) => node.target.join(' ')),
        firstFailure: violation.nodes[0]?.failureSummary ?? '',
      }));
    },
    wcagTags,
  );
  return results.map(({ firstFailure, ...violation }) => {
    const shown = violation.targets.slice(0, 5);
    const more = violation.targets.length > shown.length ? `, … (${violation.targets.length} in all)` : '';
    const why = firstFailure ? ` [${firstFailure.replace(/\s+/g, ' ').trim()}]` : '';
    return {
      ...violation,
      targets: shown,
      summary: `${violation.id} (${violation.impact}): ${violation.help} — ${shown.join(', ')}${more}${why}`,
    };
  });
}

/**
 * Waits until the comparison is drawn: the app puts `data-status="ready"` on its main element then.
 * Fails at once (with the page's message) if the app reports `data-status="error"` instead.
 */
export async function waitForComparison(page: Page, timeout = 60_000): Promise<void> {
  // The prerendered sample says `ready` before its script has even loaded: wait for the live app too.
  await page.locator('#app[data-live]').waitFor({ state: 'attached', timeout });
  const settled = page.locator('[data-status="ready"], [data-status="error"]').first();
  await settled.waitFor({ state: 'attached', timeout });
  if ((await settled.getAttribute('data-status')) === 'error') {
    const message = (await settled.textContent())?.replace(/\s+/g, ' ').trim();
    throw new Error(`the app reported an error instead of a comparison: ${message}`);
  }
}

/**
 * Holds every request matching `url` in the network until `release()` (then lets it and later ones
 * through); `held` resolves when the first is asked for. Lets a test act while a chunk is still missing.
 */
export async function holdRequests(
  page: Page,
  url: RegExp,
): Promise<{ held: Promise<void>; release: () => void }> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let seen = () => {};
  const held = new Promise<void>((resolve) => (seen = resolve));
  await page.route(url, async (route) => {
    seen();
    await released;
    await route.continue().catch(() => {}); // the page that asked may be gone (reloaded)
  });
  return { held, release };
}
