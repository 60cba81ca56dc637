import { describe, expect, it } from 'vitest';
import { decodeSnapshot, encodeSnapshot } from '../../src/core/share/permalink';
import type { ComparisonSnapshot } from '../../src/core/types';
import { WORKER_FROM_UNITS, linkEncoder } from '../../src/state/encode-link';
import { heldTexts, type EncodeRequest, type EncodeResponse } from '../../src/worker/encode-protocol';

const snapshotOf = (units: number): ComparisonSnapshot => ({
  left: { name: 'a.txt', text: '统'.repeat(units / 2) },
  right: { name: 'b.txt', text: '一'.repeat(units / 2) },
  options: { minPhraseLength: 4, script: 'original' },
  view: { theme: null, phrase: null },
});

/** A stand-in for the worker: answers like src/worker/encode.worker.ts, or as told. */
class FakeWorker {
  onmessage: ((event: MessageEvent<EncodeResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: EncodeRequest[] = [];
  terminated = false;
  #withTexts = heldTexts();
  constructor(private answer: 'encode' | 'refuse' | 'die') {}
  postMessage(request: EncodeRequest): void {
    this.requests.push(request);
    const whole = this.#withTexts(request);
    void (async () => {
      if (this.answer === 'die') return this.onerror?.({ message: 'out of memory' } as ErrorEvent);
      const data: EncodeResponse =
        this.answer === 'encode'
          ? { id: request.id, ok: true, fragment: await encodeSnapshot(whole.snapshot) }
          : { id: request.id, ok: false, message: 'not valid' };
      this.onmessage?.({ data } as MessageEvent<EncodeResponse>);
    })();
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** A link encoder whose workers are fakes, kept in start order; `answer` says how the n-th one answers. */
function recordingEncoder(answer: (started: number) => 'encode' | 'refuse' | 'die' = () => 'encode') {
  const workers: FakeWorker[] = [];
  const encode = linkEncoder(() => {
    workers.push(new FakeWorker(answer(workers.length)));
    return workers.at(-1) as unknown as Worker;
  });
  return { workers, encode };
}
describe('linkEncoder', () => {
  it('encodes short texts here, never starting the worker', async () => {
    let spawned = 0;
    const encode = linkEncoder(() => {
      spawned++;
      return new FakeWorker('encode') as unknown as Worker;
    });
    const snapshot = snapshotOf(WORKER_FROM_UNITS - 2);
    expect(await encode(snapshot, {})).toBe(await encodeSnapshot(snapshot));
    expect(spawned).toBe(0);
  });

  it('sends long texts to one worker, each answer to its own request, and the link opens', async () => {
    const { workers, encode } = recordingEncoder();
    const long = snapshotOf(WORKER_FROM_UNITS);
    const other = { ...long, view: { theme: 'poverty', phrase: null } };
    const [first, second] = await Promise.all([encode(long, {}), encode(other, {})]);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.requests.map((r) => r.id)).toEqual([1, 2]);
    const opened = await decodeSnapshot(`#${second}`);
    expect(opened.ok && opened.snapshot.view.theme).toBe('poverty');
    expect(first).not.toBe(second);
  });

  it("rejects with the worker's message when it refuses a snapshot", async () => {
    const encode = linkEncoder(() => new FakeWorker('refuse') as unknown as Worker);
    await expect(encode(snapshotOf(WORKER_FROM_UNITS), {})).rejects.toThrow('not valid');
  });

  it('fails what a dead worker held, and starts a new one for the next save', async () => {
    const { workers, encode } = recordingEncoder((started) => (started === 0 ? 'die' : 'encode'));
    await expect(encode(snapshotOf(WORKER_FROM_UNITS), {})).rejects.toThrow('out of memory');
    expect(workers[0]!.terminated).toBe(true);
    await expect(encode(snapshotOf(WORKER_FROM_UNITS), {})).resolves.toMatch(/^v3\./);
    expect(workers).toHaveLength(2);
  });

  it('sends the texts once: a save with the same texts carries none, and its link holds them all', async () => {
    const worker = new FakeWorker('encode');
    const encode = linkEncoder(() => worker as unknown as Worker);
    const long = snapshotOf(WORKER_FROM_UNITS);
    await encode(long, {});
    const themed = { ...long, view: { theme: 'poverty', phrase: null } };
    const fragment = await encode(themed, {});
    expect(worker.requests.map((r) => [r.sameTexts ?? false, r.snapshot.left.text.length])).toEqual([
      [false, WORKER_FROM_UNITS / 2],
      [true, 0],
    ]);
    expect(fragment).toBe(await encodeSnapshot(themed));
    // New texts (a copy with one character changed) are sent again.
    const changed = { ...long, left: { ...long.left, text: `一${long.left.text.slice(1)}` } };
    expect(await encode(changed, {})).toBe(await encodeSnapshot(changed));
    expect(worker.requests.at(-1)!.sameTexts).toBeUndefined();
  });

  it('sends the texts again to the worker started after one died', async () => {
    const { workers, encode } = recordingEncoder();
    const long = snapshotOf(WORKER_FROM_UNITS);
    await encode(long, {});
    workers[0]!.onerror?.({ message: 'gone' } as ErrorEvent); // it held the texts, and it is gone
    expect(await encode(long, {})).toBe(await encodeSnapshot(long));
    expect(workers).toHaveLength(2);
    expect(workers[1]!.requests[0]!.sameTexts).toBeUndefined();
  });
});

describe('heldTexts (the worker side)', () => {
  it('fills in the texts of the last request that carried them', () => {
    const withTexts = heldTexts();
    const long = snapshotOf(10);
    withTexts({ id: 1, snapshot: long });
    const empty = { ...long, left: { ...long.left, text: '' }, right: { ...long.right, text: '' } };
    const filled = withTexts({ id: 2, snapshot: empty, sameTexts: true });
    expect([filled.snapshot.left.text, filled.snapshot.right.text]).toEqual([
      long.left.text,
      long.right.text,
    ]);
  });

  it('refuses to reuse texts it never held', () => {
    const long = snapshotOf(10);
    expect(() => heldTexts()({ id: 1, snapshot: long, sameTexts: true })).toThrow('never sent');
  });
});
