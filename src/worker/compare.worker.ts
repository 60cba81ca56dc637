/**
 * Runs the engine off the main thread so the page never freezes while two long reports are compared.
 * Only the newest request runs (see latestOnly.ts); older ones are answered as superseded.
 */
import { compare } from '../core/index';
import { LatestOnly, answer } from './latestOnly';
import type { CompareRequest } from './protocol';

const queue = new LatestOnly(
  (request) => answer(request, compare),
  (message) => self.postMessage(message),
);

self.onmessage = (event: MessageEvent<CompareRequest>) => queue.push(event.data);
