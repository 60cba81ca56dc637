/**
 * A PDF's text items → paragraphs (`src/core/load/pdf-layout.ts`): labelled cases per step, written by
 * hand in PDF points (A4 is 595 × 842), and a property: paragraphs laid out as a printer lays them out
 * (first line indented two characters, wrapped at the column's width, running header and page number on
 * every page) come back exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dropRunningLines,
  isPageNumber,
  itemsToLines,
  joinPieces,
  linesToParagraphs,
  pdfPagesToText,
  type PdfItem,
  type PdfLine,
  type PdfPage,
} from '../../src/core/load/pdf-layout';

const SIZE = 12;
const item = (str: string, x: number, y: number, extra: Partial<PdfItem> = {}): PdfItem => ({
  str,
  x,
  y,
  width: [...str].length * SIZE,
  size: SIZE,
  ...extra,
});
const line = (text: string, x: number, y: number, size = SIZE): PdfLine => ({
  text,
  x,
  y,
  right: x + [...text].length * size,
  size,
});

describe('joinPieces: labelled cases', () => {
  it.each([
    { label: 'CJK to CJK: no space', left: '推进', right: '改革', joined: '推进改革' },
    { label: 'CJK punctuation then CJK', left: '发展，', right: '统筹', joined: '发展，统筹' },
    { label: 'Latin to Latin: one space', left: 'shared', right: 'phrase', joined: 'shared phrase' },
    { label: 'Latin to CJK: no space', left: 'GDP', right: '增长', joined: 'GDP增长' },
    { label: 'CJK to digits: no space', left: '增长', right: '5.2%', joined: '增长5.2%' },
    { label: 'a space already there is kept, not doubled', left: 'of ', right: 'the', joined: 'of the' },
    { label: 'an empty side', left: '', right: '改革', joined: '改革' },
  ])('$label', ({ left, right, joined }) => expect(joinPieces(left, right)).toBe(joined));
});

describe('itemsToLines: labelled cases', () => {
  it('joins runs on one baseline, CJK without a space', () => {
    const lines = itemsToLines([item('一、', 72, 100), item('总体要求', 96, 100)]);
    expect(lines.map((l) => l.text)).toEqual(['一、总体要求']);
    expect(lines[0]).toMatchObject({ x: 72, right: 96 + 48, y: 100 });
  });
  it('puts a space between Latin runs separated by a gap, none when they touch', () => {
    const lines = itemsToLines([
      item('Belt', 72, 100),
      item('and', 72 + 48 + 4, 100),
      item('Road', 124 + 36, 100),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['Belt andRoad']);
  });
  it('starts a new line at a new baseline, and after an end-of-line mark', () => {
    const lines = itemsToLines([
      item('第一行', 72, 100),
      item('第二行', 72, 118),
      item('第三行', 72, 136, { hasEOL: true }),
      item('第四行', 108, 136.5),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['第一行', '第二行', '第三行', '第四行']);
  });
  it('keeps a superscript-size wobble on the line, and drops blank runs', () => {
    const lines = itemsToLines([item('注', 72, 100), item('1', 84, 97, { size: 7 }), item('  ', 90, 100)]);
    expect(lines.map((l) => l.text)).toEqual(['注1']);
  });
  it('starts a new line when a run goes back to the left on the same baseline (a second column cell)', () => {
    const lines = itemsToLines([item('右边的文字', 300, 100), item('左边', 72, 100)]);
    expect(lines.map((l) => l.text)).toEqual(['右边的文字', '左边']);
  });
});

describe('isPageNumber: labelled cases', () => {
  it.each([
    '3',
    '12',
    '- 3 -',
    '— 12 —',
    '·7·',
    '第3页',
    '第 3 页 共 9 页',
    '第3页，共9页',
    '共9页 第3页',
    '3 / 9',
    '3／9',
    'Page 3 of 9',
    'page 3',
  ])('a page number: %s', (text) => expect(isPageNumber(text)).toBe(true));
  it.each(['第三章', '一、总体要求', '3月', '1.加强领导', '2024年', '（一）', 'Page three', '12345'])(
    'not a page number: %s',
    (text) => expect(isPageNumber(text)).toBe(false),
  );
});

describe('dropRunningLines: labelled cases', () => {
  const page = (n: number, body: string[]): PdfLine[] => [
    line('某某市人民政府工作报告', 200, 40, 9),
    ...body.map((text, i) => line(text, 72, 100 + i * 18)),
    line(`- ${n} -`, 290, 800, 9),
  ];

  it('drops a header repeated on every page and the page numbers at the foot', () => {
    const pages = [page(1, ['正文甲', '正文乙']), page(2, ['正文丙']), page(3, ['正文丁'])];
    expect(dropRunningLines(pages).map((p) => p.map((l) => l.text))).toEqual([
      ['正文甲', '正文乙'],
      ['正文丙'],
      ['正文丁'],
    ]);
  });
  it('drops a footer whose number changes ("第 n 页 共 3 页") and a header naming the page', () => {
    const pages = [1, 2, 3].map((n) => [
      line(`报告 ${n}`, 72, 40, 9),
      line(`正文${'甲乙丙'[n - 1]}`, 72, 100),
      line(`第 ${n} 页 共 3 页`, 260, 800, 9),
    ]);
    expect(dropRunningLines(pages).map((p) => p.map((l) => l.text))).toEqual([
      ['正文甲'],
      ['正文乙'],
      ['正文丙'],
    ]);
  });
  it('keeps a one-page document whole (a title is not a running head), a page number aside', () => {
    const pages = [
      [line('关于加强基层治理的报告', 150, 60, 18), line('正文', 72, 100), line('1', 295, 800, 9)],
    ];
    expect(dropRunningLines(pages).map((p) => p.map((l) => l.text))).toEqual([
      ['关于加强基层治理的报告', '正文'],
    ]);
  });
  it('keeps a line repeated in the body, away from the page edges', () => {
    const body = ['开头', '坚持党的全面领导', '中间', '结尾'];
    const pages = [page(1, body), page(2, body)];
    expect(dropRunningLines(pages)[1]!.map((l) => l.text)).toContain('坚持党的全面领导');
  });
  it('keeps a text at the top of two pages in five (fewer than half: not a running head)', () => {
    const pages = [1, 2, 3, 4, 5].map((n) => [
      line(`正文${n}`, 72, 100),
      line(`续${n}`, 72, 118),
      line('结', 72, 136),
    ]);
    pages[0]!.unshift(line('重复的开头', 72, 80));
    pages[2]!.unshift(line('重复的开头', 72, 80));
    expect(dropRunningLines(pages)[0]![0]!.text).toBe('重复的开头');
    expect(dropRunningLines(pages)[2]![0]!.text).toBe('重复的开头');
  });
});

describe('linesToParagraphs: labelled cases', () => {
  // A column from x = 72 to 72 + 20 characters of 12 pt (312), lines 18 pt apart; a first line indented
  // by two characters (x = 96) holds 18.
  const full = (text: string, length = 20) => text.padEnd(length, '文');

  it('joins a paragraph wrapped over lines, and starts one at an indented first line', () => {
    const pages = [
      [
        line(full('　　我们要'), 72, 100),
        line(full('继续'), 72, 118),
        line('推进改革。', 72, 136),
        line(full('今年', 18), 96, 154),
        line('完成任务。', 72, 172),
      ],
    ];
    expect(linesToParagraphs(pages)).toEqual([
      `${full('　　我们要')}${full('继续')}推进改革。`,
      `${full('今年', 18)}完成任务。`,
    ]);
  });
  it('ends a paragraph at a short line even without an indent after it (headings set flush left)', () => {
    const pages = [[line('一、总体要求', 72, 100), line(full('坚持'), 72, 118), line('发展。', 72, 136)]];
    expect(linesToParagraphs(pages)).toEqual(['一、总体要求', `${full('坚持')}发展。`]);
  });
  it('continues a paragraph across a page break', () => {
    const pages = [
      [line(full('上一页', 18), 96, 100), line(full('末行'), 72, 118)],
      [line('下一页接着写。', 72, 60), line(full('新段', 18), 96, 78)],
    ];
    expect(linesToParagraphs(pages)).toEqual([
      `${full('上一页', 18)}${full('末行')}下一页接着写。`,
      full('新段', 18),
    ]);
  });
  it('starts a paragraph at a wider gap, at a change of size, and at a heading number', () => {
    const pages = [
      [
        line(full('甲'), 72, 100),
        line(full('乙'), 72, 130), // a blank line's worth above
        line(full('丙', 15), 72, 148, 16), // a heading's size (15 characters of 16 pt fill the column)
        line(full('丁'), 72, 166),
        line(full('（二）主要任务'), 72, 184),
        line(full('戊'), 72, 202),
        line('己', 72, 220),
      ],
    ];
    expect(linesToParagraphs(pages)).toEqual([
      full('甲'),
      full('乙'),
      full('丙', 15),
      full('丁'),
      `${full('（二）主要任务')}${full('戊')}己`,
    ]);
  });
  it('joins Latin lines with a space', () => {
    const pages = [[line('Shared phrasing is found after', 72, 100, 6), line('normalization.', 72, 118, 6)]];
    expect(linesToParagraphs(pages)).toEqual(['Shared phrasing is found after normalization.']);
  });
});

/** Lays paragraphs out as a printer would: `perLine` characters a line, the first line indented by two. */
function layOut(paragraphs: string[], perLine: number, linesPerPage: number): PdfPage[] {
  const rows: { text: string; x: number }[] = [];
  for (const paragraph of paragraphs) {
    const chars = [...paragraph];
    let at = 0;
    let first = true;
    while (at < chars.length) {
      const room = first ? perLine - 2 : perLine;
      rows.push({ text: chars.slice(at, at + room).join(''), x: first ? 72 + 2 * SIZE : 72 });
      at += room;
      first = false;
    }
  }
  const pages: PdfPage[] = [];
  for (let start = 0; start < rows.length; start += linesPerPage) {
    const n = pages.length + 1;
    const items = [
      item('某某市人民政府工作报告', 200, 40, { size: 9, width: 99 }),
      ...rows.slice(start, start + linesPerPage).map((row, i) => item(row.text, row.x, 100 + i * 18)),
      item(`第 ${n} 页`, 280, 100 + linesPerPage * 18 + 30, { size: 9, width: 36 }), // below the last line
    ];
    pages.push({ width: 144 + perLine * SIZE, height: 160 + linesPerPage * 18, items });
  }
  return pages;
}

describe('pdfPagesToText: property', () => {
  const hanzi = [
    ...'的是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经进着等部度家电力里如水化高自理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几区强放决西被干做必战先回则任取据处府研，。',
  ];
  const paragraph = fc
    .array(fc.constantFrom(...hanzi), { minLength: 1, maxLength: 120, size: 'max' })
    .map((chars) => chars.join(''))
    // A paragraph that starts with punctuation is not something a report prints.
    .filter((text) => !/^[，。]/.test(text));

  it('gives back the paragraphs, header and page numbers dropped, whatever the wrapping and page breaks', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 12, max: 40 }),
        fc.integer({ min: 3, max: 40 }),
        (paragraphs, perLine, linesPerPage) => {
          const pages = layOut(paragraphs, perLine, linesPerPage);
          // On one page a running head cannot be told from a title (both are kept): two pages or more.
          fc.pre(pages.length >= 2);
          // The column is measured on the text: two full lines at the margin are needed to find its edges.
          const body = pages.flatMap((p) => p.items.slice(1, -1));
          fc.pre(body.filter((i) => i.x === 72 && i.str.length === perLine).length >= 2);
          // A line of text repeated at the edges of pages IS what a running head looks like: real text
          // does not repeat whole lines, so neither does this.
          fc.pre(new Set(body.map((i) => i.str)).size === body.length);
          expect(pdfPagesToText(pages)).toBe(paragraphs.join('\n'));
        },
      ),
      { numRuns: 300 },
    );
  });
});
