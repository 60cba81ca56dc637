/**
 * Synthetic reports of any size, built from the two sample reports, so every benchmark run (engine and
 * page) compares the same texts: each sample's header lines, then body paragraphs drawn from both
 * samples (left mostly Bijie, right mostly Panzhihua), shuffled and repeated by a fixed-seed generator
 * until the size is reached.
 *
 *   const { left, right } = syntheticPair(200_000);   // two texts of 200,000 UTF-16 units
 */
import { readFileSync } from 'node:fs';

const read = (name: string) => readFileSync(new URL(`../src/sample/${name}`, import.meta.url), 'utf8');
export const bijie = read('bijie-traditional.txt');
export const panzhihua = read('panzhihua-simplified.txt');

/** mulberry32: a small fixed-seed generator, so the synthetic texts never change between runs. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function split(text: string, headerLines: number) {
  const lines = text.split('\n');
  return {
    header: lines.slice(0, headerLines).join('\n'),
    body: lines.slice(headerLines).filter((line) => line.trim().length > 0),
  };
}

const left = split(bijie, 2);
const right = split(panzhihua, 4);

/** A report of about `size` UTF-16 units: header, then shuffled paragraphs, 3 in 4 from `own`. */
function synthetic(size: number, head: string, own: string[], other: string[], seed: number): string {
  const random = generator(seed);
  const parts = [head];
  let length = head.length;
  while (length < size) {
    const pool = random() < 0.75 ? own : other;
    const paragraph = pool[Math.floor(random() * pool.length)]!;
    parts.push(paragraph);
    length += paragraph.length + 1;
  }
  return parts.join('\n').slice(0, size);
}

/** Two reports of `size` units a side: left in Bijie's manner, right in Panzhihua's. */
export function syntheticPair(size: number): { left: string; right: string } {
  return {
    left: synthetic(size, left.header, left.body, right.body, 1),
    right: synthetic(size, right.header, right.body, left.body, 2),
  };
}
