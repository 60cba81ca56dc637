/**
 * The worker's request queue: only the newest request runs. Each `push` records the request as the
 * latest and schedules one run on the next macrotask; a request replaced before its run is answered as
 * superseded at once. So a burst (a slider dragged across ten values) costs one `compare()`, for the
 * last value, and every request still gets exactly one answer.
 *
 * Example: push(#1), push(#2), push(#3) in one task → answers: #1 superseded, #2 superseded, then #3 run.
 */
import type { CompareOptions, Comparison } from '../core/types';
import type { CompareRequest, CompareResponse } from './protocol';

export type Run = (request: CompareRequest) => CompareResponse;

export class LatestOnly {
  #latest: CompareRequest | null = null;
  #scheduled = false;
  #run: Run;
  #reply: (message: CompareResponse) => void;
  #schedule: (task: () => void) => void;

  constructor(
    run: Run,
    reply: (message: CompareResponse) => void,
    schedule: (task: () => void) => void = (task) => setTimeout(task, 0),
  ) {
    this.#run = run;
    this.#reply = reply;
    this.#schedule = schedule;
  }

  push(request: CompareRequest): void {
    if (this.#latest) this.#reply({ id: this.#latest.id, ok: false, superseded: true });
    this.#latest = request;
    if (this.#scheduled) return;
    this.#scheduled = true;
    this.#schedule(() => this.#drain());
  }

  #drain(): void {
    this.#scheduled = false;
    const request = this.#latest;
    this.#latest = null;
    if (request) this.#reply(this.#run(request));
  }
}

/** Runs `compare` for one request, turning a thrown error into an error answer with its message. */
export function answer(
  request: CompareRequest,
  compare: (left: string, right: string, options: CompareOptions) => Comparison,
): CompareResponse {
  try {
    return { id: request.id, ok: true, comparison: compare(request.left, request.right, request.options) };
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
