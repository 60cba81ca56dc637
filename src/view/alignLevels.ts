/**
 * The choices of the alignment-level control: the engine's own choice ('auto') and each outline level
 * either report has, named by how the two reports enumerate there, so a reader picks "（一）" rather
 * than a bare number, and sees how many units each side has at that level.
 *
 * Example, two provincial reports (chapters `一、`, items `（一）`, points `一是` on the left and
 * `第一，` on the right), the engine having lined them up at level 2:
 *
 *   alignLevelChoices(comparison) →
 *     [ { value: 'auto', text: '自动 auto (2 · （一）)' },
 *       { value: 1, text: '1 · 一、 · 左8 右9' },
 *       { value: 2, text: '2 · （一） · 左24 右21' },
 *       { value: 3, text: '3 · 一是 / 第一， · 左40 右33' } ]
 */
import type { Comparison, OutlineNode, OutlineStyle } from '../core/types';
import { ALIGN_LEVEL_MAX } from '../core/options';

export interface AlignLevelChoice {
  value: number | 'auto';
  text: string;
}

/** How a style is shown to a reader: its typical marker. */
const STYLE_MARK: Record<OutlineStyle, string> = {
  chapter: '一、',
  paren: '（一）',
  arabic: '1.',
  'paren-arabic': '（1）',
  di: '第一，',
  shi: '一是',
  verb: '一要',
  sequence: '首先',
  'topic-run': '要…',
  'lead-phrase': '聚焦…；',
  semicolon: '…；…',
  'news-point': '会议指出',
  speaker: '讲话',
  heading: '标题',
};

/** The styles a report uses at one level, most frequent first. */
function stylesAt(outline: readonly OutlineNode[], level: number): OutlineStyle[] {
  const counts = new Map<OutlineStyle, number>();
  for (const node of outline) {
    if (node.level === level) counts.set(node.style, (counts.get(node.style) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([style]) => style);
}

function countAt(outline: readonly OutlineNode[], level: number): number {
  let count = 0;
  for (const node of outline) if (node.level === level) count++;
  return count;
}

/** The deepest level either report's outline reaches (0 when neither has one), at most `ALIGN_LEVEL_MAX`. */
export function outlineDepth(comparison: Comparison): number {
  let depth = 0;
  for (const node of comparison.left.outline) depth = Math.max(depth, node.level);
  for (const node of comparison.right.outline) depth = Math.max(depth, node.level);
  return Math.min(depth, ALIGN_LEVEL_MAX);
}

/** The two reports' usual marks at `level`: `（一）`, or `一是 / 第一，` when they differ. */
function marksAt(comparison: Comparison, level: number): string {
  const left = stylesAt(comparison.left.outline, level)[0];
  const right = stylesAt(comparison.right.outline, level)[0];
  const marks = [left, right].filter((style) => style !== undefined).map((style) => STYLE_MARK[style]);
  return [...new Set(marks)].join(' / ');
}

/**
 * 'auto' and the levels 1 to the outlines' depth; `current` (the reader's level, e.g. from a link made
 * on other texts) is kept as a choice even when these outlines do not reach it, so the control never
 * shows a value it does not hold.
 */
export function alignLevelChoices(
  comparison: Comparison,
  current: number | 'auto' = 'auto',
): AlignLevelChoice[] {
  const depth = outlineDepth(comparison);
  const engine = comparison.options.alignLevel === 'auto' || comparison.options.alignLevel === undefined;
  // The level the engine chose is only known when this comparison was made on 'auto'.
  const chosen = engine && depth > 0 ? [String(comparison.level), marksAt(comparison, comparison.level)] : [];
  const auto: AlignLevelChoice = {
    value: 'auto',
    text: chosen.length > 0 ? `自动 auto (${chosen.filter((part) => part !== '').join(' · ')})` : '自动 auto',
  };
  const levels: AlignLevelChoice[] = [];
  for (let level = 1; level <= Math.max(depth, current === 'auto' ? 0 : current); level++) {
    const counts = `左${countAt(comparison.left.outline, level)} 右${countAt(comparison.right.outline, level)}`;
    const marks = marksAt(comparison, level);
    levels.push({
      value: level,
      text: [String(level), marks, counts].filter((part) => part !== '').join(' · '),
    });
  }
  return [auto, ...levels];
}
