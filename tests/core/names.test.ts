/** Items 4, 5, 9: one rule for names on the way in, one check, one display rule. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFile, loadPasted } from '../../src/core/load';
import {
  MAX_NAME_CHARS,
  capName,
  displayName,
  isolateName,
  nameProblem,
  safeFileName,
  splitNames,
} from '../../src/core/names';
import { comparisonFileName } from '../../src/core/share/file';
import type { ComparisonSnapshot } from '../../src/core/types';

const text = '统一战线是党的事业取得胜利的重要法宝。'.repeat(4);

describe('capName: the way in', () => {
  it('leaves a name of up to 255 units alone', () => {
    expect(capName('报告.txt')).toBe('报告.txt');
    expect(capName('n'.repeat(255))).toBe('n'.repeat(255));
  });

  it('cuts a longer name to 255 units, keeping its extension and marking the cut', () => {
    const capped = capName('长'.repeat(300) + '.html');
    expect(capped).toHaveLength(MAX_NAME_CHARS);
    expect(capped.endsWith('….html')).toBe(true);
  });

  it('never cuts through a surrogate pair', () => {
    const capped = capName('𠀀'.repeat(200));
    expect(capped.length).toBeLessThanOrEqual(MAX_NAME_CHARS);
    expect(capped).toMatch(/^(𠀀)+…$/u);
  });

  it('property: every capped name passes the check', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (raw) => nameProblem(capName(raw)) === null),
    );
  });

  it('item 9: a loaded file and a paste hold the capped name', () => {
    const long = 'x'.repeat(300) + '.txt';
    const file = loadFile(long, new TextEncoder().encode(text));
    expect(file.ok && file.name).toBe(capName(long));
    const pasted = loadPasted(text, { name: long });
    expect(pasted.ok && pasted.name).toBe(capName(long));
  });
});

describe('displayName and isolateName: the way out', () => {
  it.each([
    { label: 'right-to-left override', name: 'report\u202etxt.exe', shown: 'report‹RLO›txt.exe' },
    { label: 'isolates and marks', name: 'a\u2067b\u2069c\u200fd', shown: 'a‹RLI›b‹PDI›c‹RLM›d' },
    { label: 'a line break and a tab', name: 'a\nb\tc', shown: 'a‹U+000A›b‹U+0009›c' },
    { label: 'Arabic letters stay as they are', name: 'تقرير.txt', shown: 'تقرير.txt' },
    { label: 'a plain Chinese name', name: '毕节.txt', shown: '毕节.txt' },
  ])('$label', ({ name, shown }) => {
    expect(displayName(name)).toBe(shown);
    expect(isolateName(name)).toBe(`\u2068${shown}\u2069`);
  });

  it('property: a displayed name holds no bidi control, so an isolate around it cannot be escaped', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        (name) => !/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\p{Cc}]/u.test(displayName(name)),
      ),
    );
  });

  it('splitNames finds every isolated name of a message', () => {
    const message = `“${isolateName('a\u202eb')}” and “${isolateName('c')}” are files.`;
    expect(splitNames(message)).toEqual(['“', 'a‹RLO›b', '” and “', 'c', '” are files.']);
  });

  it('item 4: a refusal names the file isolated, with its override made visible', () => {
    const result = loadFile('report\u202etxt.exe', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]));
    expect(result.ok ? '' : result.error.message).toMatch(
      /^“\u2068report‹RLO›txt\.exe\u2069”: This is a program/,
    );
  });

  it('item 4: downloads never carry a bidi control or a control character', () => {
    const snapshot: ComparisonSnapshot = {
      left: { name: 'report\u202etxt.exe', text: '甲' },
      right: { name: 'a\u2066b\nc.txt', text: '乙' },
      options: { minPhraseLength: 4, script: 'original' },
      view: { theme: null, phrase: null },
    };
    expect(comparisonFileName(snapshot)).toBe('reporttxt-vs-ab_c.duizhao.json');
    expect(safeFileName('a/b:c')).toBe('a_b_c');
  });
});
