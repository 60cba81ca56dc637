/** The header card's facts (src/view/meta.ts): values without glosses, the two dates apart. */
import { describe, expect, it } from 'vitest';
import type { ReportMeta } from '../../src/core/types';
import { metaFacts, shown } from '../../src/view/meta';

const range = { start: 0, end: 1 };

describe('metaFacts', () => {
  it('lists place, meeting, publication and source, each labelled, as a reader sees them', () => {
    const meta: ReportMeta = {
      lines: [],
      place: { value: '京', text: '北京', range },
      meeting: { value: '8月18日', month: 8, day: 18, year: 2015, iso: '2015-08-18', inferred: true, range },
      published: { value: '2015-08-19', year: 2015, month: 8, day: 19, iso: '2015-08-19', range },
      source: { value: '統戰(zhàn)部', text: '統戰部', range },
    };
    expect(metaFacts(meta)).toEqual([
      { key: 'place', zh: '地点', en: 'Place', text: '北京' },
      {
        key: 'meeting',
        zh: '会议日期',
        en: 'Meeting',
        text: '2015-08-18',
        written: '8月18日',
        note: 'year from the page date',
      },
      { key: 'published', zh: '发布日期', en: 'Published', text: '2015-08-19', written: '2015-08-19' },
      { key: 'source', zh: '来源', en: 'Source', text: '統戰部' },
    ]);
  });

  it('shows a date without its year as written', () => {
    const meta: ReportMeta = { lines: [], meeting: { value: '12月11日至12日', month: 12, day: 11, range } };
    expect(metaFacts(meta)).toEqual([
      { key: 'meeting', zh: '会议日期', en: 'Meeting', text: '12月11日至12日', written: '12月11日至12日' },
    ]);
  });

  it('shows nothing for an empty head', () => {
    expect(metaFacts({ lines: [] })).toEqual([]);
    expect(shown(undefined)).toBeUndefined();
  });
});
