/**
 * The first paint without the engine, or even without JavaScript: the page on the sample comparison is
 * rendered on the server when the site is built and written into `index.html`, so the browser paints it
 * as soon as the HTML and CSS are in; `src/main.ts` hydrates it once the JavaScript has arrived.
 *
 * Two pieces go into `index.html`:
 *   - in <head>, in every mode (dev too), an inline script deciding before anything is drawn whether the
 *     page opens on the sample (src/state/opens-on.ts): if a link or a saved comparison is to be
 *     restored instead, it marks `<html data-opens="restore">`, which hides the prerendered sample
 *     (CSS below) and tells main.ts to draw from scratch, so the sample never flashes; it also starts
 *     the catcher of files dropped before the app is live (src/state/early-drop.ts);
 *   - in `<div id="app"><!--app--></div>`, at build time only, the rendered page, followed by a script
 *     that turns its `data-status` back to `computing` when restoring (tests and tools wait for
 *     `ready`). Pages without the marker (the blank page of the bench) are left alone.
 *
 * The rendering is a second, server-side build of `src/prerender.ts` (production mode, so Svelte's
 * scoped class names match the client build's), loaded from `node_modules/.cache` so its imports of
 * `svelte` and `d3-*` resolve as in Node.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import type * as EarlyDrop from '../../src/state/early-drop.ts';
import type * as OpensOn from '../../src/state/opens-on.ts';
import type * as StorageKey from '../../src/state/storage-key.ts';
import { APP_MARKER, sampleComparison, sourceModule } from './sample-comparison.ts';

/** The inline <head> script: `opensOnSample` itself, called on the address bar and the saved copy. */
export async function opensOnScript(): Promise<string> {
  const { opensOnSample } = await sourceModule<typeof OpensOn>('state/opens-on.ts');
  const { LEAVING_KEY, STORAGE_KEY } = await sourceModule<typeof StorageKey>('state/storage-key.ts');
  const decide = opensOnSample.toString();
  return (
    '(function(){try{var h=history.state,f=(h&&h.duizhaoFragment)||location.hash,s=null,l=null;' +
    `try{s=localStorage.getItem(${JSON.stringify(STORAGE_KEY)})}catch(e){}` +
    `try{l=sessionStorage.getItem(${JSON.stringify(LEAVING_KEY)})}catch(e){}` +
    `if(!(${decide})(f,s,l))document.documentElement.setAttribute("data-opens","restore")}catch(e){}})()`
  );
}

/** The inline <head> script that keeps files dropped before the app is live (src/state/early-drop.ts). */
async function earlyDropSource(): Promise<string> {
  const { earlyDropScript } = await sourceModule<typeof EarlyDrop>('state/early-drop.ts');
  return earlyDropScript();
}

const HIDE_WHEN_RESTORING = 'html[data-opens="restore"] #app[data-prerendered] main > *{visibility:hidden}';

/**
 * Until the live app takes over (main.ts removes `data-prerendered` before it hydrates), the browser lays
 * out and paints only the reading rows and side panels near the screen: the first frame of the whole
 * sample cost twice a blank page's, nearly all of it the layout and text shaping of what is below the
 * fold. Rows far off screen hold a placeholder height; nothing on screen moves when it is lifted.
 */
const LAY_OUT_NEAR_SCREEN_ONLY =
  '#app[data-prerendered] :is(.grid>.column>.cell,.grid>.gutter,.grid>.band,.grid>.chapter,.insights>section)' +
  '{content-visibility:auto;contain-intrinsic-size:auto 240px}';

/**
 * On a wide screen (the insights column beside the reading view, fixed at 360 px, its sticky box as tall
 * as the screen) up to 1,040 px tall, the theme chart and the phrase list are below the fold at the first
 * frame: the chart starts 1,099 px down the page or more at every wide size (1,137 at 1280 px, 1,185 at
 * 1181). `content-visibility:auto` lays them out anyway: Chromium renders whatever is within 150% of the
 * screen's height of it (kViewportMarginPercentage), so nearly all of the sample's first screens. Here
 * they are held back (`hidden`, in a placeholder of the chart's own height; nothing above or beside them
 * moves) for that one frame only: the loader below lifts `data-first-frame` right after it, before the
 * JavaScript is even fetched, and the next frame draws them. They were 481 of the first frame's 1,230
 * elements. The attribute is set by the inline head script (in dev too, where nothing is prerendered and
 * the rule never matches), so a page without JavaScript shows them; never in print.
 */
const FIRST_FRAME = 'data-first-frame';
/**
 * The same one-frame wait for the reading rows after the first section row (every cell after the first
 * one that is not the documents' header cards, every band, chapter and gutter after the first row's
 * gutter): at those sizes they start 1,230 px down the page or more (1,572 at 1280 × 800), and with
 * `content-visibility:auto` Chromium laid out the ones within 150% of the screen's height all the same.
 * They wait at the placeholder height of the rule above (240 px); nothing above them moves. With them the
 * first frame styled 705 elements, made 76 font lookups (synchronous calls to the browser process, slow
 * when the machine is loaded) and took 122 ms of main-thread CPU; without, 325, 30 and 72 ms (scratch
 * trace of the whole page's first frame at 1280 × 800, medians of 5).
 */
const READING_AFTER_FIRST_ROW =
  '.grid>.column>.cell:not(.meta-cell)~.cell,.grid>.gutter~:is(.band,.chapter,.gutter)';
/**
 * The outline's lines below the fold wait that frame too. The outline (a scroll box of at most 560 px,
 * its lines prerendered 300 px past that) starts 593 px down the page or more at widths from 1181 px
 * (679 at 1181, 631 at 1280), so on a screen up to 1,040 px tall its lines from the 25th `li` (the first
 * is a spacer) are below the fold, and up to 800 px from the 12th; two lines more are kept for safety.
 * At 1280 × 800 they were 29 of its 42 lines, 193 elements, drawn in the first frame all the same
 * (content-visibility:auto is on the whole insights section). They wait in placeholders of one line's
 * height (18.2 px); the box's own height is its max-height either way, so nothing outside it moves.
 */
const OUTLINE_LINES_AFTER = (line: number) =>
  `html[${FIRST_FRAME}] #app[data-prerendered] .navigator>ol>li:nth-child(n+${line})` +
  '{content-visibility:hidden;contain-intrinsic-size:auto 18.2px}';
/**
 * On a wide screen up to 800 px tall the first section row is below the fold as well: its cells and the
 * gutter between them start 819 px down the page or more (856 at 1280, 920 at 1181, 819 from 1366 up;
 * the header cards and the documents' first lines above them stay). In the first frame at 1280 × 800
 * they were the only text in the reading serif (two faces, 16.5 px, ~440 characters to shape) and a
 * gauge with its own sizes: 4 of the frame's 22 font setups, each a synchronous call to the browser
 * process. They wait that frame in the 240 px placeholder of the rule above; nothing above them moves.
 */
const FIRST_SECTION_ROW = '.grid>.column>.cell:not(.meta-cell),.grid>.gutter';
const BELOW_FOLD_NEXT_FRAME =
  '@media screen and (min-width:1181px) and (max-height:1040px){' +
  `html[${FIRST_FRAME}] #app[data-prerendered] .insights>:is(section.themes,section.phrases)` +
  '{content-visibility:hidden;contain-intrinsic-size:auto 784px}' +
  `html[${FIRST_FRAME}] #app[data-prerendered] :is(${READING_AFTER_FIRST_ROW}){content-visibility:hidden}` +
  `${OUTLINE_LINES_AFTER(27)}}` +
  '@media screen and (min-width:1181px) and (max-height:800px){' +
  `html[${FIRST_FRAME}] #app[data-prerendered] :is(${FIRST_SECTION_ROW}){content-visibility:hidden}` +
  `${OUTLINE_LINES_AFTER(14)}}`;

/**
 * The built page's entry script (and its preloads), moved from <head> into a loader that runs after the
 * first frame has painted the prerendered page: fetching, compiling and running ~200 kB of JavaScript
 * no longer delays the first paint (at parse end the browser runs module scripts before it paints).
 * Loaded at once when the page is hidden (no frames come) or restoring (the sample is not shown).
 */
export function loadAfterFirstPaint(html: string): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(html);
  if (!entry) throw new Error('prerender: the built index.html has no module entry script');
  const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g)];
  let page = html.replace(entry[0], '');
  for (const preload of preloads) page = page.replace(preload[0], '');
  const loader =
    '(function(){var d=document,done=false;function go(){if(done)return;done=true;' +
    `d.documentElement.removeAttribute("${FIRST_FRAME}");` +
    `${JSON.stringify(preloads.map((preload) => preload[1]))}.forEach(function(h){` +
    'var l=d.createElement("link");l.rel="modulepreload";l.crossOrigin="";l.href=h;d.head.appendChild(l)});' +
    'var s=d.createElement("script");s.type="module";s.crossOrigin="";' +
    `s.src=${JSON.stringify(entry[1])};d.head.appendChild(s)}` +
    'if(d.documentElement.getAttribute("data-opens")==="restore"||d.visibilityState!=="visible")go();' +
    'else{d.addEventListener("visibilitychange",go);requestAnimationFrame(function(){setTimeout(go,0)})}})()';
  return page.replace('</body>', `  <script>${loader}</script>\n  </body>`);
}

/**
 * The browser paints a partly parsed page when the parser yields, and the prerendered sample is long
 * (~113 KB): at widths up to 1180 px the insights column sits above the reading view (CSS `order`) but
 * comes after it in the markup, so a frame could show the reading view at the top and then push it below
 * the insights as they arrived (a layout shift of 0.05–0.10). The first render waits until the end of the
 * prerendered page is parsed: `<link rel="expect" blocking="render">` on the element that ends it. Only
 * at those widths (`media`, the breakpoint of src/App.svelte): wider, the insights sit beside the reading
 * view and a partial frame moves nothing, and waiting for the whole page made the first paint 1.27× later
 * (npx tsx bench/paint-ab.ts at 1280 px, medians of 9).
 */
const PRERENDERED_END = 'duizhao-prerendered-end';
const RENDER_WHEN_PARSED = `<link rel="expect" href="#${PRERENDERED_END}" blocking="render" media="(max-width: 1180px)">`;

/**
 * The page's stylesheet, written into <head> as a `<style>`: the first frame waited for it as a second
 * request after the HTML (render-blocking), ~100–250 ms on this loaded machine, where the blank page's
 * one request is its script (bench/paint-phases.ts: the app's stylesheet ended at 438 ms, its HTML at
 * 163). The `<link>` stays, `disabled` (so never fetched): Vite's loader of lazy chunks adds a chunk's CSS
 * only when no `<link rel="stylesheet">` of that address is in the page, and some chunks name this one.
 */
export function inlineStylesheet(html: string, readAsset: (path: string) => string): string {
  const links = [...html.matchAll(/<link rel="stylesheet" crossorigin href="([^"]+\.css)">/g)];
  if (links.length !== 1) throw new Error(`prerender: expected one stylesheet link, found ${links.length}`);
  const [link, href] = [links[0]![0], links[0]![1]!];
  const css = readAsset(href);
  // Vite's own CSS never holds `</style`, but a string in a stylesheet could: it would end the element.
  if (/<\/style/i.test(css)) throw new Error(`prerender: ${href} holds "</style", cannot inline it`);
  return html.replace(
    link,
    () => `<style>${css}</style><link rel="stylesheet" crossorigin href="${href}" disabled>`,
  );
}

const STATUS_WHEN_RESTORING =
  `<script id="${PRERENDERED_END}">if(document.documentElement.getAttribute("data-opens")==="restore"){` +
  'var m=document.querySelector("#app main");if(m)m.setAttribute("data-status","computing")}</script>';

async function renderApp(root: string): Promise<{ head: string; body: string }> {
  const outDir = join(root, 'node_modules/.cache/duizhao-prerender');
  mkdirSync(outDir, { recursive: true });
  await build({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'warn',
    plugins: [svelte(), sampleComparison()],
    build: {
      ssr: join(root, 'src/prerender.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      sourcemap: false,
      rollupOptions: { output: { entryFileNames: 'prerender.mjs' } },
    },
  });
  const module = (await import(`${pathToFileURL(join(outDir, 'prerender.mjs')).href}?t=${Date.now()}`)) as {
    prerender: () => { head: string; body: string };
  };
  return module.prerender();
}

export function prerender(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'duizhao:prerender',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        if (!html.includes(APP_MARKER)) return html;
        return html.replace(
          '</head>',
          `    <script>${await opensOnScript()};document.documentElement.setAttribute("${FIRST_FRAME}","");` +
            `${await earlyDropSource()}</script>\n` +
            `    <style>${HIDE_WHEN_RESTORING}${LAY_OUT_NEAR_SCREEN_ONLY}${BELOW_FOLD_NEXT_FRAME}</style>\n  </head>`,
        );
      },
    },
    async closeBundle() {
      if (config.command !== 'build' || config.build.ssr) return;
      const outDir = resolve(config.root, config.build.outDir);
      const indexPath = join(outDir, 'index.html');
      const html = readFileSync(indexPath, 'utf8');
      if (!html.includes(APP_MARKER)) return;
      const page = await renderApp(config.root);
      writeFileSync(
        indexPath,
        inlineStylesheet(loadAfterFirstPaint(html), (href) => readFileSync(join(outDir, href), 'utf8'))
          .replace('<div id="app">', '<div id="app" data-prerendered>')
          .replace(APP_MARKER, `${page.body}${STATUS_WHEN_RESTORING}`)
          .replace('</head>', `${page.head}${RENDER_WHEN_PARSED}</head>`),
      );
    },
  };
}
