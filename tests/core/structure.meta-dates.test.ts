/** Dates in every common form, and the meeting kept apart from the page date; cases written by hand. */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/normalize';
import { parseStructure } from '../../src/core/structure';
import { completeFrom, findDates, isoOf } from '../../src/core/structure/meta-dates';

const parse = (text: string) => parseStructure(normalize(text), 'L');

describe('findDates', () => {
  const read = (s: string, dayOnly = false) =>
    findDates(s, { start: 0, end: s.length }, dayOnly).map((d) => ({
      at: s.slice(d.start, d.end),
      iso: isoOf(d),
      month: d.month,
      day: d.day,
    }));

  it.each([
    { label: 'ISO with hyphens', s: '时间：2026-02-11', at: '2026-02-11', iso: '2026-02-11' },
    { label: 'slashes, time left out', s: '发布时间:2023/4/7 9:05:57', at: '2023/4/7', iso: '2023-04-07' },
    { label: 'dots', s: '2026.02.11 浏览', at: '2026.02.11', iso: '2026-02-11' },
    { label: 'Chinese units', s: '2026年2月11日电', at: '2026年2月11日', iso: '2026-02-11' },
    { label: 'padded, with a time', s: '2026年02月10日 07时41分', at: '2026年02月10日', iso: '2026-02-10' },
    {
      label: 'Chinese numerals',
      s: '——二〇二六年一月二十七日在甘肃',
      at: '二〇二六年一月二十七日',
      iso: '2026-01-27',
    },
    { label: 'a range: its first day, written whole', s: '12月11日至12日在北京举行', at: '12月11日至12日' },
    { label: 'month and day', s: '8月18日上午', at: '8月18日' },
  ])('$label', ({ s, at, iso }) => {
    expect(read(s)[0]).toMatchObject({ at, iso });
  });

  it.each([
    { label: 'a month without a day', s: '2026年2月' },
    { label: 'a year alone', s: '2035年远景目标' },
    { label: 'an impossible month', s: '2026-13-01' },
    { label: 'an impossible day', s: '13月40日' },
    { label: 'a version number', s: '版本1.2.3' },
    { label: 'a day without its month, unless asked for', s: '会议16日在京召开' },
  ])('no date in $label', ({ s }) => {
    expect(read(s)).toEqual([]);
  });

  it('reads a day alone when asked, and a day range as its first day', () => {
    expect(read('会议18日至20日在北京召开', true)).toEqual([
      { at: '18日至20日', iso: undefined, month: undefined, day: 18 },
    ]);
  });

  it('gives no ISO date for a day that does not exist', () => {
    expect(isoOf({ year: 2026, month: 2, day: 30 })).toBeUndefined();
  });
});

describe('completeFrom (a meeting date without its year, read against the page date)', () => {
  it.each([
    { label: 'the day before', m: { month: 8, day: 18 }, pub: [2015, 8, 19], want: [2015, 8, 18] },
    { label: 'the same day', m: { month: 8, day: 19 }, pub: [2015, 8, 19], want: [2015, 8, 19] },
    {
      label: 'December, published in January',
      m: { month: 12, day: 28 },
      pub: [2018, 1, 5],
      want: [2017, 12, 28],
    },
    { label: 'a day of this month', m: { day: 16 }, pub: [2018, 1, 17], want: [2018, 1, 16] },
    { label: 'a day of last month', m: { day: 30 }, pub: [2018, 1, 2], want: [2017, 12, 30] },
  ])('$label', ({ m, pub, want }) => {
    const done = completeFrom({ start: 0, end: 0, ...m }, { year: pub[0]!, month: pub[1]!, day: pub[2]! });
    expect([done.year, done.month, done.day]).toEqual(want);
  });
});

describe('published and meeting dates of a report', () => {
  it('keeps a page date and the meeting day of the lead apart, the year taken from the page', () => {
    const { meta } = parse(
      '某市召开统战工作会议\n2015-08-19 10:19\n8月18日上午，某市召开统战工作会议。\n会议研究了工作。',
    );
    expect(meta.published).toMatchObject({ value: '2015-08-19', iso: '2015-08-19' });
    expect(meta.meeting).toMatchObject({ value: '8月18日', iso: '2015-08-18', inferred: true });
    expect(meta.date?.iso).toBe('2015-08-19');
  });

  it('reads the meeting of a speech from its occasion line', () => {
    const { meta } = parse(
      [
        '某省政府工作报告',
        '——2026年2月5日在某省第十四届人民代表大会第四次会议上',
        '时间：2026-02-11',
        '各位代表：',
        '现在作报告。',
      ].join('\n'),
    );
    expect(meta.meeting).toMatchObject({ value: '2026年2月5日', iso: '2026-02-05' });
    expect(meta.meeting?.inferred).toBeUndefined();
    expect(meta.published?.iso).toBe('2026-02-11');
  });

  it('takes the date after a source as the page date and leaves it out of the source', () => {
    const { meta } = parse(
      '某县召开会议\n来源: 《某某日报》 2020年01月22日\n1月21日，某县召开会议。\n会议研究了工作。',
    );
    expect(meta.source?.value).toBe('《某某日报》');
    expect(meta.published?.iso).toBe('2020-01-22');
    expect(meta.meeting?.iso).toBe('2020-01-21');
  });

  it('reads a day-only meeting date of a news lead, without inventing a year', () => {
    const { meta } = parse('全国某某会议16日在京召开。会议研究了工作。\n会议指出，要抓好落实。');
    expect(meta.meeting).toMatchObject({ value: '16日', day: 16 });
    expect(meta.meeting?.iso).toBeUndefined();
    expect(meta.published).toBeUndefined();
  });

  it('does not take a date deep inside the lead for the meeting', () => {
    const { meta } = parse(
      '会议听取了汇报，研究部署了今年以来的各项工作，并决定自8月1日起实施新办法。\n会议强调，要抓好落实。',
    );
    expect(meta.meeting).toBeUndefined();
  });
});
