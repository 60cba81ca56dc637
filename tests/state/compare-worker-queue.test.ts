import { describe, expect, it } from 'vitest';
import { LatestOnly, answer } from '../../src/worker/latestOnly';
import type { CompareRequest, CompareResponse } from '../../src/worker/protocol';
import { fixtureComparison } from './fixture';

const request = (id: number): CompareRequest => ({
  id,
  left: `左${id}`,
  right: '右',
  options: { minPhraseLength: 4, diffTimeoutSeconds: 0 },
});

function harness() {
  const ran: number[] = [];
  const replies: CompareResponse[] = [];
  const tasks: (() => void)[] = [];
  const queue = new LatestOnly(
    (r) => {
      ran.push(r.id);
      return { id: r.id, ok: true, comparison: fixtureComparison() };
    },
    (message) => replies.push(message),
    (task) => tasks.push(task),
  );
  const flush = () => tasks.splice(0).forEach((task) => task());
  return { queue, ran, replies, flush };
}

describe('LatestOnly (the worker queue)', () => {
  it('runs only the last of a burst and answers every request once (worked example)', () => {
    const { queue, ran, replies, flush } = harness();
    queue.push(request(1));
    queue.push(request(2));
    queue.push(request(3));
    flush();
    expect(ran).toEqual([3]);
    expect(replies.map((reply) => [reply.id, reply.ok])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
  });

  it('runs requests separated by a macrotask one after the other', () => {
    const { queue, ran, flush } = harness();
    queue.push(request(1));
    flush();
    queue.push(request(2));
    flush();
    expect(ran).toEqual([1, 2]);
  });

  it('turns an engine error into an error answer with its message', () => {
    const failing = () => {
      throw new Error('input too long');
    };
    expect(answer(request(7), failing)).toEqual({ id: 7, ok: false, message: 'input too long' });
  });
});
