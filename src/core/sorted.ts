/**
 * Binary search, once for the whole code base: the first index at which a monotone condition turns true.
 *
 * `firstIndexWhere(length, test)` assumes `test(i)` is false for every index below some point and true
 * from it on (false … false true … true), and returns that point in `[0, length]` (`length` when no index
 * passes). Every "first item ≥ x" or "first range ending after x" lookup of a sorted array is this.
 *
 * Example: in `[1, 3, 3, 7]`, the first index holding a value ≥ 3 is
 *   `firstIndexWhere(4, (i) => values[i] >= 3)` → 1;   ≥ 8 → 4 (none).
 */
export function firstIndexWhere(length: number, test: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * `firstIndexWhere(values.length, (i) => values[i] >= x)` for an ascending typed array, without a
 * function call per step: for lookups made once per character (`BigramCorpus.rankOf` reads a bigram's
 * rank for every shared character of every pair's reason, ~100,000 times at 100k characters a side).
 *
 * Example: `firstAtLeast(Int32Array.of(1, 3, 3, 7), 3)` → 1; `…, 8)` → 4.
 */
export function firstAtLeast(values: Float64Array | Int32Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
