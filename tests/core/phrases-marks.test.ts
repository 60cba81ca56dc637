/**
 * `withBalancedMarks` (src/core/phrases/marks.ts): a shared run's span widened over the brackets and
 * quotation marks it leaves open, by the marks right beside it and nothing else. Cases written by
 * hand from the shapes met in provincial reports (the corpus's own sentences are not copied).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/index';
import { withBalancedMarks } from '../../src/core/phrases/marks';

/** The slice `withBalancedMarks` returns for the span of `inner` inside `text` (its first occurrence). */
function widened(text: string, inner: string): string {
  const start = text.indexOf(inner);
  if (start < 0) throw new Error(`${inner} is not in ${text}`);
  const { start: s, end: e } = withBalancedMarks(text, { start, end: start + inner.length });
  return text.slice(s, e);
}

describe('withBalancedMarks', () => {
  it.each([
    ['an open quote closed right after the span', '必须做到“三个务必”，', '做到“三个务必', '做到“三个务必”'],
    [
      'a bracket closed right after, the book title mark outside left alone',
      '审议《规划纲要(草案)》。',
      '规划纲要(草案',
      '规划纲要(草案)',
    ],
    ['two marks open, both closed right after', '审议《纲要(草案)》。', '《纲要(草案', '《纲要(草案)》'],
    ['a numbered item cut after its numeral', '工作：\n(一)稳增长', '工作：\n(一', '工作：\n(一)'],
    ['a closer inside, its opener right before the span', '落实“双减”要求', '双减”要求', '“双减”要求'],
    ['both ends at once', '推进“千万工程”和“百千工程”建设', '千万工程”和“百千工程', '“千万工程”和“百千工程”'],
    ['a balanced span is left as it is', '实施“两新”政策', '实施“两新”政策', '实施“两新”政策'],
    [
      'an open quote the text never closes right after: left as it is',
      '打造“世界一流”企业',
      '打造“世界',
      '打造“世界',
    ],
    [
      'a closer whose opener stands further back: left as it is',
      '建设“科创中心”工程',
      '中心”工程',
      '中心”工程',
    ],
    [
      'a space between the run and the mark: nothing added',
      '做到“两个维护 ”',
      '做到“两个维护',
      '做到“两个维护',
    ],
    ['marks crossed in the text itself: left as it is', '甲(乙“丙)丁”', '乙“丙)丁', '乙“丙)丁'],
  ])('%s', (_, text, inner, expected) => {
    expect(widened(text, inner)).toBe(expected);
  });

  it('in a nested pair, closes the inner mark before the outer one', () => {
    expect(widened('《关于“十五五”规划》的说明', '关于“十五五')).toBe('关于“十五五”');
    expect(widened('《关于“十五五”》的说明', '《关于“十五五')).toBe('《关于“十五五”》');
  });

  it('only ever adds marks, and contains the span it was given', () => {
    const piece = fc.constantFrom('甲', '乙', '“', '”', '(', ')', '《', '》', '，', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), fc.nat(), (pieces, x, y) => {
        const text = pieces.join('');
        const a = text.length === 0 ? 0 : x % (text.length + 1);
        const b = text.length === 0 ? 0 : y % (text.length + 1);
        const span = { start: Math.min(a, b), end: Math.max(a, b) };
        const out = withBalancedMarks(text, span);
        expect(out.start).toBeLessThanOrEqual(span.start);
        expect(out.end).toBeGreaterThanOrEqual(span.end);
        const added = text.slice(out.start, span.start) + text.slice(span.end, out.end);
        expect(added).toMatch(/^[“”()《》]*$/);
      }),
    );
  });
});

describe('shared phrasing with its marks closed', () => {
  it('highlights a quoted run with its closing quote on both sides', () => {
    const left = '全省上下要坚决做到“两个维护”，不断开创新局面。';
    const right = '各级干部必须坚决做到“两个维护”，推动各项工作落地见效。';
    const phrase = compare(left, right).phrases.find((p) => p.text.includes('两个维护'));
    expect(phrase).toBeDefined();
    expect(left.slice(phrase!.left.start, phrase!.left.end)).toBe('坚决做到“两个维护”');
    expect(right.slice(phrase!.right.start, phrase!.right.end)).toBe('坚决做到“两个维护”');
    expect(phrase!.text).toBe('坚决做到“两个维护”');
    expect(phrase!.hanLength).toBe(8);
  });
});
