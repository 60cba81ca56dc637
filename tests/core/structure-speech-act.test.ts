/**
 * Where a speaker's request starts (`askedAt`): after the verb of asking and its addressee, at the word
 * that opens what is asked. Cases written by hand; the index is found by the quoted words.
 */
import { describe, expect, it } from 'vitest';
import { askedAt } from '../../src/core/structure/speech-act';

describe('askedAt', () => {
  it.each([
    {
      label: 'a disposal 把 after a list of addressees',
      text: '习近平希望各民主党派中央、全国工商联和无党派人士把思想和行动统一到决策部署上来；',
      asked: '把思想',
    },
    { label: '要 after the addressee', text: '他要求各级党委要把统战工作摆上重要议事日程；', asked: '要把' },
    {
      label: 'an adverb of manner after the addressee',
      text: '王五勉励大家继续发挥优势，建言献策；',
      asked: '继续',
    },
    { label: 'no verb of asking: no request', text: '各民主党派把思想统一到决策部署上来；', asked: null },
    {
      label: 'a comma after the verb is a lead-in, not a request',
      text: '王五希望，大家把工作做好；',
      asked: null,
    },
    {
      label: 'an addressee longer than thirty characters is not read as one',
      text: '王五希望全市各级各部门各单位各民主党派各人民团体各界人士和社会各方面力量共同努力把工作做好；',
      asked: null,
    },
  ])('$label', ({ text, asked }) => {
    const at = askedAt(text, { start: 0, end: text.length });
    expect(at).toBe(asked === null ? -1 : text.indexOf(asked));
  });
});
