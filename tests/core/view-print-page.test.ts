import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_HEAD_CHARS, cssString, printPageCss } from '../../src/view/printPage';

/** Reads a CSS string literal back the way a CSS tokenizer does (escapes as this module writes them). */
function readCssString(literal: string): string {
  expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
  const body = literal.slice(1, -1);
  expect(body).not.toMatch(/(^|[^\\])"/u); // no bare quote can end it early
  return body.replace(/\\([0-9a-f]{1,6}) /gu, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

describe('cssString', () => {
  it.each([
    { label: 'plain hanzi', text: '畢節召開推進會', literal: '"畢節召開推進會"' },
    { label: 'a double quote', text: '“直通车”和"x"', literal: '"“直通车”和\\22 x\\22 "' },
    { label: 'a backslash', text: 'a\\b', literal: '"a\\5c b"' },
    { label: 'a line break', text: '甲\n乙', literal: '"甲\\a 乙"' },
    {
      label: 'the end of a style element',
      text: '</style><script>',
      literal: '"\\3c /style\\3e \\3c script\\3e "',
    },
    { label: 'control characters dropped', text: 'a\u0000b\u001bc\u0085d', literal: '"abcd"' },
  ])('$label', ({ text, literal }) => {
    expect(cssString(text)).toBe(literal);
  });

  it('reads back as the text without its control characters, and never holds <, > or a bare quote', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const literal = cssString(text);
        expect(literal).not.toMatch(/[<>\n]/u);
        const kept = [...text].filter((ch) => {
          const code = ch.codePointAt(0)!;
          return code === 0x0a || !(code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0));
        });
        expect(readCssString(literal)).toBe(kept.join(''));
      }),
    );
  });
});

describe('printPageCss', () => {
  it('puts each source in its top corner, the date and page number at the bottom', () => {
    const css = printPageCss({
      left: '畢節 · 12月21日',
      right: '攀枝花市 · 2015-08-18',
      printedOn: '2026-11-30',
    });
    expect(css).toContain('@top-left { content: "左 畢節 · 12月21日";');
    expect(css).toContain('@top-right { content: "右 攀枝花市 · 2015-08-18";');
    expect(css).toContain('@bottom-left { content: "对照 duizhao · 打印 printed 2026-11-30";');
    expect(css).toContain('@bottom-right { content: counter(page) " / " counter(pages);');
  });

  it('folds white space and cuts a long source with an ellipsis', () => {
    const long = '长'.repeat(200);
    const css = printPageCss({ left: `a\n\n b`, right: long, printedOn: '2026-11-30' });
    expect(css).toContain('content: "左 a b";');
    expect(css).toContain(`content: "右 ${'长'.repeat(MAX_HEAD_CHARS - 1)}…";`);
  });
});
