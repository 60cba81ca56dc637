import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { prerender } from './tools/vite/prerender.ts';
import { sampleComparison } from './tools/vite/sample-comparison.ts';

// `base: './'` keeps every asset URL relative, so the static build works from any sub-path
// of a static host (GitHub Pages serves it under /<repo>/).
export default defineConfig({
  base: './',
  plugins: [svelte(), sampleComparison(), prerender()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: false },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: ['tests/core/**/*.test.ts', 'tests/state/**/*.test.ts', 'tests/corpus/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One Chromium and one preview server are shared by the whole e2e run.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
