import { afterEach, describe, expect, it, vi } from 'vitest';
import { comparisonFileText } from '../../src/core/share/file';
import { SAMPLE_LEFT, SAMPLE_RIGHT } from '../../src/state/sample';
import { createSession, type Session } from '../../src/state/session';
import { CompareClient, type WorkerLike } from '../../src/worker/client';
import type { CompareRequest, CompareResponse } from '../../src/worker/protocol';
import { inProcessReader } from '../../src/worker/load-client';
import { fakeHost, memoryStorage } from './browser-fakes';
import { fixtureComparison } from './fixture';

/** A worker that answers every request at once with the fixture, and remembers what it was asked. */
function answeringWorker() {
  const requests: CompareRequest[] = [];
  let terminated = false;
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      requests.push(message);
      const answer: CompareResponse = { id: message.id, ok: true, comparison: fixtureComparison() };
      queueMicrotask(() => worker.onmessage?.({ data: answer } as MessageEvent<CompareResponse>));
    },
    terminate: () => void (terminated = true),
  };
  return { worker, requests, terminated: () => terminated };
}

function setup() {
  const { worker, requests, terminated } = answeringWorker();
  const { fake } = fakeHost();
  const session = createSession({
    client: new CompareClient(worker),
    reader: inProcessReader,
    storage: memoryStorage(),
    host: fake,
  });
  return { session, requests, terminated };
}

let session: Session | null = null;
afterEach(() => {
  session?.dispose();
  session = null;
  vi.useRealTimers();
});

describe('createSession', () => {
  it('computes nothing before start(), then the sample once nothing was restored', async () => {
    vi.useFakeTimers();
    const made = setup();
    session = made.session;
    await vi.runOnlyPendingTimersAsync();
    expect(made.requests).toHaveLength(0);
    session.start();
    await vi.runOnlyPendingTimersAsync();
    expect(made.requests.map((r) => [r.left, r.right])).toEqual([[SAMPLE_LEFT.text, SAMPLE_RIGHT.text]]);
    await vi.runOnlyPendingTimersAsync();
    expect(session.workspace.status).toBe('ready');
  });

  it('pasted text reaches the worker through the loader', async () => {
    vi.useFakeTimers();
    const made = setup();
    session = made.session;
    session.start();
    await vi.runOnlyPendingTimersAsync();
    const text = '统一战线是党的事业取得胜利的重要法宝。'.repeat(6);
    expect(await session.loader.paste('right', text)).toBe(true);
    await vi.runOnlyPendingTimersAsync();
    expect(made.requests.at(-1)?.right).toBe(text);
  });

  it('a dropped comparison file opens through persistence as the whole comparison', async () => {
    vi.useFakeTimers();
    const made = setup();
    session = made.session;
    session.start();
    await vi.runOnlyPendingTimersAsync();
    const snapshot = {
      left: { name: 'a.txt', text: '甲乙丙丁' },
      right: { name: 'b.txt', text: '戊己庚辛' },
      options: { minPhraseLength: 6, script: 'simplified' as const },
      view: { theme: null, phrase: null },
    };
    const file = new File([comparisonFileText(snapshot)], 'x.duizhao.json');
    expect(await session.loader.loadFiles([file])).toBe(true);
    expect(session.workspace.snapshot()).toEqual(snapshot);
  });

  it('dispose() ends the worker', () => {
    const made = setup();
    made.session.dispose();
    expect(made.terminated()).toBe(true);
  });
});
