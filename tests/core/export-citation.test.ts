import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { buildCitation, citationHtml, citationText } from '../../src/core/export/citation';
import { compare } from '../../src/core/index';
import { BIJIE, PANZHIHUA } from './samples';

const comparison = compare(BIJIE, PANZHIHUA);
const files = { left: 'bijie-traditional.txt', right: 'panzhihua-simplified.txt' };
const day = new Date('2026-01-02T10:00:00Z');

describe('a citation of one shared phrase, on the samples (hand-checked against the texts)', () => {
  // 时期统战工作: Bijie line 3 (…今後一段時期統戰(zhàn)工作進行再安排…), Panzhihua line 8 (…今后一个时期统战工作做出了…).
  const phrase = comparison.phrases.find((p) => p.text === '时期统战工作')!;
  const citation = buildCitation(comparison, phrase.id, files, day)!;

  it('names each report’s title, place, date, section and paragraph, glosses left out of quotes', () => {
    expect(citation.left).toMatchObject({
      report: { title: '畢節召開加強統一戰線參與建設工作推進會', place: '畢節', date: '12月21日' },
      section: { kind: 'opening' },
      paragraph: 1,
      line: 3,
      quote: '時期統戰工作',
    });
    expect(citation.right).toMatchObject({
      // Held 8月18日 (the year from the page's date line, 2015-08-19), published 2015-08-19.
      report: {
        title: '攀枝花市召开市委统战工作会议',
        place: '攀枝花市',
        meetingDate: '2015-08-18',
        publishedDate: '2015-08-19',
      },
      // Line 8 is the speech's second point (张剡指出，…), a task of the outline, not the lead.
      section: { kind: 'task' },
      paragraph: 3,
      line: 8,
      quote: '时期统战工作',
    });
  });

  it('reads as plain text with Chinese and English labels', () => {
    const text = citationText(citation);
    expect(text).toContain('“时期统战工作” — 共享措辞 shared phrasing · 6 字 characters');
    expect(text).toContain(
      '左 Left  标题 Title: 畢節召開加強統一戰線參與建設工作推進會 | 地点 Place: 畢節 | 日期 Date: 12月21日 | 部分 Section: 开头 opening | 段落 Paragraph: 1 (行 line 3)',
    );
    expect(text).toContain('    原文 Text: “時期統戰工作”');
    expect(text).toContain('段落 Paragraph: 3 (行 line 8)');
    expect(text).toContain(
      '对照 duizhao · 2026-01-02 · 文件 Files: bijie-traditional.txt / panzhihua-simplified.txt',
    );
  });

  it('formats as a table with a row per field and a column per report', () => {
    const document = new new Window().DOMParser().parseFromString(citationHtml(citation), 'text/html');
    const rows = [...document.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent),
    );
    expect(rows.map((row) => row[0])).toEqual([
      '标题 Title',
      '地点 Place',
      '日期 Date',
      '部分 Section',
      '段落 Paragraph',
      '原文 Text',
    ]);
    expect(rows[1]).toEqual(['地点 Place', '畢節', '攀枝花市']);
    expect(rows[2]).toEqual(['日期 Date', '12月21日', '会议 meeting 2015-08-18 · 发布 published 2015-08-19']);
    expect(rows[5]).toEqual(['原文 Text', '“時期統戰工作”', '“时期统战工作”']);
  });

  it('names a task by number and topic', () => {
    const inTask = comparison.phrases.find((p) =>
      comparison.right.sections.some(
        (s) => s.kind === 'task' && s.start <= p.right.start && p.right.start < s.end,
      ),
    )!;
    const text = citationText(buildCitation(comparison, inTask.id, files, day)!);
    expect(text).toMatch(/部分 Section: 任务 \d task \d「[^」]+」/);
  });

  it('keeps markup in names and titles as text', () => {
    const hostile = { left: '<img src=x onerror=alert(1)>.txt', right: 'a"b&c.txt' };
    const html = citationHtml(buildCitation(comparison, phrase.id, hostile, day)!);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;.txt');
    expect(html).toContain('a&quot;b&amp;c.txt');
  });

  it('is null for a phrase the comparison does not have', () => {
    expect(buildCitation(comparison, 'p99999', files, day)).toBeNull();
  });
});
