/**
 * Stage 3, align: which section of one report answers which section of the other.
 *
 * Similarity (0..1) is the mean of two cosines: of the sections' theme profiles (mentions per theme
 * of the lexicon, src/core/themes) and of their tf-idf weighted Han bigrams (`similarity.ts`). The
 * themes say what a task is about in the terms a reader uses (民主党派, 扶贫…), so two tasks on the
 * same groups pair even when worded differently; the bigrams separate tasks that name no theme and
 * recognise copied text. Bigrams alone proved too weak on the seeds: these reports are not parallel
 * texts, and a shared distinctive word (组织 in 基层组织 vs 新经济组织) outweighed the topic.
 *
 * Rules, in order:
 *   - opening pairs with opening and closing with closing, whatever their content;
 *   - tasks pair one-to-one, best scores first, only when the score reaches `PAIR_THRESHOLD`;
 *   - a task left over may join the pair of its best partner (one-to-many: two tasks of one report
 *     answering one of the other) when its score reaches `JOIN_THRESHOLD` and that pair is still
 *     one-to-one;
 *   - every other section gets a pair of its own with the other side empty.
 * Output is in reading order for a two-column view: by first left section; a right-only pair sits
 * just after the pair holding the right section before it.
 *
 * Example (the seeds): Bijie's `要强化组织，夯实保障` (民主党派基层组织建设, 多党合作) pairs with
 * Panzhihua's task 1 on 民主党派 and 多党合作; Panzhihua's tasks on 港澳台 and 党外干部, which Bijie
 * never mentions, stay unpaired.
 */

import type { SectionKind, SectionPair } from '../types';
import type { HanProjection } from '../phrases/projection';
import { bigramVectors, combine, cosine, denseCosine, sumDense, type SparseVector } from './similarity';

export { bigramVectors, cosine } from './similarity';

/** Lowest score (0..1) at which two tasks are said to answer each other. */
export const PAIR_THRESHOLD = 0.2;
/** Lowest score (0..1) at which a second task joins an existing pair. */
export const JOIN_THRESHOLD = 0.3;
/** Share of the theme cosine in the score; the rest is the bigram cosine. */
export const THEME_WEIGHT = 0.5;
/**
 * Most task-to-task scores computed: beyond it (hundreds of tasks a side, only in synthetic or
 * pasted-together input) each left task is compared with the right tasks nearest its relative
 * position, so aligning stays linear in the number of tasks.
 */
export const MAX_COMPARISONS = 40_000;

export interface AlignSection {
  id: string;
  kind: SectionKind;
}

export interface AlignSide {
  /** In text order; `projection` was built with one span per section, same order. */
  sections: readonly AlignSection[];
  projection: HanProjection;
  /** Mentions per theme of each section (`themeProfiles`); without it, bigrams alone decide. */
  themes?: readonly (readonly number[])[];
}

/** A pair with section indices alongside the ids. */
export interface IndexedPair extends SectionPair {
  leftIndex: number[];
  rightIndex: number[];
}

export function alignSections(left: AlignSide, right: AlignSide): IndexedPair[] {
  return alignWith(pairScorer(left, right), left, right);
}

/**
 * The score of any pair of section index lists, left and right (what `alignSections` ranks by and
 * reports as `similarity`): built once per comparison, also for the pairs a reader makes by hand.
 */
export function pairScorer(
  left: AlignSide,
  right: AlignSide,
): (l: readonly number[], r: readonly number[]) => number {
  const vectors = bigramVectors([
    ...left.sections.map((_, span) => ({ projection: left.projection, span })),
    ...right.sections.map((_, span) => ({ projection: right.projection, span })),
  ]);
  const leftVectors = vectors.slice(0, left.sections.length);
  const rightVectors = vectors.slice(left.sections.length);
  const useThemes = left.themes !== undefined && right.themes !== undefined;
  const score = (l: readonly number[], r: readonly number[]): number => {
    const words = cosine(profile(leftVectors, l), profile(rightVectors, r));
    if (!useThemes) return words;
    const themes = denseCosine(themeSum(left.themes!, l), themeSum(right.themes!, r));
    return THEME_WEIGHT * themes + (1 - THEME_WEIGHT) * words;
  };
  return score;
}

/** `alignSections` with the scorer given (compare() keeps it for the reader's own pairs). */
export function alignWith(
  score: (l: readonly number[], r: readonly number[]) => number,
  left: AlignSide,
  right: AlignSide,
): IndexedPair[] {
  const pairs: { left: number[]; right: number[]; kind: SectionKind }[] = [];

  for (const kind of ['opening', 'closing', 'annex'] as const) {
    const l = left.sections.findIndex((s) => s.kind === kind);
    const r = right.sections.findIndex((s) => s.kind === kind);
    if (l >= 0 && r >= 0) pairs.push({ left: [l], right: [r], kind });
  }

  const leftTasks = indicesOfKind(left.sections, 'task');
  const rightTasks = indicesOfKind(right.sections, 'task');
  const scores = scoreTasks(leftTasks, rightTasks, (l, r) => score([l], [r]));
  const pairOfLeft = new Map<number, number>();
  const pairOfRight = new Map<number, number>();
  for (const { l, r, score } of scores) {
    if (score < PAIR_THRESHOLD) break;
    if (pairOfLeft.has(l) || pairOfRight.has(r)) continue;
    pairOfLeft.set(l, pairs.length);
    pairOfRight.set(r, pairs.length);
    pairs.push({ left: [l], right: [r], kind: 'task' });
  }
  // Second round: scores are sorted, so each leftover meets its best partner first.
  for (const { l, r, score } of scores) {
    if (score < JOIN_THRESHOLD) break;
    const leftPaired = pairOfLeft.get(l);
    const rightPaired = pairOfRight.get(r);
    if (leftPaired === undefined && rightPaired !== undefined) {
      const pair = pairs[rightPaired]!;
      if (pair.left.length === 1 && pair.right.length === 1) {
        pair.left.push(l);
        pairOfLeft.set(l, rightPaired);
      }
    } else if (rightPaired === undefined && leftPaired !== undefined) {
      const pair = pairs[leftPaired]!;
      if (pair.left.length === 1 && pair.right.length === 1) {
        pair.right.push(r);
        pairOfRight.set(r, leftPaired);
      }
    }
  }

  const pairedLeft = new Set(pairs.flatMap((p) => p.left));
  const pairedRight = new Set(pairs.flatMap((p) => p.right));
  left.sections.forEach((s, i) => {
    if (!pairedLeft.has(i)) pairs.push({ left: [i], right: [], kind: s.kind });
  });
  right.sections.forEach((s, i) => {
    if (!pairedRight.has(i)) pairs.push({ left: [], right: [i], kind: s.kind });
  });

  return readingOrder(pairs).map((pair) => {
    pair.left.sort((x, y) => x - y);
    pair.right.sort((x, y) => x - y);
    const similarity = pair.left.length > 0 && pair.right.length > 0 ? score(pair.left, pair.right) : 0;
    return {
      left: pair.left.map((i) => left.sections[i]!.id),
      right: pair.right.map((i) => right.sections[i]!.id),
      kind: pair.kind,
      similarity,
      leftIndex: pair.left,
      rightIndex: pair.right,
    };
  });
}

function themeSum(profiles: readonly (readonly number[])[], indices: readonly number[]): readonly number[] {
  return indices.length === 1 ? profiles[indices[0]!]! : sumDense(indices.map((i) => profiles[i]!));
}

function profile(vectors: readonly SparseVector[], indices: readonly number[]): SparseVector {
  return combine(indices.map((i) => vectors[i]!));
}

function indicesOfKind(sections: readonly AlignSection[], kind: SectionKind): number[] {
  const out: number[] = [];
  sections.forEach((s, i) => s.kind === kind && out.push(i));
  return out;
}

/** Task-to-task scores, best first (ties: earlier left, then earlier right, for stable output). */
function scoreTasks(
  leftTasks: number[],
  rightTasks: number[],
  similarity: (l: number, r: number) => number,
): { l: number; r: number; score: number }[] {
  const scores: { l: number; r: number; score: number }[] = [];
  const n = leftTasks.length;
  const m = rightTasks.length;
  const band = n * m <= MAX_COMPARISONS ? m : Math.max(1, Math.floor(MAX_COMPARISONS / Math.max(1, n)));
  leftTasks.forEach((l, a) => {
    const centre = n > 1 ? Math.round((a * (m - 1)) / (n - 1)) : 0;
    const from = Math.max(0, Math.min(centre - Math.floor(band / 2), m - band));
    for (let b = from; b < Math.min(m, from + band); b++) {
      const r = rightTasks[b]!;
      const score = similarity(l, r);
      if (score > 0) scores.push({ l, r, score });
    }
  });
  return scores.sort((x, y) => y.score - x.score || x.l - y.l || x.r - y.r);
}

/**
 * Pairs sorted by first left section; right-only pairs after the pair of the right section before them
 * (also the order of pairs after the reader's corrections).
 */
export function readingOrder<T extends { left: number[]; right: number[] }>(pairs: T[]): T[] {
  // Sort key: [anchor, group, right index]; group 0 = pair with a left section, 1 = right-only.
  const keyOfRight = new Map<number, number>();
  const keys = new Map<T, [number, number, number]>();
  for (const pair of pairs) {
    if (pair.left.length === 0) continue;
    const anchor = Math.min(...pair.left);
    keys.set(pair, [anchor, 0, 0]);
    for (const r of pair.right) keyOfRight.set(r, anchor);
  }
  const rightOnly = pairs.filter((p) => p.left.length === 0).sort((x, y) => x.right[0]! - y.right[0]!);
  for (const pair of rightOnly) {
    const r = pair.right[0]!;
    let anchor = -1;
    for (let before = r - 1; before >= 0 && anchor < 0; before--) anchor = keyOfRight.get(before) ?? -1;
    keys.set(pair, [anchor, 1, r]);
    keyOfRight.set(r, anchor);
  }
  return [...pairs].sort((x, y) => {
    const a = keys.get(x)!;
    const b = keys.get(y)!;
    return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  });
}
