/**
 * The data exports on the two samples: every CSV row and JSON record checked against the comparison
 * and against the original texts, with positions recomputed here independently of the exporter.
 */
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/core/export/names';
import { outlineJson } from '../../src/core/export/outline';
import { PHRASE_CSV_HEADER, phraseRecords, phrasesCsv, phrasesJson } from '../../src/core/export/phrases';
import { THEME_CSV_HEADER, themesCsv } from '../../src/core/export/themes';
import { compare } from '../../src/core/index';
import { LEXICON } from '../../src/core/themes/lexicon';
import { parseCsv } from './csv-parse';
import { BIJIE, PANZHIHUA } from './samples';

const comparison = compare(BIJIE, PANZHIHUA);
const context = {
  comparison,
  names: { left: 'bijie-traditional.txt', right: 'panzhihua-simplified.txt' },
  exportedAt: new Date('2026-01-02T03:04:05Z'),
};
const lineOf = (text: string, offset: number) => text.slice(0, offset).split(/\r\n|\n|\r/).length;

describe('shared phrases as CSV', () => {
  const rows = parseCsv(phrasesCsv(phraseRecords(comparison)));
  const [header, ...body] = rows;
  const col = (name: string) => header!.indexOf(name);

  it('has the header, then one row per phrase', () => {
    expect(header).toEqual(PHRASE_CSV_HEADER);
    expect(body).toHaveLength(comparison.phrases.length);
    expect(comparison.phrases.length).toBeGreaterThan(50);
  });

  it('gives each phrase its ranges, its text as written on each side, and its kind and length', () => {
    for (const row of body) {
      const phrase = comparison.phrases.find((p) => p.id === row[col('id')])!;
      expect(row[col('kind')]).toBe(phrase.kind);
      expect(Number(row[col('han_length')])).toBe(phrase.hanLength);
      expect(row[col('text_normalized')]).toBe(phrase.text);
      for (const [side, text] of [
        ['left', BIJIE],
        ['right', PANZHIHUA],
      ] as const) {
        const start = Number(row[col(`${side}_start`)]);
        const end = Number(row[col(`${side}_end`)]);
        expect({ start, end }).toEqual(phrase[side]);
        expect(row[col(`${side}_text`)]).toBe(text.slice(start, end));
        expect(Number(row[col(`${side}_line`)])).toBe(lineOf(text, start));
        expect(Number(row[col(`${side}_line_end`)])).toBe(lineOf(text, end - 1));
        const section = comparison[side].sections.find((s) => s.start <= start && start < s.end);
        expect(row[col(`${side}_section_id`)]).toBe(section?.id ?? '');
        expect(row[col(`${side}_section_label`)]).toBe(section?.label ?? '');
        expect(row[col(`${side}_section_ordinal`)]).toBe(
          section?.ordinal === undefined ? '' : String(section.ordinal),
        );
      }
    }
  });

  it('lists phrases in the left text’s reading order', () => {
    const starts = body.map((row) => Number(row[col('left_start')]));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('keeps the pinyin gloss inside a Traditional phrase as written (the range covers it)', () => {
    const gloss = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/;
    const glossed = body.filter((row) => gloss.test(row[col('left_text')]!));
    expect(glossed.length).toBeGreaterThan(0);
    for (const row of glossed) expect(row[col('text_normalized')]).not.toMatch(gloss);
  });
});

describe('shared phrases as JSON', () => {
  it('round-trips: parsed back, it holds the same records, the reports and the options', () => {
    const parsed = JSON.parse(phrasesJson(context));
    expect(parsed.duizhao).toBe('phrases');
    expect(parsed.version).toBe(1);
    expect(parsed.exportedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(parsed.phrases).toEqual(JSON.parse(JSON.stringify(phraseRecords(comparison))));
    expect(parsed.left).toMatchObject({
      name: 'bijie-traditional.txt',
      title: '畢節召開加強統一戰線參與建設工作推進會',
      place: '畢節',
    });
    expect(parsed.right).toMatchObject({ title: '攀枝花市召开市委统战工作会议', date: '2015-08-19' });
    expect(parsed.options).toEqual({ minPhraseLength: 4 });
  });
});

describe('outline and pairs as JSON', () => {
  const parsed = JSON.parse(outlineJson(context));

  it('lists every section of both reports with its range, marker and first line', () => {
    for (const side of ['left', 'right'] as const) {
      const text = side === 'left' ? BIJIE : PANZHIHUA;
      expect(parsed.sections[side].map((s: { id: string }) => s.id)).toEqual(
        comparison[side].sections.map((s) => s.id),
      );
      for (const section of parsed.sections[side]) expect(section.line).toBe(lineOf(text, section.start));
    }
    // Hand-checked: the Simplified report's six tasks start at 一是 … 六是, lines 10–15, paragraphs 5–10;
    // they are the level-2 units of its third speech point (R-task-3).
    const tasks = parsed.sections.right.filter((s: { id: string }) => /^R-task-3\.\d+$/.test(s.id));
    expect(tasks.map((t: { marker: string }) => t.marker)).toEqual([
      '一是',
      '二是',
      '三是',
      '四是',
      '五是',
      '六是',
    ]);
    expect(tasks.map((t: { line: number }) => t.line)).toEqual([10, 11, 12, 13, 14, 15]);
    expect(tasks.map((t: { paragraph: number }) => t.paragraph)).toEqual([5, 6, 7, 8, 9, 10]);
  });

  it('keeps the pairs as the engine made them', () => {
    expect(parsed.pairs.map((p: { left: string[]; right: string[] }) => [p.left, p.right])).toEqual(
      comparison.pairs.map((p) => [p.left, p.right]),
    );
  });
});

describe('theme table as CSV', () => {
  it('has one row per lexicon theme, the counts and rates of each side', () => {
    const [header, ...body] = parseCsv(themesCsv(comparison.themes));
    expect(header).toEqual(THEME_CSV_HEADER);
    expect(body.map((row) => row[0])).toEqual(LEXICON.map((theme) => theme.key));
    for (const row of body) {
      const theme = comparison.themes.find((t) => t.theme === row[0])!;
      expect(row[1]).toBe(theme.label.zh);
      expect(Number(row[4])).toBe(theme.left.count);
      expect(Number(row[7])).toBe(theme.right.count);
      expect(Math.abs(Number(row[5]) - theme.left.per1000)).toBeLessThanOrEqual(0.005);
      const coverage =
        theme.left.count && theme.right.count
          ? 'both'
          : theme.left.count
            ? 'left'
            : theme.right.count
              ? 'right'
              : 'neither';
      expect(row[3]).toBe(coverage);
    }
  });
});

describe('download names', () => {
  it('name both texts and what the file holds', () => {
    expect(exportFileName('phrases-csv', context.names)).toBe(
      'bijie-traditional-vs-panzhihua-simplified.phrases.csv',
    );
    expect(exportFileName('chart-png', { left: '毕节.txt', right: '攀枝花/报告.html' })).toBe(
      '毕节-vs-攀枝花_报告.themes.png',
    );
  });
});
