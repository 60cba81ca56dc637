/** The eval's value rules (./fields.ts), with titles and places written for the purpose. */
import { describe, expect, it } from 'vitest';
import { fullDateWritten, sameDate, samePlace, sameTitle, titleInText } from './fields';

describe('sameTitle', () => {
  it.each([
    { label: 'the title as written', predicted: '某省召开工作会议 部署全年任务', same: true },
    {
      label: 'without the space between headline and subtitle',
      predicted: '某省召开工作会议部署全年任务',
      same: true,
    },
    { label: 'page clutter', predicted: '下载', same: false },
    { label: 'the headline without its subtitle', predicted: '某省召开工作会议', same: false },
    { label: 'no title', predicted: undefined, same: false },
  ])('$label', ({ predicted, same }) => {
    expect(sameTitle(predicted, '某省召开工作会议 部署全年任务')).toBe(same);
  });

  it('counts a pinyin gloss left in the title as wrong', () => {
    expect(sameTitle('畢節召開統一戰(zhàn)線工作會議', '畢節召開統一戰線工作會議')).toBe(false);
    expect(sameTitle('畢節召開統一戰線工作會議', '畢節召開統一戰線工作會議')).toBe(true);
  });

  it('folds full-width and half-width brackets alike', () => {
    expect(sameTitle('会议(第二次)', '会议（第二次）')).toBe(true);
  });
});

describe('titleInText', () => {
  it.each([
    { label: 'a title line', text: '下载\n某省召开工作会议\n正文。', title: '某省召开工作会议', found: true },
    {
      label: 'a title on a glossed line',
      text: '畢節召開統一戰(zhàn)線會議\n正文。',
      title: '畢節召開統一戰線會議',
      found: true,
    },
    {
      label: 'a transcript with only a lead',
      text: '本台消息，会议今天召开。',
      title: '国务院召开常务会议',
      found: false,
    },
  ])('$label', ({ text, title, found }) => {
    expect(titleInText(title, text)).toBe(found);
  });
});

describe('samePlace', () => {
  it.each([
    { predicted: '安徽', labelled: '安徽省', same: true },
    { predicted: '宁夏', labelled: '宁夏回族自治区', same: true },
    { predicted: '攀枝花市', labelled: '攀枝花', same: true },
    { predicted: '畢節', labelled: '畢節市', same: true },
    { predicted: '全省', labelled: '安徽省', same: false },
    { predicted: '省', labelled: '安徽省', same: false },
    { predicted: undefined, labelled: '安徽省', same: false },
  ])('$predicted vs $labelled', ({ predicted, labelled, same }) => {
    expect(samePlace(predicted, labelled)).toBe(same);
  });
});

describe('sameDate', () => {
  const undated = '全国统战部长会议16日在京召开。';
  const dated = '2018年1月16日，全国统战部长会议在京召开。';
  it.each([
    { label: 'the same ISO date', predicted: { iso: '2018-01-16' }, text: dated, same: true },
    { label: 'another ISO date', predicted: { iso: '2018-01-17' }, text: dated, same: false },
    { label: 'no date', predicted: undefined, text: undated, same: false },
    { label: 'the day, when the text has only the day', predicted: { day: 16 }, text: undated, same: true },
    {
      label: 'month and day, when the text has no year',
      predicted: { month: 1, day: 16 },
      text: undated,
      same: true,
    },
    { label: 'a wrong day', predicted: { day: 17 }, text: undated, same: false },
    { label: 'a wrong month', predicted: { month: 2, day: 16 }, text: undated, same: false },
    {
      label: 'only the day, when the text writes the full date',
      predicted: { day: 16 },
      text: dated,
      same: false,
    },
  ])('$label', ({ predicted, text, same }) => {
    expect(sameDate(predicted, '2018-01-16', text)).toBe(same);
  });
});

describe('fullDateWritten', () => {
  it.each([
    { text: '2018年1月16日召开', written: true },
    { text: '2018年01月16日 09时', written: true },
    { text: '发布时间：2018-01-16 09:05', written: true },
    { text: '2018/1/16 9:05:57', written: true },
    { text: '１月16日召开', written: false },
    { text: '2018年全国统战部长会议16日召开', written: false },
  ])('$text → $written', ({ text, written }) => {
    expect(fullDateWritten('2018-01-16', text)).toBe(written);
  });
});
