/**
 * `UnitSet` (src/core/text/unit-set.ts) against its plain definition, a `Set` of one-unit strings:
 * labelled cases, then random strings and indices.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnitSet } from '../../src/core/text/unit-set';

describe('UnitSet', () => {
  const ends = new UnitSet('。！？!?');

  it.each([
    { label: 'a full stop in the set', text: '好。', i: 1, expected: true },
    { label: 'a Han character not in it', text: '好。', i: 0, expected: false },
    { label: 'past the end', text: '好。', i: 2, expected: false },
    { label: 'before the start', text: '好。', i: -1, expected: false },
    { label: 'a half-width ? in it', text: 'a?', i: 1, expected: true },
    { label: 'a comma not in it', text: '，', i: 0, expected: false },
  ])('at: $label', ({ text, i, expected }) => {
    expect(ends.at(text, i)).toBe(expected);
  });

  it.each([
    { label: 'one unit in the set', ch: '？', expected: true },
    { label: 'one unit not in it', ch: '，', expected: false },
    { label: 'two units, each in the set', ch: '。。', expected: false },
    { label: 'the empty string', ch: '', expected: false },
    { label: 'undefined', ch: undefined, expected: false },
  ])('hasChar: $label', ({ ch, expected }) => {
    expect(ends.hasChar(ch)).toBe(expected);
  });

  it('has: by code, false outside 0..0xFFFF', () => {
    expect(ends.has(0x3002)).toBe(true);
    expect(ends.has(0x3001)).toBe(false);
    expect(ends.has(0x10000 + 0x3002)).toBe(false);
    expect(ends.has(-1)).toBe(false);
  });

  it('answers as a Set of one-unit strings, for any units and any string', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    const small = fc.constantFrom('。', '，', '”', 'a', '\n', '\ud840', '\udc00', '统');
    const char = fc.oneof(unit, small);
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), fc.array(char, { maxLength: 30 }), (members, chars) => {
        const plain = new Set(members);
        const set = new UnitSet(members.join(''));
        const text = chars.join('');
        for (let i = -1; i <= text.length; i++) {
          expect(set.at(text, i)).toBe(plain.has(text[i]!));
          expect(set.hasChar(text[i])).toBe(text[i] !== undefined && plain.has(text[i]!));
          if (i >= 0 && i < text.length) expect(set.has(text.charCodeAt(i))).toBe(plain.has(text[i]!));
        }
      }),
    );
  });
});
