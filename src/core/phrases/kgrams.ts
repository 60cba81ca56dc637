/**
 * Rolling hashes of every k code points of an array, and an index from hash to positions.
 *
 * `kgramHashes([a, b, c, d], 2)` is `[h(a b), h(b c), h(c d)]`: one 32-bit hash per start position
 * (length `n - k + 1`, empty when `n < k`). Hashes collide; every user compares the code points
 * before trusting a hit. The index is a chained hash table in typed arrays (no object per entry), so
 * a megabyte of text indexes in a few milliseconds and crosses no allocation cliff.
 *
 * Example: for codes [统, 战, 工, 作, 统, 战] and k = 2, `firstPosition(index, h(统 战))` is 0 and
 * `index.next[0]` is 4 (ascending).
 */

const BASE = 0x9e3779b1 | 0; // an odd multiplier with well-mixed bits

export function kgramHashes(codes: Int32Array, k: number): Uint32Array {
  const count = codes.length - k + 1;
  if (k <= 0 || count <= 0) return new Uint32Array(0);
  const out = new Uint32Array(count);
  // BASE^(k-1), to take the leaving code point out of the window.
  let top = 1;
  for (let i = 1; i < k; i++) top = Math.imul(top, BASE);
  let hash = 0;
  for (let i = 0; i < k; i++) hash = (Math.imul(hash, BASE) + codes[i]!) | 0;
  out[0] = hash >>> 0;
  for (let i = 1; i < count; i++) {
    hash = (hash - Math.imul(codes[i - 1]!, top)) | 0;
    hash = (Math.imul(hash, BASE) + codes[i + k - 1]!) | 0;
    out[i] = hash >>> 0;
  }
  return out;
}

/** Chained hash table: hash → ascending positions. */
export interface KgramIndex {
  mask: number;
  /** Per bucket: the hash stored there (meaningful when `head[b] >= 0`). */
  keys: Uint32Array;
  /** Per bucket: first position with that hash, or -1 for an empty bucket. */
  head: Int32Array;
  /** Per position: next position with the same hash, or -1. */
  next: Int32Array;
}

export function buildKgramIndex(hashes: Uint32Array): KgramIndex {
  let size = 16;
  while (size < hashes.length * 2) size *= 2;
  const mask = size - 1;
  const keys = new Uint32Array(size);
  const head = new Int32Array(size).fill(-1);
  const next = new Int32Array(hashes.length).fill(-1);
  // Walk backwards so each chain comes out in ascending position order.
  for (let pos = hashes.length - 1; pos >= 0; pos--) {
    const hash = hashes[pos]!;
    const bucket = findBucket(keys, head, mask, hash);
    if (head[bucket] === -1) keys[bucket] = hash;
    next[pos] = head[bucket]!;
    head[bucket] = pos;
  }
  return { mask, keys, head, next };
}

/** The bucket holding `hash`, or the empty bucket where it would go (linear probing). */
function findBucket(keys: Uint32Array, head: Int32Array, mask: number, hash: number): number {
  let bucket = mix(hash) & mask;
  while (head[bucket] !== -1 && keys[bucket] !== hash) bucket = (bucket + 1) & mask;
  return bucket;
}

function mix(hash: number): number {
  return Math.imul(hash ^ (hash >>> 16), 0x45d9f3b) >>> 0;
}

/** First position carrying `hash` (follow `index.next` for the rest), or -1. */
export function firstPosition(index: KgramIndex, hash: number): number {
  return index.head[findBucket(index.keys, index.head, index.mask, hash)]!;
}

/** True when `a[i..i+k)` and `b[j..j+k)` hold the same code points. */
export function sameRun(a: Int32Array, i: number, b: Int32Array, j: number, k: number): boolean {
  if (i < 0 || j < 0 || i + k > a.length || j + k > b.length) return false;
  for (let t = 0; t < k; t++) if (a[i + t] !== b[j + t]) return false;
  return true;
}
