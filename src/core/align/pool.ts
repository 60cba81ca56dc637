/**
 * Pairing within one POOL of units: which unit of the left report answers which of the right, by
 * content alone (never by position). A unit is one section or several read as one (a chapter: its head
 * and all its items); `score(l, r)` gives the similarity of two units, 0..1.
 *
 * Scores of sections from the same kind of report are high or low together (two provincial reports'
 * items share much of their vocabulary), so a pair is judged by its LIFT: its score over the
 * background of its row and column (the mean of the two medians: what this left unit scores with an
 * ordinary right unit, and this right unit with an ordinary left one). A pair stands out when its lift
 * reaches `lift` and its score `pair`; best lift first, one to one (ties: earlier left, then earlier
 * right, so the output is stable).
 *
 * With `join`, a unit left over then joins the pair of its best partner when their lift reaches `join`
 * (and their score `pair`) and the partner is alone on its side: one report splits into two items what
 * the other says in one (`（三）扩内需` against `（二）促消费` + `（三）扩投资`).
 *
 * With `parallel`, a pool that reads as two parallel lists pairs below the usual floors: when most units
 * of the smaller side have a CLEAR partner (each other's best by score, with a high lift, over a low
 * score floor), every clear pair pairs. Two provinces' `（一）…（十）` items inside paired chapters are
 * such lists: their true partners often score 0.05–0.12, under the floor made for pools that may hold
 * nothing alike, yet each stands out in its row and column. One clear pair alone proves nothing; most of
 * a list answering most of the other does.
 *
 * With `neighbour`, a unit left over JOINS the pair of a unit BESIDE it (the one before or after it in
 * its pool) when its best partner by lift is that pair's other side, alone, and the units read as one
 * stand out against that partner about as much as the pair did (`NeighbourJoin`): a report says in one
 * item what the other says in two items side by side (`（二）坚持以科技创新引领新质生产力发展，持续提升
 * 产业竞争力` against `（二）…现代化产业体系` + `（三）…区域科技创新中心`), where the second item's
 * score alone stays under the floor of a join. The item answering them all says at least as much as
 * they together. A unit between two units of a pair (a join took the items on both sides) fills the
 * gap the same way.
 *
 * With `first`, the FIRST units of the two sides, both left unpaired by the rules above, pair when they
 * score `first`: two lists open alike (a meeting's speech with the record of the place, a year's review
 * with the economy's growth, an inaugural speech with what the election meant) even where their words
 * differ.
 *
 * Past `maxScores` candidate scores (hundreds of units a side, only in synthetic or pasted-together
 * input), each left unit is scored against the right units nearest its relative position only, so the
 * pool stays linear in its size; units never scored count as 0 in the background.
 *
 * Example: three items a side, scores [[.40 .10 .08] [.12 .35 .30] [.09 .11 .10]] → (0,0), (1,1) pair
 * (lifts ≈ 3.6 and 3.2); (1,2) joins (1,1) if `join` allows; row 2 stands out nowhere: unpaired.
 */

export interface Thresholds {
  /** Lowest score at which two units pair (or a unit joins a pair). */
  pair: number;
  /** Lowest lift (score over its background) at which two units pair. */
  lift: number;
  /** Lowest score at which two units that are each other's best pair whatever their lift. */
  mutual?: number;
  /** Parallel lists (see above); absent: none. */
  parallel?: ParallelList;
  /** Lowest lift at which a unit joins an existing pair; absent: no joins (chapters pair one to one). */
  join?: number;
  /** Lowest score at which a unit joins an existing pair (default `pair`). */
  joinScore?: number;
  /** Lowest score at which the first units of both sides, left unpaired by the rules above, pair. */
  first?: number;
  /** Joins of a unit left over with the pair of the unit beside it (see above); absent: none. */
  neighbour?: NeighbourJoin;
  /** Most unit-to-unit scores computed. */
  maxScores: number;
  /**
   * Which two units may pair (or join), when not every two may: the others still count in the
   * background, since they say what an ordinary score is.
   */
  allowed?: (l: number, r: number) => boolean;
}

export interface ParallelList {
  /** Lowest score (0..1) of a clear pair. */
  score: number;
  /** Lowest lift of a clear pair. */
  lift: number;
  /** Share (0..1) of the smaller side's units that must have a clear partner. */
  share: number;
}

export interface NeighbourJoin {
  /** Lowest ratio of the lift of the units read as one, the one left over with them, to the pair's. */
  keep: number;
  /** Fewest characters of each unit of the side that grows: a line has too few words to tell. */
  minSize: number;
  /** The score of units read as one (indices of each side, in order). */
  joined(l: readonly number[], r: readonly number[]): number;
  /** A unit's size in characters; null for one that never joins this way. */
  size(side: 'left' | 'right', i: number): number | null;
}

export interface PoolPair {
  left: number[];
  right: number[];
}

/** Smallest background a lift is divided by: below it, every shared word would stand out. */
const BACKGROUND_FLOOR = 0.02;

export function pairPool(
  leftCount: number,
  rightCount: number,
  score: (l: number, r: number) => number,
  thresholds: Thresholds,
): PoolPair[] {
  const { all: scores, rowBg, colBg } = candidateScores(leftCount, rightCount, score, thresholds);
  const pairs: PoolPair[] = [];
  const pairOfLeft = new Map<number, PoolPair>();
  const pairOfRight = new Map<number, PoolPair>();
  const { mutual, parallel } = thresholds;
  const bestOfLeft = new Map<number, number>();
  const bestOfRight = new Map<number, number>();
  for (const c of scores) {
    if (c.s > (bestOfLeft.get(c.l) ?? -1)) bestOfLeft.set(c.l, c.s);
    if (c.s > (bestOfRight.get(c.r) ?? -1)) bestOfRight.set(c.r, c.s);
  }
  // Each other's best among the candidates is each other's best overall: a candidate clears the floor.
  const bestOfBoth = (c: Candidate) => bestOfLeft.get(c.l) === c.s && bestOfRight.get(c.r) === c.s;
  const isMutual = (c: Candidate) => mutual !== undefined && c.s >= mutual && bestOfBoth(c);
  const allowed = thresholds.allowed ?? (() => true);
  const clear = new Set<Candidate>();
  if (parallel) {
    const found = scores.filter(
      (c) => c.s >= parallel.score && c.lift >= parallel.lift && bestOfBoth(c) && allowed(c.l, c.r),
    );
    if (found.length >= parallel.share * Math.min(leftCount, rightCount)) for (const c of found) clear.add(c);
  }
  for (const c of scores) {
    const { l, r, lift } = c;
    if (!allowed(l, r)) continue;
    if ((lift < thresholds.lift || c.s < thresholds.pair) && !isMutual(c) && !clear.has(c)) continue;
    if (pairOfLeft.has(l) || pairOfRight.has(r)) continue;
    const pair = { left: [l], right: [r] };
    pairs.push(pair);
    pairOfLeft.set(l, pair);
    pairOfRight.set(r, pair);
  }
  const { first } = thresholds;
  if (first !== undefined && leftCount > 0 && rightCount > 0 && !pairOfLeft.has(0) && !pairOfRight.has(0)) {
    if (allowed(0, 0) && score(0, 0) >= first) {
      const pair = { left: [0], right: [0] };
      pairs.push(pair);
      pairOfLeft.set(0, pair);
      pairOfRight.set(0, pair);
    }
  }
  const join = thresholds.join;
  if (join !== undefined) {
    // Sorted by lift, so each leftover meets its best partner first.
    const joinScore = thresholds.joinScore ?? thresholds.pair;
    for (const { l, r, s, lift } of scores) {
      if (lift < join || s < joinScore || !allowed(l, r)) continue;
      const byLeft = pairOfLeft.get(l);
      const byRight = pairOfRight.get(r);
      if (!byLeft && byRight && byRight.right.length === 1) {
        byRight.left.push(l);
        pairOfLeft.set(l, byRight);
      } else if (!byRight && byLeft && byLeft.left.length === 1) {
        byLeft.right.push(r);
        pairOfRight.set(r, byLeft);
      }
    }
  }
  if (thresholds.neighbour) {
    const background = { left: rowBg, right: colBg };
    const pairOf = { left: pairOfLeft, right: pairOfRight };
    const counts = { left: leftCount, right: rightCount };
    const best = { left: new Map<number, Candidate>(), right: new Map<number, Candidate>() };
    // Sorted by lift: the first candidate of a unit is its best partner.
    for (const c of scores) {
      if (!allowed(c.l, c.r)) continue;
      if (!best.left.has(c.l)) best.left.set(c.l, c);
      if (!best.right.has(c.r)) best.right.set(c.r, c);
    }
    for (const side of ['left', 'right'] as const) {
      const other = side === 'left' ? 'right' : 'left';
      for (let c = 0; c < counts[side]; c++) {
        const partner = best[side].get(c);
        if (pairOf[side].has(c) || partner === undefined) continue;
        const b = side === 'left' ? partner.r : partner.l;
        const pair = pairOf[other].get(b);
        if (!pair || pair[other].length !== 1) continue;
        const run = pair[side];
        if (!run.some((a) => Math.abs(a - c) === 1)) continue;
        const lifts = neighbourLifts(thresholds.neighbour, side, run, c, b, counts[other], background, score);
        if (lifts && lifts.joined >= thresholds.neighbour.keep * lifts.alone) {
          run.push(c);
          pairOf[side].set(c, pair);
        }
      }
    }
  }
  for (const p of pairs) {
    p.left.sort((a, b) => a - b);
    p.right.sort((a, b) => a - b);
  }
  return pairs;
}

/**
 * For a neighbour join of unit `c` of `side` with the pair of `run` (units of `side`) and `b` (of the
 * other side): the lift against `b` of `run` and `c` read as one, and of `run` alone (each over the
 * background of its row, scored whole, and of `b`). Null when a unit is too small or never joins, or
 * `b` holds fewer characters than `run` and `c` together.
 */
function neighbourLifts(
  rule: NeighbourJoin,
  side: 'left' | 'right',
  run: readonly number[],
  c: number,
  b: number,
  otherCount: number,
  background: { left: readonly number[]; right: readonly number[] },
  score: (l: number, r: number) => number,
): { joined: number; alone: number } | null {
  const other = side === 'left' ? 'right' : 'left';
  const sizes = [...run, c].map((i) => rule.size(side, i));
  const sizeB = rule.size(other, b);
  if (sizeB === null || sizes.some((x) => x === null || x < rule.minSize)) return null;
  if (sizeB < sizes.reduce((n: number, x) => n + x!, 0)) return null;
  const bgOf = (own: number, theirs: number) => Math.max(BACKGROUND_FLOOR, (own + theirs) / 2);
  const theirs = background[other][b]!;
  const liftOf = (units: readonly number[]) => {
    const at = [...units].sort((x, y) => x - y);
    const row: number[] = [];
    for (let o = 0; o < otherCount; o++)
      row.push(side === 'left' ? rule.joined(at, [o]) : rule.joined([o], at));
    return row[b]! / bgOf(medianWithZeros(row, 0), theirs);
  };
  const a = run[0]!;
  const alone =
    run.length === 1
      ? (side === 'left' ? score(a, b) : score(b, a)) / bgOf(background[side][a]!, theirs)
      : liftOf(run);
  return { joined: liftOf([...run, c]), alone };
}

/**
 * The median of `values` and `zeros` more zeros (the unscored pairs of a row or column), without
 * making the padded array: the zeros sit after the negative values (scores have none) in the sorted
 * list. A typed array's own numeric sort, with no comparator call per step (a pool of 100 × 100 sorts
 * 200 such lists in every cut).
 */
export function medianWithZeros(values: readonly number[], zeros: number): number {
  const sorted = Float64Array.from(values).sort();
  const total = sorted.length + zeros;
  if (total === 0) return 0;
  let negatives = 0;
  while (negatives < sorted.length && sorted[negatives]! < 0) negatives++;
  const at = (i: number) => (i < negatives ? sorted[i]! : i < negatives + zeros ? 0 : sorted[i - zeros]!);
  const mid = total >> 1;
  return total % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

interface Candidate {
  l: number;
  r: number;
  s: number;
  lift: number;
}

/** Candidate pairs reaching the lowest score floor, with their lift, best lift first. */
function candidateScores(
  n: number,
  m: number,
  score: (l: number, r: number) => number,
  thresholds: Thresholds,
): { all: Candidate[]; rowBg: number[]; colBg: number[] } {
  const band =
    n * m <= thresholds.maxScores ? m : Math.max(1, Math.floor(thresholds.maxScores / Math.max(1, n)));
  const rows: number[][] = Array.from({ length: n }, () => []);
  const cols: number[][] = Array.from({ length: m }, () => []);
  const all: Candidate[] = [];
  const floor = Math.min(
    thresholds.pair,
    thresholds.mutual ?? Infinity,
    thresholds.parallel?.score ?? Infinity,
  );
  for (let l = 0; l < n; l++) {
    const centre = n > 1 ? Math.round((l * (m - 1)) / (n - 1)) : 0;
    const from = Math.max(0, Math.min(centre - Math.floor(band / 2), m - band));
    for (let r = from; r < Math.min(m, from + band); r++) {
      const s = score(l, r);
      rows[l]!.push(s);
      cols[r]!.push(s);
      if (s >= floor) all.push({ l, r, s, lift: 0 });
    }
  }
  // Unscored pairs (outside the band) are zeros of the background.
  const rowBg = rows.map((row) => medianWithZeros(row, m - row.length));
  const colBg = cols.map((col) => medianWithZeros(col, n - col.length));
  for (const c of all) c.lift = c.s / Math.max(BACKGROUND_FLOOR, (rowBg[c.l]! + colBg[c.r]!) / 2);
  all.sort((x, y) => y.lift - x.lift || y.s - x.s || x.l - y.l || x.r - y.r);
  return { all, rowBg, colBg };
}
