/**
 * Builds the two sites the page bench compares, with the app's own vite.config.ts for both so the
 * only difference is the code: the app into `bench-output/app`, the blank baseline
 * (`bench/blank/`) into `bench-output/blank`. Fresh builds, so a stale `dist/` never gets measured.
 */
import { join } from 'node:path';
import { build } from 'vite';
import { repoRoot } from '../../tests/e2e/harness';

export interface BuiltSite {
  label: string;
  /** Relative to the repository root, as `startApp({ outDir })` takes it. */
  outDir: string;
}

export async function buildSites(): Promise<{ app: BuiltSite; blank: BuiltSite }> {
  const configFile = join(repoRoot, 'vite.config.ts');
  const app: BuiltSite = { label: 'duizhao', outDir: 'bench-output/app' };
  const blank: BuiltSite = { label: 'blank Vite+Svelte', outDir: 'bench-output/blank' };
  await build({
    configFile,
    root: repoRoot,
    logLevel: 'warn',
    build: { outDir: join(repoRoot, app.outDir), emptyOutDir: true },
  });
  await build({
    configFile,
    root: join(repoRoot, 'bench/blank'),
    logLevel: 'warn',
    build: { outDir: join(repoRoot, blank.outDir), emptyOutDir: true },
  });
  return { app, blank };
}
