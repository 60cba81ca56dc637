/**
 * Task labels (src/core/structure/label.ts). Every expected label below was written by hand from the
 * sentence beside it (clauses and code points counted by hand), not copied from the program's output.
 * The seeds' labels are checked in structure.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/normalize';
import { parseStructure } from '../../src/core/structure';
import { LABEL_MAX, taskLabel } from '../../src/core/structure/label';
import type { Normalized } from '../../src/core/types';

const labelOf = (sentence: string) => {
  const input = normalize(sentence);
  return taskLabel(input, 0, input.normalized.length);
};
const codePoints = (s: string) => Array.from(s).length;
const hasLoneSurrogate = (s: string) => /\p{Cs}/u.test(s);

/** True when `part` can be read off `whole` in order, skipping characters (what the normalizer dropped). */
function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (const ch of part) {
    at = whole.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

describe('taskLabel', () => {
  it.each([
    {
      label: 'a framing 围绕 clause gives way to the 进一步做好 clause',
      sentence: '要围绕更好地发挥优势，进一步做好民主党派和无党派人士工作。',
      expected: '做好民主党派和无党派人士工作',
    },
    {
      label: 'no clause frames: the first clauses, without 要',
      sentence: '要统一思想，凝聚共识，明确方向。',
      expected: '统一思想，凝聚共识，明确方向',
    },
    {
      label: 'a later programmatic clause does not beat the first: it is the aim',
      sentence: '要研究新方法，探索新模式，推动毕节统一战线工作开创新局面。',
      expected: '研究新方法，探索新模式…',
    },
    {
      label: 'exactly 20 code points: whole, no ellipsis',
      sentence: '要加强党的领导，形成工作合力，提供坚强保障。',
      expected: '加强党的领导，形成工作合力，提供坚强保障',
    },
    {
      label: '21 code points: cut at the clause boundary before',
      sentence: '要加强党的领导，形成工作合力，提供更坚强保障。',
      expected: '加强党的领导，形成工作合力…',
    },
    {
      label: 'fillers stacked at the start are all dropped',
      sentence: '要切实进一步加强党外干部队伍建设。',
      expected: '加强党外干部队伍建设',
    },
    {
      label: 'the 要 of 要求 is not a filler',
      sentence: '要求各级党委高度重视统战工作。',
      expected: '要求各级党委高度重视统战工作',
    },
    {
      label: 'several framing clauses (按照, 紧紧围绕) are skipped',
      sentence: '要按照中央部署，紧紧围绕全市大局，认真贯彻落实省委要求。',
      expected: '贯彻落实省委要求',
    },
    {
      label: 'every clause frames: the first clauses stay',
      sentence: '围绕中心工作，按照省委部署。',
      expected: '围绕中心工作，按照省委部署',
    },
    {
      label: 'a first clause too long to fit gives way to a programmatic clause that fits',
      sentence:
        '要充分发挥统一战线在推进国家治理体系和治理能力现代化中的重要作用，进一步做好新形势下统战工作。',
      expected: '做好新形势下统战工作',
    },
    {
      label: 'a clause too long to fit, with no rescue, is cut after its last 、',
      sentence: '要加强思想引导、政治吸纳、组织建设、作用发挥和队伍培养工作。',
      expected: '加强思想引导、政治吸纳、组织建设…',
    },
    {
      label: 'a clause too long to fit, with no 、, is cut hard at 19',
      sentence: '要围绕更好地发挥中国共产党领导的多党合作和政治协商制度的特殊优势。',
      expected: '围绕更好地发挥中国共产党领导的多党合作…',
    },
    {
      label: 'the first sentence ends at a semicolon',
      sentence: '做好民族工作；做好宗教工作。',
      expected: '做好民族工作',
    },
    {
      label: 'the first sentence ends at a line break (a heading)',
      sentence: '总体要求\n坚持党的领导。',
      expected: '总体要求',
    },
    {
      label: 'Traditional with pinyin glosses: original script, glosses dropped',
      sentence: '要圍繞更好地團結黨外人士,進一步做好統戰(zhàn)工作。',
      expected: '做好統戰工作',
    },
    {
      label: 'the original half-width commas are kept',
      sentence: '要統一思想,凝聚共識,明確方向。',
      expected: '統一思想,凝聚共識,明確方向',
    },
    {
      label: 'an astral character counts as one code point',
      sentence: `要加强${'𠮷'.repeat(18)}。`,
      expected: `加强${'𠮷'.repeat(18)}`,
    },
    {
      label: 'known limit: a subject before 要 stays',
      sentence: '各级党委要高度重视统战工作。',
      expected: '各级党委要高度重视统战工作',
    },
    {
      // The scan for the sentence end stops after 200 code units, here at the `，` after 做好统战工作:
      // the sentence goes on, so the label says so even though the scanned clauses fit.
      label: 'a first sentence longer than the scan is marked as cut',
      sentence: `要围绕${'统'.repeat(189)}，做好统战工作，推进${'发展'.repeat(50)}。`,
      expected: '做好统战工作…',
    },
    { label: 'nothing but punctuation: no label', sentence: '。', expected: '' },
  ])('$label', ({ sentence, expected }) => {
    expect(labelOf(sentence)).toBe(expected);
  });
});

describe('labels through parseStructure, for each kind of marker', () => {
  const LEAD = '5月6日，某市召开工作会议，市委书记王五出席并讲话。';
  it.each([
    {
      label: '一是 … 二是: the label starts after the marker',
      text: [LEAD, '一是要围绕中心工作，进一步做好党外干部工作。内容。', '二是突出重点。内容。'],
      expected: ['做好党外干部工作', '突出重点'],
    },
    {
      label: '一、 headings: the heading line',
      text: ['一、总体要求', '坚持党的领导。', '二、主要任务', '加强队伍建设。'],
      expected: ['总体要求', '主要任务'],
    },
    {
      label: '第一，: the comma after the marker is skipped',
      text: [LEAD, '第一，要加强领导。内容。第二，要形成合力。内容。'],
      expected: ['加强领导', '形成合力'],
    },
  ])('$label', ({ text, expected }) => {
    const { sections } = parseStructure(normalize(text.join('\n')), 'L');
    expect(sections.filter((s) => s.kind === 'task').map((s) => s.label)).toEqual(expected);
  });
});

describe('label properties', () => {
  /** Pieces of task sentences and troublemakers (surrogates, fillers with nothing after them). */
  const TOKENS = [
    '要',
    '进一步',
    '切实',
    '围绕',
    '按照',
    '做好',
    '加强',
    '工作',
    '统战',
    '，',
    '、',
    '。',
    '；',
  ];
  const pieces = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 3 })), {
    maxLength: 40,
  });

  it('stays within LABEL_MAX and, ellipsis aside, is read off the original in order', () => {
    fc.assert(
      fc.property(pieces, (parts) => {
        const text = parts.join('');
        // Only dropped pieces may be missing (a repeated `，，` folds to one): no glosses, controls or spaces.
        fc.pre(!/[()（）\s\p{Cc}\p{Cf}]/u.test(text) && !hasLoneSurrogate(text));
        const label = labelOf(text);
        expect(codePoints(label)).toBeLessThanOrEqual(LABEL_MAX);
        expect(hasLoneSurrogate(label)).toBe(false);
        expect(isSubsequence(label.replace(/…$/u, ''), text)).toBe(true);
      }),
    );
  });

  it('never throws and stays short on an identity Normalized with lone surrogates', () => {
    const identity = (text: string): Normalized => ({
      original: text,
      normalized: text,
      map: {
        normStart: Int32Array.from({ length: text.length }, (_, i) => i),
        normEnd: Int32Array.from({ length: text.length }, (_, i) => i + 1),
      },
      warnings: [],
    });
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.nat(300), (text, from) => {
        const label = taskLabel(identity(text), from, text.length);
        expect(codePoints(label)).toBeLessThanOrEqual(LABEL_MAX);
      }),
    );
  });
});
