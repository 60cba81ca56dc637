/**
 * The decoder on the same text encoded each way. Fixtures are built here with an independent encoder
 * (iconv-lite), never with the TextDecoder under test; Big5 fixtures use cp950 (plain Big5), since
 * iconv-lite's `big5` adds Hong Kong extensions that Node's ICU decoder maps differently.
 */
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, detectBom, utf16ByZeroPattern, type DecodeSuccess } from '../../src/core/load/decode';
import type { EncodingName } from '../../src/core/load/encodings';
import { encodingFromLabel } from '../../src/core/load/encodings';
import { commonHanziCount, isCommonHanzi } from '../../src/core/load/common-hanzi';
import { plausibility } from '../../src/core/load/plausibility';
import { BIJIE, PANZHIHUA } from './samples';

const simplified = PANZHIHUA;
// Big5 has no pinyin tone letters: drop the glosses, `(zhàn)` and damaged `?zhèn)`, so the Traditional
// report is encodable as Big5.
const traditional = BIJIE.replace(/[(?][a-z\u00e0-\u01dc]{1,7}\)/g, '');
const shortSimplified = '统一战线工作会议';
const shortTraditional = '統一戰線工作會議';
const mixedLine = '2018年全面脱贫摘帽, GDP增长8%。\n';

type Fixture =
  'utf-8' | 'utf-8 BOM' | 'utf-16le BOM' | 'utf-16be BOM' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

function encode(text: string, how: Fixture): Uint8Array {
  const bytes = (() => {
    switch (how) {
      case 'utf-8':
        return iconv.encode(text, 'utf-8');
      case 'utf-8 BOM':
        return iconv.encode(text, 'utf-8', { addBOM: true });
      case 'utf-16le BOM':
        return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
      case 'utf-16be BOM':
        return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]);
      case 'utf-16le':
        return iconv.encode(text, 'utf-16le');
      case 'utf-16be':
        return iconv.encode(text, 'utf-16be');
      case 'gb18030':
        return iconv.encode(text, 'gb18030');
      case 'big5':
        return iconv.encode(text, 'cp950');
    }
  })();
  return new Uint8Array(bytes);
}

function decodedOk(bytes: Uint8Array, override?: EncodingName, declared?: EncodingName): DecodeSuccess {
  const result = decodeBytes(bytes, override, declared);
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}`);
  return result;
}

describe('fixtures are honest', () => {
  it.each([
    { label: 'Traditional report', text: traditional },
    { label: 'short Traditional', text: shortTraditional },
  ])('$label survives a cp950 round trip (no character lost to "?")', ({ text }) => {
    expect(iconv.decode(Buffer.from(encode(text, 'big5')), 'cp950')).toBe(text);
  });
});

describe('detection: the same text encoded each way', () => {
  const cases: { label: string; text: string; how: Fixture; encoding: EncodingName; bom: boolean }[] = [];
  const texts = [
    { name: 'Simplified report', text: simplified, big5: false },
    { name: 'Traditional report', text: traditional, big5: true },
    { name: 'short Simplified', text: shortSimplified, big5: false },
    { name: 'short Traditional', text: shortTraditional, big5: true },
    { name: 'mixed ASCII and Chinese', text: mixedLine, big5: false },
  ];
  const expected: Record<Fixture, { encoding: EncodingName; bom: boolean }> = {
    'utf-8': { encoding: 'utf-8', bom: false },
    'utf-8 BOM': { encoding: 'utf-8', bom: true },
    'utf-16le BOM': { encoding: 'utf-16le', bom: true },
    'utf-16be BOM': { encoding: 'utf-16be', bom: true },
    'utf-16le': { encoding: 'utf-16le', bom: false },
    'utf-16be': { encoding: 'utf-16be', bom: false },
    gb18030: { encoding: 'gb18030', bom: false },
    big5: { encoding: 'big5', bom: false },
  };
  for (const t of texts) {
    for (const how of Object.keys(expected) as Fixture[]) {
      // Simplified characters have no Big5 code; Traditional text in GB18030 (GBK has it) is a real case.
      if (how === 'big5' && !t.big5) continue;
      cases.push({ label: `${t.name} as ${how}`, text: t.text, how, ...expected[how] });
    }
  }

  it.each(cases)('$label', ({ text, how, encoding, bom }) => {
    const result = decodedOk(encode(text, how));
    expect(result.encoding).toBe(encoding);
    expect(result.bom).toBe(bom);
    expect(result.text).toBe(text);
    expect(result.alternatives[0]!.encoding).toBe(encoding);
  });

  it('says how it knew: BOM, strict UTF-8, zero-byte pattern, or scoring', () => {
    expect(decodedOk(encode(simplified, 'utf-8 BOM'))).toMatchObject({ how: 'bom', confidence: 'certain' });
    expect(decodedOk(encode(simplified, 'utf-8'))).toMatchObject({ how: 'utf-8', confidence: 'certain' });
    expect(decodedOk(encode(simplified, 'utf-16le'))).toMatchObject({
      how: 'utf-16-pattern',
      confidence: 'high',
    });
    expect(decodedOk(encode(simplified, 'gb18030'))).toMatchObject({ how: 'scored', confidence: 'high' });
    expect(decodedOk(encode(traditional, 'big5'))).toMatchObject({ how: 'scored', confidence: 'high' });
  });

  it('reads a GB18030 byte-order mark (84 31 95 33) and strips it', () => {
    const bytes = new Uint8Array([0x84, 0x31, 0x95, 0x33, ...encode(shortSimplified, 'gb18030')]);
    expect(decodedOk(bytes)).toMatchObject({
      encoding: 'gb18030',
      bom: true,
      how: 'bom',
      text: shortSimplified,
    });
  });

  it('pure ASCII reads as UTF-8 with high (not certain) confidence', () => {
    expect(decodedOk(encode('Hello, world\n', 'gb18030'))).toMatchObject({
      encoding: 'utf-8',
      confidence: 'high',
      text: 'Hello, world\n',
    });
  });

  it('UTF-16 without BOM and without any ASCII (no zero bytes) is found by scoring', () => {
    const text = '统战线工作会议'; // no code point ends in 00 (一 U+4E00 would put a zero byte in)
    const bytes = encode(text, 'utf-16le');
    expect(bytes.includes(0)).toBe(false);
    expect(utf16ByZeroPattern(bytes)).toBeNull();
    expect(decodedOk(bytes)).toMatchObject({ encoding: 'utf-16le', how: 'scored', text });
  });

  it('scores the right decoding far above the wrong one for both reports', () => {
    const gb = decodedOk(encode(simplified, 'gb18030')).alternatives;
    const b5 = decodedOk(encode(traditional, 'big5')).alternatives;
    const score = (list: typeof gb, e: EncodingName) => list.find((a) => a.encoding === e)!.score;
    expect(score(gb, 'gb18030') - score(gb, 'big5')).toBeGreaterThan(0.5);
    expect(score(b5, 'big5') - score(b5, 'gb18030')).toBeGreaterThan(0.5);
  });
});

describe('override and declared charset', () => {
  it('decodes with the encoding the user chose, even a wrong one, and says so', () => {
    const result = decodedOk(encode(shortSimplified, 'gb18030'), 'big5');
    expect(result).toMatchObject({ encoding: 'big5', how: 'override', confidence: 'chosen' });
    expect(result.text).not.toBe(shortSimplified);
    // The scores still say which one looks right, so the UI can suggest it.
    expect(result.alternatives[0]!.encoding).toBe('gb18030');
  });

  it('strips the BOM only when it belongs to the chosen encoding', () => {
    expect(decodedOk(encode('统一', 'utf-8 BOM'), 'utf-8')).toMatchObject({ text: '统一', bom: true });
    expect(decodedOk(encode('统一', 'utf-8 BOM'), 'gb18030').bom).toBe(false);
  });

  it('a declared charset decides a close call but not a clear verdict of the content', () => {
    // Two characters whose GB bytes are also two common Big5 characters: a near tie without a hint.
    const tie = new Uint8Array([0xb0, 0xa1, 0xb0, 0xa2]);
    expect(decodedOk(tie, undefined, 'big5')).toMatchObject({ encoding: 'big5', how: 'declared' });
    expect(decodedOk(tie, undefined, 'gb18030')).toMatchObject({ encoding: 'gb18030', how: 'declared' });
    // A long Simplified report declared as Big5 is still read as GB18030.
    expect(decodedOk(encode(simplified, 'gb18030'), undefined, 'big5').encoding).toBe('gb18030');
  });

  it('valid UTF-8 wins over a declared legacy charset (pages re-saved as UTF-8 keep their old meta)', () => {
    expect(decodedOk(encode(simplified, 'utf-8'), undefined, 'gb18030').encoding).toBe('utf-8');
  });

  it.each([
    { label: 'gb2312', input: 'gb2312', expected: 'gb18030' },
    { label: 'GBK upper case', input: 'GBK', expected: 'gb18030' },
    { label: 'x-gbk', input: 'x-gbk', expected: 'gb18030' },
    { label: 'big5-hkscs', input: 'big5-hkscs', expected: 'big5' },
    { label: 'utf8 without dash', input: 'utf8', expected: 'utf-8' },
    { label: 'shift_jis is not ours', input: 'shift_jis', expected: null },
  ])('charset label $label', ({ input, expected }) => {
    expect(encodingFromLabel(input)).toBe(expected);
  });
});

describe('damaged and mixed input', () => {
  it('GB18030 cut in the middle of a character: still GB18030, one U+FFFD at the end', () => {
    const bytes = encode(simplified, 'gb18030');
    expect(simplified.endsWith('。')).toBe(true); // two bytes in GB18030: A1 A3
    const result = decodedOk(bytes.subarray(0, bytes.length - 1));
    expect(result.encoding).toBe('gb18030');
    expect(result.text.endsWith('\uFFFD')).toBe(true);
    expect(result.text.split('\uFFFD').length - 1).toBe(1);
  });

  it('a UTF-8 file with one line in GBK reads as UTF-8 with replacement characters, not as garbage', () => {
    const bytes = new Uint8Array([
      ...encode(simplified, 'utf-8'),
      ...encode('\n附记：统一战线\n', 'gb18030'),
    ]);
    const result = decodedOk(bytes);
    expect(result.encoding).toBe('utf-8');
    expect(result.text.startsWith(simplified)).toBe(true);
    expect(result.text).toContain('\uFFFD');
  });

  it('bytes that read as nothing plausible are refused with a message naming the encodings', () => {
    // High bytes only, from a fixed linear congruential sequence: not text in any encoding.
    let seed = 12345;
    const bytes = new Uint8Array(4096).map(() => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return 0x80 + ((seed >>> 16) & 0x7f);
    });
    const result = decodeBytes(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('unknown-encoding');
      expect(result.error.message).toContain('GB18030');
      expect(result.error.message).toContain('Big5');
      expect(result.alternatives).toHaveLength(5);
    }
  });

  it('an override always yields text, even for bytes refused without one', () => {
    expect(decodeBytes(new Uint8Array([0xff, 0x80, 0x81]), 'gb18030').ok).toBe(true);
  });

  it.each([
    { label: 'UTF-8', bytes: [0xef, 0xbb, 0xbf, 0x41], expected: { encoding: 'utf-8', length: 3 } },
    { label: 'UTF-16LE', bytes: [0xff, 0xfe, 0x41, 0x00], expected: { encoding: 'utf-16le', length: 2 } },
    { label: 'UTF-16BE', bytes: [0xfe, 0xff, 0x00, 0x41], expected: { encoding: 'utf-16be', length: 2 } },
    { label: 'GB18030', bytes: [0x84, 0x31, 0x95, 0x33], expected: { encoding: 'gb18030', length: 4 } },
    { label: 'none', bytes: [0x41, 0x42], expected: null },
    { label: 'half a UTF-8 BOM', bytes: [0xef, 0xbb], expected: null },
  ])('BOM: $label', ({ bytes, expected }) => {
    expect(detectBom(new Uint8Array(bytes))).toEqual(expected);
  });
});

describe('common hanzi and plausibility', () => {
  it('the set is GB2312 level 1 ∪ Big5 common: both scripts in, level-2 characters out', () => {
    expect(commonHanziCount()).toBeGreaterThan(6000);
    expect(commonHanziCount()).toBeLessThan(7500);
    for (const ch of '的是战戰线線会會议議') expect(isCommonHanzi(ch), ch).toBe(true);
    // 淼 鑫: GB2312 level 2 and Big5 次常用; 囧: not in GB2312 at all, Big5 次常用; 龘: GBK only.
    for (const ch of '淼鑫囧龘') expect(isCommonHanzi(ch), ch).toBe(false);
  });

  it.each([
    { label: 'common hanzi only', text: '中华人民共和国', expected: 1 },
    { label: 'whitespace only carries no signal', text: ' \n\t', expected: 0 },
    { label: 'ASCII is skipped', text: 'abc', expected: 0 },
    { label: 'ASCII does not dilute', text: 'GDP增长', expected: 1 },
    { label: 'a NUL counts against', text: '中\u0000', expected: -0.5 },
    { label: 'a rare hanzi is neutral', text: '淼', expected: 0 },
    { label: 'U+FFFD is the worst', text: '\uFFFD', expected: -2 },
    { label: 'private use', text: '\uE000', expected: -2 },
    { label: 'a C1 control', text: '\u0085', expected: -2 },
    { label: 'kana is suspicious', text: 'カ', expected: -1 },
    { label: 'half common, half garbage', text: '中\uFFFD', expected: -0.5 },
  ])('plausibility: $label', ({ text, expected }) => {
    expect(plausibility(text)).toBeCloseTo(expected, 10);
  });
});

describe('properties', () => {
  const wellFormed = fc.string({ unit: 'binary', maxLength: 200 }).filter((s) => !/\p{Cs}/u.test(s));

  it('UTF-8: decode(encode(s)) is s for every well-formed string (a leading U+FEFF reads as a BOM)', () => {
    fc.assert(
      fc.property(wellFormed, (s) => {
        const result = decodeBytes(new TextEncoder().encode(s));
        return result.ok && result.encoding === 'utf-8' && result.text === s.replace(/^\uFEFF/, '');
      }),
    );
  });

  it.each([{ label: 'utf-16le' as const }, { label: 'utf-16be' as const }])(
    '$label with BOM: decode(encode(s)) is exactly s',
    ({ label }) => {
      fc.assert(
        fc.property(wellFormed, (s) => {
          const bytes = encode(s, `${label} BOM`);
          const result = decodeBytes(bytes);
          return result.ok && result.encoding === label && result.text === s;
        }),
      );
    },
  );

  // Independent of the module under test: the character lists come from iconv-lite's tables.
  const gb2312Level1 = [...iconv.decode(Buffer.from(pairs([0xb0, 0xd7], [[0xa1, 0xfe]], 0xd7f9)), 'gb18030')];
  const big5Level1 = [
    ...iconv.decode(
      Buffer.from(
        pairs(
          [0xa4, 0xc6],
          [
            [0x40, 0x7e],
            [0xa1, 0xfe],
          ],
          0xc67e,
        ),
      ),
      'cp950',
    ),
  ].filter((ch) => /\p{Script=Han}/u.test(ch));

  function pairs(leads: [number, number], trails: [number, number][], last: number): number[] {
    const out: number[] = [];
    for (let lead = leads[0]; lead <= leads[1]; lead++)
      for (const [a, b] of trails) for (let t = a; t <= b; t++) if (lead * 256 + t <= last) out.push(lead, t);
    return out;
  }

  it('any 30+ common Simplified characters in GB18030 read back as GB18030', () => {
    const chars = gb2312Level1.filter((ch) => /\p{Script=Han}/u.test(ch));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { minLength: 30, maxLength: 120 }), (list) => {
        const text = list.join('');
        const result = decodeBytes(encode(text, 'gb18030'));
        return result.ok && result.encoding === 'gb18030' && result.text === text;
      }),
    );
  });

  it('any 30+ common Traditional characters in Big5 read back as Big5', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...big5Level1), { minLength: 30, maxLength: 120 }), (list) => {
        const text = list.join('');
        const result = decodeBytes(encode(text, 'big5'));
        return result.ok && result.encoding === 'big5' && result.text === text;
      }),
    );
  });
});
