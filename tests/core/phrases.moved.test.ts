import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildKgramIndex, firstPosition, kgramHashes, sameRun } from '../../src/core/phrases/kgrams';
import { movedMatches } from '../../src/core/phrases/moved';

const codes = (s: string) => Int32Array.from([...s].map((c) => c.codePointAt(0)!));

describe('moved runs', () => {
  it('reports the example of the module header', () => {
    // Left 甲乙丙丁戊己庚, right 甲乙丙丁X丙丁戊己庚: 甲乙丙丁 at right 0, then 丙丁戊己庚 at right 5.
    const left = codes('甲乙丙丁戊己庚');
    const right = codes('甲乙丙丁X丙丁戊己庚');
    const found = movedMatches(left, right, new Uint8Array(left.length), new Uint8Array(right.length), 4);
    expect(found).toEqual([
      { left: 0, right: 0, length: 4 },
      { left: 2, right: 5, length: 5 },
    ]);
  });

  it('skips what is already covered', () => {
    const text = codes('统一战线工作');
    const covered = new Uint8Array(text.length).fill(1);
    expect(movedMatches(text, text, covered, new Uint8Array(covered), 4)).toEqual([]);
  });

  it('covers exactly the characters that lie in a common run of at least k (property)', () => {
    // Small alphabet so that runs are common; brute force says which positions are shared.
    const word = fc.array(fc.constantFrom(...'甲乙丙丁'), { maxLength: 24 }).map((cs) => codes(cs.join('')));
    fc.assert(
      fc.property(word, word, fc.integer({ min: 2, max: 4 }), (a, b, k) => {
        const coveredA = new Uint8Array(a.length);
        const coveredB = new Uint8Array(b.length);
        const found = movedMatches(a, b, coveredA, coveredB, k);
        for (const m of found) {
          expect(m.length).toBeGreaterThanOrEqual(k);
          expect(sameRun(a, m.left, b, m.right, m.length)).toBe(true);
        }
        const shared = (x: Int32Array, y: Int32Array) => {
          const mask = new Uint8Array(x.length);
          for (let i = 0; i + k <= x.length; i++) {
            for (let j = 0; j + k <= y.length; j++) if (sameRun(x, i, y, j, k)) mask.fill(1, i, i + k);
          }
          return mask;
        };
        expect([...coveredA]).toEqual([...shared(a, b)]);
        expect([...coveredB]).toEqual([...shared(b, a)]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('k-gram index', () => {
  it('lists every position of a k-gram, ascending', () => {
    const text = codes('统战工作统战工作统战');
    const hashes = kgramHashes(text, 2);
    const index = buildKgramIndex(hashes);
    const positions: number[] = [];
    for (let p = firstPosition(index, hashes[0]!); p >= 0; p = index.next[p]!) positions.push(p);
    expect(positions).toEqual([0, 4, 8]);
  });

  it('hashes equal windows equally, whatever precedes them (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0x4e00, max: 0x4e10 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 5 }),
        (list, k) => {
          const text = Int32Array.from(list);
          const hashes = kgramHashes(text, k);
          expect(hashes.length).toBe(Math.max(0, text.length - k + 1));
          for (let i = 0; i < hashes.length; i++) {
            for (let j = 0; j < hashes.length; j++) {
              if (sameRun(text, i, text, j, k)) expect(hashes[i]).toBe(hashes[j]);
            }
          }
        },
      ),
    );
  });
});
