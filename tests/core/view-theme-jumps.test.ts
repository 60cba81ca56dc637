import { describe, expect, it } from 'vitest';
import { firstJumps } from '../../src/view/theme-jumps';

describe('firstJumps', () => {
  it('answers the worked example of the module comment', () => {
    const byId = new Map([
      ['s1', 'one'],
      ['s2', 'two'],
      ['s3', 'three'],
    ]);
    expect(firstJumps(['s1', 's9', 's2', 's3'], byId, 2)).toEqual({ shown: ['one', 'two'], more: 1 });
    expect(firstJumps(['s9'], byId, 2)).toEqual({ shown: [], more: 0 });
  });

  it('looks up only as many sections as it shows (a theme in 100,000 sections)', () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `s${i}`);
    let lookups = 0;
    const byId = { get: (id: string) => (lookups++, id) } as unknown as ReadonlyMap<string, string>;
    const { shown, more } = firstJumps(ids, byId, 24);
    expect(shown).toEqual(ids.slice(0, 24));
    expect(more).toBe(100_000 - 24);
    expect(lookups).toBe(24);
  });
});
