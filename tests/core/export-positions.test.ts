import { describe, expect, it } from 'vitest';
import { TextPositions } from '../../src/core/export/positions';
import { compare } from '../../src/core/index';
import { visibleText } from '../../src/core/export/visible';
import { BIJIE, PANZHIHUA } from './samples';

describe('TextPositions: line and body paragraph of an offset', () => {
  it('counts lines after \\n, \\r\\n and \\r alike, and skips blank and metadata lines for paragraphs', () => {
    // 标题 0–1, \n 2, blank line \r\n 3–4, 第一段。 5–8, \r 9, 第二段。 10–13.
    const text = '标题\n\r\n第一段。\r第二段。';
    const positions = new TextPositions(text, [{ start: 0, end: 2 }]);
    expect(positions.at(0)).toEqual({ line: 1, paragraph: null }); // the title: metadata
    expect(positions.at(3)).toEqual({ line: 2, paragraph: null }); // the blank line
    expect(positions.at(5)).toEqual({ line: 3, paragraph: 1 });
    expect(positions.at(10)).toEqual({ line: 4, paragraph: 2 });
    expect(positions.span({ start: 5, end: 13 })).toEqual({
      first: { line: 3, paragraph: 1 },
      last: { line: 4, paragraph: 2 },
    });
  });

  it('places the samples’ paragraphs where a reader counts them (hand-checked)', () => {
    const comparison = compare(BIJIE, PANZHIHUA);
    const right = new TextPositions(PANZHIHUA, comparison.right.meta.lines);
    // Lines 1–4 are the breadcrumb, title, URL/date and 分享到 (metadata); line 5 is blank.
    expect(right.at(PANZHIHUA.indexOf('8月18日上午'))).toEqual({ line: 6, paragraph: 1 });
    expect(right.at(PANZHIHUA.indexOf('张剡在讲话中指出'))).toEqual({ line: 7, paragraph: 2 });
    expect(right.at(PANZHIHUA.indexOf('一是要围绕'))).toEqual({ line: 10, paragraph: 5 });
    expect(right.at(PANZHIHUA.indexOf('攀枝花市召开'))).toEqual({ line: 2, paragraph: null });
    const left = new TextPositions(BIJIE, comparison.left.meta.lines);
    // Lines 1–2 are the breadcrumb and title; the body starts with the dateline 12月21日 on line 3.
    expect(left.at(BIJIE.indexOf('12月21日'))).toEqual({ line: 3, paragraph: 1 });
    expect(left.at(BIJIE.indexOf('會上'))).toEqual({ line: 8, paragraph: 6 });
  });
});

describe('visibleText: the original as a reader sees it', () => {
  it('drops pinyin glosses and keeps the script as written', () => {
    const comparison = compare(BIJIE, PANZHIHUA);
    const title = comparison.left.meta.title!;
    expect(title.value).toBe('畢節(jié)召開加強統一戰(zhàn)線參與建設工作推進會');
    expect(visibleText(comparison.left, title.range)).toBe('畢節召開加強統一戰線參與建設工作推進會');
  });
});
