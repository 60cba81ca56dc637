/**
 * Moved phrases: shared runs of at least `minLength` Han characters anywhere in the two texts, outside
 * what the aligned diff already covered.
 *
 * Reporting rule. A text that repeats a phrase (统一战线 twenty times on one side, five on the other)
 * has a quadratic number of matching pairs; listing them all would drown the reader. Instead every
 * Han character that belongs to some shared run gets covered, on each side, by at least one reported
 * pair, and pairs are chosen greedily:
 *   1. scan the left text; at each uncovered position, look for runs through it (seeds: the k-grams
 *      that contain it, k = minLength), up to `CANDIDATES` partners per seed on the right; keep the
 *      run that reaches furthest, preferring an uncovered partner, then the earliest; report it and
 *      mark both sides covered;
 *   2. scan the right text the same way for what is still uncovered there.
 * So each report is a real common run of ≥ minLength characters, extended forward as far as the two
 * texts agree, and backward by at most `BACKWARD` characters (a run that starts inside an earlier
 * report then reads `统一战线的` rather than `一战线的`, without repeating a long stretch already
 * reported). Ranges of two reports can overlap on one side, and several left occurrences may point at
 * one right occurrence.
 * Cost: linear in the text length times `CANDIDATES` (a megabyte of one repeated character included).
 *
 * Example (k = 4): left `甲乙丙丁戊己庚`, right `甲乙丙丁X丙丁戊己庚`: the left scan at 甲 finds
 * `甲乙丙丁` (right 0) and stops at 戊, where seeds `乙丙丁戊`, `丙丁戊己`… find `丙丁戊己庚`
 * (right 5): two reports, overlapping on 丙丁 in the left text.
 */

import type { Match } from './aligned';
import { buildKgramIndex, firstPosition, kgramHashes, sameRun } from './kgrams';

/** Partners examined per seed: bounds the work on highly repetitive text. */
const CANDIDATES = 16;
/** Most characters a report is extended backward, into text already reported. */
const BACKWARD = 8;

export function movedMatches(
  left: Int32Array,
  right: Int32Array,
  coveredLeft: Uint8Array,
  coveredRight: Uint8Array,
  minLength: number,
): Match[] {
  const out: Match[] = [];
  if (minLength <= 0) return out;
  // Each side's hashes serve both scans: as seeds in its own scan, as the index in the other's.
  const leftSide = { codes: left, hashes: kgramHashes(left, minLength), covered: coveredLeft };
  const rightSide = { codes: right, hashes: kgramHashes(right, minLength), covered: coveredRight };
  if (leftSide.hashes.length === 0 || rightSide.hashes.length === 0) return out;
  scan(leftSide, rightSide, minLength, (a, b, length) => out.push({ left: a, right: b, length }));
  scan(rightSide, leftSide, minLength, (a, b, length) => out.push({ left: b, right: a, length }));
  return out;
}

/** One text in a scan: its code points, their k-gram hashes, and what is already reported. */
interface ScanSide {
  codes: Int32Array;
  hashes: Uint32Array;
  covered: Uint8Array;
}

function scan(
  from: ScanSide,
  to: ScanSide,
  k: number,
  report: (a: number, b: number, length: number) => void,
): void {
  const { codes: a, hashes: hashesA, covered: coveredA } = from;
  const { codes: b, covered: coveredB } = to;
  const indexB = buildKgramIndex(to.hashes);
  const lastSeed = a.length - k;

  let i = 0;
  while (i < a.length) {
    if (coveredA[i]) {
      i++;
      continue;
    }
    // Seeds are the k-grams containing i. If i − 1 is uncovered, those starting before i were already
    // tried at i − 1 and reached no further, so only the k-gram at i is new.
    const firstSeed = i > 0 && coveredA[i - 1] ? Math.max(0, i - k + 1) : i;
    let bestStart = -1;
    let bestPartner = -1;
    let bestEnd = i;
    let bestFresh = false;
    for (let s = firstSeed; s <= i && s <= lastSeed; s++) {
      let seen = 0;
      for (let j = firstPosition(indexB, hashesA[s]!); j >= 0 && seen < CANDIDATES; j = indexB.next[j]!) {
        if (!sameRun(a, s, b, j, k)) continue;
        seen++;
        let length = k;
        while (s + length < a.length && j + length < b.length && a[s + length] === b[j + length]) length++;
        const end = s + length;
        const fresh = !coveredB[j] && !coveredB[j + length - 1];
        if (end > bestEnd || (end === bestEnd && bestStart >= 0 && fresh && !bestFresh)) {
          bestStart = s;
          bestPartner = j;
          bestEnd = end;
          bestFresh = fresh;
        }
      }
    }
    if (bestStart < 0) {
      i++;
      continue;
    }
    let back = 0;
    while (
      back < BACKWARD &&
      bestStart - back > 0 &&
      bestPartner - back > 0 &&
      a[bestStart - back - 1] === b[bestPartner - back - 1]
    ) {
      back++;
    }
    bestStart -= back;
    bestPartner -= back;
    const length = bestEnd - bestStart;
    report(bestStart, bestPartner, length);
    coveredA.fill(1, bestStart, bestEnd);
    coveredB.fill(1, bestPartner, bestPartner + length);
    i = bestEnd;
  }
}
