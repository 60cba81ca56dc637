/** Titles, places and field values a reader can trust; documents written by hand for each case. */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/normalize';
import { parseStructure } from '../../src/core/structure';
import type { MetaLine } from '../../src/core/structure/meta-lines';
import { chooseTitle } from '../../src/core/structure/meta-title';

const parse = (text: string) => parseStructure(normalize(text), 'L');

/** Head lines of the given kinds, laid end to end; the title chosen among them, as text. */
function titleOf(lines: [string, MetaLine['kind']][]): string | null {
  const text = lines.map(([s]) => s).join('\n');
  let at = 0;
  const head: MetaLine[] = lines.map(([s, kind]) => {
    const line = { kind, span: { start: at, end: at + s.length } };
    at += s.length + 1;
    return line;
  });
  const span = chooseTitle(text, head, true);
  return span ? text.slice(span.start, span.end) : null;
}

describe('chooseTitle', () => {
  it('passes over the buttons of a page to the report’s name', () => {
    expect(
      titleOf([
        ['下载', 'other'],
        ['打印', 'other'],
        ['【字号：', 'other'],
        ['2026年某省政府工作报告', 'other'],
        ['——2026年2月5日在某省第十四届人民代表大会第四次会议上', 'other'],
        ['来源：某省日报', 'source'],
        ['省长 张三', 'other'],
      ]),
    ).toBe('2026年某省政府工作报告');
  });

  it('passes over a breadcrumb’s crumbs and a column name shown twice', () => {
    expect(
      titleOf([
        ['您的位置:', 'breadcrumb'],
        ['首页', 'other'],
        ['>', 'other'],
        ['本省要闻', 'other'],
        ['本省要闻', 'other'],
        ['2026年政府工作报告', 'other'],
      ]),
    ).toBe('2026年政府工作报告');
  });

  it('passes over a photo caption and a byline', () => {
    expect(
      titleOf([
        ['会场全景。 本报记者 李四 摄', 'other'],
        ['市长 王五', 'other'],
        ['政府工作报告', 'other'],
      ]),
    ).toBe('政府工作报告');
  });

  it('prefers a line that names a document or an event over a column name', () => {
    expect(
      titleOf([
        ['统战新闻', 'other'],
        ['某市召开统战工作会议', 'title'],
      ]),
    ).toBe('某市召开统战工作会议');
  });

  it('finds none among controls alone', () => {
    expect(
      titleOf([
        ['打印', 'other'],
        ['大', 'other'],
        ['>', 'other'],
      ]),
    ).toBeNull();
  });
});

describe('field values', () => {
  it('takes the value of an empty field from the next line when it reads as one', () => {
    const { meta } = parse('某市召开会议\n来源：\n某某日报客户端\n6月1日，某市召开会议。\n会议研究了工作。');
    expect(meta.source?.value).toBe('某某日报客户端');
  });

  it.each([
    { label: 'a share bar', next: '分享到: 更多' },
    { label: 'another field', next: '编辑：张三' },
    { label: 'a button', next: '大' },
    { label: 'a date line', next: '2015-08-19 10:19:00' },
  ])('never lets an empty field swallow $label', ({ next }) => {
    const { meta } = parse(`某市召开会议\n来源:\n${next}\n6月1日，某市召开会议。\n会议研究了工作。`);
    expect(meta.source).toBeUndefined();
  });

  it('shows values without pinyin glosses, keeping the spaces between words', () => {
    const { meta } = parse('畢節(jié)召開推進會\n12月21日,畢節召開會議。\n關鍵詞:統一戰(zhàn)線 畢節(jié)');
    expect(meta.title).toMatchObject({ value: '畢節(jié)召開推進會', text: '畢節召開推進會' });
    // A gloss that ends the line is outside the value's range, as before: only `text` tells them apart.
    expect(meta.keywords).toMatchObject({ value: '統一戰(zhàn)線 畢節', text: '統一戰線 畢節' });
  });

  it('reads a parenthesis of credits that ends the text as the editors, not the source', () => {
    const { meta } = parse('某市召开会议。\n会议研究了工作。(视频编辑：张三 文字编辑：李四)');
    expect(meta.editor?.value).toBe('视频编辑：张三 文字编辑：李四');
    expect(meta.source).toBeUndefined();
  });
});

describe('place', () => {
  it.each([
    {
      label: 'the province of a work report’s occasion line',
      text: '政府工作报告\n——2026年1月26日在某某省第十四届人民代表大会第五次会议上\n各位代表：\n现在作报告。',
      place: '某某省',
    },
    {
      label: 'a session without 第',
      text: '政府工作报告\n——2026年1月27日在某某省十四届人民代表大会第四次会议上\n各位代表：\n现在作报告。',
      place: '某某省',
    },
    {
      label: 'the city where a national meeting was held',
      text: '全国某某工作会议12月3日至4日在北京召开。\n会议指出，要抓好落实。',
      place: '北京',
    },
    {
      label: 'a venue',
      text: '习近平6日下午在人民大会堂同各界人士座谈。\n他强调，要团结奋斗。',
      place: '人民大会堂',
    },
    {
      label: 'no place where the words before 召开 are a person and an act',
      text: '国务院总理3月25日主持召开国务院常务会议。\n会议指出，要抓好落实。',
      place: undefined,
    },
  ])('$label', ({ text, place }) => {
    expect(parse(text).meta.place?.value).toBe(place);
  });

  it('spells out 京 as 北京 for the reader, the range on the character written', () => {
    const text = '全国某某部长会议16日在京召开。\n会议指出，要抓好落实。';
    const { meta } = parse(text);
    expect(meta.place).toMatchObject({ value: '京', text: '北京' });
    expect(text.slice(meta.place!.range.start, meta.place!.range.end)).toBe('京');
  });
});
