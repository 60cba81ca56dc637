/**
 * A PDF's text layer, read with pdf.js (`pdfjs-dist`), then laid out into paragraphs by `pdf-layout.ts`.
 * Loaded only when a PDF is dropped (`documents.ts` imports this module dynamically), and run in the
 * thread that calls it (the load worker in the app): pdf.js's own worker code is imported here and
 * handed to pdf.js as `globalThis.pdfjsWorker`, so no second worker and no script URL are needed.
 *
 * CJK PDFs name predefined character maps (UniGB-UCS2-H, UniCNS-UTF16-H, …) that are not inside the
 * file: pdf.js fetches them, with the standard fonts' data, from `assetsURL` (the site ships both under
 * `pdfjs/`; see `vite.config.ts`), never from the network beyond the site. In Node the files are read
 * from the installed package.
 *
 * Radicals that CJK fonts record for ideographs (`⼈⺠` for 人民) are undone (`radicals.ts`).
 *
 * No eval (`isEvalSupported: false`), no font loading, no scripting: only the text is read.
 *
 * Example: readPdf(bytes, { assetsURL: 'https://host/app/pdfjs/' }) →
 *   { ok: true, text: '关于…的报告\n一、总体要求\n…', pages: 12, pagesWithoutText: [] }
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { pdfPagesToText, type PdfItem, type PdfPage } from './pdf-layout';
import { unifyRadicals } from './radicals';

export interface PdfRead {
  ok: true;
  text: string;
  pages: number;
  /** 1-based numbers of pages that had no text at all (scanned pages, pictures). */
  pagesWithoutText: number[];
}

export interface PdfRefusal {
  ok: false;
  reason: 'no-text-layer' | 'encrypted' | 'damaged';
  detail: string;
}

export interface PdfOptions {
  /** Base URL (ending in `/`) of the shipped `cmaps/` and `standard_fonts/`; Node: the package's folder. */
  assetsURL?: string;
}

/** Largest number of pages read: a report is tens of pages; this bounds a hostile file's cost. */
export const MAX_PDF_PAGES = 2000;

type PdfJs = typeof import('pdfjs-dist');

let pdfjs: Promise<PdfJs> | null = null;

const isNode = typeof process !== 'undefined' && process.versions?.node !== undefined;

async function loadPdfJs(): Promise<PdfJs> {
  const [lib, worker] = isNode
    ? // Node lacks DOMMatrix, which the modern build needs: its legacy build polyfills it. Computed
      // specifiers keep the browser build from bundling a second copy.
      await Promise.all(
        ['pdf.mjs', 'pdf.worker.mjs'].map(
          (file) => import(/* @vite-ignore */ `pdfjs-dist/legacy/build/${file}`),
        ),
      )
    : await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return lib as PdfJs;
}

async function defaultAssetsURL(): Promise<string> {
  // The built site keeps them beside `assets/`, where this chunk is (a computed string: Vite must not
  // take it for an asset of its own to bundle).
  if (!isNode) return new URL(['..', 'pdfjs', ''].join('/'), import.meta.url).href;
  // Node: pdf.js reads the maps with fs, from the installed package's folder. The specifier is computed
  // so the browser build never tries to bundle a Node module.
  const nodeModule = 'node:module';
  const { createRequire } = (await import(/* @vite-ignore */ nodeModule)) as typeof import('node:module');
  const packageJson = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return packageJson.slice(0, -'package.json'.length);
}

/** pdf.js gives the baseline in PDF space (up from the bottom); `top` is the page's top edge there. */
function toPdfItem(item: TextItem, top: number): PdfItem {
  const [a = 1, b = 0, , , e = 0, f = 0] = item.transform;
  const size = item.height || Math.hypot(a, b);
  return { str: item.str, x: e, y: top - f, width: item.width, size, hasEOL: item.hasEOL };
}

export async function readPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<PdfRead | PdfRefusal> {
  const lib = await (pdfjs ??= loadPdfJs());
  const base = options.assetsURL ?? (await defaultAssetsURL());
  const task = lib.getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    data: bytes.slice(),
    cMapUrl: `${base}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${base}standard_fonts/`,
    isEvalSupported: false,
    disableFontFace: true,
    enableXfa: false,
    useSystemFonts: false,
    stopAtErrors: false,
    // pdf.js would fetch the maps on "the page" side through `document.baseURI`, which a worker lacks:
    // fetch them where they are used (this thread either way). Node reads them from disk instead.
    useWorkerFetch: !isNode,
    verbosity: 0,
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const detail = error instanceof Error ? error.message : String(error);
    await task.destroy();
    return { ok: false, reason: name === 'PasswordException' ? 'encrypted' : 'damaged', detail };
  }
  try {
    const pageCount = Math.min(document.numPages, MAX_PDF_PAGES);
    const pages: PdfPage[] = [];
    const pagesWithoutText: number[] = [];
    for (let n = 1; n <= pageCount; n++) {
      const page = await document.getPage(n);
      const [left = 0, bottom = 0, right = 0, top = 0] = page.view;
      const content = await page.getTextContent();
      const items = content.items
        .filter((item): item is TextItem => 'str' in item)
        .map((item) => toPdfItem(item, top));
      if (!items.some((item) => item.str.trim() !== '')) pagesWithoutText.push(n);
      pages.push({ width: right - left, height: top - bottom, items });
      page.cleanup();
    }
    if (pagesWithoutText.length === pageCount)
      return { ok: false, reason: 'no-text-layer', detail: `${pageCount} pages, none with text` };
    return { ok: true, text: unifyRadicals(pdfPagesToText(pages)), pages: pageCount, pagesWithoutText };
  } finally {
    await document.destroy();
  }
}
