/**
 * Messages between the page and the compare worker.
 *
 * The page sends one `CompareRequest` per change of texts or options; the worker answers each request it
 * actually ran with a `CompareResponse` carrying the same `id`. Requests superseded while they waited in
 * the worker's queue are answered with `{ id, ok: false, superseded: true }` so no promise hangs. A
 * comparison's big arrays go ahead of its answer, one message each (src/worker/split.ts), so the page
 * takes a long comparison in several tasks.
 *
 * Example: → { id: 3, left: '畢節…', right: '攀枝花…', options: { minPhraseLength: 4, diffTimeoutSeconds: 0 } }
 *          ← { id: 3, part: 'phrases', value: […] }  … one per part …
 *          ← { id: 3, ok: true, comparison: { left: { text: '', … }, right: {…}, pairs: […], … }, textsOmitted: true }
 */
import type { CompareOptions, Comparison } from '../core/types';
import type { AnswerPart } from './split';

export interface CompareRequest {
  id: number;
  left: string;
  right: string;
  options: CompareOptions;
}

export type CompareResponse =
  /** `textsOmitted`: the reports' `text` is empty, the request's texts are theirs (src/worker/split.ts). */
  | { id: number; ok: true; comparison: Comparison; textsOmitted?: true }
  | { id: number; ok: false; superseded: true }
  | { id: number; ok: false; superseded?: false; message: string };

/** What the worker posts: answers, and the parts of a comparison sent ahead of its answer. */
export type WorkerMessage = CompareResponse | AnswerPart;
