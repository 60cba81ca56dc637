/**
 * Invariants of the structure stage on arbitrary strings: it never throws, and its ranges are sorted,
 * non-overlapping, inside the original and never inside a surrogate pair. Checked both through the
 * real normalizer and on an identity `Normalized` (the raw string, lone surrogates and all), so the
 * stage does not rely on the normalizer's cleaning.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/normalize';
import { isHan } from '../../src/core/text/han';
import { parseStructure } from '../../src/core/structure';
import type { Normalized, Range } from '../../src/core/types';
import { expectOutlineContract } from './outline-invariants';

function identity(text: string): Normalized {
  const normStart = new Int32Array(text.length);
  const normEnd = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    normStart[i] = i;
    normEnd[i] = i + 1;
  }
  return { original: text, normalized: text, map: { normStart, normEnd }, warnings: [] };
}

/** Pieces of meeting reports, markers, metadata and troublemakers, glued at random. */
const TOKENS = [
  '一是',
  '二是',
  '三是',
  '第一，',
  '第二，',
  '一、',
  '二、',
  '（一）',
  '(二)',
  '1.',
  '2、',
  '（1）',
  '(2)',
  '一要',
  '二要',
  '首先，',
  '其次，',
  '最后，',
  '要',
  '要加强领导，形成合力。',
  '张剡强调，',
  '会上，',
  '参加会议。',
  '编辑：',
  '关键词：',
  '来源：',
  'http://x.cn/',
  '2015-08-19',
  '12月21日',
  '召开',
  '市委',
  '（记者 张三）',
  '统一战线',
  '戰(zhàn)',
  '，',
  '。',
  '；',
  '：',
  '\n',
  '\r\n',
  ' ',
  '\u3000',
  '😀',
  '\ud800',
  '\udc00',
  '\u200b',
  '”',
  '>',
];
const tokenText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((t) => t.join(''));
const anyUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 200,
});
const anyCodePoints = fc.string({ unit: 'binary', maxLength: 200 });
const texts = fc.oneof(tokenText, anyUnits, anyCodePoints);

const splitsPair = (text: string, i: number) =>
  i > 0 && i < text.length && /[\ud800-\udbff]/.test(text[i - 1]!) && /[\udc00-\udfff]/.test(text[i]!);

function checkInvariants(input: Normalized): void {
  const text = input.original;
  const { meta, sections, outline, parts } = parseStructure(input, 'L');
  expectOutlineContract(outline, parts, 'L', text.length);
  const inside = (r: Range) => 0 <= r.start && r.start <= r.end && r.end <= text.length;
  sections.forEach((s, i) => {
    expect(inside(s) && s.start < s.end).toBe(true);
    expect(splitsPair(text, s.start) || splitsPair(text, s.end)).toBe(false);
    if (i > 0) expect(s.start).toBeGreaterThanOrEqual(sections[i - 1]!.end);
    for (const line of meta.lines) expect(s.start < line.end && line.start < s.end).toBe(false);
  });
  expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
  // A task shows an outline node and carries its ordinal, or is body text no node holds (a tail, `~`).
  const ordinals = new Map(outline.map((n) => [n.id, n.ordinal]));
  for (const t of sections.filter((s) => s.kind === 'task')) {
    if (t.node === undefined)
      expect([t.part, t.ordinal, t.id.includes('~')]).toEqual(['tail', undefined, true]);
    else expect(t.ordinal).toBe(ordinals.get(t.node));
  }
  for (const line of meta.lines) expect(inside(line)).toBe(true);
  // Sections and metadata lines together cover the text: no Han character is left outside.
  const covered = [...sections, ...meta.lines];
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (isHan(cp))
      expect(
        covered.some((r) => r.start <= i && i < r.end),
        `Han at ${i}`,
      ).toBe(true);
  }
  const { lines: _lines, ...fields } = meta;
  for (const f of Object.values(fields)) {
    expect(inside(f.range)).toBe(true);
    expect(text.slice(f.range.start, f.range.end)).toBe(f.value);
  }
}

describe('structure invariants', () => {
  it('hold through the normalizer', () => {
    fc.assert(
      fc.property(texts, (text) => checkInvariants(normalize(text))),
      // Found by fast-check: a list ends before a lone marker, which stays body text (a tail task).
      { numRuns: 400, examples: [['首先，其次，要加强领导，形成合力。一是']] },
    );
  });

  it('hold on the raw string (identity map)', () => {
    fc.assert(
      fc.property(texts, (text) => checkInvariants(identity(text))),
      { numRuns: 400 },
    );
  });
});

describe('megabyte inputs complete', () => {
  const MB = 1_000_000;
  it.each([
    { label: 'one character', text: '一'.repeat(MB) },
    { label: 'commas only', text: '，'.repeat(MB) },
    { label: 'clause-start markers', text: '，一是'.repeat(MB / 3) },
    { label: 'programmatic 要 sentences', text: '要加强，形成。'.repeat(MB / 7) },
    { label: 'one line per character', text: '要\n'.repeat(MB / 2) },
    { label: 'open parentheses', text: '（'.repeat(MB) },
    { label: 'astral characters', text: '😀'.repeat(MB / 2) },
  ])('$label', ({ text }) => {
    const { sections } = parseStructure(identity(text), 'L');
    expect(sections.at(-1)!.end).toBeLessThanOrEqual(text.length);
  });

  it('through the normalizer', () => {
    const text = `标题\n${'一是加强领导，形成合力。'.repeat(MB / 12)}`;
    const { sections } = parseStructure(normalize(text), 'L');
    expect(sections.length).toBeGreaterThan(0);
  });
});
