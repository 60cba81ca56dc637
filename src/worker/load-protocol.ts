/**
 * Messages between the page and the load worker (`load.worker.ts`), which runs the whole load path of
 * `src/core/load` (decode, decide the kind, extract HTML) off the main thread: a hostile page of
 * 200,000 nested elements or a million `<br>` costs the worker time, never the page a frozen frame.
 *
 * Example: → { id: 1, op: 'file', name: '报告.html', bytes: Uint8Array(…) }
 *          ← { id: 1, ok: true, result: { ok: true, kind: 'text', name: '报告.html', text: '…', … } }
 */
import type { EncodingName, LoadResult } from '../core/load';

export type LoadRequest =
  | {
      id: number;
      op: 'file';
      name: string;
      bytes: Uint8Array;
      encoding?: EncodingName;
      /** Where the site ships pdf.js's maps and fonts: the worker cannot see the page's address. */
      pdfAssetsURL?: string;
    }
  | { id: number; op: 'paste'; text: string; name?: string };

export type LoadResponse =
  { id: number; ok: true; result: LoadResult } | { id: number; ok: false; message: string };
