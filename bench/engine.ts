/**
 * Engine benchmark (`npm run bench:engine`): `compare()` on the two seed reports and on synthetic
 * reports of 10k, 100k and 1M characters a side, beside two baselines measured in the same run:
 *
 *   floor  the least any comparison must do: opencc-js T→S conversion of both texts plus hashing
 *          every 4-gram of both into an index. Linear; `compare` should stay within 10× of it.
 *   diff   one diff-match-patch `diff_main` over the two whole normalized texts, no timeout: the
 *          quadratic approach the engine avoids. Run at the seeds and 10k only (it takes minutes at
 *          100k); "skipped" elsewhere.
 *
 * Synthetic reports (bench/synthetic.ts): each seed's header lines, then body paragraphs drawn from
 * both seeds, shuffled and repeated by a fixed-seed generator until the size is reached, so every run
 * compares the same texts. Times are medians of several runs for the
 * small sizes (fewer for the large ones), compare and floor taking turns; `fastest` is the ratio of the
 * two fastest runs, which the machine's load inflates least. Times are CPU time of the
 * process, not wall time: on a shared machine (two cores, other jobs) wall time swings 3× with the
 * load while CPU time barely moves; the work is single-threaded, so unloaded the two agree (GC and
 * JIT threads are counted, as they should be).
 */

import DiffMatchPatch from 'diff-match-patch';
import { compare, normalize } from '../src/core/index';
import { traditionalToSimplified } from '../src/core/normalize/simplify';
import { buildKgramIndex, kgramHashes } from '../src/core/phrases/kgrams';
import { bijie, panzhihua, syntheticPair } from './synthetic';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** CPU milliseconds of this process (user + system): unlike wall time, not inflated by waiting for a core. */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * Median CPU milliseconds of each piece of work, run in turns (a, b, a, b…) so that a load change on
 * a shared machine hits both alike and their ratio stays meaningful.
 */
function timeInTurns(runs: number, ...work: (() => void)[]): number[] {
  return timesInTurns(runs, ...work).map(median);
}

/** Every run's CPU milliseconds of each piece of work, run in turns as `timeInTurns` does. */
function timesInTurns(runs: number, ...work: (() => void)[]): number[][] {
  const times = work.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    work.forEach((w, k) => {
      const start = cpuMs();
      w();
      times[k]!.push(cpuMs() - start);
    });
  }
  return times;
}

function floor(a: string, b: string): void {
  for (const text of [a, b]) {
    const simplified = traditionalToSimplified(text);
    const codes = Int32Array.from(simplified, (c) => c.codePointAt(0)!);
    buildKgramIndex(kgramHashes(codes, 4));
  }
}

function wholeDiff(a: string, b: string): void {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  dmp.diff_main(normalize(a).normalized, normalize(b).normalized, false);
}

interface Case {
  label: string;
  left: string;
  right: string;
  runs: number;
  diff: boolean;
}

const cases: Case[] = [
  { label: 'seeds', left: bijie, right: panzhihua, runs: 9, diff: true },
  ...[
    { size: 10_000, runs: 7, diff: true },
    { size: 100_000, runs: 7, diff: false },
    { size: 1_000_000, runs: 3, diff: false },
  ].map(({ size, runs, diff }) => ({
    label: `${size / 1000}k`,
    ...syntheticPair(size),
    runs,
    diff,
  })),
];

// Warm up: opencc tries, JIT.
for (let i = 0; i < 3; i++) {
  compare(bijie, panzhihua);
  floor(bijie, panzhihua);
}

const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(12);
console.log(
  'compare() vs a linear floor (opencc T→S + 4-gram index of both) and a whole-text diff_main, CPU ms\n',
);
console.log(
  `${'size/side'.padEnd(10)}${'runs'.padStart(5)}${'compare'.padStart(12)}${'floor'.padStart(12)}` +
    `${'ratio'.padStart(8)}${'fastest'.padStart(9)}${'whole diff'.padStart(14)}${'phrases'.padStart(9)}${'pairs'.padStart(7)}`,
);
const results = new Map<string, { ours: number; base: number }>();
for (const c of cases) {
  let phrases = 0;
  let pairs = 0;
  const [oursRuns, baseRuns] = timesInTurns(
    c.runs,
    () => {
      const result = compare(c.left, c.right);
      phrases = result.phrases.length;
      pairs = result.pairs.length;
    },
    () => floor(c.left, c.right),
  ) as [number[], number[]];
  const ours = median(oursRuns);
  const base = median(baseRuns);
  // The fastest run of each, which the machine's load inflates least (a run is slowed, never sped up).
  const fastest = Math.min(...oursRuns) / Math.min(...baseRuns);
  const diff = c.diff
    ? ms(timeInTurns(Math.min(c.runs, 3), () => wholeDiff(c.left, c.right))[0]!)
    : 'skipped';
  results.set(c.label, { ours, base });
  console.log(
    `${c.label.padEnd(10)}${String(c.runs).padStart(5)}${ms(ours)}${ms(base)}` +
      `${`${(ours / base).toFixed(1)}×`.padStart(8)}${`${fastest.toFixed(1)}×`.padStart(9)}${diff.padStart(14)}${String(phrases).padStart(9)}${String(pairs).padStart(7)}`,
  );
}
const small = results.get('100k')!;
const large = results.get('1000k')!;
console.log(
  `\ngrowth 100k → 1M (10× the text; linear = 10×): compare ${(large.ours / small.ours).toFixed(1)}×, ` +
    `floor ${(large.base / small.base).toFixed(1)}×`,
);
