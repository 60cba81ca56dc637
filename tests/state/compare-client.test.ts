import { describe, expect, it } from 'vitest';
import { CompareClient, type WorkerLike } from '../../src/worker/client';
import type { Comparison } from '../../src/core/types';
import type { CompareRequest, WorkerMessage } from '../../src/worker/protocol';
import type { WarmUpRequest } from '../../src/worker/warm-up';
import { splitComparison } from '../../src/worker/split';
import { BIJIE, PANZHIHUA } from '../core/samples';
import { compare } from '../../src/core/index';
import { fixtureComparison } from './fixture';

/** A worker stand-in that records requests and answers when the test says so. */
function fakeWorker() {
  const requests: (CompareRequest | WarmUpRequest)[] = [];
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => requests.push(message),
    terminate: () => undefined,
  };
  const answer = (message: WorkerMessage) =>
    worker.onmessage?.({ data: message } as MessageEvent<WorkerMessage>);
  return { worker, requests, answer };
}

const options = { minPhraseLength: 4, diffTimeoutSeconds: 0 };

describe('CompareClient', () => {
  it('numbers requests and resolves the newest with its comparison', async () => {
    const { worker, requests, answer } = fakeWorker();
    const client = new CompareClient(worker);
    const result = client.run('甲', '乙', options);
    expect(requests).toEqual([{ id: 1, left: '甲', right: '乙', options }]);
    const comparison = fixtureComparison();
    answer({ id: 1, ok: true, comparison });
    await expect(result).resolves.toBe(comparison);
  });

  it('resolves an older request to null even when its answer arrives after the newer one', async () => {
    const { worker, answer } = fakeWorker();
    const client = new CompareClient(worker);
    const older = client.run('a', 'b', options);
    const newer = client.run('a', 'c', options);
    const newest = fixtureComparison();
    answer({ id: 2, ok: true, comparison: newest });
    answer({ id: 1, ok: true, comparison: fixtureComparison() });
    await expect(newer).resolves.toBe(newest);
    await expect(older).resolves.toBeNull();
  });

  it('resolves superseded requests to null and rejects engine errors with their message', async () => {
    const { worker, answer } = fakeWorker();
    const client = new CompareClient(worker);
    const first = client.run('a', 'b', options);
    const second = client.run('a', 'b', options);
    answer({ id: 1, ok: false, superseded: true });
    answer({ id: 2, ok: false, message: 'input too long' });
    await expect(first).resolves.toBeNull();
    await expect(second).rejects.toThrow('input too long');
  });

  it('fails pending requests when the worker itself fails', async () => {
    const { worker } = fakeWorker();
    const client = new CompareClient(worker);
    const pending = client.run('a', 'b', options);
    worker.onerror?.({ message: 'script error' } as ErrorEvent);
    await expect(pending).rejects.toThrow('script error');
  });

  it('after a fatal worker error, sends later requests to a fresh worker, which answers them', async () => {
    const first = fakeWorker();
    const second = fakeWorker();
    let terminated = false;
    first.worker.terminate = () => {
      terminated = true;
    };
    const client = new CompareClient(first.worker, () => second.worker);
    const lost = client.run('a', 'b', options);
    first.worker.onerror?.({ message: 'out of memory' } as ErrorEvent);
    await expect(lost).rejects.toThrow('out of memory');
    expect(terminated).toBe(true);
    const retried = client.run('a', 'b', options);
    expect(first.requests).toHaveLength(1);
    expect(second.requests).toEqual([{ id: 2, left: 'a', right: 'b', options }]);
    const comparison = fixtureComparison();
    second.answer({ id: 2, ok: true, comparison });
    await expect(retried).resolves.toBe(comparison);
  });
});

describe('CompareClient with an answer in parts', () => {
  const sample = compare(BIJIE, PANZHIHUA);
  /** What posting does to a value: a copy, sharing nothing with the sender or other messages. */
  const posted = <T>(value: T): T => structuredClone(value);
  const sendSplit = (send: (message: WorkerMessage) => void, id: number, comparison: Comparison) => {
    const { parts, rest, textsOmitted } = splitComparison(comparison, { left: BIJIE, right: PANZHIHUA });
    for (const { part, value } of parts) send({ id, part, value: posted(value) });
    send({
      id,
      ok: true,
      comparison: posted(rest),
      ...(textsOmitted ? { textsOmitted: true as const } : {}),
    });
  };

  it('resolves the newest request with the comparison put back together, texts included', async () => {
    const { worker, answer: send } = fakeWorker();
    const client = new CompareClient(worker);
    const result = client.run(BIJIE, PANZHIHUA, options);
    sendSplit(send, 1, sample);
    const comparison = await result;
    expect(comparison).toEqual(sample);
    expect(comparison!.left.text).toBe(BIJIE);
  });

  it('resolves a superseded request to null and keeps no part of it', async () => {
    const { worker, answer: send } = fakeWorker();
    const client = new CompareClient(worker);
    const older = client.run(BIJIE, PANZHIHUA, options);
    const newer = client.run(BIJIE, PANZHIHUA, options);
    // Parts of the older answer arrive, then the newer answer: the older one resolves to null.
    send({ id: 1, part: 'phrases', value: [] });
    sendSplit(send, 2, sample);
    send({ id: 1, ok: false, superseded: true });
    await expect(newer).resolves.toEqual(sample);
    await expect(older).resolves.toBeNull();
  });

  it('rejects an answer whose parts did not all arrive', async () => {
    const { worker, answer: send } = fakeWorker();
    const client = new CompareClient(worker);
    const result = client.run(BIJIE, PANZHIHUA, options);
    const { parts, rest } = splitComparison(sample, null);
    for (const { part, value } of parts.slice(0, 3)) send({ id: 1, part, value: posted(value) });
    send({ id: 1, ok: true, comparison: posted(rest) });
    await expect(result).rejects.toThrow('arrived without its');
  });
});
