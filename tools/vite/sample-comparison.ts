/**
 * `virtual:duizhao/sample-comparison`: the comparison of the two sample reports at the default options,
 * computed by the engine when the site is built (and when the dev server or the tests load it), as
 * compact JSON (src/core/comparison-json.ts), texts included. The page draws the sample from it
 * without the worker or opencc; the worker is needed only for new texts or options.
 *
 *   import readSample from 'virtual:duizhao/sample-comparison';
 *   readSample()   // the JSON string; parsed once by src/state/sample.ts
 *
 * In the production page the JSON is data in `index.html` (`<script type="application/json"
 * id="duizhao-sample">`), read from the document, so the JavaScript bundle does not carry 60 kB of text
 * and numbers that JSON.parse reads faster than the JavaScript parser would. Everywhere else (dev
 * server, server-side rendering, tests) the module returns it directly.
 *
 * `stats.elapsedMs` is set to 0: the time the build machine took says nothing to the reader.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin, type ResolvedConfig } from 'vite';
import type * as Engine from '../../src/core/index.ts';
import type * as Json from '../../src/core/comparison-json.ts';

export const SAMPLE_COMPARISON_ID = 'virtual:duizhao/sample-comparison';
const RESOLVED = `\0${SAMPLE_COMPARISON_ID}`;
/** Id of the JSON data element in the production page. */
export const SAMPLE_ELEMENT_ID = 'duizhao-sample';

export const SAMPLE_FILES = {
  left: fileURLToPath(new URL('../../src/sample/bijie-traditional.txt', import.meta.url)),
  right: fileURLToPath(new URL('../../src/sample/panzhihua-simplified.txt', import.meta.url)),
};

/** A module of src/, loaded through Vite's module runner (TypeScript), not bundled into the config. */
export async function sourceModule<T>(path: string): Promise<T> {
  const url = new URL(`../../src/${path}`, import.meta.url);
  return (await runnerImport<T>(fileURLToPath(url), { configFile: false, logLevel: 'warn' })).module;
}

let cached: Promise<string> | null = null;

/** The sample comparison as the page receives it (computed once per process). */
export function sampleComparisonJson(): Promise<string> {
  cached ??= (async () => {
    const { compare, DEFAULT_OPTIONS } = await sourceModule<typeof Engine>('core/index.ts');
    const { comparisonToJson } = await sourceModule<typeof Json>('core/comparison-json.ts');
    const left = readFileSync(SAMPLE_FILES.left, 'utf8');
    const right = readFileSync(SAMPLE_FILES.right, 'utf8');
    const comparison = compare(left, right, { ...DEFAULT_OPTIONS });
    comparison.stats.elapsedMs = 0;
    return comparisonToJson(comparison);
  })();
  return cached;
}

/** JSON inside <script>: `<` escaped so no `</script>` or `<!--` can end or bend the element. */
function inScriptElement(json: string): string {
  return json.replace(/</g, '\\u003c');
}

/**
 * The mark in the app's own index.html that the prerender fills (`./prerender`). Only that page gets the
 * sample's data: the page bench's blank baseline (bench/blank) has a `#app` too, and carried the 72 kB of
 * sample JSON until this, which made the baseline slower than a blank page.
 */
export const APP_MARKER = '<!--app-->';

export function sampleComparison(): Plugin {
  let config: ResolvedConfig;
  const inPage = () => config.command === 'build' && !config.build.ssr && !process.env.VITEST;
  return {
    name: 'duizhao:sample-comparison',
    configResolved(resolved) {
      config = resolved;
    },
    resolveId: (source) => (source === SAMPLE_COMPARISON_ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(SAMPLE_FILES.left);
      this.addWatchFile(SAMPLE_FILES.right);
      if (inPage()) {
        return `export default () => document.getElementById(${JSON.stringify(SAMPLE_ELEMENT_ID)}).textContent;\n`;
      }
      return `const json = ${JSON.stringify(await sampleComparisonJson())};\nexport default () => json;\n`;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!inPage() || !html.includes(APP_MARKER)) return html;
        const data = inScriptElement(await sampleComparisonJson());
        return html.replace(
          '</body>',
          `  <script type="application/json" id="${SAMPLE_ELEMENT_ID}">${data}</script>\n  </body>`,
        );
      },
    },
  };
}
