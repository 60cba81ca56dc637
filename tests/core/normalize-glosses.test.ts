/**
 * `normalize().glosses`: exactly the pinyin pieces the viewer hides, in original offsets — never the
 * Han character (or the `?` that stands for a lost one) before them, never anything else in brackets.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/normalize';
import { BIJIE, PANZHIHUA } from './samples';

const pieces = (text: string) => normalize(text).glosses.map((g) => text.slice(g.start, g.end));

describe('gloss ranges', () => {
  it.each([
    { label: 'a whole gloss', input: '統一戰(zhàn)線', expected: ['(zhàn)'] },
    { label: 'full-width parentheses', input: '戰（zhàn）線', expected: ['（zhàn）'] },
    { label: 'lost opening parenthesis', input: '戰zhàn)線', expected: ['zhàn)'] },
    { label: 'lost closing parenthesis', input: '戰(zhàn線', expected: ['(zhàn'] },
    { label: 'after a lost character: the ? stays', input: '振興?zhèn)興', expected: ['zhèn)'] },
    { label: 'two in a row', input: '統戰(zhàn)節(jié)', expected: ['(zhàn)', '(jié)'] },
    { label: 'inside a county list', input: '各縣(區(qū))黨委', expected: ['(qū)'] },
  ])('$label', ({ input, expected }) => {
    expect(pieces(input)).toEqual(expected);
  });

  it.each([
    { label: 'an enumeration marker', input: '（一）要統一思想' },
    { label: 'a year', input: '(2020年)' },
    { label: 'toneless pinyin', input: '中(zhong)' },
    { label: 'an English word', input: '報告(report)' },
  ])('none in $label', ({ input }) => {
    expect(normalize(input).glosses).toEqual([]);
  });

  it('the Traditional sample: every piece is one tone-marked syllable, sorted, and the text without them is what the reader sees', () => {
    const { glosses } = normalize(BIJIE);
    // The sample's first paragraph reads `畢節(jié)市`; checked by hand in src/sample/bijie-traditional.txt.
    expect(glosses.length).toBeGreaterThan(50);
    for (const [i, g] of glosses.entries()) {
      expect(BIJIE.slice(g.start, g.end)).toMatch(/^[(（]?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]?$/u);
      if (i > 0) expect(g.start).toBeGreaterThanOrEqual(glosses[i - 1]!.end);
    }
    let shown = '';
    let at = 0;
    for (const g of glosses) {
      shown += BIJIE.slice(at, g.start);
      at = g.end;
    }
    shown += BIJIE.slice(at);
    expect(shown).toContain('畢節市');
    expect(shown).not.toMatch(/\((?:zhàn|jié)\)/u);
  });

  it('the Simplified sample has none', () => {
    expect(normalize(PANZHIHUA).glosses).toEqual([]);
  });
});
