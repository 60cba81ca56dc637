import { describe, expect, it } from 'vitest';
import { reportDates, reportLine, type ReportRef } from '../../src/core/export/where';

const ref = (fields: Partial<ReportRef>): ReportRef => ({
  name: 'a.txt',
  title: null,
  place: null,
  date: null,
  meetingDate: null,
  publishedDate: null,
  source: null,
  url: null,
  ...fields,
});

describe('reportLine: a report named in one line (print margins, captions)', () => {
  it.each([
    {
      label: 'title, place and both dates when the meeting and the page differ',
      report: ref({
        title: '攀枝花市召开市委统战工作会议',
        place: '攀枝花',
        date: '2015-08-19',
        meetingDate: '2015-08-18',
        publishedDate: '2015-08-19',
      }),
      line: '攀枝花市召开市委统战工作会议 · 攀枝花 · 会议 meeting 2015-08-18 · 发布 published 2015-08-19',
    },
    {
      label: 'one date when meeting and page agree',
      report: ref({
        title: '某会议',
        date: '2020-01-22',
        meetingDate: '2020-01-22',
        publishedDate: '2020-01-22',
      }),
      line: '某会议 · 2020-01-22',
    },
    {
      label: 'the file name when the title is unknown',
      report: ref({ place: '畢節' }),
      line: 'a.txt · 畢節',
    },
    { label: 'nothing known but the file', report: ref({}), line: 'a.txt' },
  ])('$label', ({ report, line }) => {
    expect(reportLine(report)).toBe(line);
  });

  it('reportDates is null when the report gives no date', () => {
    expect(reportDates(ref({ title: 'x' }))).toBeNull();
  });
});
