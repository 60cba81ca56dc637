import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, countHan } from '../../src/core/index';
import {
  findThemeMentions,
  scanTerms,
  LEXICON,
  themeProfiles,
  themeRowsOf,
  type Theme,
  type ThemeText,
} from '../../src/core/themes';
import { BIJIE, PANZHIHUA } from './samples';

/** A plain string as its own normalized text, cut into sections at the given offsets. */
function themeText(text: string, cuts: number[] = []): ThemeText {
  const bounds = [0, ...cuts, text.length];
  return {
    normalized: text,
    sections: bounds.slice(1).map((end, i) => ({ id: `S${i + 1}`, start: bounds[i]!, end })),
    hanCount: countHan(text),
    toOriginal: (start, end) => ({ start, end }),
  };
}

const tiny: Theme[] = [
  { key: 'economy', zh: '非公经济', en: 'Economy', terms: ['非公有制经济', '非公有制经济人士'] },
  { key: 'parties', zh: '民主党派', en: 'Parties', terms: ['民主党派'] },
  { key: 'hk', zh: '港澳', en: 'HK', terms: ['港澳台同胞'] },
  { key: 'tw', zh: '台湾', en: 'TW', terms: ['港澳台同胞', '台湾'] },
  { key: 'empty', zh: '空', en: 'Empty', terms: ['宗教'] },
];

/** The theme stage as compare() runs it: mentions on each side, then one row per lexicon entry. */
function countThemes(left: ThemeText, right: ThemeText, lexicon: readonly Theme[] = LEXICON) {
  return themeRowsOf(findThemeMentions(left, lexicon), findThemeMentions(right, lexicon));
}

function row(rows: ReturnType<typeof countThemes>, key: string) {
  return rows.find((r) => r.theme === key)!;
}

describe('theme counting', () => {
  it.each([
    {
      label: 'the longer term wins where two overlap',
      text: '支持非公有制经济人士',
      key: 'economy',
      count: 1,
    },
    { label: 'the shorter term alone still counts', text: '发展非公有制经济', key: 'economy', count: 1 },
    { label: 'each separate mention counts', text: '民主党派和各民主党派', key: 'parties', count: 2 },
    {
      label: 'a term listed under two themes counts for each (first)',
      text: '港澳台同胞',
      key: 'hk',
      count: 1,
    },
    {
      label: 'a term listed under two themes counts for each (second)',
      text: '港澳台同胞',
      key: 'tw',
      count: 1,
    },
    { label: 'no mention gives a zero row', text: '统一战线', key: 'empty', count: 0 },
  ])('$label', ({ text, key, count }) => {
    const rows = countThemes(themeText(text), themeText(''), tiny);
    expect(row(rows, key).left.count).toBe(count);
  });

  it('records mention ranges, sections and the rate per 1,000 Han characters', () => {
    // 民主党派 at 0..4 (section S1) and 8..12 (section S2); 12 Han characters in all.
    const text = '民主党派工作统一民主党派';
    const rows = countThemes(themeText(text, [6]), themeText(''), tiny);
    const parties = row(rows, 'parties').left;
    expect(parties.mentions).toEqual([
      { start: 0, end: 4 },
      { start: 8, end: 12 },
    ]);
    expect(parties.sections).toEqual(['S1', 'S2']);
    expect(parties.per1000).toBeCloseTo((2 * 1000) / 12, 10);
  });

  it('does not count a term cut by a section boundary', () => {
    const rows = countThemes(themeText('民主党派', [2]), themeText(''), tiny);
    expect(row(rows, 'parties').left.count).toBe(0);
  });

  it('returns every theme of the lexicon, in lexicon order', () => {
    const rows = countThemes(themeText(''), themeText(''));
    expect(rows.map((r) => r.theme)).toEqual(LEXICON.map((t) => t.key));
    expect(rows.every((r) => r.left.count === 0 && r.left.per1000 === 0)).toBe(true);
  });

  it('builds per-section profiles', () => {
    expect(themeProfiles(themeText('民主党派台湾', [4]), tiny)).toEqual([
      [0, 1, 0, 0, 0],
      [0, 0, 0, 1, 0],
    ]);
  });

  it('opens with the twelve groups of the United Front Work Regulations', () => {
    expect(LEXICON.slice(0, 12).map((t) => t.zh)).toEqual([
      '民主党派',
      '无党派人士',
      '党外知识分子',
      '少数民族人士',
      '宗教界人士',
      '非公有制经济人士',
      '新的社会阶层人士',
      '出国和归国留学人员',
      '港澳同胞',
      '台湾同胞',
      '华侨归侨侨眷',
      '其他需要联系和团结的人员',
    ]);
  });
});

describe('themes on the seeds', () => {
  const bijie = BIJIE;
  const panzhihua = PANZHIHUA;
  const themes = compare(bijie, panzhihua).themes;

  it('finds Panzhihua on 港澳台 and Bijie silent on it', () => {
    // By hand, task 5: `凝聚港澳台同胞和海外侨胞`, `做好港澳台海外统战工作` (term 港澳台) and
    // `加强与港澳台同胞及海外侨胞沟通互动`. Bijie never names Hong Kong, Macao or Taiwan.
    const hk = row(themes, 'hong-kong-macao');
    expect(hk.left.count).toBe(0);
    expect(hk.right.count).toBe(3);
  });

  it('maps a Traditional mention back to its original script', () => {
    // Bijie's body has 民主黨派 once: `加強民主黨派基層組織建設` (and 各民主黨派 in the closing).
    const parties = row(themes, 'democratic-parties');
    const slices = parties.left.mentions.map((m) => bijie.slice(m.start, m.end));
    expect(slices).toContain('民主黨派');
  });
});

describe('mentions read off the whole text (findThemeMentions with scanTerms)', () => {
  const mentions = (text: ThemeText, whole?: boolean) =>
    findThemeMentions(text, tiny, whole ? scanTerms(text.normalized, tiny) : undefined).byTheme;

  it('a term cut by a section end is not a mention, and the shorter term inside is', () => {
    // 非公有制经济人士 (eight characters) runs past the cut after 非公有制经济人: the first section
    // holds 非公有制经济 only, which the section scan finds; the whole text's hit is the longer term.
    const text = themeText('非公有制经济人士，民主党派', [7]);
    const economy = mentions(text, true)[0]!;
    expect(economy).toEqual([{ start: 0, end: 6, section: 0 }]);
    expect(mentions(text, true)[1]).toEqual([{ start: 9, end: 13, section: 1 }]);
  });

  it('equals the scan of each section alone on random texts and cuts', () => {
    const piece = fc.constantFrom(
      '非公有制经济',
      '人士',
      '民主党派',
      '港澳台同胞',
      '台湾',
      '民主',
      '，',
      '非公',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
        fc.array(fc.nat(), { maxLength: 5 }),
        (text, picks) => {
          const cuts = [...new Set(picks.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
          const sections = themeText(text, cuts);
          expect(mentions(sections, true)).toEqual(mentions(sections));
        },
      ),
    );
  });
});
