import { afterEach, describe, expect, it, vi } from 'vitest';
import { comparisonFileText } from '../../src/core/share/file';
import { encodeSnapshot } from '../../src/core/share/permalink';
import { compare } from '../../src/core/index';
import { SAMPLE_LEFT, SAMPLE_RIGHT, sampleComparison } from '../../src/state/sample';
import { createSession, type Session } from '../../src/state/session';
import { CompareClient, type WorkerLike } from '../../src/worker/client';
import type { CompareRequest, CompareResponse } from '../../src/worker/protocol';
import type { WarmUpRequest } from '../../src/worker/warm-up';
import { inProcessReader } from '../../src/worker/load-client';
import { fakeHost, memoryStorage } from './browser-fakes';
import { fixtureComparison } from './fixture';

/** A worker that answers every request at once with the fixture, and remembers what it was asked. */
function answeringWorker() {
  const requests: CompareRequest[] = [];
  const warmUps: WarmUpRequest[] = [];
  let terminated = false;
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      if ('warmUp' in message) return void warmUps.push(message);
      requests.push(message);
      const answer: CompareResponse = { id: message.id, ok: true, comparison: fixtureComparison() };
      queueMicrotask(() => worker.onmessage?.({ data: answer } as MessageEvent<CompareResponse>));
    },
    terminate: () => void (terminated = true),
  };
  return { worker, requests, warmUps, terminated: () => terminated };
}

/** Idle tasks run only when the test says so. */
function manualIdle() {
  const tasks: (() => void)[] = [];
  return {
    whenIdle: (task: () => void) => void tasks.push(task),
    runIdle: () => tasks.splice(0).forEach((t) => t()),
  };
}

function setup(opensOnSample = true, hash = '') {
  const { worker, requests, warmUps, terminated } = answeringWorker();
  const { fake } = fakeHost();
  (fake as unknown as { location: { hash: string } }).location.hash = hash;
  const idle = manualIdle();
  const session = createSession({
    opensOnSample,
    client: new CompareClient(worker),
    reader: inProcessReader,
    storage: memoryStorage(),
    host: fake,
    whenIdle: idle.whenIdle,
  });
  return { session, requests, warmUps, terminated, runIdle: idle.runIdle };
}

let session: Session | null = null;
afterEach(() => {
  session?.dispose();
  session = null;
  vi.useRealTimers();
});

describe('createSession', () => {
  it('opens on the sample ready, from the shipped comparison: the worker is never asked', async () => {
    vi.useFakeTimers();
    const made = setup();
    session = made.session;
    expect(session.workspace.status).toBe('ready');
    expect(session.workspace.comparison).toBe(sampleComparison());
    expect(session.tools.value).toBeNull();
    session.start();
    made.runIdle(); // loads the tools, which restore nothing and start saving
    const { persistence } = await session.tools.get();
    await vi.runAllTimersAsync();
    // What it saves is what the page's inline script reads to open on the sample next time.
    expect(await persistence.flush()).toBe('sample');
    expect(made.requests).toHaveLength(0);
    expect(session.workspace.status).toBe('ready');
    // When idle, the worker is started and warmed up on the sample (src/worker/warm-up.ts).
    expect(made.warmUps.map((m) => [m.warmUp.left, m.warmUp.right])).toEqual([
      [SAMPLE_LEFT.text, SAMPLE_RIGHT.text],
    ]);
  });

  it('held when it does not open on the sample: restores the link first, then computes it', async () => {
    vi.useFakeTimers();
    const made = setup(false, '#sample?min=6');
    session = made.session;
    expect(session.workspace.status).toBe('computing');
    await vi.runAllTimersAsync();
    expect(made.requests).toHaveLength(0);
    session.start(); // restoring: the tools load at once, not when idle
    await session.tools.get();
    await vi.runAllTimersAsync();
    expect(made.requests.map((r) => r.options.minPhraseLength)).toEqual([6]);
  });

  it('a theme clicked before the tools started is kept: the link to the sample is not restored over it', async () => {
    vi.useFakeTimers();
    const made = setup(true, '#sample');
    session = made.session;
    session.start();
    const key = sampleComparison().themes[0]!.theme;
    session.workspace.selectTheme(key); // before the page was idle
    made.runIdle();
    const { persistence } = await session.tools.get();
    await vi.runAllTimersAsync();
    expect(session.workspace.selectedTheme).toBe(key);
    expect(await persistence.flush()).toBe(`sample?theme=${key}`);
  });

  it('asks the worker for the sample at other options, and not when back at the defaults', async () => {
    vi.useFakeTimers();
    const made = setup();
    session = made.session;
    session.workspace.setMinPhraseLength(7);
    await vi.runAllTimersAsync();
    expect(made.requests.map((r) => [r.left, r.options.minPhraseLength])).toEqual([[SAMPLE_LEFT.text, 7]]);
    session.workspace.resetToSample();
    await vi.runAllTimersAsync();
    expect(made.requests).toHaveLength(1);
    expect(session.workspace.comparison).toBe(sampleComparison());
  });

  it('pasted text reaches the worker through the lazily loaded loader', async () => {
    vi.useFakeTimers();
    const made = setup();
    session = made.session;
    session.start();
    const text = '统一战线是党的事业取得胜利的重要法宝。'.repeat(6);
    expect(await (await session.tools.get()).loader.paste('right', text)).toBe(true);
    await vi.runAllTimersAsync();
    expect(made.requests.at(-1)?.right).toBe(text);
    expect(made.requests.at(-1)?.left).toBe(SAMPLE_LEFT.text);
  });

  it('a dropped comparison file opens through persistence as the whole comparison', async () => {
    vi.useFakeTimers();
    const made = setup();
    session = made.session;
    session.start();
    const snapshot = {
      left: { name: 'a.txt', text: '甲乙丙丁' },
      right: { name: 'b.txt', text: '戊己庚辛' },
      options: { minPhraseLength: 6, script: 'simplified' as const },
      view: { theme: null, phrase: null },
    };
    const file = new File([comparisonFileText(snapshot)], 'x.duizhao.json');
    expect(await (await session.tools.get()).loader.loadFiles([file])).toBe(true);
    expect(session.workspace.snapshot()).toEqual(snapshot);
  });

  it('text loaded while a link is being restored lands on the restored comparison, not before it', async () => {
    // A link to two texts of the reader's own: decoding it takes a few tasks (DecompressionStream), the
    // in-process reader answers at once, so a load not made to wait came first and the link was dropped.
    const linked = {
      left: { name: '链接左', text: '链接左边的报告。'.repeat(8) },
      right: { name: '链接右', text: '链接右边的报告。'.repeat(8) },
      options: { minPhraseLength: 6, script: 'original' as const },
      view: { theme: null, phrase: null },
    };
    const made = setup(false, `#${await encodeSnapshot(linked)}`);
    session = made.session;
    session.start();
    const { loader } = await session.tools.get();
    const pasted = '粘贴在右边的文字。'.repeat(8);
    expect(await loader.paste('right', pasted)).toBe(true);
    await vi.waitFor(() => expect(made.requests.length).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const last = made.requests.at(-1)!;
    expect([last.left, last.right, last.options.minPhraseLength]).toEqual([linked.left.text, pasted, 6]);
  });

  it('dispose() ends the worker', () => {
    const made = setup();
    made.session.dispose();
    expect(made.terminated()).toBe(true);
  });

  it('the sample at the default options is what the engine computes now', () => {
    expect(sampleComparison()).toEqual({
      ...compare(SAMPLE_LEFT.text, SAMPLE_RIGHT.text),
      stats: { ...compare(SAMPLE_LEFT.text, SAMPLE_RIGHT.text).stats, elapsedMs: 0 },
    });
  });
});
