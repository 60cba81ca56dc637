/**
 * Builds the two sites the page bench compares, with the app's own vite.config.ts for both so the
 * only difference is the code: the app into `bench-output/app`, the blank baseline
 * (`bench/blank/`) into `bench-output/blank`. Fresh builds, so a stale `dist/` never gets measured.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** Builds the app at `root` (a checkout with its own vite.config.ts) into `outDir` of this repository. */
export async function buildAt(root: string, outDir: string): Promise<void> {
  await build({
    configFile: join(root, 'vite.config.ts'),
    root,
    logLevel: 'warn',
    build: { outDir: join(repoRoot, outDir), emptyOutDir: true },
  });
}

/**
 * Builds commit `ref` into `outDir`: `git archive` in a temporary directory with this worktree's
 * node_modules, by the commit's own vite.config.ts (the baseline of the A/B benches).
 */
export async function buildCommit(ref: string, outDir: string): Promise<void> {
  const source = join(tmpdir(), `duizhao-build-${process.pid}`);
  rmSync(source, { recursive: true, force: true });
  mkdirSync(source);
  try {
    execSync(`git archive ${ref} | tar -x -C ${source}`, { cwd: repoRoot, stdio: 'inherit' });
    symlinkSync(join(repoRoot, 'node_modules'), join(source, 'node_modules'));
    await buildAt(source, outDir);
  } finally {
    rmSync(source, { recursive: true, force: true });
  }
}
