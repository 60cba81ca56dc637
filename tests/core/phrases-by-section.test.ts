/**
 * `phrasesBySection` (src/core/phrases/bySection.ts): which shared phrases have both ends inside a
 * pair's sections. Cases made by hand: sections as ranges, phrases as their two ranges.
 */
import { describe, expect, it } from 'vitest';
import { phrasesBySection } from '../../src/core/phrases/bySection';
import type { Range, SharedPhrase } from '../../src/core/types';

const range = (start: number, end: number): Range => ({ start, end });
const phrase = (id: string, left: Range, right: Range): SharedPhrase => ({
  id,
  text: id,
  hanLength: left.end - left.start,
  left,
  right,
  kind: 'moved',
});

// Left: [0, 10) [10, 30) [30, 40); right: [0, 20) [20, 50).
const left = [range(0, 10), range(10, 30), range(30, 40)];
const right = [range(0, 20), range(20, 50)];
const phrases = [
  phrase('a', range(2, 6), range(1, 5)), //       left 0, right 0
  phrase('across', range(8, 12), range(3, 7)), // across left 0 and 1: in no section
  phrase('b', range(12, 16), range(25, 29)), //   left 1, right 1
  phrase('c', range(20, 24), range(2, 6)), //     left 1, right 0
  phrase('d', range(31, 35), range(18, 22)), //   right across 0 and 1: in no section
  phrase('e', range(10, 30), range(20, 50)), //   left 1 whole, right 1 whole (ends on the ends)
];
const ids = (found: SharedPhrase[]) => found.map((p) => p.id);

describe('phrasesBySection', () => {
  const index = phrasesBySection(phrases, left, right);
  it.each([
    { label: 'one section a side', l: [0], r: [0], expected: ['a'] },
    { label: 'a section holding several, in phrase order', l: [1], r: [1], expected: ['b', 'e'] },
    { label: 'one-to-many', l: [1], r: [0, 1], expected: ['b', 'c', 'e'] },
    { label: 'many-to-one, order kept across sections', l: [1, 0], r: [0], expected: ['a', 'c'] },
    { label: 'a phrase across two sections belongs to neither', l: [0, 1], r: [0], expected: ['a', 'c'] },
    { label: 'right end across two sections', l: [2], r: [0, 1], expected: [] },
    { label: 'no section', l: [], r: [0], expected: [] },
  ])('$label', ({ l, r, expected }) => {
    expect(ids(index.inside(l, r))).toEqual(expected);
  });
});
