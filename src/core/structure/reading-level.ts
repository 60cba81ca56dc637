/**
 * The outline level at which a report lines up against another: a suggestion from the structure
 * alone, for alignment to start from (the pairing stage may choose otherwise; the level is an option).
 *
 * Start at level 1 and go one level down while the current level is a frame rather than the topics:
 * chapters (`一、`), unnumbered heading lines, speakers' parts or speech points (`张剡强调，…`), of
 * which at least two thirds hold units of their own (for speakers' parts, any one: the main speech holds
 * the points while the roll of other speakers holds none). So two provincial reports meet at their
 * `（一）` items (level 2), the Simplified sample at its `一是…六是` under `张剡强调，`, a national meeting
 * report whose `会议指出/会议强调` points mostly stand alone at those points (level 1).
 *
 *   suggestedLevel(outline of 攀枝花) → 2   (three of its four speech points hold tasks)
 */

import type { OutlineNode, OutlineStyle } from '../types';

const FRAMES = new Set<OutlineStyle>(['chapter', 'heading', 'speaker', 'news-point']);
const HOLDING_SHARE = 2 / 3;

export function suggestedLevel(outline: readonly OutlineNode[]): number {
  let level = 1;
  for (;;) {
    const nodes = outline.filter((n) => n.level === level);
    if (nodes.length === 0) return Math.max(1, level - 1);
    const frames = nodes.filter((n) => FRAMES.has(n.style));
    const holding = nodes.filter((n) => n.children.length > 0);
    // Speakers' parts: the main speech holds the points even when the other speakers' roll holds none.
    const speakers = nodes.every((n) => n.style === 'speaker');
    const enough = speakers ? holding.length > 0 : holding.length >= nodes.length * HOLDING_SHARE;
    if (frames.length * 2 < nodes.length || !enough) return level;
    level++;
  }
}
