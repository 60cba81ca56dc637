/**
 * The Export menu in the production build, on the two sample reports: reached by keyboard, each item a
 * download with a clear name, each file read back and checked against what the page shows.
 * The chart PNG lands in test-output/export-chart.png for a human look.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../core/csv-parse';
import { openApp, repoRoot, useApp, type OpenedPage } from './harness';
import { phraseListIds, sectionsByScrolling } from './reading';
// The viewport as it is: the open menu floats over the page.
import { viewportShot } from './drop';

const BIJIE = readFileSync(join(repoRoot, 'src/sample/bijie-traditional.txt'), 'utf8');
const PANZHIHUA = readFileSync(join(repoRoot, 'src/sample/panzhihua-simplified.txt'), 'utf8');
const STEM = 'bijie-traditional-vs-panzhihua-simplified';

/** Opens the menu with the keyboard, picks `kind` with the arrow keys, and returns the downloaded file. */
async function exportByKeyboard(page: Page, kind: string): Promise<{ name: string; bytes: Buffer }> {
  await page.locator('[data-control="export"]').focus();
  await page.keyboard.press('Enter');
  const items = page.locator('[role="menu"] [data-export]');
  await items.first().waitFor();
  const kinds = await items.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-export')));
  const steps = kinds.indexOf(kind);
  expect(steps).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-export'))).toBe(kind);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

describe('the Export menu', () => {
  const app = useApp();
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openApp(app, { width: 1440, height: 900 });
    page = opened.page;
  });
  afterAll(async () => {
    await opened?.close();
  });

  it('opens from the keyboard, moves with the arrows, and closes with Esc back on its button', async () => {
    const trigger = page.locator('[data-control="export"]');
    await trigger.focus();
    await page.keyboard.press('ArrowDown');
    expect(await trigger.getAttribute('aria-expanded')).toBe('true');
    await page.locator('[role="menu"] [data-export]').first().waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-export'));
    expect(await focused()).toBe('phrases-csv');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(
      (await page.locator('[role="menu"] [data-export]').last().getAttribute('data-export'))!,
    );
    await page.keyboard.press('Home');
    expect(await focused()).toBe('phrases-csv');
    await viewportShot(page, 'export-menu-wide-light');
    await page.keyboard.press('Escape');
    expect(await page.locator('[role="menu"]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-control'))).toBe('export');
    expect(await trigger.getAttribute('aria-expanded')).toBe('false');
  });

  it('phrases CSV: one row per phrase of the list, each range holding the text it quotes', async () => {
    const { name, bytes } = await exportByKeyboard(page, 'phrases-csv');
    expect(name).toBe(`${STEM}.phrases.csv`);
    const [header, ...rows] = parseCsv(bytes.toString('utf8'));
    const col = (column: string) => header!.indexOf(column);
    const listed = await phraseListIds(page);
    expect(rows.map((row) => row[col('id')]).sort()).toEqual([...listed].sort());
    for (const row of rows) {
      const left = BIJIE.slice(Number(row[col('left_start')]), Number(row[col('left_end')]));
      const right = PANZHIHUA.slice(Number(row[col('right_start')]), Number(row[col('right_end')]));
      expect(row[col('left_text')]).toBe(left);
      expect(row[col('right_text')]).toBe(right);
    }
    // The page marks the same phrase where the CSV says it is (the first in the left text: drawn at the top).
    await page.evaluate(() => window.scrollTo(0, 0));
    const first = [...rows].sort((a, b) => Number(a[col('left_start')]) - Number(b[col('left_start')]))[0]!;
    const markText = await page
      .locator(`[data-side="left"] mark[data-phrases~="${first[col('id')]}"]`)
      .evaluateAll((marks) => marks.map((m) => m.textContent).join(''));
    expect(markText).toBe(first[col('left_text')]);
  });

  it('phrases JSON and outline JSON round-trip, naming the sections the page shows', async () => {
    const phrases = await exportByKeyboard(page, 'phrases-json');
    expect(phrases.name).toBe(`${STEM}.phrases.json`);
    const parsed = JSON.parse(phrases.bytes.toString('utf8'));
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
    expect(parsed.phrases.length).toBe((await phraseListIds(page)).length);

    const outline = await exportByKeyboard(page, 'outline-json');
    expect(outline.name).toBe(`${STEM}.outline.json`);
    const tree = JSON.parse(outline.bytes.toString('utf8'));
    for (const side of ['left', 'right'] as const) {
      // The view draws what is on screen: its sections are read by scrolling through it.
      const shown = new Set(
        (await sectionsByScrolling(page, `[data-side="${side}"] [data-section-id]`)).keys(),
      );
      // The same sections; the page sets a right section by its pair, so its order may differ from the text's.
      const exported: string[] = tree.sections[side].map((s: { id: string }) => s.id);
      expect([...exported].sort()).toEqual([...shown].sort());
      expect(new Set(exported).size).toBe(exported.length);
    }
  });

  it('themes CSV: one row per theme, its coverage as the chart shows it', async () => {
    const { name, bytes } = await exportByKeyboard(page, 'themes-csv');
    expect(name).toBe(`${STEM}.themes.csv`);
    const [header, ...rows] = parseCsv(bytes.toString('utf8'));
    const shown = await page
      .locator('[data-theme][data-coverage]')
      .evaluateAll((groups) =>
        groups.map((g) => [g.getAttribute('data-theme'), g.getAttribute('data-coverage')]),
      );
    for (const [key, coverage] of shown) {
      const row = rows.find((r) => r[header!.indexOf('theme')] === key);
      expect(row?.[header!.indexOf('coverage')]).toBe(coverage);
    }
  });

  it('chart SVG: outlined glyphs, every theme of the page chart titled with its labels', async () => {
    const { name, bytes } = await exportByKeyboard(page, 'chart-svg');
    expect(name).toBe(`${STEM}.themes.svg`);
    const svg = bytes.toString('utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toContain('<text');
    const labels = await page.locator('[data-theme] .label-zh').allTextContents();
    expect(labels.length).toBeGreaterThan(5);
    for (const label of labels) expect(svg).toContain(`<title>${label} `);
    const directory = join(repoRoot, 'test-output');
    await mkdir(directory, { recursive: true });
    await writeFile(join(directory, 'export-chart.svg'), svg);
  });

  it('chart PNG: decodes, at twice the SVG’s size', async () => {
    const { name, bytes } = await exportByKeyboard(page, 'chart-png');
    expect(name).toBe(`${STEM}.themes.png`);
    const size = await page.evaluate(async (base64) => {
      const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
      const bitmap = await createImageBitmap(blob);
      return [bitmap.width, bitmap.height];
    }, bytes.toString('base64'));
    expect(size[0]).toBe((640 + 40) * 2);
    expect(size[1]).toBeGreaterThan(600);
    await writeFile(join(repoRoot, 'test-output', 'export-chart.png'), bytes);
    expect(opened.issues.all()).toEqual([]);
  });

  it('copies a citation of the selected phrase, formatted and plain, with both reports named', async () => {
    await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(app.baseURL).origin,
    });
    expect(await page.locator('[data-action="cite"]').count()).toBe(0); // nothing selected yet
    const item = page.locator('[data-phrase-item]').first();
    const phraseText = (await item.locator('.text').textContent())!;
    await item.click();
    await page.locator('[data-action="cite"]').click();
    await page.getByText('Citation copied').waitFor();
    const clipboard = await page.evaluate(async () => {
      const [entry] = await navigator.clipboard.read();
      const read = async (type: string) => (await entry!.getType(type)).text();
      return { plain: await read('text/plain'), html: await read('text/html') };
    });
    expect(clipboard.plain).toContain(`“${phraseText}” — 共享措辞 shared phrasing`);
    expect(clipboard.plain).toContain(
      '标题 Title: 畢節召開加強統一戰線參與建設工作推進會 | 地点 Place: 畢節',
    );
    expect(clipboard.plain).toContain(
      '标题 Title: 攀枝花市召开市委统战工作会议 | 地点 Place: 攀枝花市 | 日期 Date: 会议 meeting 2015-08-18 · 发布 published 2015-08-19',
    );
    expect(clipboard.plain).toMatch(/段落 Paragraph: \d+ \(行 line \d+\)/);
    expect(clipboard.html).toContain('<th scope="row">部分 Section</th>');
    expect(clipboard.html).toContain('攀枝花市召开市委统战工作会议');
    await viewportShot(page, 'export-cite-wide-light');
  });

  it('HTML report: opens from file:// with the network blocked, highlights shown, hover linking both sides', async () => {
    const { name, bytes } = await exportByKeyboard(page, 'report-html');
    expect(name).toBe(`${STEM}.report.html`);
    const directory = join(repoRoot, 'test-output');
    await mkdir(directory, { recursive: true });
    const file = join(directory, 'export-report.html');
    await writeFile(file, bytes);
    for (const [label, width, colorScheme] of [
      ['wide-light', 1440, 'light'],
      ['390-dark', 390, 'dark'],
    ] as const) {
      const context = await app.browser.newContext({
        viewport: { width, height: 900 },
        colorScheme,
        offline: true,
      });
      const requests: string[] = [];
      const problems: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
      const reportPage = await context.newPage();
      reportPage.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      reportPage.on('pageerror', (error) => problems.push(String(error)));
      await reportPage.goto(`file://${file}`);
      const marks = reportPage.locator('[data-side="left"] mark[data-phrases]');
      expect(await marks.count()).toBeGreaterThan(50);
      const first = marks.first();
      const id = (await first.getAttribute('data-phrases'))!.split(' ')[0]!;
      await first.hover();
      const counterpart = reportPage.locator(`[data-side="right"] mark[data-phrases~="${id}"]`).first();
      await expect.poll(() => counterpart.getAttribute('class')).toContain('lit');
      expect(await reportPage.locator('svg g[data-theme]').count()).toBeGreaterThan(5);
      await reportPage.screenshot({ path: join(directory, `export-report-${label}.png`) });
      expect(requests).toEqual([`file://${file}`]);
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('fits a 390 px phone in the dark theme', async () => {
    const phone = await openApp(app, { width: 390, height: 844, colorScheme: 'dark' });
    const trigger = phone.page.locator('[data-control="export"]');
    await trigger.scrollIntoViewIfNeeded();
    await trigger.click();
    const menu = phone.page.locator('[role="menu"]');
    await menu.waitFor();
    const box = (await menu.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await viewportShot(phone.page, 'export-menu-390-dark');
    expect(phone.issues.all()).toEqual([]);
    await phone.close();
  });
});
