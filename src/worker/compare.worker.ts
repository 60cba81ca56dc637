/**
 * Runs the engine off the main thread so the page never freezes while two long reports are compared.
 * Only the newest request runs (see latestOnly.ts); older ones are answered as superseded. The offset
 * maps (four arrays as long as the texts) are transferred, not copied, to the page.
 */
import { compare } from '../core/index';
import { LatestOnly, answer } from './latestOnly';
import type { CompareRequest, CompareResponse } from './protocol';
import { splitComparison, type AnswerPart } from './split';
import { WarmUp, type WarmUpRequest } from './warm-up';

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

/** The texts of each request not answered yet: an answer leaves them out when they are unchanged. */
const texts = new Map<number, { left: string; right: string }>();

/** Posts an answer: a comparison's big arrays first, one message each, then the rest (src/worker/split.ts). */
function post(message: CompareResponse): void {
  const request = texts.get(message.id) ?? null;
  texts.delete(message.id);
  if (!message.ok) {
    self.postMessage(message);
    return;
  }
  const { parts, rest, textsOmitted } = splitComparison(message.comparison, request);
  for (const { part, value } of parts) self.postMessage({ id: message.id, part, value } satisfies AnswerPart);
  const last: CompareResponse = { id: message.id, ok: true, comparison: rest };
  if (textsOmitted) last.textsOmitted = true;
  self.postMessage(last, { transfer: transferables(last) });
}

const queue = new LatestOnly((request) => answer(request, compare), post);
const warmUp = new WarmUp((left, right) => compare(left, right));

self.onmessage = (event: MessageEvent<CompareRequest | WarmUpRequest>) => {
  const { data } = event;
  if ('warmUp' in data) {
    warmUp.start(data.warmUp);
    return;
  }
  warmUp.stop();
  texts.set(data.id, { left: data.left, right: data.right });
  queue.push(data);
};
