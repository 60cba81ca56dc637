import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/index';
import { BIJIE, PANZHIHUA } from './samples';

const bijie = BIJIE;
const panzhihua = PANZHIHUA;

describe('compare on the seeds', () => {
  const result = compare(bijie, panzhihua);

  it('finds 把思想和行动统一到中央 in both scripts', () => {
    // Checked by hand: Bijie paragraph 5 `全市上下要切實把思想和行動統一到中央統戰工作精神上來`,
    // Panzhihua paragraph 3 `要深入学习，深刻领会，把思想和行动统一到中央、省委决策部署上来`.
    const phrase = result.phrases.find((p) => p.text.includes('把思想和行动统一到中央'));
    expect(phrase).toBeDefined();
    expect(bijie.slice(phrase!.left.start, phrase!.left.end)).toContain('把思想和行動統一到中央');
    expect(panzhihua.slice(phrase!.right.start, phrase!.right.end)).toContain('把思想和行动统一到中央');
  });

  it('returns one theme row per lexicon entry and stats in range', () => {
    expect(result.themes.length).toBeGreaterThanOrEqual(12);
    expect(result.stats.left.share).toBeGreaterThan(0);
    expect(result.stats.left.share).toBeLessThanOrEqual(1);
    expect(result.stats.phraseCount).toBe(result.phrases.length);
  });
});
