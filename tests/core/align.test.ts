import { describe, expect, it } from 'vitest';
import { alignSections, bigramVectors, cosine, type AlignSection } from '../../src/core/align';
import { compare } from '../../src/core/index';
import { projectHan } from '../../src/core/phrases';
import { BIJIE, PANZHIHUA } from './samples';

/** Sections given as plain texts, laid end to end with a newline between them. */
function sideOf(parts: { kind: AlignSection['kind']; text: string }[], prefix: 'L' | 'R') {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  for (const part of parts) {
    spans.push({ start: text.length, end: text.length + part.text.length });
    text += part.text + '\n';
  }
  const sections = parts.map((p, i) => ({ id: `${prefix}-${p.kind}-${i}`, kind: p.kind }));
  return { sections, projection: projectHan(text, spans) };
}

describe('align on small reports', () => {
  it('pairs opening with opening, closing with closing, and tasks by content, in reading order', () => {
    const left = sideOf(
      [
        { kind: 'opening', text: '会议召开' },
        { kind: 'task', text: '要做好民主党派工作支持民主党派参政议政' },
        { kind: 'task', text: '要做好党外知识分子工作团结知识分子' },
        { kind: 'closing', text: '会议结束' },
      ],
      'L',
    );
    const right = sideOf(
      [
        { kind: 'opening', text: '市委召开会议' },
        { kind: 'task', text: '团结党外知识分子做好知识分子工作' },
        { kind: 'task', text: '支持民主党派参政议政做好民主党派工作' },
        { kind: 'task', text: '加强港澳台同胞联系交往' },
        { kind: 'closing', text: '出席会议' },
      ],
      'R',
    );
    const pairs = alignSections(left, right).map((p) => [p.left, p.right]);
    expect(pairs).toEqual([
      [['L-opening-0'], ['R-opening-0']],
      [['L-task-1'], ['R-task-2']],
      // Right-only: after the pair of the right section just before it (R-task-2).
      [[], ['R-task-3']],
      [['L-task-2'], ['R-task-1']],
      [['L-closing-3'], ['R-closing-4']],
    ]);
  });

  it('lets a second task join a pair when both speak of the same thing', () => {
    const left = sideOf(
      [{ kind: 'task', text: '做好民主党派工作支持民主党派参政议政发挥民主监督作用' }],
      'L',
    );
    const right = sideOf(
      [
        { kind: 'task', text: '做好民主党派工作支持民主党派' },
        { kind: 'task', text: '参政议政发挥民主监督作用' },
      ],
      'R',
    );
    const [pair] = alignSections(left, right);
    expect(pair!.right).toEqual(['R-task-0', 'R-task-1']);
  });

  it('leaves unrelated tasks unpaired, with a similarity of 0', () => {
    const left = sideOf([{ kind: 'task', text: '加强港澳台同胞联系' }], 'L');
    const right = sideOf([{ kind: 'task', text: '推进民族地区扶贫攻坚' }], 'R');
    const pairs = alignSections(left, right);
    // With no earlier right section to follow, the right-only pair goes first.
    expect(pairs.map((p) => [p.left, p.right, p.similarity])).toEqual([
      [[], ['R-task-0'], 0],
      [['L-task-0'], [], 0],
    ]);
  });
});

describe('align on the seeds', () => {
  const bijie = BIJIE;
  const panzhihua = PANZHIHUA;
  const c = compare(bijie, panzhihua);
  const pairOf = (id: string) => c.pairs.find((p) => p.left.includes(id) || p.right.includes(id))!;

  it('pairs the openings and the closings', () => {
    expect(pairOf('L-opening').right).toEqual(['R-opening']);
    expect(pairOf('L-closing').right).toEqual(['R-closing']);
  });

  it('pairs Bijie 要强化组织，夯实保障 with Panzhihua 要加强领导，形成合力，…提供有力保障', () => {
    // Bijie's 要強化組織，夯實保障 (the second topic under its third speech point, L-task-3.2) asks Party
    // organisations to form 工作合力 and staff the work; Panzhihua's fourth point opens 要加强领导，形成合力，
    // 为全市统战工作提供有力保障 (R-task-4.1). The corpus labels pair the two (3.2 ↔ 4 in
    // tests/corpus/pairs/sample-bijie__sample-panzhihua.json). Bijie's one clause on 民主黨派基層組織
    // does not make it Panzhihua's task on the democratic parties (R-task-3.1).
    expect(c.level).toBe(2);
    expect(pairOf('L-task-3.2').right).toContain('R-task-4.1');
    expect(pairOf('L-task-3.2').right).not.toContain('R-task-3.1');
  });

  it('leaves Panzhihua tasks on groups Bijie never mentions unpaired', () => {
    // 五是 (港澳台 and overseas Chinese) and 六是 (党外干部): no word of either in Bijie.
    expect(pairOf('R-task-3.5').left).toEqual([]);
    expect(pairOf('R-task-3.6').left).toEqual([]);
  });

  it('lists every section exactly once, left sections in text order', () => {
    const leftIds = c.pairs.flatMap((p) => p.left);
    const rightIds = c.pairs.flatMap((p) => p.right);
    expect(leftIds).toEqual(c.left.sections.map((s) => s.id));
    expect([...rightIds].sort()).toEqual(c.right.sections.map((s) => s.id).sort());
    for (const p of c.pairs) {
      expect(p.similarity).toBeGreaterThanOrEqual(0);
      expect(p.similarity).toBeLessThanOrEqual(1);
    }
  });
});

describe('section similarity', () => {
  const vectorsOf = (...texts: string[]) =>
    bigramVectors(
      texts.map((text, span) => ({
        projection: sideOf(
          texts.map((t) => ({ kind: 'task', text: t })),
          'L',
        ).projection,
        span,
      })),
    );

  it.each([
    { label: 'identical sections score 1', a: '做好民主党派工作', b: '做好民主党派工作', low: 1, high: 1 },
    { label: 'sections sharing no bigram score 0', a: '民主党派', b: '港澳同胞', low: 0, high: 0 },
    {
      label: 'sections sharing some bigrams score in between',
      a: '做好民主党派工作',
      b: '支持民主党派工作',
      low: 0.1,
      high: 0.9,
    },
  ])('$label', ({ a, b, low, high }) => {
    // A third, unrelated section keeps the idf of the shared bigrams above zero.
    const [x, y] = vectorsOf(a, b, '推进民族地区扶贫攻坚');
    const score = cosine(x!, y!);
    expect(score).toBeGreaterThanOrEqual(low - 1e-12);
    expect(score).toBeLessThanOrEqual(high + 1e-12);
  });

  it('counts every bigram: a long section still meets another on the few bigrams they share', () => {
    // 民主党派 then 300 characters of its own, against 民主党派 then 300 others: the three shared bigrams
    // (df 2, idf ln 2) against 300 of each section's own (df 1, idf ln 3, the join 派+… included), so
    // cos = 3 ln²2 / (3 ln²2 + 300 ln²3) ≈ 0.00396, by hand. (Keeping each section's 128 heaviest
    // bigrams kept only its own ones, idf ln 3 > ln 2, and scored 0.)
    const run = (from: number) => String.fromCodePoint(...Array.from({ length: 300 }, (_, i) => from + i));
    const [x, y] = vectorsOf(`民主党派${run(0x5000)}`, `民主党派${run(0x6000)}`);
    const ln2 = Math.log(2);
    const ln3 = Math.log(3);
    const expected = (3 * ln2 * ln2) / (3 * ln2 * ln2 + 300 * ln3 * ln3);
    expect(expected).toBeCloseTo(0.00396, 5);
    expect(cosine(x!, y!)).toBeCloseTo(expected, 10);
  });
});
