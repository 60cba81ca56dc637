import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/normalize';

const traditional = readFileSync(new URL('../../src/sample/bijie-traditional.txt', import.meta.url), 'utf8');

describe('normalize on the Traditional seed', () => {
  const result = normalize(traditional);

  it('strips the glosses and converts to Simplified', () => {
    expect(result.normalized).toContain('毕节召开加强统一战线参与建设工作推进会');
    expect(result.normalized).toContain('把思想和行动统一到中央');
    expect(result.normalized).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
  });

  it('has one map entry per normalized unit', () => {
    expect(result.map.normStart.length).toBe(result.normalized.length);
    expect(result.map.normEnd.length).toBe(result.normalized.length);
  });
});
