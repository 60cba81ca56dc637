/**
 * The viewer in Chromium, on the production build and the two sample reports (Traditional Bijie on the
 * left, Simplified Panzhihua on the right). The reading view draws only what is on screen (and a screen
 * above and below), so tests that need the whole text scroll through it. Screenshots land in
 * test-output/viewer-*.png for a human look.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, repoRoot, runAxe, screenshot, useApp, type PageOptions } from './harness';
import { pageBoxOf, expectColumnReadsBack, scrollThrough, sectionsByScrolling } from './reading';
import { LEXICON } from '../../src/core/themes/lexicon';

const sample = (name: string) => readFileSync(join(repoRoot, 'src/sample', name), 'utf8');
const BIJIE = sample('bijie-traditional.txt');
const PANZHIHUA = sample('panzhihua-simplified.txt');

/** Every phrase marked in a column, read by scrolling through it (sorted ids). */
async function markedPhrases(page: Page, side: 'left' | 'right'): Promise<string[]> {
  const found = new Set<string>();
  await scrollThrough(page, async () => {
    const ids = await page
      .locator(`[data-side="${side}"] mark[data-phrase]`)
      .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-phrase')!));
    for (const id of ids) found.add(id);
  });
  return [...found].sort();
}

async function waitReady(page: Page) {
  await page.locator('main[data-status="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
}

describe('the viewer', () => {
  const app = useApp();

  const open = (options: PageOptions = {}) => openApp(app, { width: 1440, height: 900, ...options });

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
    // They are the level-2 units of the third speech point (张剡强调,要突出重点…), section R-task-3; the
    // view draws what is on screen, so they are collected by scrolling through it.
    const drawn = await sectionsByScrolling(
      page,
      '[data-side="right"] [data-section-kind="task"][data-parent="R-task-3"]',
    );
    const tasks = new Map([...drawn].map(([id, section]) => [id, section.body]));
    const levels = new Set([...drawn.values()].map((section) => section.level));
    expect([...levels]).toEqual(['2']);
    // Rows follow the pairs (a right task sits by its left partner), so each task is found by its id.
    expect([...tasks.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6].map((n) => `R-task-3.${n}`));
    // Hand-checked against the text: the first task begins 一是要围绕更好地发挥…, the sixth 六是要围绕更好地建设….
    expect(tasks.get('R-task-3.1')).toMatch(/^一是要围绕更好地发挥/);
    expect(tasks.get('R-task-3.6')).toMatch(/^六是要围绕更好地建设/);
    await close();
  });

  it('renders each column as the original text, every character in order', async () => {
    const { page, close } = await open();
    for (const [side, original] of [
      ['left', BIJIE],
      ['right', PANZHIHUA],
    ] as const) {
      await expectColumnReadsBack(page, side, original);
    }
    await close();
  });

  it('lights the counterpart of a hovered highlight and scrolls to it on click', async () => {
    const { page, close } = await open();
    const mark = page.locator('[data-side="left"] mark[data-kind="moved"]').first();
    const phrase = await mark.getAttribute('data-phrase');
    expect(phrase).toMatch(/^p\d+$/);
    const lit = page.locator(`mark.lit[data-phrases~="${phrase}"]`);
    expect(await lit.count()).toBe(0);
    await mark.hover();
    await expect.poll(() => lit.count()).toBeGreaterThan(0);
    await mark.click();
    // The counterpart may have been off screen (not drawn): the click draws it and brings it into view.
    const counterpart = page.locator(`[data-side="right"] mark[data-phrases~="${phrase}"]`).first();
    await expect.poll(() => counterpart.getAttribute('class')).toMatch(/\bselected\b/);
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
    const marks = (side: string) => page.locator(`[data-side="${side}"] :is(mark.theme, .theme-hit)`);
    const marked = (side: string) => marks(side).count();
    const rightMarkTexts = new Set<string>();
    const markedWhileScrolling = async () => {
      const seen = { left: 0, right: 0 };
      await scrollThrough(page, async () => {
        seen.left = Math.max(seen.left, await marked('left'));
        seen.right = Math.max(seen.right, await marked('right'));
        for (const text of await marks('right').allTextContents()) rightMarkTexts.add(text);
      });
      return seen;
    };
    expect(await markedWhileScrolling()).toEqual({ left: 0, right: 0 });
    await theme.click();
    expect(await theme.getAttribute('aria-pressed')).toBe('true');
    const seen = await markedWhileScrolling();
    expect(seen.left).toBeGreaterThan(0);
    expect(seen.right).toBeGreaterThan(0);
    // The navigator lists the sections holding a mention; a jump brings the first into view.
    const jumps = page.locator('.selection button.jump');
    expect(await jumps.count()).toBeGreaterThan(0);
    // The marks are the clicked theme's: the chart's key names a lexicon entry, and every mark in the
    // Simplified column is (part of) one of that entry's terms.
    const entry = LEXICON.find((theme) => theme.key === key);
    expect(entry, `data-theme="${key}" names a lexicon entry`).toBeDefined();
    expect(rightMarkTexts.size).toBeGreaterThan(0);
    for (const text of rightMarkTexts)
      expect(
        entry!.terms.some((term) => term.includes(text)),
        text,
      ).toBe(true);
    await page.keyboard.press('Escape');
    expect(await theme.getAttribute('aria-pressed')).toBe('false');
    expect(await markedWhileScrolling()).toEqual({ left: 0, right: 0 });
    await close();
  });

  it('switches both columns to Simplified with the same highlights', async () => {
    const { page, close } = await open();
    const before = [await markedPhrases(page, 'left'), await markedPhrases(page, 'right')];
    expect(before[0]!.length).toBeGreaterThan(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.keyboard.press('n');
    await expect.poll(() => page.locator('mark.selected').count()).toBeGreaterThan(0);
    const selectedBefore = await page.locator('mark.selected').count();
    await page.locator('[data-control="script"] input[value="simplified"]').check();
    const left = page.locator('[data-side="left"]');
    await expect.poll(() => left.getAttribute('lang')).toBe('zh-Hans');
    const selectedAfter = await page.locator('mark.selected').count();
    expect([await markedPhrases(page, 'left'), await markedPhrases(page, 'right')]).toEqual(before);
    // The marks were redrawn in the other script; the selection is put back on the new ones.
    expect(selectedAfter).toBe(selectedBefore);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect
      .poll(async () => (await left.textContent())?.includes('毕节召开加强统一战线参与建设工作推进会'))
      .toBe(true);
    const text = (await left.textContent()) ?? '';
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
      const leftOpening = await pageBoxOf(page, '[data-side="left"] [data-section-kind="opening"]');
      const rightOpening = await pageBoxOf(page, '[data-side="right"] [data-section-kind="opening"]');
      const leftNext = await pageBoxOf(page, '[data-side="left"] [data-section-kind="task"]');
      expect(rightOpening.top).toBeGreaterThan(leftOpening.bottom);
      expect(leftNext.top).toBeGreaterThan(rightOpening.bottom);
    }
    expect(issues.all()).toEqual([]);
    await close();
  });
});
