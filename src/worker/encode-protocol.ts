/**
 * Messages between the page and the link encoder worker (src/worker/encode.worker.ts).
 *
 * The texts cross once: a request whose texts are the ones the worker was last sent says so
 * (`sameTexts`) and carries empty texts, which the worker fills in from what it holds (`heldTexts`).
 * Copying two million-character texts into the message was 48 ms of every script toggle, theme click
 * and `n` on such reports (each saves), though only an option changed.
 */
import type { SampleTexts } from '../core/share/permalink';
import type { ComparisonSnapshot } from '../core/types';

export interface EncodeRequest {
  id: number;
  /** With `sameTexts`, its texts are '' (the worker holds them). */
  snapshot: ComparisonSnapshot;
  sameTexts?: boolean;
  sample?: SampleTexts;
}

export type EncodeResponse =
  { id: number; ok: true; fragment: string } | { id: number; ok: false; message: string };

/**
 * The worker's side of `sameTexts`: keeps the texts of the last request that carried them and puts them
 * back into the requests that do not. Requests are handled in the order they were posted.
 */
export function heldTexts(): (request: EncodeRequest) => EncodeRequest {
  let held: { left: string; right: string } | null = null;
  return (request) => {
    const { snapshot } = request;
    if (!request.sameTexts) {
      held = { left: snapshot.left.text, right: snapshot.right.text };
      return request;
    }
    if (!held) throw new Error('The link encoder was asked to reuse texts it was never sent.');
    return {
      ...request,
      sameTexts: false,
      snapshot: {
        ...snapshot,
        left: { ...snapshot.left, text: held.left },
        right: { ...snapshot.right, text: held.right },
      },
    };
  };
}
