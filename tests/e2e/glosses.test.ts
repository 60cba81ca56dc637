/**
 * Pinyin glosses (`戰(zhàn)`) in the reading view: page damage, hidden by default, shown on request by
 * `[data-control="glosses"]`. Hidden glosses stay in the DOM, so the drawn text still reads back as the
 * original, and the highlights are the same either way. On the sample (Bijie, Traditional, left).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, screenshot, useApp } from './harness';
import { settle } from './reading';

/** What the reader sees of the first drawn pieces of the left column, and what the DOM holds. */
async function leftText(page: Page) {
  return page.$$eval('[data-side="left"] [data-start]', (pieces) => {
    const drawn = pieces.slice(0, 12) as HTMLElement[];
    return {
      seen: drawn.map((piece) => piece.innerText).join(''),
      held: drawn.map((piece) => piece.textContent ?? '').join(''),
      marks: document.querySelectorAll('[data-side="left"] mark[data-phrase]').length,
      glosses: document.querySelectorAll('[data-side="left"] .gloss').length,
    };
  });
}

describe('pinyin glosses', () => {
  const app = useApp();

  it('are hidden by default, shown by the glosses control, with the same highlights; the DOM keeps them', async () => {
    const { page, issues, close } = await openApp(app, { width: 1440, height: 900 });
    const control = page.locator('[data-control="glosses"]');
    expect(await control.isChecked()).toBe(false);

    const hidden = await leftText(page);
    expect(hidden.glosses).toBeGreaterThan(0);
    // The sample's first line reads 統一戰(zhàn)線 in its breadcrumb and 畢節(jié) in its lead.
    expect(hidden.held).toContain('(zhàn)');
    expect(hidden.seen).not.toContain('(zhàn)');
    expect(hidden.seen).not.toContain('(jié)');
    expect(hidden.seen).toContain('畢節');

    await control.check();
    await settle(page);
    const shown = await leftText(page);
    expect(shown.seen).toContain('(zhàn)');
    expect(shown.held).toBe(hidden.held);
    expect(shown.marks).toBe(hidden.marks);
    await screenshot(page, 'glosses-shown');

    await control.uncheck();
    await settle(page);
    expect((await leftText(page)).seen).not.toContain('(zhàn)');
    expect(issues.all()).toEqual([]);
    await close();
  });

  it('the note about glosses shows them and points at the first one', async () => {
    const { page, close } = await openApp(app, { width: 1440, height: 900 });
    const note = page.locator('section[aria-label="Summary"] article.left .warnings li', {
      hasText: 'pinyin glosses',
    });
    await note.getByRole('button').click();
    await expect.poll(() => page.locator('[data-control="glosses"]').isChecked()).toBe(true);
    await settle(page);
    const visibleGloss = await page.$$eval('[data-side="left"] .gloss', (glosses) =>
      glosses.some((gloss) => (gloss as HTMLElement).checkVisibility()),
    );
    expect(visibleGloss).toBe(true);
    await close();
  });
});
