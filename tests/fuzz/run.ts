/**
 * `npm run fuzz`: every fuzz target (tests/fuzz/targets.ts) for FUZZ_RUNS cases (default 100,000),
 * printing per target the cases run, the failures (with the first failing case) and the slowest case.
 * Exits non-zero on any failure. FUZZ_SEED fixes the generator for a repeat run.
 *
 *   npm run fuzz                   # 100,000 cases per target
 *   FUZZ_RUNS=1000 npm run fuzz    # a quick look
 */
import fc from 'fast-check';
import { TARGETS } from './targets';

const runs = Number(process.env['FUZZ_RUNS'] ?? 100_000);
const seed = Number(process.env['FUZZ_SEED'] ?? Date.now() % 2 ** 31);

let failedTargets = 0;
console.log(`fuzz: ${runs.toLocaleString('en')} cases per target, seed ${seed}`);
for (const target of TARGETS) {
  let cases = 0;
  let failures = 0;
  let firstFailure: string | null = null;
  let slowest = { ms: -1, show: '' };
  const started = performance.now();
  await fc.assert(
    fc.asyncProperty(target.arbitrary, async (value) => {
      cases++;
      const t = performance.now();
      try {
        await target.check(value);
      } catch (error) {
        failures++;
        firstFailure ??= `${error instanceof Error ? error.message : String(error)} on ${target.show(value)}`;
      }
      const ms = performance.now() - t;
      if (ms > slowest.ms) slowest = { ms, show: target.show(value) };
      return true; // counted here rather than stopping at the first failure
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${target.name}: ${cases.toLocaleString('en')} cases in ${seconds} s, ${failures} failures; ` +
      `slowest ${slowest.ms.toFixed(1)} ms: ${slowest.show}`,
  );
  if (firstFailure) {
    console.log(`  first failure: ${firstFailure}`);
    failedTargets++;
  }
}
process.exit(failedTargets > 0 ? 1 : 0);
