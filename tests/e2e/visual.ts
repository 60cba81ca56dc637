/**
 * Screenshots compared with reviewed baselines (tests/e2e/baselines/*.png), pixel by pixel with a
 * tolerance, so a visual regression fails a test.
 *
 *   const result = await matchBaseline(page, 'sample-1440-light');
 *   expect(result.summary).toBe('same');   // else: how many pixels differ, and where the diff image is
 *
 * Two tolerances, both needed on a real browser: a pixel counts as different only past pixelmatch's
 * colour distance `threshold` (0..1; 0.1 ignores sub-pixel text rendering noise), and anti-aliased
 * pixels are not counted; the screenshot then matches if at most `maxDiffRatio` of its pixels differ.
 * On a mismatch the screenshot and a diff image (differing pixels in red) go to test-output/visual/.
 *
 * Updating the baselines after a change meant to be seen: `UPDATE_BASELINES=1 npx vitest run --project
 * e2e tests/e2e/visual.test.ts` (after `npx vite build`), then open every changed PNG and look at it
 * before committing it: a baseline is a reviewed picture, not the program's output.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { repoRoot } from './harness';

export const BASELINE_DIR = join(repoRoot, 'tests/e2e/baselines');
const OUTPUT_DIR = join(repoRoot, 'test-output/visual');
export const updatingBaselines = process.env.UPDATE_BASELINES === '1';

export interface Tolerance {
  /** pixelmatch's per-pixel colour distance, 0..1. */
  threshold: number;
  /** Share of the picture's pixels allowed to differ, 0..1. */
  maxDiffRatio: number;
}

export const DEFAULT_TOLERANCE: Tolerance = { threshold: 0.1, maxDiffRatio: 0.002 };

export interface MatchResult {
  /** 'same', 'baseline written', or what differs and where to look. */
  summary: string;
  diffPixels: number;
}

/** The viewport as the user sees it: fonts loaded, no animation, no caret. */
export async function viewportPng(page: Page): Promise<Buffer> {
  await page.evaluate(() => document.fonts.ready);
  return page.screenshot({ animations: 'disabled', caret: 'hide' });
}

/** Compares two PNGs; writes `<name>-actual.png` and `<name>-diff.png` when they differ too much. */
export function comparePngs(
  name: string,
  actualPng: Buffer,
  expectedPng: Buffer,
  tolerance: Tolerance = DEFAULT_TOLERANCE,
): MatchResult {
  const actual = PNG.sync.read(actualPng);
  const expected = PNG.sync.read(expectedPng);
  if (actual.width !== expected.width || actual.height !== expected.height) {
    writeOutput(`${name}-actual.png`, actualPng);
    return {
      summary: `size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}`,
      diffPixels: Number.POSITIVE_INFINITY,
    };
  }
  const { width, height } = actual;
  const diff = new PNG({ width, height });
  const diffPixels = pixelmatch(actual.data, expected.data, diff.data, width, height, {
    threshold: tolerance.threshold,
  });
  if (diffPixels <= tolerance.maxDiffRatio * width * height) return { summary: 'same', diffPixels };
  writeOutput(`${name}-actual.png`, actualPng);
  const diffPath = writeOutput(`${name}-diff.png`, PNG.sync.write(diff));
  const share = ((100 * diffPixels) / (width * height)).toFixed(2);
  return { summary: `${diffPixels} pixels differ (${share}%); diff image: ${diffPath}`, diffPixels };
}

/** Screenshots the viewport and compares it with `baselines/<name>.png` (or writes it when updating). */
export async function matchBaseline(
  page: Page,
  name: string,
  tolerance: Tolerance = DEFAULT_TOLERANCE,
): Promise<MatchResult> {
  const png = await viewportPng(page);
  const baseline = join(BASELINE_DIR, `${name}.png`);
  if (updatingBaselines) {
    mkdirSync(BASELINE_DIR, { recursive: true });
    writeFileSync(baseline, png);
    return { summary: 'baseline written', diffPixels: 0 };
  }
  if (!existsSync(baseline)) {
    writeOutput(`${name}-actual.png`, png);
    return { summary: `no baseline ${baseline}: run with UPDATE_BASELINES=1 and review it`, diffPixels: 0 };
  }
  return comparePngs(name, png, readFileSync(baseline), tolerance);
}

function writeOutput(file: string, png: Buffer): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = join(OUTPUT_DIR, file);
  writeFileSync(path, png);
  return path;
}
