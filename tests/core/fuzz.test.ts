/**
 * The bounded fuzz run of the suite: every target of `tests/fuzz/targets.ts`, a few hundred cases each,
 * shrunk to a small counterexample on failure. `npm run fuzz` runs the same targets ≥ 100,000 times.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { TARGETS } from '../fuzz/targets';

describe('fuzz (bounded)', () => {
  it.each(TARGETS.map((target) => ({ target, label: target.name })))('$label', async ({ target }) => {
    await fc.assert(
      fc.asyncProperty(target.arbitrary, async (value) => {
        await target.check(value);
      }),
      { numRuns: 300 },
    );
  });
});
