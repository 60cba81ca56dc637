import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/normalize';

// Not timed (speed lives in bench/normalize.bench.ts): these check that a megabyte of one repeated
// piece neither overflows a stack (spread arguments, recursion) nor goes quadratic enough to time out.
const MEGABYTE = 1 << 20;

describe('a megabyte of one piece', () => {
  it.each([
    { label: 'one Han character', piece: '中', units: MEGABYTE },
    { label: 'a glossed character', piece: '戰(zhàn)', units: Math.ceil(MEGABYTE / 7) },
    { label: 'a damaged gloss (`?` stays)', piece: '?zhèn)', units: Math.ceil(MEGABYTE / 6) },
    { label: 'an astral character', piece: '𠀀', units: MEGABYTE },
    { label: 'a BMP character that becomes astral', piece: '㗲', units: 2 * MEGABYTE },
    { label: 'spaces', piece: ' ', units: 0 },
    { label: 'ideographic spaces between Han', piece: '中\u3000', units: MEGABYTE / 2 },
    { label: 'CRLF', piece: '\r\n', units: MEGABYTE / 2 },
    { label: 'lone surrogates', piece: '\ud800', units: MEGABYTE },
    { label: 'ASCII commas', piece: ',', units: MEGABYTE },
    { label: 'Han and commas', piece: '中,', units: MEGABYTE },
    { label: 'straight quotes', piece: '"', units: MEGABYTE },
  ])('$label', ({ piece, units }) => {
    const text = piece.repeat(Math.ceil(MEGABYTE / piece.length));
    const { normalized, map } = normalize(text);
    expect(normalized.length).toBe(units);
    expect(map.normStart.length).toBe(units);
  });
});
