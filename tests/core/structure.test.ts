/**
 * The structure stage on the two sample reports. Every expectation below was read off the sample
 * texts by hand (line numbers are the files' own), not copied from the program's output.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/normalize';
import { parseStructure, sectionsAt } from '../../src/core/structure';
import type { Range, Section } from '../../src/core/types';
import { BIJIE, PANZHIHUA } from './samples';

const simplified = PANZHIHUA;
const traditional = BIJIE;

/** The one place `needle` occurs in `text` (fails the test when it is missing or repeated). */
function onlyIndex(text: string, needle: string): number {
  const at = text.indexOf(needle);
  expect(at, `${needle} occurs`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(needle, at + 1), `${needle} occurs once`).toBe(-1);
  return at;
}

/** Original line `n` (1-based) as a range, trimmed of indentation. */
function lineRange(text: string, n: number): Range {
  let start = 0;
  for (let i = 1; i < n; i++) start = text.indexOf('\n', start) + 1;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  while (/\s/.test(text[start]!)) start++;
  while (/\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
/** Where `words` begin in the line `n` (1-based) of `text`, after its indentation. */
const lineStart = (text: string, n: number) => lineRange(text, n).start;

function expectWellFormed(text: string, sections: Section[], lines: Range[]): void {
  for (const [i, s] of sections.entries()) {
    expect(s.start).toBeLessThan(s.end);
    if (i > 0) expect(s.start, `${s.id} follows on`).toBe(sections[i - 1]!.end);
    for (const line of lines) expect(overlaps(s, line), `${s.id} vs metadata line`).toBe(false);
  }
  expect(sections.at(-1)!.end).toBeLessThanOrEqual(text.length);
}

describe('Simplified seed (攀枝花)', () => {
  const { meta, outline, parts, sections, warnings } = parseStructure(normalize(simplified), 'R');
  const points = outline.filter((n) => n.level === 1);

  it('reads the metadata lines 1–4', () => {
    // The separators are `\u00a0>\u00a0` in the file.
    expect(meta.breadcrumb?.value).toBe(
      '您的位置:四川统一战线\u00a0>\u00a0各地统战工作\u00a0>\u00a0攀枝花\u00a0>\u00a0正文',
    );
    expect(meta.title?.value).toBe('攀枝花市召开市委统战工作会议');
    expect(meta.url?.value).toBe('http://www.sctyzx.gov.cn/');
    expect(meta.date).toMatchObject({ value: '2015-08-19', iso: '2015-08-19' });
    expect(meta.place?.value).toBe('攀枝花市');
    // `来源:` on line 3 has nothing after it, and there is no editor or keyword line.
    expect(meta.source).toBeUndefined();
    expect(meta.editor).toBeUndefined();
    expect(meta.lines).toEqual([1, 2, 3, 4].map((n) => lineRange(simplified, n)));
    for (const f of [meta.title!, meta.url!, meta.date!, meta.place!, meta.meeting!]) {
      expect(simplified.slice(f.range.start, f.range.end)).toBe(f.value);
    }
  });

  it('keeps the page date and the meeting date apart', () => {
    // The page is dated 2015-08-19; the lead says the meeting was held 8月18日上午, a day earlier,
    // and gives no year: it is the page's.
    expect(meta.published).toMatchObject({ value: '2015-08-19', iso: '2015-08-19' });
    expect(meta.meeting).toMatchObject({ value: '8月18日', iso: '2015-08-18', inferred: true });
  });

  it('has the four speech points of lines 7, 8, 9 and 16 at level 1', () => {
    expect(points.map((n) => n.start)).toEqual([7, 8, 9, 16].map((n) => lineStart(simplified, n)));
    expect(points.map((n) => n.marker)).toEqual(['张剡在讲话中指出', '张剡指出', '张剡强调', '张剡强调']);
    expect(points.every((n) => n.style === 'news-point')).toBe(true);
    expect(points.map((n) => n.id)).toEqual(['R-1', 'R-2', 'R-3', 'R-4']);
  });

  it('finds the six tasks 一是 … 六是 (lines 10–15) inside the third point, and no seventh', () => {
    const tasks = outline.filter((n) => n.parent === 'R-3');
    const numbered = ['一是', '二是', '三是', '四是', '五是', '六是'];
    expect(tasks.map((t) => t.marker)).toEqual(numbered);
    expect(tasks.map((t) => t.start)).toEqual([10, 11, 12, 13, 14, 15].map((n) => lineStart(simplified, n)));
    expect(tasks.map((t) => t.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(tasks.every((t) => t.level === 2 && t.style === 'shi')).toBe(true);
    // The sixth ends with its line: the 张剡强调,要加强领导 paragraph is the next point, not in task 6.
    expect(tasks[5]!.end).toBeLessThanOrEqual(onlyIndex(simplified, '张剡强调,要加强领导'));
  });

  it('labels the six 一是 tasks by their 进一步做好…工作 clause, not the framing 围绕更好地… clause', () => {
    // Lines 10–15, the clause after `,进一步` up to the `。`.
    expect(outline.filter((n) => n.parent === 'R-3').map((t) => t.label)).toEqual([
      '做好民主党派和无党派人士工作',
      '做好党外知识分子工作',
      '做好非公有制经济领域统战工作',
      '做好民族宗教工作',
      '做好港澳台海外统战工作',
      '做好党外干部工作',
    ]);
  });

  it('keeps the lead in the opening and closes at 会上 with the attendee list', () => {
    expect(parts.opening).toEqual({ start: onlyIndex(simplified, '8月18日上午'), end: points[0]!.start });
    expect(parts.closing).toEqual({
      start: onlyIndex(simplified, '会上,传达学习了'),
      end: onlyIndex(simplified, '等参加会议。') + '等参加会议。'.length,
    });
    expect(parts.annex).toBeNull();
    expect(points.at(-1)!.end).toBeLessThanOrEqual(parts.closing!.start);
  });

  it('cuts level 1 into opening, the four points and the closing; level 2 shows the six tasks', () => {
    expect(sections.map((s) => s.id)).toEqual([
      'R-opening',
      'R-task-1',
      'R-task-2',
      'R-task-3',
      'R-task-4',
      'R-closing',
    ]);
    expectWellFormed(simplified, sections, meta.lines);
    const level2 = sectionsAt({ outline, parts }, 'R', 2).filter((s) => s.parent === 'R-task-3');
    expect(level2.map((s) => s.marker)).toEqual(['一是', '二是', '三是', '四是', '五是', '六是']);
    expect(warnings).toEqual([]);
  });
});

describe('Traditional seed (毕节)', () => {
  const { meta, outline, parts, sections, warnings } = parseStructure(normalize(traditional), 'L');
  const topics = outline.filter((n) => n.level === 2);

  it('keeps metadata in the original script', () => {
    expect(meta.breadcrumb?.value).toBe('首頁>黨派·聲音>統一戰(zhàn)線 統一戰(zhàn)線');
    // Line 2 exactly as written, damaged glosses included.
    expect(meta.title?.value).toBe('畢節(jié)召開加強統一戰(zhàn)線參與建設工作推進會');
    expect(meta.title?.text).toBe('畢節召開加強統一戰線參與建設工作推進會');
    expect(meta.editor?.value).toBe('孫莉姍');
    expect(meta.editor?.text).toBeUndefined();
    expect(meta.keywords?.value).toBe('統一戰(zhàn)線 畢節(jié) 試驗區(qū) 推進會');
    expect(meta.keywords?.text).toBe('統一戰線 畢節 試驗區 推進會');
    expect(meta.keywords?.list).toEqual(['統一戰線', '畢節', '試驗區', '推進會']);
    // No page date: the meeting's 12月21日 is the only date, and its year is written nowhere.
    expect(meta.published).toBeUndefined();
    expect(meta.meeting).toMatchObject({ value: '12月21日', month: 12, day: 21 });
    expect(meta.date?.value).toBe('12月21日');
    expect(meta.date?.iso).toBeUndefined();
    expect(meta.place?.value).toBe('畢節');
    expect(meta.url).toBeUndefined();
  });

  it('takes the bracketed credit that ends the last paragraph as metadata, after the closing', () => {
    const credit = '(貴州統一戰(zhàn)線宣傳聯席辦 畢節(jié)市委統戰(zhàn)部)';
    const at = onlyIndex(traditional, credit);
    expect(meta.source?.value).toBe(credit.slice(1, -1));
    expect(parts.closing!.end).toBe(at);
    expect(meta.lines).toContainEqual({ start: at, end: at + credit.length });
    expect(meta.lines).toEqual(
      [...[1, 2, 10, 11].map((n) => lineRange(traditional, n)), { start: at, end: at + credit.length }].sort(
        (a, b) => a.start - b.start,
      ),
    );
  });

  it('has the three speech points of lines 5–7 at level 1', () => {
    expect(outline.filter((n) => n.level === 1).map((n) => n.start)).toEqual(
      [5, 6, 7].map((n) => lineStart(traditional, n)),
    );
  });

  it('finds the six 要 topics at their 要, three under each 陳志剛強調 point', () => {
    const openers = [
      '要統一思想',
      '要研究新方法',
      '要建立健全機制',
      '要加強對接',
      '要強化組織',
      '要總結成果',
    ];
    expect(topics.map((t) => t.start)).toEqual(openers.map((o) => onlyIndex(traditional, o)));
    expect(topics.map((t) => t.parent)).toEqual(['L-2', 'L-2', 'L-2', 'L-3', 'L-3', 'L-3']);
    expect(topics.map((t) => t.ordinal)).toEqual([1, 2, 3, 1, 2, 3]);
    expect(topics.every((t) => t.marker === '要' && t.style === 'topic-run')).toBe(true);
  });

  it('labels the topics in Traditional, without 要 and without glosses, cut at a clause', () => {
    // The first sentence of each topic, lines 6–7; a `…` where whole clauses would pass 20 code points
    // (建立健全機制,全力推動統一戰線服務改革發展 is 21, 加強對接,為貧困地區… 23, 強化組織,夯實保障,… 23).
    expect(topics.map((t) => t.label)).toEqual([
      '統一思想,凝聚共識,明確方向',
      '研究新方法,探索新模式…',
      '建立健全機制…',
      '加強對接…',
      '強化組織,夯實保障…',
      '總結成果,突出統一戰線社會功能',
    ]);
  });

  it('leaves the elaborating 要 sentences inside their topic', () => {
    const third = topics[2]!;
    for (const inner of ['要建立完善機制', '要用好結對幫扶']) {
      const at = onlyIndex(traditional, inner);
      expect(at).toBeGreaterThan(third.start);
      expect(at).toBeLessThan(third.end);
    }
  });

  it('has an opening from the lead to the first point and a closing from 會上', () => {
    expect(parts.opening).toEqual({
      start: onlyIndex(traditional, '12月21日'),
      end: lineStart(traditional, 5),
    });
    expect(parts.closing!.start).toBe(onlyIndex(traditional, '會上,'));
  });

  it('is well formed and warns about nothing', () => {
    expect(sections.map((s) => s.kind)).toEqual(['opening', 'task', 'task', 'task', 'closing']);
    expectWellFormed(traditional, sections, meta.lines);
    expect(warnings).toEqual([]);
  });
});
