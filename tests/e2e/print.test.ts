/**
 * Printing ("Save as PDF"): while printing the reading view draws every row, so the paper holds both
 * texts whole; each page's margins name both sources and the print date (src/view/printPage.ts); the
 * controls stay off paper. The PDF's first pages are left in test-output for a look.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, repoRoot, useApp } from './harness';
import { settle } from './reading';

const BIJIE = readFileSync(join(repoRoot, 'src/sample', 'bijie-traditional.txt'), 'utf8');

describe('printing', () => {
  const app = useApp();

  it('draws both texts whole, names the sources on every page, leaves the controls off paper', async () => {
    // A short window, so that without printing's draw-everything only a small part would be drawn.
    const { page, issues, close } = await openApp(app, { width: 1280, height: 300, colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await settle(page);

    // Every piece of the left column is drawn at once: its text reads back as the file, in order.
    const pieces = await page.$$eval('[data-side="left"] [data-start]', (elements) =>
      elements
        .map((e) => ({ start: Number((e as HTMLElement).dataset.start), text: e.textContent ?? '' }))
        .sort((a, b) => a.start - b.start),
    );
    const body = pieces.map((piece) => piece.text).join('');
    expect(body).toBe(BIJIE);

    const css = await page.$eval('style[data-print]', (style) => style.textContent ?? '');
    expect(css).toContain('@top-left { content: "左 畢節召開加強統一戰線參與建設工作推進會');
    expect(css).toContain('@top-right { content: "右 攀枝花市召开市委统战工作会议');
    for (const hidden of ['[aria-label="Reading controls"]', 'aside.insights', '.masthead']) {
      expect(await page.locator(hidden).first().isVisible()).toBe(false);
    }

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(repoRoot, 'test-output', 'print.pdf'), pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/gu)?.length ?? 0;
    expect(pages).toBeGreaterThan(3);

    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(issues.all()).toEqual([]);
    await close();
  });
});
