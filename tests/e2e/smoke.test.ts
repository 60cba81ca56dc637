import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startApp, type App } from './harness';

describe('the production build', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('loads with its title and without console errors, failed requests or dialogs', async () => {
    const { page, issues, close } = await openPage(app);
    await page.goto(app.baseURL, { waitUntil: 'load' });
    await page.locator('#app > *').first().waitFor({ state: 'attached' });

    expect(await page.title()).toContain('对照');
    expect(issues.all()).toEqual([]);
    await close();
  });
});
