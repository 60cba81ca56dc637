import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/normalize';
import type { WarningCode } from '../../src/core/types';
import { BIJIE, PANZHIHUA } from './samples';

const traditional = BIJIE;
const simplified = PANZHIHUA;

function codes(text: string): WarningCode[] {
  return normalize(text).warnings.map((w) => w.code);
}

describe('pinyin glosses', () => {
  it.each([
    { label: 'ASCII parentheses', input: '戰(zhàn)線', expected: '战线' },
    { label: 'full-width parentheses', input: '戰（zhàn）線', expected: '战线' },
    { label: 'mixed parentheses', input: '戰(zhàn）線', expected: '战线' },
    { label: 'one-vowel syllable', input: '區(qū)', expected: '区' },
    { label: 'two vowels', input: '節(jié)約', expected: '节约' },
    { label: 'ch + uà + ng', input: '創(chuàng)新', expected: '创新' },
    { label: 'ü with a tone', input: '綠(lǜ)色', expected: '绿色' },
    { label: 'at the end of the text', input: '發(fā)', expected: '发' },
    { label: 'inside a parenthesised county', input: '各縣(區(qū))黨委', expected: '各县(区)党委' },
    { label: 'after an astral Han character', input: '𠀀(zhàn)𪚥', expected: '𠀀𪚥' },
    { label: 'two glossed characters in a row', input: '統戰(zhàn)節(jié)', expected: '统战节' },
  ])('strips a gloss: $label', ({ input, expected }) => {
    const result = normalize(input);
    expect(result.normalized).toBe(expected);
    expect(result.warnings.map((w) => w.code)).toEqual(['gloss-stripped']);
  });

  it.each([
    { label: 'enumeration marker', input: '（一）', expected: '(一)' },
    { label: 'Chinese in parentheses', input: '(試行)', expected: '(试行)' },
    { label: 'a year', input: '(2020年)', expected: '(2020年)' },
    { label: 'an author line', input: '(貴州統一戰線宣傳聯席辦)', expected: '(贵州统一战线宣传联席办)' },
    { label: 'Simplified county list', input: '各县(区)', expected: '各县(区)' },
    { label: 'toneless pinyin', input: '中(zhong)', expected: '中(zhong)' },
    { label: 'an English word', input: '報告(report)', expected: '报告(report)' },
    { label: 'accented English', input: '咖啡(café)', expected: '咖啡(café)' },
    { label: 'a capital letter', input: '戰(Zhàn)', expected: '战(Zhàn)' },
    { label: 'two syllables', input: '統戰(tǒngzhàn)', expected: '统战(tǒngzhàn)' },
    { label: 'after a Latin letter', input: 'A(zhàn)', expected: 'A(zhàn)' },
    { label: 'after a space', input: '戰 (zhàn)', expected: '战(zhàn)' },
    { label: 'unclosed, followed by words', input: '戰(zhàn and more', expected: '战(zhàn and more' },
  ])('keeps parentheses that are not glosses: $label', ({ input, expected }) => {
    const result = normalize(input);
    expect(result.normalized).toBe(expected);
    expect(result.warnings).toEqual([]);
  });

  it('reports the gloss count and the first gloss', () => {
    const [warning] = normalize('中戰(zhàn)線統戰(zhàn)').warnings;
    expect(warning).toMatchObject({ code: 'gloss-stripped', count: 2, range: { start: 2, end: 8 } });
    expect(warning?.message).toContain('(zhàn)');
  });
});

describe('damaged glosses', () => {
  it.each([
    {
      label: 'the seed: `?` + syllable + `)`',
      input: '認真?zhèn)鬟_學習',
      expected: '认真？鬟_学习',
      range: { start: 2, end: 8 },
    },
    { label: '`?` + a whole gloss', input: 'a?(zhèn)b', expected: 'a?b', range: { start: 1, end: 8 } },
    { label: 'U+FFFD + syllable', input: 'a\ufffdzhèn)b', expected: 'a\ufffdb', range: { start: 1, end: 7 } },
    { label: 'opening parenthesis lost', input: '戰zhàn)線', expected: '战线', range: { start: 1, end: 6 } },
    { label: 'closing parenthesis lost', input: '戰(zhàn線', expected: '战线', range: { start: 1, end: 6 } },
  ])('drops it and says where: $label', ({ input, expected, range }) => {
    const result = normalize(input);
    expect(result.normalized).toBe(expected);
    const damaged = result.warnings.filter((w) => w.code === 'damaged-gloss');
    expect(damaged).toHaveLength(1);
    expect(damaged[0]?.range).toEqual(range);
  });

  it('lists each occurrence, up to 20, then sums up the rest', () => {
    const warnings = normalize('?zhèn)'.repeat(25)).warnings.filter((w) => w.code === 'damaged-gloss');
    expect(warnings).toHaveLength(21);
    expect(warnings[1]?.range).toEqual({ start: 6, end: 12 });
    expect(warnings[20]?.count).toBe(5);
  });
});

describe('Traditional → Simplified', () => {
  it.each([
    { label: 'place name', input: '畢節試驗區', expected: '毕节试验区' },
    { label: 'united front', input: '統戰', expected: '统战' },
    { label: 'development', input: '發展', expected: '发展' },
    { label: '臺 form of Taiwan', input: '臺灣', expected: '台湾' },
    { label: '台 form of Taiwan', input: '台灣', expected: '台湾' },
    { label: 'joint meeting', input: '聯席', expected: '联席' },
    { label: 'advantage', input: '優勢', expected: '优势' },
    { label: '樂', input: '樂', expected: '乐' },
    { label: '衛', input: '衛', expected: '卫' },
    { label: 'Hong Kong variant 衞', input: '衞生', expected: '卫生' },
    { label: 'Taiwan variant 裡', input: '這裡', expected: '这里' },
    { label: '著 as zhe', input: '隨著', expected: '随着' },
    { label: '著 as zhuó', input: '著力', expected: '着力' },
    { label: '著 as zhù, Traditional', input: '顯著', expected: '显著' },
    { label: '著 as zhù, Simplified', input: '显著', expected: '显著' },
    { label: '著 in a word the same in both scripts', input: '卓著', expected: '卓著' },
    { label: '乾 as gān', input: '乾淨', expected: '干净' },
    { label: '乾 in a name', input: '乾隆', expected: '乾隆' },
    { label: 'BMP → astral (TSCharacters 㗲 𠵾)', input: '㗲', expected: '𠵾' },
    { label: 'astral → BMP (TSCharacters 𡻕 岁)', input: '𡻕', expected: '岁' },
  ])('$label', ({ input, expected }) => {
    expect(normalize(input).normalized).toBe(expected);
  });

  it('leaves the Han characters of the Simplified seed as they are', () => {
    const han = (text: string) => text.replace(/[^\p{Script=Han}]/gu, '');
    expect(han(normalize(simplified).normalized)).toBe(han(simplified));
  });
});

describe('folding', () => {
  it.each([
    { label: 'full-width letters and digits', input: 'ＡＢＣ１２３％', expected: 'ABC123%' },
    { label: 'full-width parentheses', input: '（三）', expected: '(三)' },
    {
      label: 'Chinese punctuation stays',
      input: '一，二。三：四；五！六？',
      expected: '一，二。三：四；五！六？',
    },
    { label: 'corner quotes', input: '「統戰」『棋』', expected: '“统战”“棋”' },
    { label: 'low and reversed quotes', input: '„中‟', expected: '“中“' },
    { label: 'straight quotes alternate', input: '他说"统战"和"棋"', expected: '他说“统战”和“棋”' },
    { label: 'straight quotes restart each line', input: '"甲\n"乙"', expected: '“甲\n“乙”' },
    { label: 'half-width 、。', input: '甲､乙｡', expected: '甲、乙。' },
    { label: 'ASCII comma between Han', input: '統一,凝聚', expected: '统一，凝聚' },
    { label: 'ASCII colon after Han', input: '編輯:孫莉姍', expected: '编辑：孙莉姗' },
    { label: 'ASCII semicolon and marks', input: '甲;乙!丙?', expected: '甲；乙！丙？' },
    { label: 'comma after a quote and a space', input: '“嫁接”, 搭上', expected: '“嫁接”，搭上' },
    { label: 'doubled ASCII comma', input: '相适应,,把', expected: '相适应，把' },
    { label: 'doubled full-width comma', input: '相适应，，把', expected: '相适应，把' },
    { label: 'commas with spaces between', input: '甲， ，，乙', expected: '甲，乙' },
    { label: 'clock time', input: '10:19:00', expected: '10:19:00' },
    { label: 'URL', input: 'http://www.sctyzx.gov.cn/', expected: 'http://www.sctyzx.gov.cn/' },
    { label: 'thousands separator', input: '1,000', expected: '1,000' },
    { label: 'doubled comma between Latin', input: 'a,,b', expected: 'a,,b' },
    { label: 'space between Han', input: '市委 主要', expected: '市委主要' },
    { label: 'ideographic space', input: '中\u3000文', expected: '中文' },
    { label: 'NBSP between Han', input: '中\u00a0文', expected: '中文' },
    { label: 'space between Han and digits', input: '到 2018 年', expected: '到2018年' },
    { label: 'Latin words keep one space', input: 'Xi \t Jinping', expected: 'Xi Jinping' },
    { label: 'indentation dropped', input: '\u00a0 \u3000 8月18日', expected: '8月18日' },
    { label: 'trailing spaces dropped', input: '中文   \n下一行', expected: '中文\n下一行' },
    { label: 'line endings', input: 'a\r\nb\rc\nd\u2028e', expected: 'a\nb\nc\nd\ne' },
    { label: 'blank lines kept', input: 'a\n\n\nb', expected: 'a\n\n\nb' },
    { label: 'whitespace-only line', input: 'a\n  \u3000 \nb', expected: 'a\n\nb' },
    { label: 'zero-width characters', input: '統\u200b一\ufeff戰\u00ad線', expected: '统一战线' },
    { label: 'Latin around a space before Chinese punctuation', input: 'abc ，def', expected: 'abc，def' },
  ])('$label', ({ input, expected }) => {
    expect(normalize(input).normalized).toBe(expected);
  });
});

describe('warnings for damaged input', () => {
  it.each([
    { label: 'replacement characters', input: '中\ufffd文\ufffd', code: 'replacement-char', count: 2, at: 1 },
    { label: 'a lone high surrogate', input: 'ab\ud800c', code: 'lone-surrogate', count: undefined, at: 2 },
    { label: 'a lone low surrogate', input: '\udc00', code: 'lone-surrogate', count: undefined, at: 0 },
    { label: 'reversed surrogates', input: 'x\udc00\ud800', code: 'lone-surrogate', count: 2, at: 1 },
    { label: 'NUL and ESC', input: 'a\u0000b\u001b', code: 'control-char', count: 2, at: 1 },
    { label: 'a C1 control', input: '中\u0091文', code: 'control-char', count: undefined, at: 1 },
  ])('$label', ({ input, code, count, at }) => {
    const warnings = normalize(input).warnings;
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code, range: { start: at, end: at + 1 } });
    expect(warnings[0]?.count).toBe(count);
    expect(warnings[0]?.message).toMatch(/^[A-Z][^.]*\.$/); // one English sentence
  });

  it('keeps lone surrogates and replacement characters in the text, drops controls', () => {
    expect(normalize('a\ud800b\ufffdc\u0000d').normalized).toBe('a\ud800b\ufffdcd');
  });

  it('never joins two lone halves into a character the original lacks (fast-check found \\ud800\\u0000\\udc00)', () => {
    const { normalized, map } = normalize('\ud800\u0000\udc00');
    expect(normalized).toBe('\ud800\ufffd');
    expect([...map.normStart]).toEqual([0, 2]);
    expect([...map.normEnd]).toEqual([1, 3]);
  });

  it('treats NEL as a line break and form feed as a space, and warns about both', () => {
    expect(normalize('a\u0085b\u000cc').normalized).toBe('a\nb c');
    expect(codes('a\u0085b\u000cc')).toEqual(['control-char']);
  });

  it('has no warnings for clean text', () => {
    expect(codes(simplified)).toEqual([]);
  });
});

describe('the Traditional seed', () => {
  const result = normalize(traditional);

  it('loses every pinyin gloss', () => {
    expect(result.normalized).not.toMatch(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/);
    expect(result.normalized).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
  });

  it('reads as Simplified Chinese', () => {
    expect(result.normalized).toContain('毕节召开加强统一战线参与建设工作推进会');
    expect(result.normalized).toContain('把思想和行动统一到中央');
    expect(result.normalized).toContain('12月21日，毕节市委书记陈志刚');
    expect(result.normalized).toContain('\n编辑：孙莉姗\n关键词：统一战线毕节试验区推进会');
  });

  it('counts the glosses', () => {
    // Hand count: grep -o '([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*)' src/sample/bijie-traditional.txt | wc -l
    // gives 108, every one right after a Han character; `?zhèn)` (no opening parenthesis) is the
    // one damaged gloss.
    const gloss = result.warnings.find((w) => w.code === 'gloss-stripped');
    expect(gloss?.count).toBe(108);
    expect(gloss?.range).toEqual({ start: 12, end: 18 }); // `首頁>黨派·聲音>統一戰(zhàn)`
    expect(result.warnings.filter((w) => w.code === 'damaged-gloss')).toHaveLength(1);
  });

  it('keeps one line break per original line', () => {
    const breaks = (text: string) => text.split('\n').length;
    expect(breaks(result.normalized)).toBe(breaks(traditional));
    expect(breaks(normalize(simplified).normalized)).toBe(breaks(simplified));
  });
});
