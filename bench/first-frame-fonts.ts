/**
 * Which fonts the sample's first frame draws its text in: every family × size × weight × style of the
 * text on screen in the frame that paints `[data-status="ready"]`, with how many text nodes use it and
 * a few of them. Each such font is one set-up before that frame (on Linux a synchronous call to the
 * browser process, `#strikes` in bench/paint-ab.ts); a throwaway build with one size everywhere once
 * drew at 1.27× the blank page where the app drew at 1.65× (`npm run bench:page`, same run). This names
 * the one-offs a change to the type scale (`src/app.css`) would merge into a neighbour.
 *
 *   npx vite build && npx tsx bench/first-frame-fonts.ts            # dist/, 1280 × 800
 *   npx tsx bench/first-frame-fonts.ts --dir bench-output/pa-ours --width 1440 --height 900
 *
 * Read at the first animation frame after the ready state is parsed, before the frame's own style and
 * layout (`getComputedStyle` and `getBoundingClientRect` run them early): the prerendered page holds
 * its first-frame rules (`html[data-first-frame]`) then, as the frame that paints it does. Text inside
 * a `content-visibility` subtree that is skipped, or outside the viewport, is not counted.
 */
import { launchChromium, serveSite } from '../tests/e2e/harness';
import { argument } from './page/argument';

const dir = argument('--dir') ?? 'dist';
const width = Number(argument('--width') ?? 1280);
const height = Number(argument('--height') ?? 800);

interface FontUse {
  font: string;
  nodes: number;
  examples: string[];
}

/** Runs in the page before its scripts; leaves the fonts of the first frame in `window.__firstFrameFonts`. */
function recordFirstFrameFonts(): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-status="ready"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const uses = new Map<string, FontUse>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        const element = node.parentElement;
        if (text === '' || !element) continue;
        if (!element.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })) continue;
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.bottom < 0 || box.top > innerHeight) continue;
        const style = getComputedStyle(element);
        const family = style.fontFamily.split(',')[0]!.trim();
        const font = `${family} ${style.fontSize} ${style.fontWeight} ${style.fontStyle}`;
        const use = uses.get(font) ?? { font, nodes: 0, examples: [] };
        use.nodes++;
        if (use.examples.length < 4) use.examples.push(`${element.localName} “${text.slice(0, 10)}”`);
        uses.set(font, use);
      }
      (window as unknown as { __firstFrameFonts: FontUse[] }).__firstFrameFonts = [...uses.values()];
    });
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

const site = await serveSite(dir);
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.addInitScript(recordFirstFrameFonts);
  await page.goto(site.baseURL);
  const handle = await page.waitForFunction(
    () => (window as unknown as { __firstFrameFonts?: FontUse[] }).__firstFrameFonts,
  );
  const uses = ((await handle.jsonValue()) as FontUse[]).sort((a, b) => a.nodes - b.nodes);
  console.log(`Fonts of the first frame (${dir}, ${width} × ${height}): ${uses.length}, fewest uses first`);
  for (const use of uses)
    console.log(`${use.font.padEnd(36)} ${String(use.nodes).padStart(4)}  ${use.examples.join(' · ')}`);
} finally {
  await browser.close();
  await site.close();
}
