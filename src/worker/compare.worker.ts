/**
 * Runs the engine off the main thread so the page never freezes while two long reports are compared.
 * Only the newest request runs (see latestOnly.ts); older ones are answered as superseded. The offset
 * maps (four arrays as long as the texts) are transferred, not copied, to the page.
 */
import { compare } from '../core/index';
import { LatestOnly, answer } from './latestOnly';
import type { CompareRequest, CompareResponse } from './protocol';

function transferables(message: CompareResponse): Transferable[] {
  if (!message.ok) return [];
  const { left, right } = message.comparison;
  // A Set: two views may share one buffer, and a buffer listed twice cannot be transferred.
  return [
    ...new Set(
      [left.map.normStart, left.map.normEnd, right.map.normStart, right.map.normEnd].map((a) => a.buffer),
    ),
  ];
}

const queue = new LatestOnly(
  (request) => answer(request, compare),
  (message) => self.postMessage(message, { transfer: transferables(message) }),
);

self.onmessage = (event: MessageEvent<CompareRequest>) => queue.push(event.data);
