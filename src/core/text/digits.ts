/**
 * A count with its thousands grouped, as messages print it: `groupedDigits(1234567)` is `1,234,567`.
 * What `toLocaleString('en')` gives for a whole number, without it: the normalize stage words its
 * warnings on every comparison, and each `toLocaleString` call set up an ICU number formatter (about a
 * millisecond, 0.7 % of a compare at 100,000 characters a side).
 */
export function groupedDigits(n: number): string {
  if (!Number.isSafeInteger(n)) return String(n);
  const digits = String(Math.abs(n));
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) {
    const group = digits.slice(Math.max(0, end - 3), end);
    out = out === '' ? group : `${group},${out}`;
  }
  return n < 0 ? `-${out}` : out;
}
