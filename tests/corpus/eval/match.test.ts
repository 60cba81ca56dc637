/** The eval's position rules (./match.ts), on short texts written for the purpose. */
import { describe, expect, it } from 'vitest';
import { matchStarts, nodeSlack, sameBoundary, samePlace, skipSpace } from './match';

describe('skipSpace', () => {
  it.each([
    {
      label: 'moves over a line break and ideographic indentation',
      text: '甲。\n\u3000\u3000乙',
      at: 2,
      to: 5,
    },
    { label: 'stays on a character', text: '甲乙', at: 1, to: 1 },
    { label: 'stops at the end of the text', text: '甲 \n', at: 1, to: 3 },
    { label: 'clamps a position past the end', text: '甲', at: 9, to: 1 },
  ])('$label', ({ text, at, to }) => {
    expect(skipSpace(text, at)).toBe(to);
  });
});

describe('nodeSlack', () => {
  it.each([
    { marker: '一是', slack: 2 },
    { marker: '（一）', slack: 3 },
    { marker: '会议强调', slack: 4 },
    { marker: '', slack: 2 },
    { marker: '要', slack: 2 },
    { marker: '——这五年', slack: 4 },
  ])('$marker → $slack', ({ marker, slack }) => {
    expect(nodeSlack(marker)).toBe(slack);
  });
});

describe('samePlace', () => {
  // 0 会 1 议 2 强 3 调 4 ， 5 一 6 是 7 抓 8 党 9 建 10 ； 11 二 12 是 13 促 14 发 15 展
  const text = '会议强调，一是抓党建；二是促发展';
  it.each([
    { label: 'the same offset', a: 5, b: 5, slack: 2, same: true },
    { label: 'right after a two-character marker', a: 7, b: 5, slack: 2, same: true },
    { label: 'the speech verb before the marker, too far for 一是', a: 0, b: 5, slack: 2, same: false },
    { label: 'the next item', a: 11, b: 5, slack: 4, same: false },
  ])('$label', ({ a, b, slack, same }) => {
    expect(samePlace(text, a, b, slack)).toBe(same);
  });

  it('treats a section starting at its line like a label starting at its first character', () => {
    const indented = '开头。\n\u3000\u3000（一）稳增长';
    expect(samePlace(indented, 3, indented.indexOf('（'), 0)).toBe(true);
  });
});

describe('sameBoundary', () => {
  const text = '正文。\n各位代表！让我们团结奋斗。';
  const closing = text.indexOf('各');
  it.each([
    { label: 'both absent', predicted: null, labelled: null, same: true },
    { label: 'found where the label has none', predicted: closing, labelled: null, same: false },
    { label: 'missed', predicted: null, labelled: closing, same: false },
    { label: 'at the line before the appeal', predicted: 3, labelled: closing, same: true },
    { label: 'a sentence later', predicted: text.indexOf('让'), labelled: closing, same: false },
  ])('$label', ({ predicted, labelled, same }) => {
    expect(sameBoundary(text, predicted, labelled)).toBe(same);
  });
});

describe('matchStarts', () => {
  const text = '一是抓党建，二是促发展，三是保民生。';
  const labelled = [
    { start: 0, marker: '一是' },
    { start: 6, marker: '二是' },
    { start: 12, marker: '三是' },
  ];

  it('matches each labelled node to the nearest engine node, one to one', () => {
    // Engine nodes given out of order; 13 is one past 三's marker start.
    const predicted = [{ start: 13 }, { start: 0 }, { start: 6 }];
    expect(matchStarts(text, predicted, labelled)).toEqual([
      [1, 0],
      [2, 1],
      [0, 2],
    ]);
  });

  it('gives two engine nodes next to one labelled node one hit, not two', () => {
    const predicted = [{ start: 6 }, { start: 7 }];
    expect(matchStarts(text, predicted, labelled)).toEqual([[0, 1]]);
  });

  it('lets the nearer labelled node win a contested engine node', () => {
    // 4 is within 2 of 二是 (6) and 4 of nothing else at slack 2: only 二是 can take it.
    const close = [
      { start: 2, marker: '一是' },
      { start: 5, marker: '二是' },
    ];
    expect(matchStarts(text, [{ start: 4 }], close)).toEqual([[0, 1]]);
  });

  it('matches nothing when the engine found nothing', () => {
    expect(matchStarts(text, [], labelled)).toEqual([]);
  });
});
