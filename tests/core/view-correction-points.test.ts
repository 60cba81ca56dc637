/**
 * Split points and section titles for the correction controls (src/view/correctionPoints.ts), on texts
 * written here; expected offsets counted by hand (each Han character and punctuation mark is one unit).
 */
import { describe, expect, it } from 'vitest';
import { previewAt, sectionTitle, splitPoints } from '../../src/view/correctionPoints';

describe('splitPoints', () => {
  it('offers the start of each sentence and line inside the section, never its own start', () => {
    const text = '要统一思想。要凝聚共识；\n要明确方向。';
    expect(splitPoints(text, { start: 0, end: text.length })).toEqual([
      { at: 6, preview: '要凝聚共识；' },
      { at: 13, preview: '要明确方向。' },
    ]);
  });

  it('a closing quote stays with its sentence; nothing is offered at the very end', () => {
    const text = '他说：“要团结。”要奋斗。';
    expect(splitPoints(text, { start: 0, end: text.length }).map((p) => p.at)).toEqual([9]);
    expect(text.slice(9)).toBe('要奋斗。');
  });

  it('works inside a section that starts later in the text, and leaves glosses out of previews', () => {
    const text = '开头。統一戰(zhàn)線。要發(fā)展經濟。';
    const glosses = [
      { start: 6, end: 12 },
      { start: 16, end: 20 },
    ];
    expect(splitPoints(text, { start: 3, end: text.length }, glosses)).toEqual([
      { at: 14, preview: '要發展經濟。' },
    ]);
  });

  it('a long sentence previews its first characters with an ellipsis', () => {
    const text = '甲。' + '乙'.repeat(40) + '。';
    expect(previewAt(text, 2, text.length)).toBe('乙'.repeat(24) + '…');
  });
});

describe('sectionTitle', () => {
  it.each([
    {
      label: 'a chapter',
      section: { kind: 'task', marker: '三、', label: '2026年重点工作' },
      title: '三、2026年重点工作',
    },
    {
      label: 'an item',
      section: { kind: 'task', marker: '（一）', label: '加力扩内需稳增长' },
      title: '（一）加力扩内需稳增长',
    },
    {
      label: 'a point',
      section: { kind: 'task', marker: '一是', label: '实施提振消费专项行动' },
      title: '一是 实施提振消费专项行动',
    },
    { label: 'a 要 topic', section: { kind: 'task', marker: '要', label: '統一思想' }, title: '要 統一思想' },
    { label: 'no marker', section: { kind: 'task', ordinal: 3, label: '加强领导' }, title: '3.加强领导' },
    { label: 'a split part', section: { kind: 'task', label: '要凝聚共识' }, title: '要凝聚共识' },
    { label: 'the opening', section: { kind: 'opening', label: '开头' }, title: '开头' },
    {
      label: "a chapter's own text after one of its items",
      section: { kind: 'task', marker: '一、', label: '2025年工作回顾', part: 'tail' },
      title: '（续）一、2025年工作回顾',
    },
    {
      label: "a chapter's head",
      section: { kind: 'task', marker: '一、', label: '2025年工作回顾', part: 'head' },
      title: '一、2025年工作回顾',
    },
  ] as const)('$label', ({ section, title }) => {
    expect(sectionTitle(section)).toBe(title);
  });
});
