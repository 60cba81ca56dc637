/**
 * Word's automatic numbering written into the text (`src/core/load/docx-numbering.ts`): each format on
 * labelled cases checked by hand, Chinese counting against an independent reader of Chinese numerals
 * (fast-check), and counting through hand-written document.xml: levels, restarts, styles, overrides.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatNumber,
  labelParagraphs,
  parseNumbering,
  parseStyleNumbering,
} from '../../src/core/load/docx-numbering';

describe('formatNumber: labelled cases', () => {
  it.each([
    ['decimal', 7, '7'],
    ['decimalZero', 7, '07'],
    ['decimalZero', 12, '12'],
    ['decimalFullWidth', 12, '１２'],
    ['upperRoman', 14, 'XIV'],
    ['lowerRoman', 9, 'ix'],
    ['upperLetter', 3, 'C'],
    ['lowerLetter', 28, 'bb'],
    ['chineseCounting', 1, '一'],
    ['chineseCounting', 10, '十'],
    ['chineseCounting', 11, '十一'],
    ['chineseCounting', 20, '二十'],
    ['chineseCountingThousand', 101, '一百零一'],
    ['chineseCountingThousand', 110, '一百一十'],
    ['taiwaneseCounting', 1010, '一千零一十'],
    ['ideographDigital', 105, '一〇五'],
    ['chineseLegalSimplified', 3, '叁'],
    ['chineseLegalSimplified', 10, '壹拾'],
    ['chineseLegalSimplified', 12, '壹拾贰'],
    ['ideographLegalTraditional', 12, '壹拾貳'],
    ['ideographTraditional', 1, '甲'],
    ['ideographTraditional', 11, '甲'],
    ['ideographZodiac', 3, '寅'],
    ['decimalEnclosedCircle', 3, '③'],
    ['decimalEnclosedCircle', 21, '21'],
    ['ideographEnclosedCircle', 2, '㈡'],
    ['decimalEnclosedParen', 4, '⑷'],
    ['decimalEnclosedFullstop', 5, '⒌'],
    ['bullet', 1, ''],
    ['none', 1, ''],
    ['someFutureFormat', 4, '4'],
  ])('%s %i → %s', (format, n, label) => expect(formatNumber(n, format)).toBe(label));
});

/** Reads a Chinese numeral of 1–9999 (十一, 一百零一, 壹拾贰): written apart from the formatter. */
function readChineseNumeral(text: string): number {
  const digit: Record<string, number> = {
    零: 0,
    〇: 0,
    一: 1,
    二: 2,
    三: 3,
    四: 4,
    五: 5,
    六: 6,
    七: 7,
    八: 8,
    九: 9,
  };
  const legal: Record<string, string> = {
    壹: '一',
    贰: '二',
    叁: '三',
    肆: '四',
    伍: '五',
    陆: '六',
    柒: '七',
    捌: '八',
    玖: '九',
    拾: '十',
    佰: '百',
    仟: '千',
  };
  const unit: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  let total = 0;
  let pending = 0;
  for (const raw of text) {
    const c = legal[raw] ?? raw;
    if (c in digit) pending = digit[c]!;
    else if (c in unit) {
      total += (pending || 1) * unit[c]!;
      pending = 0;
    } else throw new Error(`not a numeral: ${text}`);
  }
  return total + pending;
}

describe('formatNumber: properties', () => {
  it('Chinese counting reads back as the number (1–9999)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (n) => {
        expect(readChineseNumeral(formatNumber(n, 'chineseCounting'))).toBe(n);
        expect(readChineseNumeral(formatNumber(n, 'chineseLegalSimplified'))).toBe(n);
      }),
    );
  });
});

const NUMBERING = `<?xml version="1.0"?><w:numbering xmlns:w="x">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:suff w:val="nothing"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="第%1条"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%2"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="2">
    <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="3">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:pStyle w:val="Heading1"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>`;

const STYLES = `<w:styles>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="MyHeading"><w:basedOn w:val="Heading1"/></w:style>
</w:styles>`;

const p = (props: string, text: string) =>
  `<w:p w:rsidR="00A1"><w:pPr>${props}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const num = (numId: number, ilvl: number) =>
  `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;

/** The text of each paragraph after labelling, as mammoth would read the runs. */
function labelled(body: string): string[] {
  const xml = labelParagraphs(
    `<w:document><w:body>${body}</w:body></w:document>`,
    parseNumbering(NUMBERING),
    parseStyleNumbering(STYLES),
  );
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) =>
    [...m[1]!.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

describe('labelParagraphs: counting as Word counts', () => {
  it('numbers levels, restarting a lower level when a higher one advances', () => {
    expect(
      labelled(
        p(num(1, 0), '总体要求') +
          p(num(1, 1), '指导思想') +
          p(num(1, 1), '基本原则') +
          p(num(1, 2), '坚持') +
          p(num(1, 2), '坚持') +
          p('', '正文') +
          p(num(1, 0), '主要任务') +
          p(num(1, 1), '健全体系') +
          p(num(1, 2), '落实'),
      ),
    ).toEqual([
      '一、总体要求',
      '（一）指导思想',
      '（二）基本原则',
      '1.坚持',
      '2.坚持',
      '正文',
      '二、主要任务',
      '（一）健全体系',
      '1.落实',
    ]);
  });
  it('writes a space after a label that ends in a Latin character (Word puts a tab there)', () => {
    expect(labelled(p(num(2, 0), '总则') + p(num(2, 1), '目的') + p(num(2, 1), '依据'))).toEqual([
      '第1条总则',
      '1.1 目的',
      '1.2 依据',
    ]);
  });
  it('continues a list across other paragraphs and across list instances of one abstract list', () => {
    expect(labelled(p(num(1, 0), '甲') + p('', '插入') + p(num(1, 0), '乙'))).toEqual([
      '一、甲',
      '插入',
      '二、乙',
    ]);
  });
  it('restarts at a list instance that overrides its start, which then counts on its own', () => {
    expect(
      labelled(p(num(1, 0), '甲') + p(num(1, 0), '乙') + p(num(4, 0), '新甲') + p(num(4, 0), '新乙')),
    ).toEqual(['一、甲', '二、乙', '一、新甲', '二、新乙']);
  });
  it('numbers a paragraph through its style and the styles it is based on', () => {
    expect(
      labelled(
        p('<w:pStyle w:val="Heading1"/>', '总体要求') + p('<w:pStyle w:val="MyHeading"/>', '主要任务'),
      ),
    ).toEqual(['一、总体要求', '二、主要任务']);
  });
  it('writes nothing for bullets, for numId 0 (numbering removed), and for the former properties of a tracked change', () => {
    expect(
      labelled(
        p(num(3, 0), '要点') +
          p(`<w:pStyle w:val="Heading1"/><w:numPr><w:numId w:val="0"/></w:numPr>`, '不编号') +
          p(`<w:pPrChange w:id="1"><w:pPr>${num(1, 0)}</w:pPr></w:pPrChange>`, '原先编号'),
      ),
    ).toEqual(['要点', '不编号', '原先编号']);
  });
  it('leaves paragraphs without properties and empty paragraphs alone, and escapes the label', () => {
    const xml = labelParagraphs(
      '<w:body><w:p/><w:p><w:r><w:t>文</w:t></w:r></w:p></w:body>',
      parseNumbering(NUMBERING),
      new Map(),
    );
    expect(xml).toBe('<w:body><w:p/><w:p><w:r><w:t>文</w:t></w:r></w:p></w:body>');
    const amp = parseNumbering(
      '<w:abstractNum w:abstractNumId="9"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1&amp;&lt;"/></w:lvl></w:abstractNum><w:num w:numId="9"><w:abstractNumId w:val="9"/></w:num>',
    );
    expect(labelParagraphs(p(num(9, 0), '文'), amp, new Map())).toContain(
      '<w:t xml:space="preserve">1&amp;&lt; </w:t>',
    );
  });
});
