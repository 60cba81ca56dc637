import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/index';
import { layoutMinimap, MINIMAP } from '../../src/view/minimap';
import { glossMarksOf, minimapOf, phraseMarksOf, prepareView, readingModelOf } from '../../src/view/prepare';
import { buildReadingModel } from '../../src/view/readingModel';
import { BIJIE, PANZHIHUA } from './samples';

describe('prepareView and the per-comparison structures', () => {
  it('builds each structure once per comparison, equal to building it directly', () => {
    const comparison = compare(BIJIE, PANZHIHUA);
    expect(readingModelOf(comparison)).toBe(readingModelOf(comparison));
    expect(readingModelOf(comparison)).toEqual(buildReadingModel(comparison));
    expect(minimapOf(comparison).right).toEqual(
      layoutMinimap(
        PANZHIHUA.length,
        MINIMAP.units,
        comparison.phrases.map((phrase) => ({ id: phrase.id, kind: phrase.kind, ...phrase.right })),
        MINIMAP.mergeGap,
        MINIMAP.minTick,
      ),
    );
    // Another comparison of the same texts is another object: its own structures.
    expect(readingModelOf(compare(BIJIE, PANZHIHUA))).not.toBe(readingModelOf(comparison));
  });

  it('indexes each side of every phrase and every gloss', () => {
    const comparison = compare(BIJIE, PANZHIHUA);
    const phrase = comparison.phrases[3]!;
    const left = phraseMarksOf(comparison).left.overlapping(phrase.left.start, phrase.left.end);
    expect(left.map((mark) => mark.id)).toContain(phrase.id);
    expect(left.find((mark) => mark.id === phrase.id)).toEqual({
      id: phrase.id,
      kind: phrase.kind,
      start: phrase.left.start,
      end: phrase.left.end,
    });
    expect(comparison.left.glosses.length).toBeGreaterThan(0); // the Traditional sample has glosses
    const gloss = comparison.left.glosses[0]!;
    expect(glossMarksOf(comparison).left.overlapping(gloss.start, gloss.end)).toContainEqual(gloss);
    expect(glossMarksOf(comparison).left.size).toBe(comparison.left.glosses.length);
  });

  it('builds one structure a task, all of them before it resolves', async () => {
    const comparison = compare(BIJIE, PANZHIHUA);
    const built: boolean[][] = [];
    const probe = () => [
      readingModelOf.has(comparison),
      phraseMarksOf.has(comparison),
      glossMarksOf.has(comparison),
      minimapOf.has(comparison),
    ];
    const resolved = await prepareView(comparison, async () => {
      built.push(probe());
    });
    expect(resolved).toBe(comparison);
    expect(built).toEqual([
      [true, false, false, false],
      [true, true, false, false],
      [true, true, true, false],
      [true, true, true, true],
    ]);
  });
});
