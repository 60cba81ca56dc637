/**
 * Messages between the page and the compare worker.
 *
 * The page sends one `CompareRequest` per change of texts or options; the worker answers each request it
 * actually ran with a `CompareResponse` carrying the same `id`. Requests superseded while they waited in
 * the worker's queue are answered with `{ id, ok: false, superseded: true }` so no promise hangs.
 *
 * Example: → { id: 3, left: '畢節…', right: '攀枝花…', options: { minPhraseLength: 4, diffTimeoutSeconds: 0 } }
 *          ← { id: 3, ok: true, comparison: { left: {…}, right: {…}, pairs: […], … } }
 */
import type { CompareOptions, Comparison } from '../core/types';

export interface CompareRequest {
  id: number;
  left: string;
  right: string;
  options: CompareOptions;
}

export type CompareResponse =
  | { id: number; ok: true; comparison: Comparison }
  | { id: number; ok: false; superseded: true }
  | { id: number; ok: false; superseded?: false; message: string };
