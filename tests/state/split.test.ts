import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/index';
import { joinComparison, PARTS, splitComparison } from '../../src/worker/split';
import { BIJIE, PANZHIHUA } from '../core/samples';

const sample = compare(BIJIE, PANZHIHUA);

/** What posting does to a value: a copy, sharing nothing with the sender or with other messages. */
const posted = <T>(value: T): T => structuredClone(value);

/** Every object reachable from `value`, typed arrays included. */
function objectsOf(value: unknown, into = new Set<object>()): Set<object> {
  if (value === null || typeof value !== 'object' || into.has(value)) return into;
  into.add(value);
  if (!ArrayBuffer.isView(value)) for (const child of Object.values(value)) objectsOf(child, into);
  return into;
}

describe('splitComparison / joinComparison (an answer in several messages)', () => {
  it('takes out every part, leaves empty arrays in their place, and keeps the rest', () => {
    const { parts, rest } = splitComparison(sample, null);
    expect(parts.map((p) => p.part)).toEqual([...PARTS]);
    expect(parts.find((p) => p.part === 'phrases')!.value).toBe(sample.phrases);
    expect(parts.find((p) => p.part === 'left.outline')!.value).toBe(sample.left.outline);
    expect(rest.phrases).toEqual([]);
    expect(rest.themes).toEqual([]);
    expect(rest.right.sections).toEqual([]);
    expect(rest.pairs).toBe(sample.pairs);
    expect(rest.left.map).toBe(sample.left.map);
    // The comparison it was cut from is untouched.
    expect(sample.phrases.length).toBeGreaterThan(0);
    expect(sample.left.outline.length).toBeGreaterThan(0);
  });

  it('round-trips the sample comparison through posted messages', () => {
    const { parts, rest, textsOmitted } = splitComparison(sample, { left: BIJIE, right: PANZHIHUA });
    expect(textsOmitted).toBe(true);
    const arrived = posted(rest);
    expect(arrived.left.text).toBe('');
    expect(arrived.right.text).toBe('');
    const received = new Map(parts.map(({ part, value }) => [part, posted(value)]));
    const joined = joinComparison(arrived, received, { left: BIJIE, right: PANZHIHUA });
    expect(joined).toEqual(sample);
  });

  it('sends the texts when they are not the request’s', () => {
    const { rest, textsOmitted } = splitComparison(sample, { left: BIJIE, right: `${PANZHIHUA}。` });
    expect(textsOmitted).toBe(false);
    expect(rest.left.text).toBe(BIJIE);
    expect(rest.right.text).toBe(PANZHIHUA);
    expect(splitComparison(sample, null).textsOmitted).toBe(false);
  });

  it('cuts the comparison where no object is shared, so posting makes no two copies of one', () => {
    const { parts, rest } = splitComparison(sample, null);
    const owner = new Map<object, string>();
    const pieces: [string, unknown][] = [
      ...parts.map(({ part, value }): [string, unknown] => [part, value]),
      ['rest', rest],
    ];
    const shared: string[] = [];
    for (const [name, value] of pieces) {
      for (const object of objectsOf(value)) {
        const first = owner.get(object);
        if (first !== undefined && first !== name) shared.push(`${first} & ${name}`);
        else owner.set(object, name);
      }
    }
    expect(shared).toEqual([]);
  });

  it('refuses an answer missing a part', () => {
    const { parts, rest } = splitComparison(sample, null);
    const received = new Map(parts.slice(1).map(({ part, value }) => [part, value]));
    expect(() => joinComparison(rest, received, null)).toThrow('without its phrases');
  });
});
