import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/index';
import type { Comparison } from '../../src/core/types';
import { CompareClient, type WorkerLike } from '../../src/worker/client';
import type { CompareRequest, WorkerMessage } from '../../src/worker/protocol';
import { joinComparison, PARTS, splitComparison, type PartName } from '../../src/worker/split';
import { BIJIE, PANZHIHUA } from '../core/samples';

const sample = compare(BIJIE, PANZHIHUA);

/** What posting does to a value: a copy, sharing nothing with the sender or with other messages. */
const posted = <T>(value: T): T => structuredClone(value);

/** Every object reachable from `value`, typed arrays included. */
function objectsOf(value: unknown, into = new Set<object>()): Set<object> {
  if (value === null || typeof value !== 'object' || into.has(value)) return into;
  into.add(value);
  if (!ArrayBuffer.isView(value)) for (const child of Object.values(value)) objectsOf(child, into);
  return into;
}

describe('splitComparison / joinComparison (an answer in several messages)', () => {
  it('takes out every part, leaves empty arrays in their place, and keeps the rest', () => {
    const { parts, rest } = splitComparison(sample, null);
    expect(parts.map((p) => p.part)).toEqual([...PARTS]);
    expect(parts.find((p) => p.part === 'phrases')!.value).toBe(sample.phrases);
    expect(parts.find((p) => p.part === 'left.outline')!.value).toBe(sample.left.outline);
    expect(rest.phrases).toEqual([]);
    expect(rest.themes).toEqual([]);
    expect(rest.right.sections).toEqual([]);
    expect(rest.pairs).toBe(sample.pairs);
    expect(rest.left.map).toBe(sample.left.map);
    // The comparison it was cut from is untouched.
    expect(sample.phrases.length).toBeGreaterThan(0);
    expect(sample.left.outline.length).toBeGreaterThan(0);
  });

  it('round-trips the sample comparison through posted messages', () => {
    const { parts, rest, textsOmitted } = splitComparison(sample, { left: BIJIE, right: PANZHIHUA });
    expect(textsOmitted).toBe(true);
    const arrived = posted(rest);
    expect(arrived.left.text).toBe('');
    expect(arrived.right.text).toBe('');
    const received = new Map(parts.map(({ part, value }) => [part, posted(value)]));
    const joined = joinComparison(arrived, received, { left: BIJIE, right: PANZHIHUA });
    expect(joined).toEqual(sample);
  });

  it('sends the texts when they are not the request’s', () => {
    const { rest, textsOmitted } = splitComparison(sample, { left: BIJIE, right: `${PANZHIHUA}。` });
    expect(textsOmitted).toBe(false);
    expect(rest.left.text).toBe(BIJIE);
    expect(rest.right.text).toBe(PANZHIHUA);
    expect(splitComparison(sample, null).textsOmitted).toBe(false);
  });

  it('cuts the comparison where no object is shared, so posting makes no two copies of one', () => {
    const { parts, rest } = splitComparison(sample, null);
    const owner = new Map<object, string>();
    const pieces: [string, unknown][] = [
      ...parts.map(({ part, value }): [string, unknown] => [part, value]),
      ['rest', rest],
    ];
    const shared: string[] = [];
    for (const [name, value] of pieces) {
      for (const object of objectsOf(value)) {
        const first = owner.get(object);
        if (first !== undefined && first !== name) shared.push(`${first} & ${name}`);
        else owner.set(object, name);
      }
    }
    expect(shared).toEqual([]);
  });

  it('refuses an answer missing a part', () => {
    const { parts, rest } = splitComparison(sample, null);
    const received = new Map(parts.slice(1).map(({ part, value }) => [part, value]));
    expect(() => joinComparison(rest, received, null)).toThrow('without its phrases');
  });
});

describe('CompareClient with an answer in parts', () => {
  function fakeWorker() {
    const requests: CompareRequest[] = [];
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage: (message) => requests.push(message),
      terminate: () => undefined,
    };
    const send = (message: WorkerMessage) =>
      worker.onmessage?.({ data: posted(message) } as MessageEvent<WorkerMessage>);
    return { worker, requests, send };
  }
  const options = { minPhraseLength: 4, diffTimeoutSeconds: 0 };
  const sendSplit = (send: (message: WorkerMessage) => void, id: number, comparison: Comparison) => {
    const { parts, rest, textsOmitted } = splitComparison(comparison, { left: BIJIE, right: PANZHIHUA });
    for (const { part, value } of parts) send({ id, part, value });
    send({ id, ok: true, comparison: rest, ...(textsOmitted ? { textsOmitted: true as const } : {}) });
  };

  it('resolves the newest request with the comparison put back together, texts included', async () => {
    const { worker, send } = fakeWorker();
    const client = new CompareClient(worker);
    const result = client.run(BIJIE, PANZHIHUA, options);
    sendSplit(send, 1, sample);
    const comparison = await result;
    expect(comparison).toEqual(sample);
    expect(comparison!.left.text).toBe(BIJIE);
  });

  it('resolves a superseded request to null and keeps no part of it', async () => {
    const { worker, send } = fakeWorker();
    const client = new CompareClient(worker);
    const older = client.run(BIJIE, PANZHIHUA, options);
    const newer = client.run(BIJIE, PANZHIHUA, options);
    // Parts of the older answer arrive, then the newer answer: the older one resolves to null.
    send({ id: 1, part: 'phrases' as PartName, value: [] });
    sendSplit(send, 2, sample);
    send({ id: 1, ok: false, superseded: true });
    await expect(newer).resolves.toEqual(sample);
    await expect(older).resolves.toBeNull();
  });

  it('rejects an answer whose parts did not all arrive', async () => {
    const { worker, send } = fakeWorker();
    const client = new CompareClient(worker);
    const result = client.run(BIJIE, PANZHIHUA, options);
    const { parts, rest } = splitComparison(sample, null);
    for (const { part, value } of parts.slice(0, 3)) send({ id: 1, part, value });
    send({ id: 1, ok: true, comparison: rest });
    await expect(result).rejects.toThrow('arrived without its');
  });
});
