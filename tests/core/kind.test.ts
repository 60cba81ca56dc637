/**
 * Item 3: what a file is, decided by its content; the name is only a hint. A .html of plain text keeps
 * its lines (18 lines became 1 before), a .txt of `<p>…</p>` paragraphs is read as HTML paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/core/load';
import { kindOfText } from '../../src/core/load/kind';
import { PANZHIHUA } from './samples';

const utf8 = (text: string) => new TextEncoder().encode(text);

function loadedText(name: string, text: string): string {
  const result = loadFile(name, utf8(text));
  if (!result.ok || result.kind !== 'text') throw new Error(`not loaded: ${JSON.stringify(result)}`);
  return result.text;
}

describe('kindOfText: labelled cases', () => {
  it.each([
    { label: 'a page with a doctype', text: '<!DOCTYPE html><p>文</p>', name: 'a.txt', kind: 'html-page' },
    { label: 'a page starting at <html>', text: '\n  <html lang="zh"><body>文', name: '', kind: 'html-page' },
    { label: 'a comparison file', text: '{ "duizhao": "comparison" }', name: 'a.html', kind: 'comparison' },
    {
      label: '<p> paragraphs in a .txt',
      text: '<p>一、总体要求</p>\n<p>（一）指导思想</p>\n<p>（二）基本原则</p>',
      name: 'report.txt',
      kind: 'html-paragraphs',
    },
    {
      label: 'a one-line fragment of divs',
      text: '<div class="art"><p>甲</p><p>乙</p></div>',
      name: '',
      kind: 'html-paragraphs',
    },
    { label: 'plain text named .html', text: '标题\n正文一\n正文二', name: 'report.html', kind: 'text' },
    {
      label: 'a script tag quoted in a .txt is text',
      text: '标题\n<script>alert(1)</script>\n正文',
      name: 'a.txt',
      kind: 'text',
    },
    {
      label: 'one <br> in 18 lines of a .txt: in doubt, text',
      text: ['<br>', ...Array.from({ length: 17 }, (_, i) => `第${i}行`)].join('\n'),
      name: 'a.txt',
      kind: 'text',
    },
    {
      label: 'the same named .htm: read as HTML paragraphs, which keep the lines',
      text: ['<br>', ...Array.from({ length: 17 }, (_, i) => `第${i}行`)].join('\n'),
      name: 'a.htm',
      kind: 'html-paragraphs',
    },
    {
      label: 'a tag-like word is not a block tag',
      text: '<pre-release> note\n<press>',
      name: '',
      kind: 'text',
    },
  ])('$label → $kind', ({ text, name, kind }) => {
    expect(kindOfText(text, name)).toBe(kind);
  });
});

describe('item 3: plain text named .html keeps every line', () => {
  it('the Simplified sample saved as .html reads exactly as the .txt', () => {
    const lines = PANZHIHUA.split('\n').filter((line) => line.trim() !== '');
    expect(lines.length).toBeGreaterThanOrEqual(15);
    const asHtml = loadedText('攀枝花.html', PANZHIHUA);
    expect(asHtml).toBe(loadedText('攀枝花.txt', PANZHIHUA));
    expect(asHtml.split('\n')[0]).toBe(PANZHIHUA.split('\n')[0]); // the title line is still first
  });

  it('a .txt of <p> paragraphs gives one paragraph per line, markup and entities gone', () => {
    const text = loadedText(
      'gwr.txt',
      '<p>政府工作报告</p>\n<p>一、2025年工作回顾</p>\n<p>过去一年&nbsp;，我们<b>攻坚</b>克难。</p>\n' +
        '<p>（一）经济&amp;社会</p>\n',
    );
    expect(text).toBe('政府工作报告\n一、2025年工作回顾\n过去一年\u00a0，我们攻坚克难。\n（一）经济&社会');
  });

  it('HTML paragraphs keep a source line without markup as its own line (in doubt, keep the lines)', () => {
    expect(loadedText('a.txt', '标题\n副标题\n<p>正文一</p>\n<p>正文二</p>')).toBe(
      '标题\n副标题\n正文一\n正文二',
    );
  });

  it('a real page still joins its wrapped source lines (a doctype says it is a page)', () => {
    expect(loadedText('a.txt', '<!doctype html><p>统一\n战线</p>')).toBe('统一战线');
  });
});
