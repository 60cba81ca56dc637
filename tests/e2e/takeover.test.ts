/**
 * From navigation until the live app has taken over the prerendered sample and settled, nothing moves:
 * no layout shift (CLS 0, Chromium's `layout-shift` entries), at the widths where the insights column
 * sits above the reading view (1000–1180 px). Each width is loaded three times: the shift this guards
 * against (a frame painted before the insights were parsed) came in one load of two or three.
 *
 * Not at wider widths: there the first render does not wait for the whole page (tools/vite/prerender.ts,
 * waiting made the first paint 1.27–1.33× later), and a frame painted mid-parse can still show the
 * header's or the bar's buttons half parsed (seen at 1440 px once in three full runs: CLS 0.016 and
 * 0.0016). That is a known gap, not guarded here.
 */
import { describe, expect, it } from 'vitest';
import { openPage, useApp, waitForComparison } from './harness';

interface Shift {
  value: number;
  at: number;
  sources: string[];
}

describe('take-over of the prerendered sample', () => {
  const app = useApp();

  it.each([1000, 1100, 1180])('moves nothing at %i px wide (CLS 0, 3 loads)', async (width) => {
    for (let load = 0; load < 3; load++) await expectNoShift(width);
  });

  async function expectNoShift(width: number): Promise<void> {
    const { page, issues, close } = await openPage(app, { width, height: 900 });
    await page.addInitScript(() => {
      const shifts: Shift[] = [];
      (window as unknown as { __shifts: Shift[] }).__shifts = shifts;
      const describe = (node: Node | null | undefined) => {
        if (!(node instanceof Element)) return String(node?.nodeName ?? 'gone');
        const cls = node.getAttribute('class');
        return `${node.tagName.toLowerCase()}${cls ? `.${cls.split(/\s+/).join('.')}` : ''}`;
      };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
          startTime: number;
          sources: { node?: Node; previousRect: DOMRect; currentRect: DOMRect }[];
        }[]) {
          if (entry.hadRecentInput) continue;
          shifts.push({
            value: entry.value,
            at: Math.round(entry.startTime),
            sources: entry.sources.map(
              (s) =>
                `${describe(s.node)} ${JSON.stringify(s.previousRect)} → ${JSON.stringify(s.currentRect)}`,
            ),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(app.baseURL);
    await waitForComparison(page);
    // Settled: the idle work after the take-over (tools, worker warm-up) has run, two frames drawn.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve())), {
            timeout: 3000,
          }),
        ),
    );
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
    expect(shifts, JSON.stringify(shifts, null, 1)).toEqual([]);
    expect(issues.all()).toEqual([]);
    await close();
  }
});
