/**
 * Loading and sharing in the production build: drop files (real dragenter/dragover/drop events carrying
 * `File`s built in the page), refusals that change nothing, permalinks opened in a fresh browser
 * context, tampered links, reload and back/forward. No dialog may open and no console error may be
 * logged by any payload (`issues.all()`).
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { openApp, openPage, repoRoot, useApp, waitForComparison } from './harness';
import { scrollThrough } from './reading';

const MARK_LEFT = '测试左侧甲乙丙';
const MARK_RIGHT = '測試右側丁戊己';
const simplified = readFileSync('src/sample/panzhihua-simplified.txt', 'utf8');
const traditional = readFileSync('src/sample/bijie-traditional.txt', 'utf8').replace(
  /[(?][a-z\u00e0-\u01dc]{1,7}\)/g,
  '',
);

/** A GB18030 .txt with a script payload as plain text, and a Big5 .html page with live payloads. */
const leftText = `${MARK_LEFT}\n<script>alert(1)</script>\n${simplified}`;
const leftBytes = [...iconv.encode(leftText, 'gb18030')];
const rightHtml =
  '<!DOCTYPE html><html><head><meta charset="big5"><title>畢節會議</title></head><body>' +
  '<nav><a href="/">導航甲</a> <a href="/x">導航乙</a></nav>' +
  `<p>${MARK_RIGHT}</p><script>alert(1)</script><img src=x onerror=alert(1)><svg onload=alert(1)></svg>` +
  traditional
    .split('\n')
    .map((line) => `<p>${line}</p>`)
    .join('') +
  '</body></html>';
const rightBytes = [...iconv.encode(rightHtml, 'cp950')];
const pngBytes = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

/** What the viewport shows (the overlay and the alert region are fixed: a full-page shot misplaces them). */
async function screenshot(page: Page, name: string): Promise<void> {
  const directory = join(repoRoot, 'test-output');
  await mkdir(directory, { recursive: true });
  await page.screenshot({ path: join(directory, `${name}.png`) });
}

interface DropFile {
  name: string;
  type: string;
  bytes: number[];
}

/** Dispatches dragenter + dragover (+ drop unless `hold`) at x (0..1 of the width) with real Files. */
async function drag(page: Page, files: DropFile[], x: number, hold = false): Promise<void> {
  await page.evaluate(
    ({ files, x, hold }) => {
      const transfer = new DataTransfer();
      for (const f of files)
        transfer.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
      const at = { clientX: Math.round(window.innerWidth * x), clientY: 300 };
      const fire = (type: string) =>
        document.body.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer, ...at }),
        );
      fire('dragenter');
      fire('dragover');
      if (!hold) fire('drop');
    },
    { files, x, hold },
  );
}

/**
 * Everything a column shows, top to bottom: the reading view draws only what is on screen, so this
 * scrolls through it and joins what each stop drew (its pieces by offset, then any other text).
 */
async function columnText(page: Page, side: 'left' | 'right'): Promise<string> {
  const pieces = new Map<number, string>();
  const other = new Set<string>();
  await scrollThrough(page, async () => {
    const drawn = await page.$$eval(`section.column[data-side="${side}"] [data-start]`, (els) =>
      els.map((el) => [Number((el as HTMLElement).dataset.start), el.textContent ?? ''] as const),
    );
    for (const [start, text] of drawn) pieces.set(start, text);
    const placeholders = await page.$$eval(`section.column[data-side="${side}"] .no-counterpart`, (els) =>
      els.map((el) => el.textContent ?? ''),
    );
    for (const text of placeholders) other.add(text);
  });
  const text = [...pieces].sort((a, b) => a[0] - b[0]).map(([, piece]) => piece);
  return `${text.join('')} ${[...other].join(' ')}`;
}

async function waitForText(page: Page, side: 'left' | 'right', text: string): Promise<void> {
  await page.waitForFunction(
    ({ side, text }) =>
      document.querySelector(`section.column[data-side="${side}"]`)?.textContent?.includes(text) &&
      document.querySelector('main')?.dataset.status === 'ready',
    { side, text },
    { timeout: 30_000 },
  );
}

async function loadCustom(page: Page): Promise<void> {
  await drag(
    page,
    [
      { name: '攀枝花-gb18030.txt', type: 'text/plain', bytes: leftBytes },
      { name: '<img src=x onerror=alert(1)>畢節.html', type: 'text/html', bytes: rightBytes },
    ],
    0.3,
  );
  await waitForText(page, 'left', MARK_LEFT);
  await waitForText(page, 'right', MARK_RIGHT);
}

describe('loading and sharing', () => {
  const app = useApp();

  it('dropping a GB18030 .txt and a Big5 .html replaces both sides and redraws; payloads stay text', async () => {
    const { page, issues, close } = await openApp(app);

    await drag(page, [{ name: 'a.txt', type: 'text/plain', bytes: leftBytes }], 0.75, true);
    const overlay = page.locator('[data-drop-overlay]');
    await overlay.waitFor();
    expect(await overlay.getAttribute('data-drop-target')).toBe('right');
    await screenshot(page, 'load-drop-one-file-right');
    await drag(
      page,
      [
        { name: 'a.txt', type: 'text/plain', bytes: leftBytes },
        { name: 'b.html', type: 'text/html', bytes: rightBytes },
      ],
      0.2,
      true,
    );
    expect(await overlay.getAttribute('data-drop-target')).toBe('both');
    await screenshot(page, 'load-drop-two-files');
    await page.evaluate(() => document.body.dispatchEvent(new DragEvent('dragleave', { bubbles: true })));
    await overlay.waitFor({ state: 'detached' });

    await loadCustom(page);
    const left = (await columnText(page, 'left'))!;
    const right = (await columnText(page, 'right'))!;
    expect(left).toContain('<script>alert(1)</script>'); // shown as text, as it was in the .txt
    expect(left).toContain('攀枝花');
    expect(right).toContain('陳志剛強調');
    expect(right).not.toContain('導航'); // the page's navigation was dropped
    expect(right).not.toContain('<script>'); // the page's script was dropped, not shown
    // The file's name, shown as text (the column is headed by the place, 畢節, found in the headline).
    expect(await page.locator('article.report.right dd.file').textContent()).toContain(
      '<img src=x onerror=alert(1)>畢節.html',
    );
    expect(await page.locator('img[src="x"], main svg[onload], main script').count()).toBe(0);
    // The detected encodings are offered for the two files.
    expect(await page.locator('select[data-encoding="left"]').inputValue()).toBe('gb18030');
    expect(await page.locator('select[data-encoding="right"]').inputValue()).toBe('big5');
    await page.waitForTimeout(300); // give any payload a chance to run
    expect(issues.all()).toEqual([]);
    await close();
  });

  it('re-decoding with another encoding replaces only that side; a refused file changes nothing', async () => {
    const { page, issues, close } = await openApp(app);
    await loadCustom(page);
    const before = { left: await columnText(page, 'left'), right: await columnText(page, 'right') };

    await drag(page, [{ name: 'scan.png', type: 'image/png', bytes: pngBytes }], 0.8);
    const alert = page.locator('[role="alert"] [data-notice="error"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('This is a PNG image');
    await screenshot(page, 'load-refused-png');
    expect(await columnText(page, 'left')).toBe(before.left);
    expect(await columnText(page, 'right')).toBe(before.right);
    expect(await page.locator('main').getAttribute('data-status')).toBe('ready');

    // The view draws what is on screen (here, the end of the reports): the column is read by scrolling.
    await page.locator('select[data-encoding="left"]').selectOption('big5');
    await expect.poll(() => columnText(page, 'left'), { timeout: 30_000 }).not.toContain(MARK_LEFT);
    await page.locator('select[data-encoding="left"]').selectOption('gb18030');
    await expect.poll(() => columnText(page, 'left'), { timeout: 30_000 }).toContain(MARK_LEFT);
    await page.locator('main[data-status="ready"]').waitFor({ state: 'attached' });
    expect(await columnText(page, 'right')).toBe(before.right);
    expect(issues.all()).toEqual([]);
    await close();
  });

  it('Share → the link opens the same texts, options and theme in a new browser context', async () => {
    const { page, issues, close } = await openApp(app);
    await loadCustom(page);
    await page.locator('input[name="min-phrase-length"]').fill('6');
    await page.waitForFunction(() => document.querySelector('#min-length-value')?.textContent?.includes('6'));
    await waitForComparison(page);
    const theme = page.locator('[data-theme]').first();
    const themeKey = (await theme.getAttribute('data-theme'))!;
    await theme.click();

    await page.getByRole('button', { name: /Share/ }).click();
    const field = page.locator('input[data-permalink]');
    await page.waitForFunction(() =>
      (document.querySelector<HTMLInputElement>('input[data-permalink]')?.value ?? '').includes('#v3.'),
    );
    const link = await field.inputValue();
    expect(await page.locator('[data-link-fit]').textContent()).toContain(
      String(link.length.toLocaleString('en')),
    );
    await screenshot(page, 'share-panel');
    expect(issues.all()).toEqual([]);
    await close();

    const fresh = await openPage(app);
    await fresh.page.goto(link);
    await waitForText(fresh.page, 'left', MARK_LEFT);
    await waitForText(fresh.page, 'right', MARK_RIGHT);
    expect(await fresh.page.locator('#min-length-value').textContent()).toContain('6');
    expect(await fresh.page.locator(`[data-theme="${themeKey}"]`).getAttribute('aria-pressed')).toBe('true');
    expect(fresh.issues.all()).toEqual([]);
    await fresh.close();
  });

  it('a tampered link shows its message and keeps the sample', async () => {
    const { page, issues, close } = await openApp(app);
    await loadCustom(page);
    await page.getByRole('button', { name: /Share/ }).click();
    await page.waitForFunction(() =>
      (document.querySelector<HTMLInputElement>('input[data-permalink]')?.value ?? '').includes('#v3.'),
    );
    const link = await page.locator('input[data-permalink]').inputValue();
    await close();

    const at = link.indexOf('#v3.') + 40;
    const tampered = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
    const fresh = await openPage(app);
    await fresh.page.goto(tampered);
    const alert = fresh.page.locator('[role="alert"] [data-notice="error"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/changed or damaged|damaged/);
    expect(await alert.textContent()).toContain('Showing the sample comparison instead');
    await waitForComparison(fresh.page);
    expect(await columnText(fresh.page, 'left')).toContain('畢節');
    await screenshot(fresh.page, 'share-tampered-link');
    expect(fresh.issues.all()).toEqual([]);
    expect(issues.all()).toEqual([]);
    await fresh.close();
  });

  it('pasted text replaces one side, shown as text; Reset to sample brings the sample back', async () => {
    const { page, issues, close } = await openApp(app);
    await page.getByRole('button', { name: /Paste/ }).click();
    await page
      .locator('textarea[data-paste-text]')
      .fill(`${MARK_RIGHT}<img src=x onerror=alert(1)>\n${traditional}`);
    await page.getByRole('button', { name: 'Use as right' }).click();
    await waitForText(page, 'right', `${MARK_RIGHT}<img src=x onerror=alert(1)>`);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.locator('[data-reset-sample]').click();
    await waitForText(page, 'right', '攀枝花市召开');
    expect(issues.all()).toEqual([]);
    await close();
  });

  it('reload keeps a custom comparison; back and forward move between comparisons', async () => {
    const { page, issues, close } = await openApp(app);
    // The sample as it opens is saved, but says nothing of it: the reader has saved nothing yet.
    await page.waitForSelector('[data-saved="true"]');
    expect(await page.locator('[data-saved]').textContent()).not.toContain('Saved');
    await loadCustom(page);
    await page.waitForFunction(() => location.hash.startsWith('#v3.'));
    await page.waitForFunction(() => document.querySelector('[data-saved]')?.textContent?.includes('Saved'));

    await page.reload();
    await waitForText(page, 'left', MARK_LEFT);
    // Without the fragment, the copy saved in this browser reopens it.
    await page.goto(app.baseURL);
    await waitForText(page, 'left', MARK_LEFT);

    await page.goBack(); // to the reload's entry: still the custom comparison
    await page.goBack(); // before the drop: the sample
    await waitForText(page, 'left', '畢節');
    await page.goForward();
    await waitForText(page, 'left', MARK_LEFT);
    // Leaving a page quickly aborts its favicon request: the test's navigation, not the app's doing.
    expect(issues.all().filter((issue) => !/favicon\.svg: net::ERR_ABORTED/.test(issue))).toEqual([]);
    await close();
  });
});
