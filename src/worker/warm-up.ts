/**
 * The engine warmed up in a new worker while the page is idle, so a reader's first comparison does not
 * pay for a cold JavaScript engine. V8 runs code it has not seen through its interpreter and optimizes
 * it only after it has run a while: in Node, the first comparison of two provincial work reports (about
 * 25,000 characters each) took 600–750 ms of CPU, against ~60 ms once warm; after three comparisons of
 * the sample (about 300 ms in all, on the worker's thread) it took ~410 ms (`bench/provincial.ts` texts,
 * separate processes, three rounds).
 *
 * Each run is a task of its own, and none starts once a request has come in: a reader's first request
 * waits at most for the sample comparison then running (~50–140 ms while still cold), and a request that
 * arrives before the warm-up starts cancels it (its own comparison warms the engine).
 *
 * Example: const warmUp = new WarmUp(compare); warmUp.start({ left, right, runs: 3 });
 *          … warmUp.stop() as the first request arrives.
 */
import type { Comparison } from '../core/types';

export interface WarmUpRequest {
  warmUp: { left: string; right: string; runs: number };
}

export class WarmUp {
  #stopped = false;
  #compare: (left: string, right: string) => Comparison;
  #schedule: (task: () => void) => void;

  constructor(
    compare: (left: string, right: string) => Comparison,
    schedule: (task: () => void) => void = (task) => setTimeout(task, 0),
  ) {
    this.#compare = compare;
    this.#schedule = schedule;
  }

  start({ left, right, runs }: WarmUpRequest['warmUp']): void {
    let done = 0;
    const step = () => {
      if (this.#stopped || done >= runs) return;
      done++;
      try {
        this.#compare(left, right);
      } catch {
        // A warm-up that fails changes nothing the reader sees; the real request reports its own error.
        return;
      }
      this.#schedule(step);
    };
    this.#schedule(step);
  }

  /** A request came in: no warm-up run starts after this. */
  stop(): void {
    this.#stopped = true;
  }
}
