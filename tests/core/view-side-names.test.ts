/** Names of the two reports (src/view/sideNames.ts): places, told apart when they tie. */
import { describe, expect, it } from 'vitest';
import type { Comparison, DateField, ReportMeta } from '../../src/core/types';
import { sideNames } from '../../src/view/sideNames';

const range = { start: 0, end: 1 };
const place = (text: string) => ({ value: text, text, range });
const date = (value: string, year?: number, month?: number, day = 1): DateField => ({
  value,
  day,
  range,
  ...(year !== undefined ? { year } : {}),
  ...(month !== undefined ? { month } : {}),
  ...(year !== undefined && month !== undefined
    ? { iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` }
    : {}),
});
/** Only what sideNames reads: each side's metadata. */
const comparisonOf = (left: Partial<ReportMeta>, right: Partial<ReportMeta>) =>
  ({
    left: { meta: { lines: [], ...left } },
    right: { meta: { lines: [], ...right } },
  }) as unknown as Comparison;
const files = { left: 'xf-2024.txt', right: 'xf-2026.txt' };

describe('sideNames', () => {
  it.each([
    ['two places: the places', { place: place('畢節') }, { place: place('攀枝花市') }, ['畢節', '攀枝花市']],
    ['no place: the file names', {}, {}, ['xf-2024.txt', 'xf-2026.txt']],
    ['one place: it, and the other file name', { place: place('北京') }, {}, ['北京', 'xf-2026.txt']],
    [
      'one place, two years: place and year',
      { place: place('北京'), meeting: date('2024年1月23日', 2024, 1, 23) },
      { place: place('北京'), meeting: date('2026年1月28日', 2026, 1, 28) },
      ['北京 2024', '北京 2026'],
    ],
    [
      'the meeting year before the publication year',
      { place: place('北京'), meeting: date('1月23日', 2024, 1, 23), published: date('2025-01-01', 2025, 1) },
      { place: place('北京'), meeting: date('1月28日', 2026, 1, 28), published: date('2025-01-01', 2025, 1) },
      ['北京 2024', '北京 2026'],
    ],
    [
      'one place, one year: the whole dates',
      { place: place('北京'), published: date('2024-01-23', 2024, 1, 23) },
      { place: place('北京'), published: date('2024-12-02', 2024, 12, 2) },
      ['北京 2024-01-23', '北京 2024-12-02'],
    ],
    [
      'one place, days without a year: the file names',
      { place: place('北京'), meeting: date('23日', undefined, undefined, 23) },
      { place: place('北京'), meeting: date('28日', undefined, undefined, 28) },
      ['xf-2024.txt', 'xf-2026.txt'],
    ],
  ])('%s', (_, left, right, expected) => {
    expect(sideNames(comparisonOf(left, right), files)).toEqual({ left: expected[0], right: expected[1] });
  });

  it('keeps a tie when nothing tells the two apart', () => {
    const same = { left: 'a.txt', right: 'a.txt' };
    expect(sideNames(comparisonOf({ place: place('北京') }, { place: place('北京') }), same)).toEqual({
      left: '北京',
      right: '北京',
    });
  });

  it('names the files before a comparison exists', () => {
    expect(sideNames(null, files)).toEqual(files);
  });
});
