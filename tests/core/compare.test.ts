import { describe, expect, it } from 'vitest';
import { compare, LEXICON } from '../../src/core/index';
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
    // Every entry once, in the lexicon's order, with its own label and terms (the chart and the
    // permalink's theme key read rows by position and key).
    expect(result.themes.map((row) => row.theme)).toEqual(LEXICON.map((theme) => theme.key));
    for (const [i, row] of result.themes.entries()) {
      expect(row.label).toEqual({ zh: LEXICON[i]!.zh, en: LEXICON[i]!.en });
      expect(row.terms).toEqual(LEXICON[i]!.terms);
    }
    // Checked by hand: Bijie names the democratic parties twice, `加強民主黨派基層組織建設` (paragraph 7)
    // and `各民主黨派市委` (the attendee line); Panzhihua many times, first `大力支持民主党派`.
    const parties = result.themes.find((row) => row.theme === 'democratic-parties')!;
    expect(parties.left.mentions.map((m) => bijie.slice(m.start, m.end))).toEqual(['民主黨派', '各民主黨派']);
    expect(panzhihua.slice(parties.right.mentions[0]!.start, parties.right.mentions[0]!.end)).toBe(
      '民主党派',
    );
    expect(result.stats.left.share).toBeGreaterThan(0);
    expect(result.stats.left.share).toBeLessThanOrEqual(1);
    expect(result.stats.phraseCount).toBe(result.phrases.length);
  });
});
