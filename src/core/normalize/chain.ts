/**
 * An opencc-js dictionary chain run over code points in place, for the normalizer's T→S pass.
 *
 * opencc-js converts a string: each stage walks it with `codePointAt`, slices the unmatched stretches
 * and joins a new string, three times over, and the caller must build a string first and read the
 * result back. This module loads the same dictionaries into tries keyed by code point and rewrites the
 * normalizer's code-point list directly. It follows opencc-js (`Trie.convert` in opencc-js/core):
 * - one trie per dictionary group, the groups applied in turn to the output of the last;
 * - within a group the first dictionary wins a key two share (opencc loads the group in reverse, later
 *   entries overwriting earlier ones), and within a dictionary the last entry for a key wins;
 * - a stage reads left to right, replaces the longest key starting at each position and goes on after
 *   it, or keeps the code point and goes on at the next.
 * Entries not of Han kind stand where the string path has a space: no key holds one (the dictionary
 * format splits on spaces), so no match reaches across them.
 *
 * In place only works when every value has as many code points as its key, and the barrier only holds
 * while no entry holds a space; `chainOf` returns null otherwise and the caller converts strings
 * instead. Tests compare both ways on every dictionary key.
 */

import type { DictGroup, DictLike } from 'opencc-js/core';

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The replacement of the key ending here, as code points; null when no key ends here. */
  value: Int32Array | null;
}

/**
 * One stage: the nodes after a key's first code point, found by an array index rather than a map
 * (every Han code point of a text is looked up there, at every stage; most start no key).
 */
interface Stage {
  /** 1 + the index in `firsts` of the node after code point `cp`; 0 when no key starts with `cp`. */
  firstIndex: Int32Array;
  firsts: TrieNode[];
}

export type Chain = readonly Stage[];

function codePointsOf(text: string): Int32Array {
  return Int32Array.from(text, (c) => c.codePointAt(0)!);
}

function entriesOf(dict: DictLike): readonly (readonly [string, string])[] {
  if (typeof dict !== 'string') return dict;
  if (dict === '') return [];
  return dict.split('|').map((line) => {
    const [key, value] = line.split(' ');
    return [key!, value ?? ''] as const;
  });
}

/** The stage of one group, or null when an entry holds a space or changes the code-point count. */
function stageOf(group: DictGroup): Stage | null {
  const root: TrieNode = { next: new Map(), value: null };
  for (const dict of [...group].reverse()) {
    for (const [key, value] of entriesOf(dict)) {
      const from = codePointsOf(key);
      const to = codePointsOf(value);
      if (from.length !== to.length || key.includes(' ') || value.includes(' ')) return null;
      let node = root;
      for (const cp of from) {
        let next = node.next.get(cp);
        if (!next) {
          next = { next: new Map(), value: null };
          node.next.set(cp, next);
        }
        node = next;
      }
      if (from.length > 0) node.value = to;
    }
  }
  const firstIndex = new Int32Array(Math.max(0, ...root.next.keys()) + 1);
  const firsts = [...root.next.values()];
  [...root.next.keys()].forEach((cp, i) => (firstIndex[cp] = i + 1));
  return { firstIndex, firsts };
}

/** The chain of `groups` (as `ConverterFactory` takes them, one group a stage), or null (see above). */
export function chainOf(groups: readonly DictGroup[]): Chain | null {
  const stages: Stage[] = [];
  for (const group of groups) {
    const stage = stageOf(group);
    if (!stage) return null;
    stages.push(stage);
  }
  return stages;
}

/**
 * Converts the entries of `cp` whose `kind` is `han`, each maximal stretch of them as opencc-js would
 * convert it alone: every stage of `chain` in turn, longest match first.
 */
export function convertInPlace(chain: Chain, cp: Int32Array, kind: Uint8Array, length: number, han: number) {
  for (const { firstIndex, firsts } of chain) {
    for (let i = 0; i < length;) {
      const first = cp[i]!;
      const at = first < firstIndex.length && kind[i] === han ? firstIndex[first]! : 0;
      if (at === 0) {
        i++;
        continue;
      }
      let node: TrieNode | undefined = firsts[at - 1]!;
      let value = node.value;
      for (let j = i + 1; j < length && kind[j] === han && node.next.size > 0; j++) {
        node = node.next.get(cp[j]!);
        if (!node) break;
        if (node.value) value = node.value;
      }
      if (value) {
        cp.set(value, i);
        i += value.length;
      } else i++;
    }
  }
}
