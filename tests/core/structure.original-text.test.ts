/**
 * Reading the original behind normalized spans (src/core/structure/original-text.ts) and the
 * index-based character tests of src/core/structure/text-spans.ts, each against its plain definition.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/normalize';
import { OriginalCleanReader, originalClean } from '../../src/core/structure/original-text';
import { isSpace, isSpaceAt } from '../../src/core/structure/text-spans';
import type { Normalized } from '../../src/core/types';

/** The plain definition: the original units behind each normalized unit, each original unit once. */
function cleanByDefinition(input: Normalized, start: number, end: number): string {
  let out = '';
  let covered = 0;
  for (let n = Math.max(0, start); n < Math.min(end, input.map.normStart.length); n++) {
    const from = Math.max(input.map.normStart[n]!, covered);
    const to = Math.min(input.map.normEnd[n]!, input.original.length);
    for (let i = from; i < to; i++) out += input.original[i];
    covered = Math.max(covered, to);
  }
  return out;
}

describe('OriginalCleanReader', () => {
  it('reads a growing span on, the gloss the normalizer dropped left out', () => {
    // normalized `统一战线，凝聚共识`: 戰 is unit 2, the gloss `(zhàn)` follows it, 線 is unit 3.
    const input = normalize('統一戰(zhàn)線,凝聚共識');
    const reader = new OriginalCleanReader(input, 1);
    expect(reader.upTo(3)).toBe('一戰');
    expect(reader.upTo(4)).toBe('一戰線');
    expect(reader.upTo(7)).toBe('一戰線,凝聚');
    expect(reader.upTo(99)).toBe('一戰線,凝聚共識');
  });

  it('gives originalClean of every span it grows through, for any text', () => {
    const text = fc
      .array(fc.constantFrom('統', '战', '(zhàn)', ' ', ',', '\n', '𠀀', 'a', '　'), { maxLength: 30 })
      .map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, fc.nat(40), fc.array(fc.nat(40), { maxLength: 6 }), (t, start, ends) => {
        const input = normalize(t);
        const reader = new OriginalCleanReader(input, start);
        for (const end of [...ends].sort((a, b) => a - b)) {
          const expected = cleanByDefinition(input, start, end);
          expect(reader.upTo(end)).toBe(expected);
          expect(originalClean(input, { start, end })).toBe(expected);
        }
      }),
    );
  });
});

describe('isSpaceAt', () => {
  it('is isSpace of the unit at the index, for every UTF-16 unit, and false past either end', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (isSpaceAt(ch, 0) !== isSpace(ch)) differ.push(code);
    }
    expect(differ).toEqual([]);
    expect(isSpaceAt(' ', 1)).toBe(false);
    expect(isSpaceAt(' ', -1)).toBe(false);
  });
});
