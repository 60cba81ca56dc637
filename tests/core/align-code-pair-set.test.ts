/**
 * `CodePairSet` (src/core/align/code-pair-set.ts), the bigram set of the reasons stage: against a plain
 * `Set` of string keys, on labelled cases and random pairs filled to the capacity given.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodePairSet } from '../../src/core/align/code-pair-set';

const cp = (c: string) => c.codePointAt(0)!;

describe('CodePairSet', () => {
  it('holds ordered pairs: 统战 and 战线 added, 战统 not', () => {
    const set = new CodePairSet(2);
    set.add(cp('统'), cp('战'));
    set.add(cp('战'), cp('线'));
    expect(set.has(cp('统'), cp('战'))).toBe(true);
    expect(set.has(cp('战'), cp('线'))).toBe(true);
    expect(set.has(cp('战'), cp('统'))).toBe(false);
    expect(set.has(cp('统'), cp('线'))).toBe(false);
  });

  it('code point 0 and astral code points are pairs like any other', () => {
    const set = new CodePairSet(3);
    set.add(0, 0);
    set.add(cp('𠀀'), cp('𪚥'));
    set.add(0x10ffff, 0);
    expect(set.has(0, 0)).toBe(true);
    expect(set.has(cp('𠀀'), cp('𪚥'))).toBe(true);
    expect(set.has(0x10ffff, 0)).toBe(true);
    expect(set.has(0, 0x10ffff)).toBe(false);
  });

  it('an empty set has nothing; adding a pair twice keeps one', () => {
    expect(new CodePairSet(0).has(1, 2)).toBe(false);
    const set = new CodePairSet(2);
    set.add(1, 2);
    set.add(1, 2);
    expect(set.has(1, 2)).toBe(true);
  });

  it('answers as a Set does, filled to its capacity (few code points, so many collide)', () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 0x10ffff }));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 200 }), fc.array(pair, { maxLength: 50 }), (added, asked) => {
        const set = new CodePairSet(added.length);
        const plain = new Set<string>();
        for (const [a, b] of added) {
          set.add(a, b);
          plain.add(`${a},${b}`);
        }
        for (const [a, b] of [...added, ...asked]) expect(set.has(a, b)).toBe(plain.has(`${a},${b}`));
      }),
    );
  });
});
