import { describe, expect, it } from 'vitest';
import { opensOnSample } from '../../src/state/opens-on';

const stored = (fragment: string) => JSON.stringify({ fragment, savedAt: '2026-01-01T00:00:00.000Z' });

describe('opensOnSample (the inline script that decides whether the prerendered sample may show)', () => {
  it.each([
    { label: 'nothing in the address bar, nothing saved', fragment: '', saved: null, expected: true },
    { label: 'the sample link', fragment: '#sample', saved: stored('v1.AAAA'), expected: true },
    {
      label: 'a comparison link, even over a saved sample',
      fragment: '#v1.AAAA',
      saved: null,
      expected: false,
    },
    { label: 'the sample at other options', fragment: '#sample?min=6', saved: null, expected: false },
    { label: 'a broken link: not the sample', fragment: '#nonsense', saved: null, expected: false },
    { label: 'the sample saved in this browser', fragment: '', saved: stored('sample'), expected: true },
    { label: 'a comparison saved in this browser', fragment: '', saved: stored('v1.AAAA'), expected: false },
    { label: 'storage that is not JSON', fragment: '', saved: '{oops', expected: false },
  ])('$label', ({ fragment, saved, expected }) => {
    expect(opensOnSample(fragment, saved)).toBe(expected);
  });

  const leaving = (entry: string, fragment: string) => JSON.stringify({ entry, fragment });

  it.each([
    {
      label: 'a change left on this entry (the browser dropped its history update)',
      fragment: '#sample',
      left: leaving('sample', 'sample?min=6'),
      expected: false,
    },
    { label: 'left from the blank entry', fragment: '', left: leaving('', 'v2.BBBB'), expected: false },
    {
      label: 'left from another entry',
      fragment: '#sample',
      left: leaving('v2.CCCC', 'v2.BBBB'),
      expected: true,
    },
    { label: 'left on the sample itself', fragment: '', left: leaving('', 'sample'), expected: true },
    { label: 'unreadable', fragment: '', left: '{oops', expected: true },
  ])('$label', ({ fragment, left, expected }) => {
    expect(opensOnSample(fragment, null, left)).toBe(expected);
  });

  it('uses no name from outside itself, so its source can be inlined into the page', () => {
    const inlined = new Function(`return (${opensOnSample.toString()})`)() as typeof opensOnSample;
    expect(inlined('', stored('sample'))).toBe(true);
    expect(inlined('#v1.A', null)).toBe(false);
    expect(inlined('', null, leaving('', 'v2.B'))).toBe(false);
  });
});
