/**
 * Runs the engine off the main thread so the page never freezes while two long reports are compared.
 *
 * Requests are coalesced: each incoming message only records itself as the latest and schedules a run on
 * the next macrotask, so a burst of requests (a slider dragged across ten values) runs `compare()` once,
 * for the last one. Older requests are answered as superseded.
 */
import { compare } from '../core/index';
import type { CompareRequest, CompareResponse } from './protocol';

let latest: CompareRequest | null = null;
let scheduled = false;

function reply(message: CompareResponse): void {
  self.postMessage(message);
}

function runLatest(): void {
  scheduled = false;
  const request = latest;
  latest = null;
  if (!request) return;
  try {
    const comparison = compare(request.left, request.right, request.options);
    reply({ id: request.id, ok: true, comparison });
  } catch (error) {
    reply({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
}

self.onmessage = (event: MessageEvent<CompareRequest>) => {
  if (latest) reply({ id: latest.id, ok: false, superseded: true });
  latest = event.data;
  if (!scheduled) {
    scheduled = true;
    setTimeout(runLatest, 0);
  }
};
