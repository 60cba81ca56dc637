/**
 * The glyph source of the chart export in the browser: Noto Sans SC 500 as Fontsource slices, emitted
 * by the build as hashed assets and fetched only when a chart is exported (this module is itself part
 * of the lazily loaded export code). See src/core/export/glyphs.ts for why the chart is outlined.
 */
import css from '@fontsource/noto-sans-sc/500.css?raw';
import { parseSliceRanges, TextOutliner } from '../core/export/glyphs';

// The package also ships one 1.5 MB `chinese-simplified` file the CSS never names: left out of the build.
const SLICE_URLS = import.meta.glob<string>(
  [
    '/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-500-normal.woff',
    '!/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-500-normal.woff',
  ],
  { query: '?url', import: 'default', eager: true },
);

function sliceUrl(id: string): string {
  const url = Object.entries(SLICE_URLS).find(([path]) =>
    path.endsWith(`/noto-sans-sc-${id}-500-normal.woff`),
  )?.[1];
  if (!url) throw new Error(`The chart font has no slice “${id}”.`);
  return url;
}

let outliner: TextOutliner | null = null;

export function chartOutliner(): TextOutliner {
  outliner ??= new TextOutliner(parseSliceRanges(css), async (id) => {
    const response = await fetch(sliceUrl(id));
    if (!response.ok) throw new Error(`The chart font could not be loaded (HTTP ${response.status}).`);
    return response.arrayBuffer();
  });
  return outliner;
}
