import { describe, expect, it } from 'vitest';
import { areaClauseAt } from '../../src/core/structure/lists-runs';

/** `n` characters of an area's name (no clause punctuation), made up. */
const name = (n: number) => '农业农村现代化建设科技创新产业升级'.repeat(2).slice(0, n);

describe('areaClauseAt: an area clause closing with 方面 at the unit start', () => {
  // Text, start, end, expected: the bounds the quick look for `面` before the expression relies on.
  const cases: [string, number, number, boolean][] = [
    [`${name(3)}方面，抓好`, 0, 12, true], // the shortest name
    [`${name(20)}方面：抓好`, 0, 30, true], // the longest name
    [`${name(21)}方面，抓好`, 0, 30, false], // one character too long
    [`${name(2)}方面，抓好`, 0, 10, false], // one too short
    [`${name(5)}方面，抓好`, 0, 8, true], // the clause's mark is the last unit inside the bound
    [`${name(5)}方面，抓好`, 0, 7, false], // ... and just outside it
    [`前言。${name(4)}方面，抓好`, 3, 15, true], // read at the unit's start, not the text's
    [`${name(4)}，方面，抓好`, 0, 15, false], // a comma inside the name
    [`${name(6)}方面工作`, 0, 12, false], // no mark after 方面
  ];
  for (const [text, start, end, expected] of cases) {
    it(`${text} [${start}, ${end}) → ${expected}`, () => {
      expect(areaClauseAt(text, start, end)).toBe(expected);
    });
  }
});
