/**
 * `Lazy<T>`: something loaded on first use (a dynamic import, usually), with the loaded value readable
 * reactively. Code the first paint does not need (file loading, persistence, share panel) is loaded
 * through one of these, when the reader first reaches for it or when the page is idle.
 *
 *   const tools = new Lazy(() => import('./heavy').then((m) => new m.Heavy()));
 *   tools.value            // null until loaded (reactive: components redraw when it arrives)
 *   await tools.get()      // starts loading once; every call gets the same promise
 */
export class Lazy<T> {
  value: T | null = $state.raw(null);
  #load: () => Promise<T>;
  #promise: Promise<T> | null = null;

  constructor(load: () => Promise<T>) {
    this.#load = load;
  }

  get(): Promise<T> {
    this.#promise ??= this.#load().then(
      (value) => (this.value = value),
      (error: unknown) => {
        this.#promise = null; // a failed chunk load (flaky network) is retried on the next use
        throw error;
      },
    );
    return this.#promise;
  }
}
