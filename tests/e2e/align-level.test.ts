/**
 * The alignment level as a reader switches it: two short work reports (written for the tests) line up
 * at their `（一）` items by default; the control lines them up at their chapters instead, and the
 * choice travels with the comparison (reload, a v3 link opened in a fresh context).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LEFT, RIGHT } from '../core/two-level-reports';
import { expectKeptOnReloadAndLink, openApp, screenshot, useApp } from './harness';
import { dropTexts, settle, waitForComparisonOf, waitRecomputed } from './reading';

const control = (page: Page) => page.locator('select[data-control="align-level"]');
const tasksAt = (page: Page, level: number) =>
  page.locator(`[data-side="left"] article[data-section-kind="task"][data-level="${level}"]`).count();

describe('the alignment level control', () => {
  const app = useApp();

  it('lines two reports up at their chapters, and the choice survives a reload and a link', async () => {
    const { page, issues, close } = await openApp(app, { width: 1440, height: 900 });
    await dropTexts(page, { name: 'left-report.txt', text: LEFT }, { name: 'right-report.txt', text: RIGHT });
    await waitForComparisonOf(page, 'left-report.txt');
    await settle(page);

    // Engine's choice: the items （一）, nested in their chapters (five on the left).
    expect(await control(page).inputValue()).toBe('auto');
    expect(await control(page).isEnabled()).toBe(true);
    expect(await control(page).locator('option').allTextContents()).toEqual([
      '自动 auto (2 · （一）)',
      '1 · 一、 · 左2 右2',
      '2 · （一） · 左5 右4',
      '3 · 一是 · 左0 右3',
    ]);
    expect(await tasksAt(page, 2)).toBe(5);
    await screenshot(page, 'align-level-auto');

    await control(page).selectOption('1');
    await waitRecomputed(page);
    await expect.poll(() => tasksAt(page, 2)).toBe(0);
    expect(await tasksAt(page, 1)).toBe(2);
    expect(await control(page).inputValue()).toBe('1');
    await screenshot(page, 'align-level-chapters');

    await expect.poll(() => page.evaluate(() => location.hash.slice(0, 4))).toBe('#v3.');
    const kept = async (target: Page) => {
      await expect.poll(() => control(target).inputValue()).toBe('1');
      await expect.poll(() => tasksAt(target, 1)).toBe(2);
      expect(await tasksAt(target, 2)).toBe(0);
    };
    await expectKeptOnReloadAndLink(app, page, kept, { width: 1440, height: 900 });

    // Back to the engine's choice.
    await control(page).selectOption('auto');
    await waitRecomputed(page);
    await expect.poll(() => tasksAt(page, 2)).toBe(5);

    expect(issues.all()).toEqual([]);
    await close();
  });

  it('is disabled on a comparison with one level only, the bar keeping its place', async () => {
    const { page, close } = await openApp(app, { width: 1440, height: 900 });
    await dropTexts(
      page,
      { name: 'flat-a.txt', text: '今天天气很好。我们去公园散步。' },
      { name: 'flat-b.txt', text: '今天天气不错。我们去河边散步。' },
    );
    await waitForComparisonOf(page, 'flat-a.txt');
    expect(await control(page).isDisabled()).toBe(true);
    expect(await control(page).inputValue()).toBe('auto');
    await close();
  });
});
