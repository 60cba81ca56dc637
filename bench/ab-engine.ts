/**
 * `compare()` of this checkout against another checkout's, alternated in one process (`npm run
 * ab:engine -- <other checkout> [runs] [size]`): the ratio of two engines measured in the same minutes,
 * which the machine's load hits alike. Used to judge a speed change when `bench:engine`'s floor itself
 * swings (on a shared VM it did, by 2×, between sessions).
 *
 *   git worktree add --detach /tmp/base <rev> && cp -al node_modules /tmp/base/
 *   npm run ab:engine -- /tmp/base 21 100000
 *   → base median 482.1 min 255.3 | this median 440.5 min 231.0 | this/base median 0.914 min 0.905
 *   npm run ab:engine -- /tmp/base 21 gwr2026-ah:gwr2026-sc   # two corpus documents instead
 *
 * CPU time of the process (see bench/engine.ts); the synthetic pair of bench/synthetic.ts (or two corpus
 * documents as the app reads them, `left-id:right-id`), read by this checkout and given to both. Both engines warm up first; the order alternates each run.
 */
import { resolve } from 'node:path';
import { compare } from '../src/core/index';
import { appText } from '../tests/corpus/app-text';
import { syntheticPair } from './synthetic';

type Compare = (left: string, right: string) => unknown;

const [otherArg, runsArg = '15', sizeArg = '100000'] = process.argv.slice(2);
if (!otherArg) {
  console.error('usage: npm run ab:engine -- <other checkout> [runs] [size]');
  process.exit(2);
}
const other = (await import(resolve(otherArg, 'src/core/index.ts'))) as { compare: Compare };
const [leftId, rightId] = sizeArg.split(':');
const { left, right } = rightId
  ? { left: appText(leftId!), right: appText(rightId) }
  : syntheticPair(Number(sizeArg));
const what = rightId ? `${leftId} × ${rightId}` : `${Number(sizeArg) / 1000}k a side`;

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

const engines: { name: string; run: Compare; times: number[] }[] = [
  { name: 'base', run: other.compare, times: [] },
  { name: 'this', run: compare, times: [] },
];
for (let i = 0; i < 2; i++) for (const engine of engines) engine.run(left, right);
for (let i = 0; i < Number(runsArg); i++) {
  for (const engine of i % 2 === 0 ? engines : [...engines].reverse()) {
    const start = cpuMs();
    engine.run(left, right);
    engine.times.push(cpuMs() - start);
  }
}
const median = (t: number[]) => [...t].sort((a, b) => a - b)[t.length >> 1]!;
const [base, ours] = engines as [(typeof engines)[0], (typeof engines)[0]];
console.log(
  `${what}, ${runsArg} runs each, CPU ms\n` +
    `base median ${median(base.times).toFixed(1)} min ${Math.min(...base.times).toFixed(1)} | ` +
    `this median ${median(ours.times).toFixed(1)} min ${Math.min(...ours.times).toFixed(1)} | ` +
    `this/base median ${(median(ours.times) / median(base.times)).toFixed(3)} ` +
    `min ${(Math.min(...ours.times) / Math.min(...base.times)).toFixed(3)}`,
);
