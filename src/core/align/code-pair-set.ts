/**
 * A set of pairs of code points (a character and the one after it), for `sharedTerms` (`./reasons`),
 * which asks it whether the other side of a pair uses a bigram, for every bigram of every pair. A `Set`
 * of keys `a × 0x110000 + b` boxed each key as a heap number (keys pass the small-integer range): its
 * adds were half the cost of the reasons of two provincial reports.
 *
 * Open addressing with linear probing in two typed arrays sized for the pairs expected: a slot holds
 * `a + 1` (0: empty) and `b`. No removal; adding past the capacity given is not supported (the table
 * would fill up), so give it the number of adds to come.
 *
 * Example: `new CodePairSet(2)`, add(统, 战), add(战, 线): has(统, 战) is true, has(战, 统) false.
 */
export class CodePairSet {
  private readonly first: Int32Array;
  private readonly second: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  /** `capacity`: the most pairs that will be added. */
  constructor(capacity: number) {
    // At most half full, so a probe meets an empty slot after a step or two.
    let bits = 1;
    while (1 << bits < capacity * 2) bits++;
    this.first = new Int32Array(1 << bits);
    this.second = new Int32Array(1 << bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  add(a: number, b: number): void {
    let at = this.slot(a, b);
    while (this.first[at] !== 0) {
      if (this.first[at] === a + 1 && this.second[at] === b) return;
      at = (at + 1) & this.mask;
    }
    this.first[at] = a + 1;
    this.second[at] = b;
  }

  has(a: number, b: number): boolean {
    for (let at = this.slot(a, b); this.first[at] !== 0; at = (at + 1) & this.mask)
      if (this.first[at] === a + 1 && this.second[at] === b) return true;
    return false;
  }

  /** Multiplicative hashing: the top bits of the product mix both code points. */
  private slot(a: number, b: number): number {
    return Math.imul(Math.imul(a, 0x85ebca6b) ^ b, 0x9e3779b1) >>> this.shift;
  }
}
