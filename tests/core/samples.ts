/**
 * The two shipped sample reports, read once for every test that runs on them (src/sample/):
 * `BIJIE` is Traditional with damaged pinyin glosses, `PANZHIHUA` is Simplified.
 */
import { readFileSync } from 'node:fs';

const read = (name: string) => readFileSync(new URL(`../../src/sample/${name}`, import.meta.url), 'utf8');

export const BIJIE = read('bijie-traditional.txt');
export const PANZHIHUA = read('panzhihua-simplified.txt');
