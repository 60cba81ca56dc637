import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core';
import { alignLevelChoices, outlineDepth } from '../../src/view/alignLevels';
import { LEFT, RIGHT } from './two-level-reports';

describe('alignLevelChoices', () => {
  const comparison = compare(LEFT, RIGHT);

  it('offers auto and one choice per level, named by the markers and counting each side', () => {
    expect(outlineDepth(comparison)).toBe(3);
    const choices = alignLevelChoices(comparison);
    expect(choices.map((choice) => choice.value)).toEqual(['auto', 1, 2, 3]);
    // Hand count: left 2 chapters, 5 items, no points; right 2 chapters, 4 items, 3 points.
    expect(choices[1]!.text).toBe('1 · 一、 · 左2 右2');
    expect(choices[2]!.text).toBe('2 · （一） · 左5 右4');
    expect(choices[3]!.text).toBe('3 · 一是 · 左0 右3');
  });

  it('auto names the level the engine chose (the items, where two work reports meet)', () => {
    expect(comparison.level).toBe(2);
    expect(alignLevelChoices(comparison)[0]!.text).toBe('自动 auto (2 · （一）)');
  });

  it('a comparison made at a chosen level does not claim to know what auto would choose', () => {
    const atChapters = compare(LEFT, RIGHT, { alignLevel: 1 });
    expect(atChapters.level).toBe(1);
    expect(alignLevelChoices(atChapters, 1)[0]!.text).toBe('自动 auto');
  });

  it("keeps the reader's level as a choice when these outlines do not reach it", () => {
    const choices = alignLevelChoices(comparison, 5);
    expect(choices.map((choice) => choice.value)).toEqual(['auto', 1, 2, 3, 4, 5]);
    expect(choices[5]!.text).toBe('5 · 左0 右0');
  });

  it('a text without an outline has only auto', () => {
    const flat = compare('今天天气很好。我们去公园散步。', '今天天气不错。我们去河边散步。');
    expect(outlineDepth(flat)).toBe(0);
    expect(alignLevelChoices(flat)).toEqual([{ value: 'auto', text: '自动 auto' }]);
  });
});
