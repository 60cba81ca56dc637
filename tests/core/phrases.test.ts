import DiffMatchPatch from 'diff-match-patch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/index';
import {
  cutAtDifferingNumbers,
  findMatches,
  projectHan,
  toSharedPhrases,
  type PhraseSide,
  type SpanPair,
} from '../../src/core/phrases';
import { boundedEqualRuns } from '../../src/core/phrases/boundedDiff';
import { codepointEqualRuns } from '../../src/core/phrases/codepointDiff';
import { BIJIE, PANZHIHUA } from './samples';

/** A plain string as its own normalized text: one section, offsets unchanged. */
function side(text: string): PhraseSide {
  return {
    normalized: text,
    projection: projectHan(text, [{ start: 0, end: text.length }]),
    toOriginal: (start, end) => ({ start, end }),
  };
}

/** The phrase stage as compare() runs it: matches in projection indices, then phrases in original offsets. */
function sharedPhrases(left: PhraseSide, right: PhraseSide, pairs: SpanPair[], minPhraseLength: number) {
  const matches = findMatches(left.projection, right.projection, pairs, {
    minPhraseLength,
    diffTimeoutSeconds: 0,
  });
  return toSharedPhrases(left, right, cutAtDifferingNumbers(matches, left, right, minPhraseLength));
}

function phrasesOf(left: string, right: string, minPhraseLength = 4) {
  return sharedPhrases(side(left), side(right), [{ left: [0], right: [0] }], minPhraseLength).map((p) => ({
    kind: p.kind,
    text: p.text,
    hanLength: p.hanLength,
    left: left.slice(p.left.start, p.left.end),
    right: right.slice(p.right.start, p.right.end),
  }));
}

const codes = (s: string) => Int32Array.from([...s].map((c) => c.codePointAt(0)!));

describe('shared phrases on small texts (expected by reading)', () => {
  it.each([
    {
      label: 'identical texts: one aligned phrase over everything',
      left: '统一战线工作',
      right: '统一战线工作',
      k: 4,
      expected: [
        { kind: 'aligned', text: '统一战线工作', hanLength: 6, left: '统一战线工作', right: '统一战线工作' },
      ],
    },
    { label: 'disjoint texts: nothing', left: '民主党派', right: '港澳同胞', k: 4, expected: [] },
    {
      label: 'punctuation does not break a run; the range spans it',
      left: '要凝聚共识，明确方向。',
      right: '凝聚共识明确方向',
      k: 4,
      expected: [
        {
          kind: 'aligned',
          text: '凝聚共识，明确方向',
          hanLength: 8,
          left: '凝聚共识，明确方向',
          right: '凝聚共识明确方向',
        },
      ],
    },
    {
      label: 'astral hanzi count once and are never split',
      left: '甲𠀀𪚥乙丙',
      right: '前甲𠀀𪚥乙丙',
      k: 4,
      expected: [
        { kind: 'aligned', text: '甲𠀀𪚥乙丙', hanLength: 5, left: '甲𠀀𪚥乙丙', right: '甲𠀀𪚥乙丙' },
      ],
    },
    {
      label: 'two astral hanzi differing only in the low surrogate do not match',
      left: '甲乙𠀀丙丁',
      right: '甲乙𠀁丙丁',
      k: 2,
      expected: [
        { kind: 'aligned', text: '甲乙', hanLength: 2, left: '甲乙', right: '甲乙' },
        { kind: 'aligned', text: '丙丁', hanLength: 2, left: '丙丁', right: '丙丁' },
      ],
    },
    {
      label: 'three shared characters are below minPhraseLength 4',
      left: '甲统一思乙',
      right: '丙统一思丁',
      k: 4,
      expected: [],
    },
    {
      label: 'three shared characters reach minPhraseLength 3',
      left: '甲统一思乙',
      right: '丙统一思丁',
      k: 3,
      expected: [{ kind: 'aligned', text: '统一思', hanLength: 3, left: '统一思', right: '统一思' }],
    },
  ])('$label', ({ left, right, k, expected }) => {
    expect(phrasesOf(left, right, k)).toEqual(expected);
  });

  it('reports text that changed places as moved', () => {
    // The diff can keep only one of the two swapped clauses in order; the other one moved.
    const found = phrasesOf('甲乙丙丁。戊己庚辛', '戊己庚辛，甲乙丙丁');
    expect(found.map((p) => p.kind).sort()).toEqual(['aligned', 'moved']);
    expect(found.map((p) => p.text.replace(/[。，]/g, '')).sort()).toEqual(['戊己庚辛', '甲乙丙丁']);
    for (const p of found) expect(p.left).toBe(p.right);
  });

  it('covers every occurrence of a repeated phrase on both sides', () => {
    // Left says 统一战线 three times, right once: each left occurrence gets a report.
    const found = phrasesOf('统一战线甲统一战线乙统一战线', '丙统一战线丁');
    expect(found).toHaveLength(3);
    expect(found.every((p) => p.left === '统一战线' && p.right === '统一战线')).toBe(true);
  });

  it('numbers phrases p1… in order of the left range', () => {
    const phrases = sharedPhrases(
      side('甲乙丙丁。戊己庚辛'),
      side('戊己庚辛，甲乙丙丁'),
      [{ left: [0], right: [0] }],
      4,
    );
    expect(phrases.map((p) => [p.id, p.left.start])).toEqual([
      ['p1', 0],
      ['p2', 5],
    ]);
  });
});

describe('figures that differ cut a shared run (src/core/phrases/numbers.ts)', () => {
  /** The shared phrases as [left slice, right slice]. */
  const slices = (left: string, right: string, k = 4) =>
    phrasesOf(left, right, k).map((p) => [p.left, p.right]);

  it.each([
    {
      label: 'two growth rates: the run stops before each figure and goes on after it',
      left: '地区生产总值增长4.4%，贡献了全国四分之一的增量',
      right: '地区生产总值增长8%，贡献了全国四分之一的增量',
      expected: [
        ['地区生产总值增长', '地区生产总值增长'],
        ['贡献了全国四分之一的增量', '贡献了全国四分之一的增量'],
      ],
    },
    {
      label: 'the same figure on both sides keeps the run whole',
      left: '到2035年基本实现社会主义现代化',
      right: '到2035年基本实现社会主义现代化',
      expected: [['到2035年基本实现社会主义现代化', '到2035年基本实现社会主义现代化']],
    },
    {
      label: 'a figure on one side only cuts too',
      left: '全年完成增长3%的预期目标任务',
      right: '全年完成增长的预期目标任务',
      expected: [
        ['全年完成增长', '全年完成增长'],
        ['的预期目标任务', '的预期目标任务'],
      ],
    },
    {
      label: 'Latin letters count as figures',
      left: '全省GDP增长较快的地区',
      right: '全省CPI增长较快的地区',
      expected: [['增长较快的地区', '增长较快的地区']],
    },
    {
      label: 'punctuation alone never cuts',
      left: '统一思想，凝聚共识，明确方向',
      right: '统一思想、凝聚共识、明确方向',
      expected: [['统一思想，凝聚共识，明确方向', '统一思想、凝聚共识、明确方向']],
    },
  ])('$label', ({ left, right, expected }) => {
    expect(slices(left, right)).toEqual(expected);
  });

  it('drops a piece shorter than the shortest phrase', () => {
    // 增企业家单位 (6) was one run; 增企业 and 家单位 (3 each) are under 4, so neither is shown.
    expect(slices('增企业47家单位', '增企业22家单位')).toEqual([]);
  });

  it('reads figures after normalization: full-width digits are the ASCII ones (compare)', () => {
    const left = '各位代表：\n全年完成增长５%左右的预期目标任务。';
    const right = '各位代表：\n全年完成增长5%左右的预期目标任务。';
    const shared = compare(left, right).phrases.map((p) => [
      left.slice(p.left.start, p.left.end),
      right.slice(p.right.start, p.right.end),
    ]);
    // One run through the figure on both sides (cut, it would end at 增长 and start again at 左右).
    expect(shared.filter(([l, r]) => l!.includes('增长５%左右') && r!.includes('增长5%左右'))).toHaveLength(
      1,
    );
  });
});

describe('code-point diff', () => {
  it('matches whole astral characters only', () => {
    // 𠀀 (D840 DC00) and 𠀁 (D840 DC01) share a high surrogate: a UTF-16 diff would call it equal.
    expect(codepointEqualRuns(codes('𠀀甲'), codes('𠀁甲'), 0)).toEqual([{ a: 1, b: 1, length: 1 }]);
  });

  it('stands in for astral characters with units neither text uses, lone surrogates included', () => {
    // 𠀀 would take unit 1 were 1 free; here the other text holds U+0001, so 𠀀 must take another.
    expect(codepointEqualRuns(Int32Array.of(0x20000, 0x7532), Int32Array.of(1, 0x7532), 0)).toEqual([
      { a: 1, b: 1, length: 1 },
    ]);
    // A lone high surrogate is not the astral character it would begin.
    expect(codepointEqualRuns(Int32Array.of(0xd840, 0x7532), Int32Array.of(0x20000, 0x7532), 0)).toEqual([
      { a: 1, b: 1, length: 1 },
    ]);
    // A leading U+FEFF is a character like any other, not a byte-order mark to drop.
    expect(codepointEqualRuns(Int32Array.of(0xfeff, 0x7532), Int32Array.of(0xfeff, 0x7532), 0)).toEqual([
      { a: 0, b: 0, length: 2 },
    ]);
  });

  it('finds the runs of a diff over a code-point → unit table, on random texts', () => {
    // The reference encoding: a table giving each distinct code point the next unit 1, 2, 3, …, diffed
    // with the same timeout (0: no half-match shortcut, which with the default 1 s found another of two
    // equally long runs: [1,1,FEFF,1] against [FEFF,1,FEFF], a seed in one run of many).
    const reference = new DiffMatchPatch();
    reference.Diff_Timeout = 0;
    const byTable = (a: Int32Array, b: Int32Array) => {
      const units = new Map<number, string>();
      const encode = (codes: Int32Array) =>
        [...codes]
          .map((c) => units.get(c) ?? units.set(c, String.fromCharCode(units.size + 1)).get(c)!)
          .join('');
      const runs: { a: number; b: number; length: number }[] = [];
      let i = 0;
      let j = 0;
      for (const [op, text] of reference.diff_main(encode(a), encode(b), false)) {
        if (op === 0) runs.push({ a: i, b: j, length: text.length });
        if (op !== 1) i += text.length;
        if (op !== -1) j += text.length;
      }
      return runs;
    };
    const code = fc.constantFrom(1, 2, 0x7532, 0x4e59, 0xfeff, 0xd840, 0xdc00, 0x20000, 0x20001, 0x2a6a5);
    fc.assert(
      fc.property(fc.array(code, { maxLength: 40 }), fc.array(code, { maxLength: 40 }), (a, b) => {
        const x = Int32Array.from(a);
        const y = Int32Array.from(b);
        expect(codepointEqualRuns(x, y, 0)).toEqual(a.length && b.length ? byTable(x, y) : []);
      }),
    );
  });

  it('bounded diff finds the same runs as one diff on texts that fit in one chunk', () => {
    const a = codes('统一思想凝聚共识明确方向要研究新方法探索新模式');
    const b = codes('要研究新方法统一思想凝聚共识推动发展');
    const direct = codepointEqualRuns(a, b, 0).filter((r) => r.length >= 4);
    const bounded = boundedEqualRuns(a, b).filter((r) => r.length >= 4);
    expect(bounded).toEqual(direct);
  });

  it('bounded diff splits long texts and still finds a shared run in the middle', () => {
    // Random hanzi from a fixed-seed generator (mulberry32): long runs in common are out of the question.
    const filler = (seed: number, n: number) => {
      let state = seed;
      return Array.from({ length: n }, () => {
        state = (state + 0x6d2b79f5) | 0;
        let t = Math.imul(state ^ (state >>> 15), 1 | state);
        t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
        return 0x4e00 + (((t ^ (t >>> 14)) >>> 0) % 20000);
      });
    };
    const shared = [...'把思想和行动统一到中央'].map((c) => c.codePointAt(0)!);
    const a = Int32Array.from([...filler(1, 6000), ...shared, ...filler(2, 6000)]);
    const b = Int32Array.from([...filler(3, 5000), ...shared, ...filler(4, 7000)]);
    const runs = boundedEqualRuns(a, b, {
      timeoutSeconds: 0,
      chunkLimit: 500,
      anchorLength: 8,
      keepLength: 4,
    });
    expect(runs.filter((r) => r.length >= 11)).toEqual([{ a: 6000, b: 5000, length: 11 }]);
  });
});

describe('shared phrases on the seeds', () => {
  const bijie = BIJIE;
  const panzhihua = PANZHIHUA;
  const result = compare(bijie, panzhihua);

  it('finds 把思想和行动统一到中央, each range in its own script', () => {
    // By hand: Bijie `全市上下要切實把思想和行動統一到中央統戰(zhàn)工作精神上來`, Panzhihua
    // `深刻领会，把思想和行动统一到中央、省委决策部署上来`: the run stops at 实/会 before and at
    // 统/省 after, so it is exactly these eleven characters.
    const phrase = result.phrases.find((p) => p.text === '把思想和行动统一到中央');
    expect(phrase).toBeDefined();
    expect(phrase!.hanLength).toBe(11);
    expect(bijie.slice(phrase!.left.start, phrase!.left.end)).toBe('把思想和行動統一到中央');
    expect(panzhihua.slice(phrase!.right.start, phrase!.right.end)).toBe('把思想和行动统一到中央');
  });

  it('includes a pinyin gloss inside a phrase range', () => {
    // `統一戰(zhàn)線` is in Bijie's body many times; Panzhihua has `统一战线` too.
    const phrase = result.phrases.find((p) => p.text === '统一战线');
    expect(phrase).toBeDefined();
    expect(bijie.slice(phrase!.left.start, phrase!.left.end)).toBe('統一戰(zhàn)線');
  });

  it('does not match inside metadata lines', () => {
    // Panzhihua's breadcrumb `四川统一战线 > 各地统战工作` precedes its first section.
    const bodyStart = result.right.sections[0]!.start;
    expect(result.phrases.every((p) => p.right.start >= bodyStart)).toBe(true);
  });
});
