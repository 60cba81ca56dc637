/** The worker's warm-up (src/worker/warm-up.ts): a few runs while idle, none after a request. */
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/core/types';
import { WarmUp } from '../../src/worker/warm-up';

/** A compare that counts its calls, and a scheduler whose tasks run when the test says. */
function harness(fail = false) {
  const calls: string[] = [];
  const tasks: (() => void)[] = [];
  const warmUp = new WarmUp(
    (left, right) => {
      calls.push(`${left}|${right}`);
      if (fail) throw new Error('no');
      return {} as Comparison;
    },
    (task) => void tasks.push(task),
  );
  const runTask = () => tasks.shift()?.();
  return { warmUp, calls, tasks, runTask };
}

describe('WarmUp', () => {
  it('compares the texts the given number of times, one task each', () => {
    const { warmUp, calls, tasks, runTask } = harness();
    warmUp.start({ left: '甲', right: '乙', runs: 3 });
    expect(calls).toEqual([]);
    runTask();
    expect(calls).toEqual(['甲|乙']);
    runTask();
    runTask();
    runTask();
    expect(calls).toEqual(['甲|乙', '甲|乙', '甲|乙']);
    expect(tasks).toEqual([]);
  });

  it('starts no run once stopped by a request, not even the first', () => {
    const { warmUp, calls, runTask } = harness();
    warmUp.start({ left: '甲', right: '乙', runs: 3 });
    runTask();
    warmUp.stop();
    runTask();
    runTask();
    expect(calls).toEqual(['甲|乙']);

    const late = harness();
    late.warmUp.stop();
    late.warmUp.start({ left: '甲', right: '乙', runs: 3 });
    late.runTask();
    expect(late.calls).toEqual([]);
  });

  it('gives up quietly when a run throws', () => {
    const { warmUp, calls, tasks, runTask } = harness(true);
    warmUp.start({ left: '甲', right: '乙', runs: 3 });
    expect(() => runTask()).not.toThrow();
    expect(calls).toHaveLength(1);
    expect(tasks).toEqual([]);
  });
});
