/**
 * The page's side of the compare worker: one `run()` per request, answered in order of issue.
 *
 * Every request gets an increasing id. A result whose id is older than the newest request issued is
 * STALE: `run()` resolves it to `null` instead of the comparison, so a slow answer to an old request can
 * never overwrite the answer to a newer one. Errors from the engine reject with the engine's message.
 *
 * Example: const client = new CompareClient(new Worker(…));
 *          const a = client.run(l, r, o1); const b = client.run(l, r, o2);
 *          await a  // null (superseded by b)     await b  // Comparison
 */
import type { CompareOptions, Comparison } from '../core/types';
import type { CompareRequest, WorkerMessage } from './protocol';
import type { WarmUpRequest } from './warm-up';
import { joinComparison, type PartName } from './split';

/** The subset of `Worker` the client uses, so tests can hand it a fake. */
export interface WorkerLike {
  postMessage(message: CompareRequest | WarmUpRequest): void;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
  /** Start the worker now rather than at the first request (see `lazyWorker`). */
  warm?(): void;
}

interface Pending {
  resolve: (comparison: Comparison | null) => void;
  reject: (error: Error) => void;
  /** The request's texts: an answer may leave them out (src/worker/split.ts). */
  left: string;
  right: string;
}

/** Comparisons of the warm-up texts (the sample): each about 50–140 ms while the engine is cold. */
const WARM_UP_RUNS = 3;

export class CompareClient {
  #worker: WorkerLike;
  #nextId = 1;
  #newestId = 0;
  #pending = new Map<number, Pending>();
  /** Parts of answers received ahead of them, by request id. */
  #parts = new Map<number, Map<PartName, unknown>>();

  #respawn: (() => WorkerLike) | undefined;

  /**
   * `respawn` makes a fresh worker after a fatal error (a worker that ran out of memory on a huge text
   * is dead: requests posted to it would never settle, leaving the page "computing" for good).
   */
  constructor(worker: WorkerLike, respawn?: () => WorkerLike) {
    this.#respawn = respawn;
    this.#worker = this.#attach(worker);
  }

  #attach(worker: WorkerLike): WorkerLike {
    worker.onmessage = (event) => this.#receive(event.data);
    // A worker that fails to load or throws outside a request fails everything still waiting.
    worker.onerror = (event) => {
      const error = new Error(event.message || 'The comparison worker stopped unexpectedly.');
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
      this.#parts.clear();
      if (this.#respawn) {
        worker.terminate();
        this.#worker = this.#attach(this.#respawn());
      }
    };
    return worker;
  }

  /**
   * Starts the worker ahead of the first request, so it has loaded the engine by then; with `texts`, it
   * also compares them a few times while idle to warm the engine's code up (src/worker/warm-up.ts).
   */
  warm(texts?: { left: string; right: string }): void {
    this.#worker.warm?.();
    if (texts) this.#worker.postMessage({ warmUp: { ...texts, runs: WARM_UP_RUNS } });
  }

  run(left: string, right: string, options: CompareOptions): Promise<Comparison | null> {
    const id = this.#nextId++;
    this.#newestId = id;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, left, right });
      this.#worker.postMessage({ id, left, right, options });
    });
  }

  terminate(): void {
    this.#worker.terminate();
    for (const pending of this.#pending.values()) pending.resolve(null);
    this.#pending.clear();
    this.#parts.clear();
  }

  #receive(message: WorkerMessage): void {
    const parts = this.#parts.get(message.id);
    // For the page bench: main-thread work after this mark is the page's, not the engine's. Marked at an
    // answer's first message, so the tasks that take its parts count as the page's.
    if (!parts && typeof performance.mark === 'function') performance.mark('duizhao:answer');
    const pending = this.#pending.get(message.id);
    if ('part' in message) {
      if (!pending) return;
      if (parts) parts.set(message.part, message.value);
      else this.#parts.set(message.id, new Map([[message.part, message.value]]));
      return;
    }
    this.#parts.delete(message.id);
    if (!pending) return;
    this.#pending.delete(message.id);
    if (message.ok) {
      if (message.id !== this.#newestId) pending.resolve(null);
      else this.#resolveJoined(pending, message.comparison, parts ?? null, message.textsOmitted === true);
    } else if (message.superseded) pending.resolve(null);
    else pending.reject(new Error(message.message));
  }

  #resolveJoined(
    pending: Pending,
    rest: Comparison,
    parts: ReadonlyMap<PartName, unknown> | null,
    textsOmitted: boolean,
  ): void {
    try {
      pending.resolve(joinComparison(rest, parts, textsOmitted ? pending : null));
    } catch (error) {
      pending.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

/**
 * A worker made on first use (a request, or `warm()`), so the page's first paint never waits for it and
 * server-side rendering never makes one. Until then it only remembers its handlers.
 */
export function lazyWorker(spawn: () => WorkerLike): WorkerLike {
  let worker: WorkerLike | null = null;
  const proxy: WorkerLike = {
    onmessage: null,
    onerror: null,
    warm() {
      if (worker) return;
      worker = spawn();
      worker.onmessage = (event) => proxy.onmessage?.(event);
      worker.onerror = (event) => proxy.onerror?.(event);
    },
    postMessage(message) {
      proxy.warm!();
      worker!.postMessage(message);
    },
    terminate() {
      worker?.terminate();
      worker = null;
    },
  };
  return proxy;
}

/** The production comparer: a module worker built by Vite, started on first use or `warm()`. */
export function createWorkerClient(): CompareClient {
  const spawn = () =>
    new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
  return new CompareClient(lazyWorker(spawn), spawn);
}
