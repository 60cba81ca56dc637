/**
 * The bundle check for Word and PDF: mammoth (with JSZip) and pdf.js are in lazy chunks, never in the
 * JavaScript the page loads at once (index.html's entry and its static imports) nor in the load worker's
 * own code (its static imports): both are fetched only when a .docx or .pdf is dropped. pdf.js's
 * character maps and standard fonts are shipped in the build. The page's first script (what it fetches
 * before it is live) holds none of the modules that once made it 74 KB gzip for no use there. Reads the
 * production build in `dist/` (made by `npm run test:e2e`); prints the initial JavaScript's size (raw
 * and gzip) for the record.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './harness';

const dist = join(repoRoot, 'dist');
const assets = join(dist, 'assets');
const read = (file: string) => readFileSync(join(assets, file), 'utf8');

/** Strings found only in each library's code (checked against the build: no app chunk has them). */
const MARKERS = {
  'pdf.js': ['GlobalWorkerOptions', 'WorkerMessageHandler'],
  mammoth: ['Could not find file in options'],
  jszip: ['end of central directory'],
};

/** A chunk and every chunk it imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function staticClosure(entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of read(file).matchAll(/(?:\bfrom\s*|\bimport\s*)["'`]\.\/([\w.-]+\.js)["'`]/g))
      queue.push(match[1]!);
  }
  return [...seen];
}

function initialScripts(): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // Every script the page names: the entry and its preloads are in the loader that runs after the first
  // frame (tools/vite/prerender.ts), as string literals, no longer in <script src> or <link> tags.
  const entries = [...html.matchAll(/"\.\/assets\/([\w.-]+\.js)"/g)].map((m) => m[1]!);
  expect(entries.length).toBeGreaterThan(0);
  return staticClosure(entries);
}

function chunksWith(marker: string): string[] {
  return readdirSync(assets).filter((file) => file.endsWith('.js') && read(file).includes(marker));
}

describe('bundle: Word and PDF readers load lazily', () => {
  it('keeps mammoth, JSZip and pdf.js out of the first paint and out of the load worker itself', () => {
    const initial = initialScripts();
    const worker = readdirSync(assets).find((file) => /^load\.worker-[\w-]+\.js$/.test(file));
    expect(worker).toBeDefined();
    const workerOwn = staticClosure([worker!]);
    const raw = initial.reduce((sum, file) => sum + readFileSync(join(assets, file)).length, 0);
    const gzip = initial.reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file))).length, 0);
    console.log(`initial JavaScript: ${initial.join(', ')}: ${raw} bytes raw, ${gzip} bytes gzip (level 6)`);
    for (const [library, markers] of Object.entries(MARKERS))
      for (const marker of markers) {
        const chunks = chunksWith(marker);
        expect(chunks.length, `${library} (${marker}) is built somewhere`).toBeGreaterThan(0);
        for (const chunk of chunks) {
          expect(initial, `${library} must not be in the first paint`).not.toContain(chunk);
          expect(workerOwn, `${library} must not be in the load worker's own code`).not.toContain(chunk);
        }
      }
  });

  it('ships the CJK character maps and standard fonts pdf.js asks for', () => {
    for (const file of [
      'cmaps/UniGB-UCS2-H.bcmap',
      'cmaps/Adobe-GB1-UCS2.bcmap',
      'cmaps/UniCNS-UCS2-H.bcmap',
      'cmaps/UniGB-UTF16-H.bcmap',
      'standard_fonts/LiberationSans-Regular.ttf',
    ])
      expect(existsSync(join(dist, 'pdfjs', file)), file).toBe(true);
  });
});

/**
 * Modules the page's first script went without on purpose (issue 9: 74.3 → 57.4 KB gzip before live):
 * d3-scale's linear scale drags in d3's interpolators, colour parser and number formatter, d3-shape ships
 * curve factories the bundler cannot drop (src/view/themeChart.ts, minimap.ts, similarityGauge.ts
 * say what replaced them), and the load index brings the file readers and the share validator
 * (src/components/load/Notices.svelte imports the encodings from their own module). The worker's client
 * only serves new texts or options (the sample comes computed), so src/state/session.ts loads it when
 * the page is idle (59.7 → 59.0 KB).
 */
const NOT_BEFORE_LIVE = [
  'node_modules/d3-interpolate/',
  'node_modules/d3-color/',
  'node_modules/d3-format/',
  'node_modules/d3-shape/',
  'node_modules/d3-path/',
  'src/core/load/index.ts',
  'src/core/load/html.ts',
  'src/core/share/validate.ts',
  'src/worker/client.ts',
];

describe('bundle: the first script holds only what the page needs to be live', () => {
  it('leaves out d3 modules the page does not use and the file readers', () => {
    const sources = initialScripts().flatMap((file) => {
      const map = JSON.parse(readFileSync(join(assets, `${file}.map`), 'utf8')) as { sources: string[] };
      return map.sources;
    });
    expect(sources.length).toBeGreaterThan(0);
    for (const module of NOT_BEFORE_LIVE)
      expect(
        sources.filter((source) => source.includes(module)),
        `${module} is in the first script`,
      ).toEqual([]);
  });
});
