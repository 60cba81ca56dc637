/**
 * Where a speaker's lead-in ends (`leadInEnd`); where a speaker's request starts (`askedAt`): after the
 * verb of asking and its addressee, at the word that opens what is asked; and where a bare wish starts
 * after a speaker's name (`wishAt`). Cases written by hand; the index is found by the quoted words.
 */
import { describe, expect, it } from 'vitest';
import { askedAt, leadInEnd, wishAt } from '../../src/core/structure/speech-act';

describe('leadInEnd', () => {
  it.each([
    { label: 'a speaker and a verb', text: '市委书记王五强调，要压实责任。', said: '要压实' },
    { label: 'a meeting as the speaker', text: '会议要求，抓好各项工作。', said: '抓好' },
    {
      label: 'a 必须 clause ending on the noun 要求 is what is said, not a speaker',
      text: '必须把安全生产作为首要要求，压实各方责任。',
      said: null,
    },
  ])('$label', ({ text, said }) => {
    const at = leadInEnd(text, { start: 0, end: text.length });
    expect(at).toBe(said === null ? -1 : text.indexOf(said));
  });
});

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

describe('wishAt', () => {
  it.each([
    { label: 'a name of three characters', text: '俞正声希望各民主党派加强自身建设。', wish: 0 },
    { label: 'a name of two characters', text: '王五希望大家再接再厉。', wish: 0 },
    { label: 'a name of four characters', text: '欧阳小明希望大家再接再厉。', wish: 0 },
    {
      label: 'a title and a name are more than four characters',
      text: '市委书记张剡希望大家再接再厉。',
      wish: -1,
    },
    { label: 'one character is no name', text: '他希望大家再接再厉。', wish: -1 },
    { label: 'punctuation in the name', text: '王、五希望大家再接再厉。', wish: -1 },
    { label: 'no wish', text: '俞正声强调各民主党派要加强自身建设。', wish: -1 },
  ])('$label', ({ text, wish }) => {
    const at = wishAt(text, { start: 0, end: text.length });
    expect(at).toBe(wish < 0 ? -1 : text.indexOf('希望'));
  });

  it('reads from the span start, not the text start', () => {
    const text = '会议指出。俞正声希望大家再接再厉。';
    expect(wishAt(text, { start: 5, end: text.length })).toBe(text.indexOf('希望'));
    expect(wishAt(text, { start: 0, end: text.length })).toBe(-1);
  });
});
