/**
 * compare() on the two sample reports against a golden file checked by hand
 * (tests/core/golden/samples.golden.ts, whose header says how). Each part is compared as a list of
 * readable lines, so a mismatch prints which lines are missing (-) and which are new (+), named by
 * the text they start with. The engine's known shortfalls are part of the expectation (KNOWN): the test
 * fails when one more appears and when one is mended, so the golden file moves with the engine, never
 * silently.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/index';
import type { Report } from '../../src/core/types';
import { BIJIE, PANZHIHUA } from './samples';
import { KNOWN, NOT_SHARED, OUTLINE, PAIRS, SHARED, THEMES } from './golden/samples.golden';

const c = compare(BIJIE, PANZHIHUA);

/** Pinyin glosses as the Bijie sample writes them after a character: `戰(zhàn)`. */
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
/** What a line calls a place in a report: its first nine characters, glosses and spaces left out. */
function opening(report: Report, start: number): string {
  const text = report.text
    .slice(start, start + 80)
    .replace(GLOSS, '')
    .replace(/\s+/g, '');
  return `「${[...text].slice(0, 9).join('')}」`;
}

/** `- line` for what `expected` has and `actual` lacks, `+ line` for the reverse; sorted. */
function difference(expected: readonly string[], actual: readonly string[]): string[] {
  const missing = expected.filter((l) => !actual.includes(l)).map((l) => `- ${l}`);
  const extra = actual.filter((l) => !expected.includes(l)).map((l) => `+ ${l}`);
  return [...missing, ...extra].sort();
}

describe('compare() on the samples, against the hand-checked golden file', () => {
  it('gives the outline the reading gives, but for the known shortfalls', () => {
    const lines = (side: 'L' | 'R', report: Report) =>
      report.outline.map((n) => `${side} ${n.level} ${n.marker} ${n.style} ${opening(report, n.start)}`);
    const actual = [...lines('L', c.left), ...lines('R', c.right)];
    expect(difference(OUTLINE, actual)).toEqual([...KNOWN.outline].sort());
  });

  it('keeps six 要 topics on the Traditional side and six tasks 一是…六是 on the Simplified side', () => {
    const topics = c.left.outline.filter((n) => n.style === 'topic-run' && n.level === 2);
    expect(topics.map((n) => opening(c.left, n.start))).toEqual([
      '「要統一思想,凝聚共」',
      '「要研究新方法,探索」',
      '「要建立健全機制,全」',
      '「要加強對接,為貧困」',
      '「要強化組織,夯實保」',
      '「要總結成果,突出統」',
    ]);
    const tasks = c.right.outline.filter((n) => n.style === 'shi');
    expect(tasks.map((n) => n.marker)).toEqual(['一是', '二是', '三是', '四是', '五是', '六是']);
  });

  it('pairs the sections as the reading does, but for the known shortfalls', () => {
    const side = (report: Report, ids: readonly string[]) =>
      ids.length === 0
        ? '∅'
        : ids.map((id) => opening(report, report.sections.find((s) => s.id === id)!.start)).join(' + ');
    const actual = c.pairs.map((p) => `${side(c.left, p.left)} ↔ ${side(c.right, p.right)}`);
    expect(difference(PAIRS, actual)).toEqual([...KNOWN.pairs].sort());
  });

  it('finds the shared wordings, mapped back onto each text as written', () => {
    const plain = (report: Report, r: { start: number; end: number }) =>
      report.text.slice(r.start, r.end).replace(GLOSS, '');
    for (const [simplified, traditional] of SHARED) {
      const holding = c.phrases.filter((p) => p.text.includes(simplified));
      expect(holding.length, simplified).toBeGreaterThan(0);
      expect(
        holding.some(
          (p) => plain(c.left, p.left).includes(traditional) && plain(c.right, p.right).includes(simplified),
        ),
        simplified,
      ).toBe(true);
    }
    for (const word of NOT_SHARED)
      expect(
        c.phrases.filter((p) => p.text.includes(word)),
        word,
      ).toEqual([]);
  });

  it('says which side mentions which theme, with the two counts made by hand', () => {
    const mentioned = (side: 'left' | 'right') =>
      c.themes.filter((t) => t[side].count > 0).map((t) => t.theme);
    const left = mentioned('left');
    const right = mentioned('right');
    expect({
      both: left.filter((t) => right.includes(t)),
      leftOnly: left.filter((t) => !right.includes(t)),
      rightOnly: right.filter((t) => !left.includes(t)),
    }).toEqual({ both: THEMES.both, leftOnly: THEMES.leftOnly, rightOnly: THEMES.rightOnly });
    for (const [theme, [l, r]] of Object.entries(THEMES.counts)) {
      const row = c.themes.find((t) => t.theme === theme)!;
      expect([row.left.count, row.right.count], theme).toEqual([l, r]);
    }
  });
});
