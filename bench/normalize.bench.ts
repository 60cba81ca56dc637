/**
 * normalize() on a megabyte of report text against a baseline: the same opencc-js chain converting the
 * same text with no offset map, no glosses and no folding. The ratio is the price of the exact map.
 * Run: npm run bench -- bench/normalize.bench.ts
 */

import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { normalize } from '../src/core/normalize';
import { traditionalToSimplified } from '../src/core/normalize/simplify';

const seeds =
  readFileSync(new URL('../src/sample/bijie-traditional.txt', import.meta.url), 'utf8') +
  '\n' +
  readFileSync(new URL('../src/sample/panzhihua-simplified.txt', import.meta.url), 'utf8');
const MEGABYTE = 1 << 20;
const text = seeds.repeat(Math.ceil(MEGABYTE / seeds.length)).slice(0, MEGABYTE);
traditionalToSimplified(''); // build the tries outside the timings

describe('1 MiB of the two seed reports', () => {
  bench('normalize (gloss strip, T→S, fold, offset map)', () => {
    normalize(text);
  });
  bench('baseline: opencc-js conversion only', () => {
    traditionalToSimplified(text);
  });
});
