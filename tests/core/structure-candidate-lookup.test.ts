/**
 * Where an index falls in a body (`paragraphAt`, `sentenceAt` in src/core/structure/candidate.ts):
 * hand-counted offsets of a two-paragraph text, then the property that both agree with a scan.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphAt, sentenceAt } from '../../src/core/structure/candidate';
import { readBody } from '../../src/core/structure/units';
import { splitLines } from '../../src/core/structure/text-spans';

// 甲乙。丙丁。 (0..5) \n (6) 戊己。庚。辛。 (7..14)
const TEXT = '甲乙。丙丁。\n戊己。庚。辛。';
const body = readBody(TEXT, splitLines(TEXT));

describe('paragraphAt and sentenceAt', () => {
  it.each([
    { label: 'the first character', at: 0, paragraph: 0, sentence: 0 },
    { label: 'the second sentence of the first paragraph', at: 3, paragraph: 0, sentence: 1 },
    { label: 'the line break belongs to the paragraph before', at: 6, paragraph: 0, sentence: 1 },
    { label: 'the first character of the second paragraph', at: 7, paragraph: 1, sentence: 0 },
    { label: 'the last sentence of the text', at: 13, paragraph: 1, sentence: 2 },
    { label: 'past the end: the last sentence', at: 99, paragraph: 1, sentence: 2 },
  ])('$label', ({ at, paragraph, sentence }) => {
    expect(paragraphAt(body, at)).toBe(paragraph);
    expect(sentenceAt(body, paragraph, at)).toBe(sentence);
  });

  it('agree with a scan from the first on any text', () => {
    const texts = fc
      .array(fc.constantFrom('甲', '。', '\n', '，', '乙'), { maxLength: 60 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(texts, fc.nat(70), (text, at) => {
        const b = readBody(text, splitLines(text));
        if (b.paragraphs.length === 0) return;
        let p = 0;
        while (p + 1 < b.paragraphs.length && b.paragraphs[p + 1]!.start <= at) p++;
        const sentences = b.paragraphs[p]!.sentences;
        let s = 0;
        while (s + 1 < sentences.length && sentences[s + 1]!.start <= at) s++;
        expect(paragraphAt(b, at)).toBe(p);
        expect(sentenceAt(b, p, at)).toBe(s);
      }),
      { numRuns: 300 },
    );
  });
});
