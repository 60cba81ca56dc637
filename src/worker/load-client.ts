/**
 * The page's side of the load worker, and the `TextReader` interface the `Loader` reads through.
 *
 *   LoadWorkerClient   posts each request to the worker (started on first use, so the first paint
 *                      never waits for it), resolves it with the worker's `LoadResult`; a worker that
 *                      dies (out of memory on a hostile file) fails what it held and is replaced
 *   inProcessReader    the same load path run in this thread: tests, Node, and the evaluation harness
 *
 * Example: const reader = new LoadWorkerClient(() => new Worker(…));
 *          await reader.loadFile('a.html', bytes)   // { ok: true, kind: 'text', text: '…', … }
 */
import { loadPasted, readFile, type LoadOptions, type LoadResult } from '../core/load';
import type { LoadRequest, LoadResponse } from './load-protocol';

export interface TextReader {
  loadFile(name: string, bytes: Uint8Array, opts?: LoadOptions): Promise<LoadResult>;
  loadPasted(text: string, opts?: { name?: string }): Promise<LoadResult>;
}

export const inProcessReader: TextReader = {
  loadFile: (name, bytes, opts) => readFile(name, bytes, opts),
  loadPasted: async (text, opts) => loadPasted(text, opts),
};

/** pdf.js's maps and fonts as the site ships them (`pdfjs/` beside index.html; see vite.config.ts). */
function siteAssetsURL(): string | undefined {
  return typeof document === 'undefined' ? undefined : new URL('pdfjs/', document.baseURI).href;
}

/** The subset of `Worker` the client uses, so tests can hand it a fake. */
export interface LoadWorkerLike {
  postMessage(message: LoadRequest): void;
  onmessage: ((event: MessageEvent<LoadResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

type Pending = { resolve: (result: LoadResult) => void; reject: (error: Error) => void };

/** Distributes a request without its id, so both kinds of request keep their own fields. */
type Request = LoadRequest extends infer R ? (R extends LoadRequest ? Omit<R, 'id'> : never) : never;

export class LoadWorkerClient implements TextReader {
  #spawn: () => LoadWorkerLike;
  #worker: LoadWorkerLike | null = null;
  #nextId = 1;
  #pending = new Map<number, Pending>();

  constructor(spawn: () => LoadWorkerLike) {
    this.#spawn = spawn;
  }

  loadFile(name: string, bytes: Uint8Array, opts: LoadOptions = {}): Promise<LoadResult> {
    const pdfAssetsURL = opts.pdfAssetsURL ?? siteAssetsURL();
    return this.#post({
      op: 'file',
      name,
      bytes,
      ...(opts.encoding ? { encoding: opts.encoding } : {}),
      ...(pdfAssetsURL ? { pdfAssetsURL } : {}),
    });
  }

  loadPasted(text: string, opts: { name?: string } = {}): Promise<LoadResult> {
    return this.#post({ op: 'paste', text, ...(opts.name === undefined ? {} : { name: opts.name }) });
  }

  terminate(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#failAll(new Error('The file reader was stopped.'));
  }

  #post(request: Request): Promise<LoadResult> {
    const id = this.#nextId++;
    const worker = (this.#worker ??= this.#attach(this.#spawn()));
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id } as LoadRequest);
    });
  }

  #attach(worker: LoadWorkerLike): LoadWorkerLike {
    worker.onmessage = (event) => {
      const message = event.data;
      const pending = this.#pending.get(message.id);
      if (!pending) return;
      this.#pending.delete(message.id);
      if (message.ok) pending.resolve(message.result);
      else pending.reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      if (this.#worker === worker) this.#worker = null; // the next request starts a fresh worker
      this.#failAll(new Error(event.message || 'The file reader stopped unexpectedly.'));
    };
    return worker;
  }

  #failAll(error: Error): void {
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
  }
}

/** The production reader: a module worker built by Vite, started on the first file. */
export function createLoadWorkerClient(): LoadWorkerClient {
  return new LoadWorkerClient(
    () =>
      new Worker(new URL('./load.worker.ts', import.meta.url), {
        type: 'module',
      }) as unknown as LoadWorkerLike,
  );
}
