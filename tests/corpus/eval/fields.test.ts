/** The eval's value rules (./fields.ts), with titles and places written for the purpose. */
import { describe, expect, it } from 'vitest';
import { sameDate, samePlace, sameTitle, titleInText } from './fields';

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
  it.each([
    { predicted: '2015-08-18', labelled: '2015-08-18', same: true },
    { predicted: '2015-08-19', labelled: '2015-08-18', same: false },
    { predicted: undefined, labelled: '2015-08-18', same: false },
  ])('$predicted vs $labelled', ({ predicted, labelled, same }) => {
    expect(sameDate(predicted, labelled)).toBe(same);
  });
});
