/**
 * The viewer in Chromium, on the production build and the two sample reports (Traditional Bijie on the
 * left, Simplified Panzhihua on the right). Screenshots land in test-output/viewer-*.png for a human look.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, repoRoot, runAxe, screenshot, startApp, waitForComparison, type App } from './harness';

const sample = (name: string) => readFileSync(join(repoRoot, 'src/sample', name), 'utf8');
const BIJIE = sample('bijie-traditional.txt');
const PANZHIHUA = sample('panzhihua-simplified.txt');

/** Every text-bearing element of a column, by original offset, must tile the text: read it back. */
async function readColumn(page: Page, side: 'left' | 'right') {
  return page.$$eval(`[data-side="${side}"] [data-start]`, (elements) =>
    elements
      .map((element) => ({
        start: Number((element as HTMLElement).dataset.start),
        end: Number((element as HTMLElement).dataset.end),
        text: element.textContent ?? '',
      }))
      .sort((a, b) => a.start - b.start),
  );
}

async function markCount(page: Page, side: 'left' | 'right') {
  return page.locator(`[data-side="${side}"] mark[data-phrase]`).count();
}

async function waitReady(page: Page) {
  await page.locator('main[data-status="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
}

describe('the viewer', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  async function open(options: Parameters<typeof openPage>[1] = {}) {
    const opened = await openPage(app, { width: 1440, height: 900, ...options });
    await opened.page.goto(app.baseURL);
    await waitForComparison(opened.page);
    return opened;
  }

  it('opens on both sample reports, titles shown, without console errors', async () => {
    const { page, issues, close } = await open();
    const summary = page.locator('section[aria-label="Summary"]');
    // Titles as a reader sees them: the Traditional page's pinyin glosses left out.
    await expect(summary.locator('article.left h2').textContent()).resolves.toBe(
      '畢節召開加強統一戰線參與建設工作推進會',
    );
    await expect(summary.textContent()).resolves.toContain('攀枝花市召开市委统战工作会议');
    // The Simplified page is dated the day after the meeting it reports: both dates, labelled.
    const right = summary.locator('article.right');
    await expect(right.locator('[data-fact="meeting"] dd').textContent()).resolves.toContain('2015-08-18');
    await expect(right.locator('[data-fact="published"] dd').textContent()).resolves.toContain('2015-08-19');
    expect(await page.locator('[data-side="left"]').getAttribute('lang')).toBe('zh-Hant');
    expect(await page.locator('[data-side="right"]').getAttribute('lang')).toBe('zh-Hans');
    expect(issues.all()).toEqual([]);
    await close();
  });

  it('shows the six numbered tasks (一是 … 六是) of the Simplified report as task rows', async () => {
    const { page, close } = await open();
    // They are the level-2 units of the third speech point (张剡强调,要突出重点…), section R-task-3.
    const tasks = page.locator('[data-side="right"] [data-section-kind="task"][data-parent="R-task-3"]');
    expect(await tasks.count()).toBe(6);
    expect(await tasks.evaluateAll((els) => els.map((el) => el.getAttribute('data-level')))).toEqual(
      Array(6).fill('2'),
    );
    // Rows follow the pairs (a right task sits by its left partner), so each task is found by its id.
    expect(
      (await tasks.evaluateAll((els) => els.map((el) => el.getAttribute('data-section-id')))).sort(),
    ).toEqual([1, 2, 3, 4, 5, 6].map((n) => `R-task-3.${n}`));
    // Hand-checked against the text: the first task begins 一是要围绕更好地发挥…, the sixth 六是要围绕更好地建设….
    const body = (id: string) => tasks.and(page.locator(`[data-section-id="${id}"]`)).locator('.body');
    expect(await body('R-task-3.1').textContent()).toMatch(/^一是要围绕更好地发挥/);
    expect(await body('R-task-3.6').textContent()).toMatch(/^六是要围绕更好地建设/);
    await close();
  });

  it('renders each column as the original text, every character in order', async () => {
    const { page, close } = await open();
    for (const [side, original] of [
      ['left', BIJIE],
      ['right', PANZHIHUA],
    ] as const) {
      const pieces = await readColumn(page, side);
      expect(pieces[0]?.start).toBe(0);
      pieces.forEach((piece, i) => {
        if (i > 0)
          expect(piece.start, `${side} piece ${i} starts where the previous ends`).toBe(pieces[i - 1]!.end);
        expect(piece.text).toBe(original.slice(piece.start, piece.end));
      });
      expect(pieces.map((piece) => piece.text).join('')).toBe(original);
    }
    await close();
  });

  it('lights the counterpart of a hovered highlight and scrolls to it on click', async () => {
    const { page, close } = await open();
    const mark = page.locator('[data-side="left"] mark[data-kind="moved"]').first();
    const phrase = await mark.getAttribute('data-phrase');
    expect(phrase).toMatch(/^p\d+$/);
    const counterpart = page.locator(`[data-side="right"] mark[data-phrases~="${phrase}"]`).first();
    expect(await counterpart.getAttribute('class')).not.toMatch(/\blit\b/);
    await mark.hover();
    await expect.poll(() => counterpart.getAttribute('class')).toMatch(/\blit\b/);
    await mark.click();
    await expect
      .poll(() =>
        counterpart.evaluate((element) => {
          const box = element.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    await close();
  });

  it('marks a clicked theme in both texts and lists where it appears', async () => {
    const { page, close } = await open();
    const theme = page.locator('g[data-theme][data-coverage="both"]').first();
    const key = await theme.getAttribute('data-theme');
    const marked = (side: string) =>
      page.locator(`[data-side="${side}"] :is(mark.theme, .theme-hit)`).count();
    expect(await marked('left')).toBe(0);
    await theme.click();
    expect(await theme.getAttribute('aria-pressed')).toBe('true');
    expect(await marked('left')).toBeGreaterThan(0);
    expect(await marked('right')).toBeGreaterThan(0);
    expect(await page.locator('.selection button.jump').count()).toBeGreaterThan(0);
    expect(key).toBeTruthy();
    await page.keyboard.press('Escape');
    expect(await marked('left')).toBe(0);
    await close();
  });

  it('switches both columns to Simplified with the same highlights', async () => {
    const { page, close } = await open();
    const before = [await markCount(page, 'left'), await markCount(page, 'right')];
    expect(before[0]).toBeGreaterThan(0);
    await page.keyboard.press('n');
    const selectedBefore = await page.locator('mark.selected').count();
    expect(selectedBefore).toBeGreaterThan(0);
    await page.locator('[data-control="script"] input[value="simplified"]').check();
    const left = page.locator('[data-side="left"]');
    await expect.poll(() => left.getAttribute('lang')).toBe('zh-Hans');
    expect([await markCount(page, 'left'), await markCount(page, 'right')]).toEqual(before);
    // The marks were redrawn in the other script; the selection is put back on the new ones.
    expect(await page.locator('mark.selected').count()).toBe(selectedBefore);
    const text = (await left.textContent()) ?? '';
    expect(text).toContain('毕节召开加强统一战线参与建设工作推进会');
    expect(text).not.toContain('(zhàn)');
    await page.locator('[data-control="script"] input[value="original"]').check();
    await expect.poll(async () => (await left.textContent())?.includes('統一戰(zhàn)線')).toBe(true);
    await close();
  });

  it('recomputes when the minimum phrase length changes', async () => {
    const { page, close } = await open();
    const items = page.locator('[data-phrase-item]');
    const before = await items.count();
    const slider = page.locator('input[name="min-phrase-length"]');
    expect(await slider.inputValue()).toBe('4');
    await slider.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    expect(await slider.inputValue()).toBe('8');
    await expect.poll(() => items.count(), { timeout: 30_000 }).toBeLessThan(before);
    await waitReady(page);
    const lengths = await page.$$eval('[data-phrase-item] .len', (elements) =>
      elements.map((element) => Number.parseInt(element.textContent ?? '', 10)),
    );
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(8);
    await close();
  });

  it('steps through shared phrases with n / p and clears with Esc', async () => {
    const { page, close } = await open();
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return element?.tagName === 'MARK' ? (element.dataset.phrases ?? '') : null;
      });
    await page.keyboard.press('n');
    const first = await focused();
    expect(first).toMatch(/\bp1\b/);
    await page.keyboard.press('n');
    const second = await focused();
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
    await page.keyboard.press('p');
    expect(await focused()).toBe(first);
    expect(await page.locator('mark.selected').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    expect(await page.locator('mark.selected').count()).toBe(0);
    await close();
  });

  it.each([
    { label: 'wide, light', width: 1440, height: 900, colorScheme: 'light' as const },
    { label: 'wide, dark', width: 1440, height: 900, colorScheme: 'dark' as const },
    { label: 'phone, light', width: 390, height: 844, colorScheme: 'light' as const },
    { label: 'phone, dark', width: 390, height: 844, colorScheme: 'dark' as const },
  ])('passes axe (WCAG 2.1 A/AA) and is screenshotted: $label', async ({ width, height, colorScheme }) => {
    const { page, issues, close } = await open({ width, height, colorScheme });
    await page.waitForTimeout(200);
    const violations = await runAxe(page);
    expect(violations.map((violation) => violation.summary)).toEqual([]);
    await screenshot(page, `viewer-${width}-${colorScheme}`);
    if (width < 500) {
      // Columns stack: no horizontal scrolling, and a pair's right cell comes right after its left cell.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
      const leftOpening = await box('[data-side="left"] [data-section-kind="opening"]');
      const rightOpening = await box('[data-side="right"] [data-section-kind="opening"]');
      const leftNext = await box('[data-side="left"] [data-section-kind="task"]');
      expect(rightOpening.y).toBeGreaterThan(leftOpening.y + leftOpening.height);
      expect(leftNext.y).toBeGreaterThan(rightOpening.y + rightOpening.height);
    }
    expect(issues.all()).toEqual([]);
    await close();
  });
});
