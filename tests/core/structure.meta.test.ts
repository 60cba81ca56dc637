/** Metadata lines and fields on small documents; expectations written by hand from each document. */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/normalize';
import { parseStructure } from '../../src/core/structure';

const parse = (text: string) => parseStructure(normalize(text), 'R');
const slices = (text: string, ranges: { start: number; end: number }[]) =>
  ranges.map((r) => text.slice(r.start, r.end));

describe('metadata', () => {
  it('reads a bracketed editor, a source line and a keyword list split on 、', () => {
    const text = [
      '某市召开会议',
      '来源：新华网',
      '6月1日，某市召开会议。会议研究了工作。',
      '（责任编辑：王五）',
      '关键词：统战、会议',
    ].join('\n');
    const { meta, sections } = parse(text);
    expect(meta.title?.value).toBe('某市召开会议');
    expect(meta.source?.value).toBe('新华网');
    expect(meta.editor?.value).toBe('王五');
    expect(meta.keywords).toMatchObject({ value: '统战、会议', list: ['统战', '会议'] });
    expect(slices(text, meta.lines)).toEqual([
      '某市召开会议',
      '来源：新华网',
      '（责任编辑：王五）',
      '关键词：统战、会议',
    ]);
    expect(slices(text, sections)).toEqual(['6月1日，某市召开会议。会议研究了工作。']);
  });

  it.each([
    {
      label: 'a year in the lead gives an iso date',
      lead: '2015年8月18日上午，攀枝花市召开会议。',
      value: '2015年8月18日',
      iso: '2015-08-18',
    },
    {
      label: 'month and day only: no iso',
      lead: '8月18日上午，攀枝花市召开会议。',
      value: '8月18日',
      iso: undefined,
    },
    {
      label: 'an impossible date is no date',
      lead: '13月40日，攀枝花市召开会议。',
      value: undefined,
      iso: undefined,
    },
  ])('date: $label', ({ lead, value, iso }) => {
    const { meta } = parse(`${lead}\n会议研究了工作。`);
    expect(meta.date?.value).toBe(value);
    expect(meta.date?.iso).toBe(iso);
  });

  it.each([
    {
      label: 'before 召开, as written',
      title: '攀枝花市召开市委统战工作会议',
      place: '攀枝花市',
    },
    { label: 'before 召开, no suffix', title: '毕节召开推进会', place: '毕节' },
    { label: 'the X of 在X召开', title: '全省统战工作会议在成都召开', place: '成都' },
    { label: 'before 市委', title: '宜宾市委常委会研究统战工作', place: '宜宾' },
    {
      label: 'none when the words before 召开 are not a place',
      title: '全市统战工作会议召开',
      place: undefined,
    },
  ])('place: $label', ({ title, place }) => {
    const { meta } = parse(`${title}\n会议研究了工作。`);
    expect(meta.place?.value).toBe(place);
  });

  it('takes a whole parenthesized line at the tail as the source', () => {
    const text = '6月1日，某市召开会议。\n会议研究了工作。\n（记者 张三）';
    const { meta, sections } = parse(text);
    expect(meta.source?.value).toBe('记者 张三');
    expect(slices(text, meta.lines)).toEqual(['（记者 张三）']);
    expect(sections.at(-1)!.end).toBe(text.indexOf('\n（'));
  });

  it('takes a dateline without a URL, with its time, as the date', () => {
    const text = '某市召开会议\n2016-03-05 09:30\n6月1日，某市召开会议。';
    const { meta } = parse(text);
    expect(meta.date).toMatchObject({ value: '2016-03-05', iso: '2016-03-05' });
    expect(meta.title?.value).toBe('某市召开会议');
  });

  it.each([
    { label: 'a lone short line is body, not a title', text: '你好', sections: ['你好'] },
    {
      label: 'a first line ending in a colon is body',
      text: '会议要求：\n抓好落实。',
      sections: ['会议要求：\n抓好落实。'],
    },
    {
      label: 'an enumeration heading is not a title',
      text: '一、总体要求\n坚持党的领导。',
      sections: ['一、总体要求\n坚持党的领导。'],
    },
  ])('no title: $label', ({ text, sections }) => {
    const result = parse(text);
    expect(result.meta.title).toBeUndefined();
    expect(slices(text, result.sections)).toEqual(sections);
  });

  it('keeps a gloss that ends a line inside the line and the last section', () => {
    const text = '畢節召開統一戰(zhàn)\n12月21日,畢節召開會議。會議研究了統戰(zhàn)';
    const { meta, sections } = parse(text);
    expect(meta.title?.value).toBe('畢節召開統一戰(zhàn)');
    expect(slices(text, meta.lines)).toEqual(['畢節召開統一戰(zhàn)']);
    expect(sections.at(-1)!.end).toBe(text.length);
  });

  it('gives nothing for an empty text', () => {
    expect(parse('')).toEqual({
      meta: { lines: [] },
      outline: [],
      parts: { body: null, opening: null, closing: null, annex: null },
      sections: [],
      warnings: [],
    });
  });
});
