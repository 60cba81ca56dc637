import { describe, expect, it } from 'vitest';
import { openPage, useApp, waitForComparison } from './harness';

describe('the production build', () => {
  const app = useApp();

  it('loads, draws the sample comparison, and logs no console error, failed request or dialog', async () => {
    const { page, issues, close } = await openPage(app);
    await page.goto(app.baseURL, { waitUntil: 'load' });
    // Waiting for the drawn comparison also covers the worker: its errors surface as page errors.
    await waitForComparison(page);

    expect(await page.title()).toContain('对照');
    expect(issues.all()).toEqual([]);
    await close();
  });
});
