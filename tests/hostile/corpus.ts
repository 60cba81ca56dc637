/**
 * The hostile-HTML corpus, built on demand (nothing stored): pages made to hurt a parser, each with what
 * reading it must give. Used by the Node tests (the extractor is linear and right), the browser test
 * (each loads or is refused with a message) and `npm run bench:hostile` (longest main-thread task).
 *
 *   deep-divs       200,000 nested <div>s around one character (2.2 MB; froze the tab for 314 s)
 *   deep-spans      200,000 unclosed <span>s, then text (no end tags at all)
 *   stray-ends      100,000 unclosed <b>s, then 100,000 </div>s that match nothing
 *   million-br      a million <br> and nothing else: no text, refused with a message
 *   br-lines        250,000 lines of text separated by <br>
 *   huge-table      a 40,000-row table of two cells each, cells never closed
 *   entity-flood    600,000 numeric character references of Han characters in one paragraph
 *   named-entities  a million `&amp;`: past the 1,000,000-character limit, refused with a message
 *   nested-headers  50,000 nested <header>s of links around a paragraph (menu detection at depth)
 */

export interface HostileCase {
  name: string;
  html: () => string;
  /** What the extracted text must be: checked whole when short, by its first/last lines and size when long. */
  expect:
    { text: string } | { lines: number; first: string; last: string } | { refused: 'no-text' | 'too-long' };
}

const repeat = (s: string, n: number) => s.repeat(n);

export const HOSTILE: HostileCase[] = [
  {
    name: 'deep-divs',
    html: () => repeat('<div>', 200_000) + '深层文字' + repeat('</div>', 200_000),
    expect: { text: '深层文字' },
  },
  {
    name: 'deep-spans',
    html: () => repeat('<span>', 200_000) + '没有结束标签的文字',
    expect: { text: '没有结束标签的文字' },
  },
  {
    name: 'stray-ends',
    html: () => repeat('<b>', 100_000) + '加粗' + repeat('</div>', 100_000) + '<p>后文</p>',
    expect: { text: '加粗\n后文' },
  },
  { name: 'million-br', html: () => repeat('<br>', 1_000_000), expect: { refused: 'no-text' } },
  {
    name: 'br-lines',
    html: () => '<p>' + Array.from({ length: 250_000 }, (_, i) => `第${i}行`).join('<br>') + '</p>',
    expect: { lines: 250_000, first: '第0行', last: '第249999行' },
  },
  {
    name: 'huge-table',
    html: () =>
      '<table>' + Array.from({ length: 40_000 }, (_, i) => `<tr><td>甲${i}<td>乙`).join('') + '</table>',
    expect: { lines: 40_000, first: '甲0 乙', last: '甲39999 乙' },
  },
  {
    name: 'entity-flood',
    html: () => '<p>' + repeat('&#x4e2d;&#22269;', 300_000) + '</p>',
    expect: { lines: 1, first: repeat('中国', 300_000), last: repeat('中国', 300_000) },
  },
  {
    name: 'named-entities',
    html: () => '<p>' + repeat('&amp;', 1_000_001) + '</p>',
    expect: { refused: 'too-long' },
  },
  {
    name: 'nested-headers',
    html: () => repeat('<header><a href="/">首页</a>', 50_000) + repeat('</header>', 50_000) + '<p>正文</p>',
    expect: { text: '正文' },
  },
];
