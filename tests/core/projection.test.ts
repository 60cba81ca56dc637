/**
 * `projectFrom` (src/core/phrases/projection.ts): reading a cut's projection off the whole text's
 * gives what `projectHan` gives on the cut, entry for entry (labelled cases, then random texts with
 * astral Han, punctuation and lone surrogates, and random spans).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectFrom, projectHan, type NormSpan } from '../../src/core/phrases/projection';

const plain = (p: ReturnType<typeof projectHan>) => ({
  codes: [...p.codes],
  norm: [...p.norm],
  section: [...p.section],
  spanStart: [...p.spanStart],
  length: p.length,
});
const fromWhole = (text: string, spans: readonly NormSpan[]) =>
  projectFrom(projectHan(text, [{ start: 0, end: text.length }]), text.length, spans);

describe('projectFrom', () => {
  it('two sections of 要统一思想，凝聚𠀀 skip the comma between them', () => {
    const text = '要统一思想，凝聚𠀀';
    const p = fromWhole(text, [
      { start: 0, end: 5 },
      { start: 5, end: 10 },
    ]);
    expect(plain(p)).toEqual({
      codes: [...'要统一思想凝聚𠀀'].map((c) => c.codePointAt(0)),
      norm: [0, 1, 2, 3, 4, 6, 7, 8],
      section: [0, 0, 0, 0, 0, 1, 1, 1],
      spanStart: [0, 5, 8],
      length: 8,
    });
  });

  it('a span ending inside a surrogate pair leaves that character out, as projectHan does', () => {
    // 𠀀 takes units 2 and 3: a span ending at 3 holds 凝聚 only.
    const text = '凝聚𠀀';
    expect(plain(fromWhole(text, [{ start: 0, end: 3 }]))).toEqual(
      plain(projectHan(text, [{ start: 0, end: 3 }])),
    );
    expect(fromWhole(text, [{ start: 0, end: 3 }]).length).toBe(2);
  });

  it('matches projectHan on random texts and spans', () => {
    const piece = fc.constantFrom('统', '战', '，', 'a', '𠀀', '\uD840', '\uDC00', ' ', '一');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join('')),
        fc.array(fc.tuple(fc.integer({ min: -2, max: 50 }), fc.integer({ min: -2, max: 50 })), {
          maxLength: 6,
        }),
        (text, pairs) => {
          const spans = pairs.map(([start, end]) => ({ start, end }));
          expect(plain(fromWhole(text, spans))).toEqual(plain(projectHan(text, spans)));
        },
      ),
    );
  });
});
