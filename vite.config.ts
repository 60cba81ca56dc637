import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { prerender } from './tools/vite/prerender.ts';
import { sampleComparison } from './tools/vite/sample-comparison.ts';

/**
 * pdf.js's character maps (CJK PDFs name maps that are not inside the file) and standard fonts, shipped
 * with the site under `pdfjs/` (copied from the installed package at build time, served from it in
 * dev), so reading a Chinese PDF needs no network. Fetched only when a PDF is read (src/core/load/pdf.ts).
 */
function pdfjsAssets(): Plugin {
  const packageDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const folders = ['cmaps', 'standard_fonts'];
  return {
    name: 'duizhao:pdfjs-assets',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /^\/pdfjs\/(cmaps|standard_fonts)\/([\w.-]+)$/.exec(request.url?.split('?')[0] ?? '');
        if (!match) return next();
        createReadStream(join(packageDir, match[1]!, match[2]!))
          .on('error', () => next())
          .pipe(response);
      });
    },
    generateBundle() {
      for (const folder of folders)
        for (const file of readdirSync(join(packageDir, folder)))
          this.emitFile({
            type: 'asset',
            fileName: `pdfjs/${folder}/${file}`,
            source: readFileSync(join(packageDir, folder, file)),
          });
    },
  };
}

// `base: './'` keeps every asset URL relative, so the static build works from any sub-path
// of a static host (GitHub Pages serves it under /<repo>/).
export default defineConfig({
  base: './',
  plugins: [svelte(), sampleComparison(), prerender(), pdfjsAssets()],
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
