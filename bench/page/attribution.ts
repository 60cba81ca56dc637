/**
 * Which source modules the bytes of a built JS file came from, read from its source map.
 *
 *   attributeBytes('bench-output/app/assets/index-B1c2.js')
 *   → Map { 'node_modules/svelte/src/internal/client/runtime.js' => 9120, 'src/App.svelte' => 2210,
 *           '(unmapped)' => 310, … }
 *
 * Each mapping segment owns the generated text up to the next segment on its line; bytes are UTF-8
 * (dictionary strings are Chinese, 3 bytes a character). Minified output, so these are shipped bytes
 * before gzip. Text no segment claims is `(unmapped)`: mostly Svelte's compiled template strings and
 * inlined `?raw` text, which the compilers emit without mappings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { decode } from '@jridgewell/sourcemap-codec';

export const unmapped = '(unmapped)';

interface RawSourceMap {
  sources: string[];
  mappings: string;
}

/** Every module a built file was made from, by its source map (even modules that got no mapped bytes). */
export function sourcesOf(jsFile: string): string[] {
  if (!existsSync(`${jsFile}.map`)) return [];
  return (JSON.parse(readFileSync(`${jsFile}.map`, 'utf8')) as RawSourceMap).sources;
}

export function attributeBytes(jsFile: string): Map<string, number> {
  const code = readFileSync(jsFile, 'utf8');
  const bytesBySource = new Map<string, number>();
  const add = (source: string, text: string) => {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > 0) bytesBySource.set(source, (bytesBySource.get(source) ?? 0) + bytes);
  };
  if (!existsSync(`${jsFile}.map`)) {
    add(unmapped, code);
    return bytesBySource;
  }
  const map = JSON.parse(readFileSync(`${jsFile}.map`, 'utf8')) as RawSourceMap;
  const lines = code.split('\n');
  decode(map.mappings).forEach((segments, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    add(unmapped, line.slice(0, segments[0]?.[0] ?? line.length));
    segments.forEach((segment, index) => {
      const end = segments[index + 1]?.[0] ?? line.length;
      const sourceIndex = segment[1];
      const source = sourceIndex === undefined ? unmapped : (map.sources[sourceIndex] ?? unmapped);
      add(source, line.slice(segment[0], end));
    });
  });
  return bytesBySource;
}

/**
 * `…/node_modules/opencc-js/dist/esm-lib/dict/HKPhrases.js` → `opencc-js`; `../../src/App.svelte` →
 * `(app src/)`. Scoped packages keep their scope.
 */
export function packageOf(source: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (match) return match[1]!;
  if (source === unmapped) return unmapped;
  return /(^|\/)src\//.test(source) ? '(app src/)' : `(other: ${source})`;
}

/** Module path inside its package: `opencc-js/dist/esm-lib/dict/HKPhrases.js` → `dist/esm-lib/dict/HKPhrases.js`. */
export function pathInPackage(source: string): string {
  const match = /node_modules\/(?:@[^/]+\/)?[^/]+\/(.*)$/.exec(source);
  return match ? match[1]! : source;
}
