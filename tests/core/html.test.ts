import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/core/load/html';
import { HOSTILE } from '../hostile/corpus';

const text = (html: string) => htmlToText(html);

describe('htmlToText: what is kept, what is dropped', () => {
  it.each([
    {
      label: 'title first, then blocks as lines',
      html: '<html><head><title>畢節會議</title></head><body><h1>標題</h1><p>第一段。</p><p>第二段。</p></body></html>',
      expected: '畢節會議\n標題\n第一段。\n第二段。',
    },
    {
      label: 'title not repeated when the body starts with it',
      html: '<title>統一戰線</title><h1>統一戰線</h1><p>正文</p>',
      expected: '統一戰線\n正文',
    },
    {
      label: 'br is a line break, empty lines collapse',
      html: '<p>一<br>二<br><br><br>三</p>',
      expected: '一\n二\n三',
    },
    {
      label: 'script content never appears',
      html: '<p>前</p><script>alert(1)</script><p>后</p>',
      expected: '前\n后',
    },
    { label: 'style content never appears', html: '<style>p{color:red}</style><p>文</p>', expected: '文' },
    {
      label: 'noscript and template',
      html: '<noscript>请启用</noscript><template><p>模板</p></template><p>文</p>',
      expected: '文',
    },
    {
      label: 'img with onerror leaves nothing',
      html: '<p>前<img src=x onerror=alert(1)>后</p>',
      expected: '前后',
    },
    {
      label: 'svg with onload leaves nothing',
      html: '<p>文</p><svg onload=alert(1)><text>图</text></svg>',
      expected: '文',
    },
    {
      label: 'javascript: link keeps only its words',
      html: '<p>点击<a href="javascript:alert(1)">这里</a>。</p>',
      expected: '点击这里。',
    },
    {
      label: 'iframe and form controls',
      html: '<iframe srcdoc="<p>x</p>"></iframe><form><input value=v><button>提交</button></form><p>文</p>',
      expected: '文',
    },
    {
      label: 'ruby glosses dropped (rt and rp)',
      html: '<p>統一<ruby>戰<rp>(</rp><rt>zhàn</rt><rp>)</rp></ruby>線</p>',
      expected: '統一戰線',
    },
    {
      label: 'nested blocks give one line each, no blanks',
      html: '<div><div><p>一</p><div>二<p>三</p>四</div></div></div>',
      expected: '一\n二\n三\n四',
    },
    { label: 'list items are lines', html: '<ul><li>一是</li><li>二是</li></ul>', expected: '一是\n二是' },
    {
      label: 'table cells on one line, rows as lines',
      html: '<table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td></tr></table>',
      expected: '甲 乙\n丙',
    },
    { label: 'nav dropped', html: '<nav><a href=/>首页</a></nav><p>文</p>', expected: '文' },
    {
      label: 'header made of links (a menu) dropped',
      html: '<header><a href=/>首页</a> <a href=/a>新闻</a></header><p>文</p>',
      expected: '文',
    },
    {
      label: 'header holding the article title kept',
      html: '<article><header><h1>标题</h1><p>2015年12月21日</p></header><p>文</p></article>',
      expected: '标题\n2015年12月21日\n文',
    },
    {
      label: 'footer of links dropped',
      html: '<p>文</p><footer><a href=/c>联系我们</a></footer>',
      expected: '文',
    },
    {
      label: 'role=navigation dropped',
      html: '<div role="navigation"><a href=/>首页</a></div><p>文</p>',
      expected: '文',
    },
    { label: 'hidden elements dropped', html: '<p hidden>隐藏</p><p>文</p>', expected: '文' },
    { label: 'spaces collapse within a line', html: '<p>  GDP   增长  8%  </p>', expected: 'GDP 增长 8%' },
    {
      label: 'a source line break between Chinese characters is no space',
      html: '<p>统一\n   战线，\n要团结</p>',
      expected: '统一战线，要团结',
    },
    {
      label: 'a source line break between Latin words is a space',
      html: '<p>hello\nworld</p>',
      expected: 'hello world',
    },
    {
      label: 'nbsp and ideographic-space indentation trimmed',
      html: '<p>&nbsp;&nbsp;\u3000\u3000陈志刚指出</p>',
      expected: '陈志刚指出',
    },
    { label: 'pre keeps its line breaks', html: '<pre>一\n二</pre>', expected: '一\n二' },
    {
      label: 'entities decoded as text',
      html: '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
      expected: '<script>alert(1)</script>',
    },
    { label: 'comments dropped', html: '<p>文<!-- 注释 --></p>', expected: '文' },
    { label: 'empty page', html: '', expected: '' },
  ])('$label', ({ html, expected }) => {
    expect(text(html)).toBe(expected);
  });

  it('survives nesting deeper than the call stack', () => {
    const depth = 200_000;
    expect(text('<div>'.repeat(depth) + '深' + '</div>'.repeat(depth))).toBe('深');
  });

  it('never returns markup for text content: what was text stays text, tags in it never become elements', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const escaped = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        const out = text(`<p>${escaped}</p>`);
        // Whitespace is collapsed; everything else comes back character for character.
        return out === s.replace(/[ \t\n\r\f]+/g, ' ').trim() || out === s.replace(/\s+/g, ' ').trim();
      }),
    );
  });
});

describe('htmlToText: implied ends that decide what a dropped element holds', () => {
  it.each([
    { label: 'a new <p> ends a hidden one', html: '<p hidden>隐藏<p>可见', expected: '可见' },
    { label: 'a new <li> ends a hidden one', html: '<ul><li hidden>甲<li>乙</ul>', expected: '乙' },
    {
      label: 'cells and rows end without end tags',
      html: '<table><tr><td>甲<td>乙<tr><td>丙</table>',
      expected: '甲 乙\n丙',
    },
    { label: 'a stray </p> is an empty paragraph', html: '甲</p>乙', expected: '甲\n乙' },
    { label: '</br> is a line break', html: '甲</br>乙', expected: '甲\n乙' },
    { label: 'an end tag that matches nothing is ignored', html: '<p>甲</span>乙</p>', expected: '甲乙' },
    {
      label: 'a title after the content is not the title',
      html: '<p>甲</p><title>乙</title>',
      expected: '甲',
    },
    {
      label: 'an svg title is not the page title',
      html: '<svg><title>图</title></svg><p>文</p>',
      expected: '文',
    },
    {
      label: 'a menu inside a kept header is dropped, the header kept',
      html: '<header><h1>标题文字很长</h1><nav><a>甲</a></nav><aside><a>链接</a></aside></header><p>文</p>',
      expected: '标题文字很长\n文',
    },
    {
      label: 'source lines kept on request',
      html: '甲\n乙<p>丙</p>',
      options: { sourceLines: true },
      expected: '甲\n乙\n丙',
    },
  ])('$label', ({ html, expected, options }) => {
    expect(htmlToText(html, options)).toBe(expected);
  });
});

describe('htmlToText: the hostile corpus reads in linear time and says what it holds', () => {
  it.each(HOSTILE.map((c) => ({ ...c, label: c.name })))('$label', ({ html, expect: expected }) => {
    const out = htmlToText(html());
    if ('text' in expected) expect(out).toBe(expected.text);
    else if ('lines' in expected) {
      const lines = out.split('\n');
      expect(lines.length).toBe(expected.lines);
      expect(lines[0]).toBe(expected.first);
      expect(lines.at(-1)).toBe(expected.last);
    } else if (expected.refused === 'no-text') expect(out.trim()).toBe('');
    else expect(out.length).toBeGreaterThan(1_000_000);
  });
});
