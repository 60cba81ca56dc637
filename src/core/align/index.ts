/**
 * Stage 3, align: which section of one report answers which section of the other, by what they are
 * about, never by position, and why.
 *
 * Similarity (0..1) of two units is the cosine of their tf-idf weighted Han bigrams (`./similarity`),
 * raised by the likeness of their headings when both have one (`HEADING_BOOST`). The themes of the
 * lexicon (src/core/themes) are shown as a pair's reason but do not score it: a theme profile holds a
 * handful of mentions, and the cosine of two such profiles is 1 as soon as both mention one theme, which
 * on the labelled corpus made more wrong pairs than right ones (`npm run eval`: wrong pairs 0.19 with
 * themes scored, 0.09 without). What themes add is their terms as concepts, inside the bigram count:
 * each mention adds one bigram its theme's other terms share (`./concepts`), weighed like any other.
 * Headings multiply rather than add: two headings that share 推动…发展 say nothing of two items whose
 * text shares nothing, but they tell apart two items that share words.
 *
 * Rules, in order:
 *   - opening with opening, closing with closing, annex with annex, whatever their content;
 *   - the tasks are read as a tree of UNITS (`./units`): a FRAME is an outline node cut into a head
 *     and items at the alignment level (a chapter `一、` holding `（一）` items, a speech point holding
 *     its `一是…` list); the top-level units pair in one pool (`./pool`: by lift, one to one, then
 *     one-to-many joins), two frames by their headings and whole text (`FRAME_HEADING_WEIGHT`);
 *   - two paired frames pair their heads, and their items pair WITHIN them only (recursively), so
 *     `三、2026年重点工作`'s items never pair with the review of the year before; there an item left over
 *     may join the pair of an item beside it, when the other report says the two in one
 *     (`NEIGHBOUR_JOIN`);
 *   - a frame with no counterpart opens: its items get a second chance against the top-level units left
 *     over on the other side;
 *   - a list (`./lists`) none of whose units paired meets the lists left over on the other side,
 *     wherever they stand, list with list and then item with item (`ORPHAN_LISTS`: same period);
 *   - below the alignment level, compare() opens two paired nodes that both enumerate and calls
 *     `refineWith`: their heads pair and their items pair within them, the other pairs stay as they
 *     were (`会议确定` point against point, then 一是 against 一是);
 *   - a node left unpaired whole that holds items is opened too, and its items get a second chance
 *     (`strayWith`), within paired frames; it is shut again when none of them pairs;
 *   - every section left gets a pair of its own with the other side empty.
 * Each pair made within paired frames carries `within` (the frames' head sections), which compare()
 * puts in the pair's reason (`PairScorer.reason`, `./reasons`: shared themes, shared terms, the score).
 * Output is in reading order for a two-column view: by first left section; a right-only pair sits just
 * after the pair holding the right section before it.
 *
 * Example (the seeds): Bijie's `要强化组织，夯实保障` (民主党派基层组织建设, 多党合作) pairs with
 * Panzhihua's task on 民主党派 and 多党合作; Panzhihua's tasks on 港澳台 and 党外干部, which Bijie
 * never mentions, stay unpaired.
 */

import type { OutlineNode, PairReason, SectionKind, SectionPair } from '../types';
import { frameHeadPairs } from './frame-heads';
import { listsOf } from './lists';
import type { HanProjection } from '../phrases/projection';
import { periodAt, periodsClash, type Period } from './period';
import { pairPool, type NeighbourJoin, type ParallelList } from './pool';
import { inTextOrder, unitsOf, type Unit } from './units';
import { sharedTerms, sharedThemes } from './reasons';
import { BigramCorpus } from './bigram-corpus';
import { withConcepts } from './concepts';
import { RowCosine } from './row-cosine';
import { bigramIndex, combine, headingSimilarity, sumDense, type SparseVector } from './similarity';

export { bigramVectors, cosine } from './similarity';

/**
 * Lowest score (0..1) at which two units are said to answer each other (and a unit joins a pair).
 * Measured on the labelled corpus (`npm run eval`, every bigram counted): 0.08 made 10 % of the
 * judged pairs wrong, 0.12 made 4 %, 0.14 dropped agreement by three points. Since headings stop at
 * their first sentence (`./heading`), 0.11 makes 3 % wrong and 0.10 makes 5 %.
 */
export const PAIR_THRESHOLD = 0.11;
/** Lowest lift (score over the background of its row and column, `./pool`) at which two units pair. */
export const PAIR_LIFT = 1.6;
/**
 * Lowest score (0..1) at which two units that are each other's best partner pair whatever their lift.
 * Not below `PAIR_THRESHOLD`: best partners at 0.06–0.12 were the wrong pairs of the reviews of the
 * past year (a five-year review's 改革 item with the other province's 2025 改革 item).
 */
export const MUTUAL_THRESHOLD = 0.12;
/** Lowest lift at which a unit left over joins the pair of its best partner (one-to-many). */
export const JOIN_LIFT = 2.2;
/** Pools with fewer units than this a side are judged by score alone: a median of three is no background. */
export const LIFT_POOL_MIN = 4;
/**
 * Lowest score (0..1) at which two units pair in a pool judged by score alone. Lower than
 * `PAIR_THRESHOLD`: small pools are the short news points of meeting reports, whose true partners score
 * 0.1–0.2 (at 0.12 the samples paired nothing but their leads and closings).
 */
export const SMALL_POOL_PAIR = 0.1;
/**
 * Lowest score (0..1) at which two best partners pair in a small pool inside two paired frames: the
 * frames already answer each other, so their few items need less to line up (the samples' 要強化組織，
 * 夯實保障 with 要加强领导，形成合力 scores 0.07). On the labelled corpus: agreement −0.3 points, wrong
 * pairs +0.4 points against `SMALL_POOL_PAIR`.
 */
export const SMALL_POOL_MUTUAL_WITHIN = 0.07;
/** Lowest score (0..1) at which a unit joins a pair in a pool judged by score alone. */
export const SMALL_POOL_JOIN = 0.45;
/**
 * Lowest score (0..1) at which two lists of items pair inside two paired frames (`./lists`: a review
 * chapter's year items, its five-year points, its lessons). Whole lists share much vocabulary, so
 * pairing them asks little; on the labelled corpus (`npm run eval`) pair agreement is the same from
 * 0.03 to 0.07 and wrong pairs rise above 5 % at 0.
 */
export const LIST_PAIR = 0.05;
/**
 * Two paired frames' items read as parallel lists (`./pool`, `parallel`): when most items of the
 * smaller frame have a clear partner (each other's best, score ≥ 0.05, lift ≥ 3), every clear pair
 * pairs, under `PAIR_THRESHOLD`. Two provinces' `（一）…（十）` items of the coming year answer each
 * other one by one at scores of 0.05–0.12. Not for pools outside paired frames, where nothing says
 * two lists are parallel, nor for the stray round. On the labelled corpus (`npm run eval`): pair
 * agreement 0.679 → 0.694, wrong pairs 0.040 → 0.038; lift 2 raised wrong pairs over 5 %.
 */
export const PARALLEL_LIST = { score: 0.05, lift: 3, share: 0.7 } as const;
/**
 * `PARALLEL_LIST` for two lists paired in a review chapter whose periods are both known and the same
 * (`./period`: the past year's items against the past year's, five-year points against five-year
 * points): the period already says the lists answer each other, so fewer clear pairs prove it and a
 * clear pair needs less. On the labelled corpus (`npm run eval`): pair agreement 0.696 → 0.717, wrong
 * pairs 0.038 → 0.043; lift 2 raised wrong pairs to 0.053.
 */
export const PERIOD_LISTS = { score: 0.04, lift: 2.5, share: 0.3 } as const;
/**
 * Lowest score (0..1) at which the first units of a pool, both left unpaired, pair (`./pool`, `first`):
 * two lists open alike. Not in the strays' round, whose pools are gathered from anywhere. On the
 * labelled corpus (`npm run eval`): pair agreement 0.7676 → 0.7725, wrong pairs 0.0284 → 0.0281 (the
 * first points of the samples, of two inaugural speeches, of two provinces' reviews of the year); at
 * 0.05, wrong pairs 0.035.
 */
export const FIRST_UNITS = 0.06;
/**
 * A unit left over within two paired frames joins the pair of a unit beside it (`./pool`, `neighbour`):
 * one report says in one item what the other says in two or three items side by side. The units read as
 * one keep at least `keep` of the pair's lift against its partner, each holds `minSize` Han characters
 * or more (a line's few bigrams make any lift), and the partner holds at least as many as they together.
 * Leaves only: frames pair by their headings. On the labelled corpus (`npm run eval`): pair agreement
 * 0.7725 → 0.7823, wrong pairs 0.0281 → 0.0280 (cq×gz `3.2+3.3 ↔ 3.2` and `1.16 ↔ 1.9+1.10`, js×sh
 * `2.4+2.5 ↔ 2.8`, ln×sx `1.7 ↔ 1.13+1.14`, nx×xj `3.2 ↔ 3.5+3.6` and, filling the gap of a join,
 * `3.1 ↔ 3.2+3.3+3.4`); 0.7823 at `keep` 0.8, 0.7807 at 0.95 (the gap stays), 0.7774 at 1, 0.7791 at
 * 0.7; with pairs one to one only (no gap filled), 0.7807. Measured with pairs one to one: without the
 * size rule, 0.7791, the year items of ah×sc and gs×hlj taking a neighbour the labels leave unpaired
 * (ah's 1.6, 1,044 characters, took sc's 1.5 and 1.6, 823 + 498); without `minSize`, agreement on the
 * labelled structure 0.7889 → 0.7872 (two one-line points of nx, 31 and 39 characters, joined a wrong
 * pair).
 */
export const NEIGHBOUR_JOIN = { keep: 0.9, minSize: 100 } as const;
/** Share of the headings' similarity in a chapter pair's score (`三、2026年重点工作` both sides). */
export const FRAME_HEADING_WEIGHT = 0.5;
/**
 * How much two headings raise a task pair's bigram score, when both have one: the score is multiplied by
 * 1 + `HEADING_BOOST` × the headings' similarity (0..1), so identical headings triple it and a pair with
 * no shared words stays at 0. (An added heading share, 0.3 of the score, let two headings sharing
 * 推动…发展 pair items whose texts share nothing: most of the wrong pairs of the provincial reports.)
 */
export const HEADING_BOOST = 2;
/**
 * Most unit-to-unit scores computed in one pool: beyond it (hundreds of tasks a side, only in synthetic
 * or pasted-together input) each unit is compared with those nearest its relative position only.
 */
export const MAX_COMPARISONS = 40_000;

export interface AlignSection {
  id: string;
  kind: SectionKind;
  /** The outline node the section shows (`L-3.2`); tasks only. */
  node?: string;
  part?: 'whole' | 'head' | 'tail';
}

export interface AlignSide {
  /** In text order; `projection` was built with one span per section, same order. */
  sections: readonly AlignSection[];
  projection: HanProjection;
  /** Mentions per theme of each section (`themeProfiles`), named in a pair's reason. */
  themes?: readonly (readonly number[])[];
  /** Each section's heading: its first line, normalized, without its enumeration marker (`加力扩内需稳增长`). */
  headings?: readonly string[];
  /** The report's outline, so that sibling units are read as the lists they form (`./lists`). */
  outline?: readonly OutlineNode[];
}

export interface AlignOptions {
  /** Theme keys in profile order, so `why.themes` can name them. */
  themeKeys?: readonly string[];
  /**
   * The bigrams of both whole texts (`./bigram-corpus`), which text is each side's, when the caller
   * aligns several cuts of the same texts: each cut reads its sections' tallies from it. The sides'
   * projections must be of the texts' normalized strings, so a section's Han characters are a run of
   * its text's.
   */
  corpus?: { bigrams: BigramCorpus; left: number; right: number };
}

/** A pair with section indices alongside the ids, and the chapters it was made within. */
export interface IndexedPair extends SectionPair {
  leftIndex: number[];
  rightIndex: number[];
  within?: PairReason['within'];
}

/** What the scorer can say of a pair; the phrase stage adds the shared phrases (`PairReason`). */
export type ScoreReason = Omit<PairReason, 'phrases' | 'phraseCount'>;

interface Draft {
  left: number[];
  right: number[];
  kind: SectionKind;
  within?: { left: string; right: string };
}

export function alignSections(left: AlignSide, right: AlignSide, options: AlignOptions = {}): IndexedPair[] {
  return alignWith(pairScorer(left, right, options), left, right);
}

/** The parts of a score: `score` is what pairs are ranked by, `words` its bigram cosine. */
export interface ScoreParts {
  score: number;
  words: number;
}

/**
 * The score of any pair of section index lists, left and right (what `alignWith` ranks by and reports
 * as `similarity`), built once per comparison, also for the pairs a reader makes by hand; `reason`
 * says why a pair was made (`PairReason`).
 */
export interface PairScorer {
  (l: readonly number[], r: readonly number[]): number;
  parts(l: readonly number[], r: readonly number[]): ScoreParts;
  reason(l: readonly number[], r: readonly number[], within?: PairReason['within']): ScoreReason;
}

export function pairScorer(left: AlignSide, right: AlignSide, options: AlignOptions = {}): PairScorer {
  // Without a corpus of the whole texts, the sections' own projections are the texts. Theme terms
  // are marked as concepts in the texts whose bigrams are counted (`./concepts`).
  const corpus = options.corpus ?? {
    bigrams: new BigramCorpus([withConcepts(left.projection), withConcepts(right.projection)]),
    left: 0,
    right: 1,
  };
  const sectionsOf = (side: AlignSide, text: number) => {
    const { projection } = side;
    return side.sections.map((_, span) => {
      const first = projection.spanStart[span]!;
      const last = projection.spanStart[span + 1]! - 1;
      if (last < first) return { text, from: 0, to: 0 };
      // To the position past the last character's: the marks of a term ending there are the section's.
      const from = corpus.bigrams.positionOf(text, projection.norm[first]!);
      const to = corpus.bigrams.positionOf(text, projection.norm[last]! + 1);
      return { text, from, to };
    });
  };
  const index = bigramIndex(corpus.bigrams, [
    ...sectionsOf(left, corpus.left),
    ...sectionsOf(right, corpus.right),
  ]);
  const leftVectors = index.vectors.slice(0, left.sections.length);
  const rightVectors = index.vectors.slice(left.sections.length);
  /** One section a side, both headed: the headings raise the score (`HEADING_BOOST`). */
  const headed = (l: readonly number[], r: readonly number[], content: number) => {
    const lh = l.length === 1 ? (left.headings?.[l[0]!] ?? '') : '';
    const rh = r.length === 1 ? (right.headings?.[r[0]!] ?? '') : '';
    if (lh === '' || rh === '') return content;
    return Math.min(1, content * (1 + HEADING_BOOST * headingSimilarity(lh, rh)));
  };
  // A frame's profile is the sum of its sections' and is scored against many units: made once each.
  const leftProfile = memo((l) => profile(leftVectors, l));
  const rightProfile = memo((r) => profile(rightVectors, r));
  // Scores come a row at a time (one left unit against the right ones): its profile is laid out once.
  const rows = new RowCosine(index.bigrams);
  const parts = (l: readonly number[], r: readonly number[]): ScoreParts => {
    const words = rows.cosine(leftProfile(l), rightProfile(r));
    return { score: headed(l, r, words), words };
  };
  const reason = (l: readonly number[], r: readonly number[], within?: PairReason['within']): ScoreReason => {
    const { score, words } = parts(l, r);
    return {
      score,
      words,
      themes: options.themeKeys
        ? sharedThemes(themeSum(left.themes, l), themeSum(right.themes, r), options.themeKeys)
        : [],
      terms: sharedTerms(
        { projection: left.projection, spans: l },
        { projection: right.projection, spans: r },
        index.idfOf,
      ),
      ...(within ? { within } : {}),
    };
  };
  return Object.assign((l: readonly number[], r: readonly number[]) => parts(l, r).score, { parts, reason });
}

/**
 * `alignSections` with the scorer given (compare() keeps it for the reader's own pairs). With a plain
 * score function (no `reason`), pairs carry no `why`.
 */
export function alignWith(
  score: (l: readonly number[], r: readonly number[]) => number,
  left: AlignSide,
  right: AlignSide,
): IndexedPair[] {
  const drafts: Draft[] = [];
  for (const kind of ['opening', 'closing', 'annex'] as const) {
    const l = left.sections.findIndex((s) => s.kind === kind);
    const r = right.sections.findIndex((s) => s.kind === kind);
    if (l >= 0 && r >= 0) drafts.push({ left: [l], right: [r], kind });
  }
  const pairUnits = unitPairing(score, left, right, drafts);
  const leftover = pairUnits(unitsOf(left.sections), unitsOf(right.sections));
  // A frame with no counterpart (a chapter one report has and the other not) may still hold units that
  // have one: its children get a second chance against the units left over on the other side.
  const opened = (units: readonly Unit[]) => units.flatMap((u) => (u.children.length > 0 ? u.children : [u]));
  if (leftover.left.some((u) => u.children.length > 0) || leftover.right.some((u) => u.children.length > 0))
    pairUnits(opened(leftover.left), opened(leftover.right));
  pairOrphanLists(score, left, right, drafts, pairUnits);
  return finish(drafts, score, left, right);
}

/** Two nodes paired whole, now opened (cut into head and items): their items pair within them. */
export interface OpenedPair {
  left: string;
  right: string;
  /** The chapters the pair itself was made within. */
  within?: PairReason['within'];
}

/**
 * A pairing made before, on sections cut less deep, carried over to sections where the nodes of
 * `opened` pairs are cut into their items (compare() opens two paired nodes that both enumerate, so
 * `会议确定` point against point then lines up 一是 against 一是): `kept` pairs (by section id) stay as
 * they were, each opened pair pairs its heads and then its items within it, like two paired chapters.
 */
export function refineWith(
  score: (l: readonly number[], r: readonly number[]) => number,
  left: AlignSide,
  right: AlignSide,
  kept: readonly Pick<IndexedPair, 'left' | 'right' | 'kind' | 'within'>[],
  opened: readonly OpenedPair[],
): IndexedPair[] {
  const drafts = draftsOf(kept, left, right);
  const pairUnits = unitPairing(score, left, right, drafts);
  const leftUnits = unitsByNode(unitsOf(left.sections));
  const rightUnits = unitsByNode(unitsOf(right.sections));
  for (const pair of opened) {
    const a = leftUnits.get(pair.left);
    const b = rightUnits.get(pair.right);
    if (a && b) pairUnits([a], [b], { within: pair.within, paired: true });
  }
  pairOrphanLists(score, left, right, drafts, pairUnits);
  return finish(drafts, score, left, right);
}

/**
 * A second chance for the items of nodes left unpaired whole (`strays`, opened now): a speech's
 * chapter on welfare may share little with the other's as a whole, while its items on pensions, energy
 * and the rich–poor gap each answer one of the other's items. The `kept` pairs stay. The items of the
 * strays pool with every task unit still unpaired, and each pair made holds at least one of them
 * (two units left over had their chance before). Pairs stay within paired frames: a stray item meets
 * units under its frame's partner, and units under no paired frame (a chapter the other report has
 * alone: js keeps its government-conduct points in its chapter 三, sh gives them a chapter 四); a
 * unit left over inside a paired frame stays within it.
 */
export function strayWith(
  score: (l: readonly number[], r: readonly number[]) => number,
  left: AlignSide,
  right: AlignSide,
  kept: readonly Pick<IndexedPair, 'left' | 'right' | 'kind' | 'within'>[],
  strays: { left: readonly string[]; right: readonly string[] },
): IndexedPair[] {
  const drafts = draftsOf(
    kept.filter((p) => p.left.length > 0 && p.right.length > 0),
    left,
    right,
  );
  const partners = framePartners(drafts, left, right);
  const a = strayPool(left, strays.left, new Set(drafts.flatMap((d) => d.left)), partners.left);
  const b = strayPool(right, strays.right, new Set(drafts.flatMap((d) => d.right)), partners.right);
  const allowed = (u: Unit, v: Unit) => {
    const strayU = a.items.has(u);
    const strayV = b.items.has(v);
    if (!strayU && !strayV) return false;
    const fu = a.frameOf(u);
    const fv = b.frameOf(v);
    if (fu !== null && fv !== null) return partners.left.get(fu) === fv;
    return (fu === null && strayV) || (fv === null && strayU) || (fu === null && fv === null);
  };
  const pairUnits = unitPairing(score, left, right, drafts);
  pairOrphanLists(score, left, right, drafts, pairUnits);
  // The orphan lists may have paired units of the pool: each section is in one pair at most (they were
  // paired twice, the same pair listed two times in cq×gz, gs×hlj, js×sh and nx×xj).
  const free = (paired: Set<number>) => (u: Unit) => u.sections.every((i) => !paired.has(i));
  pairUnits(
    a.units.filter(free(new Set(drafts.flatMap((d) => d.left)))),
    b.units.filter(free(new Set(drafts.flatMap((d) => d.right)))),
    { allowed },
  );
  return finish(drafts, score, left, right);
}

/**
 * One side of `strayWith`'s pool: the strays' items and every leaf unit still unpaired, and for each
 * unit the nearest paired frame above it (null when none).
 */
function strayPool(
  side: AlignSide,
  strays: readonly string[],
  paired: ReadonlySet<number>,
  partners: ReadonlyMap<string, string>,
) {
  const byNode = unitsByNode(unitsOf(side.sections));
  const items = strays.flatMap((id) => byNode.get(id)?.children ?? []);
  const taken = new Set([...paired, ...items.flatMap((u) => u.sections)]);
  for (const id of strays) {
    const head = byNode.get(id)?.head;
    if (head !== undefined && head !== null) taken.add(head);
  }
  const rest = [...byNode.values()].filter(
    (u) => u.children.length === 0 && u.sections.every((i) => !taken.has(i)),
  );
  const frameOf = (unit: Unit): string | null => {
    const first = side.sections[unit.head ?? unit.sections[0]!]!;
    for (let node = first.node; node !== undefined; node = parentId(node))
      if (partners.has(node)) return node;
    return null;
  };
  return { units: inTextOrder([...items, ...rest]), items: new Set(items), frameOf };
}

/** Kept pairs (by section id) as drafts over the sections of this cut; ids it does not have drop out. */
function draftsOf(
  kept: readonly Pick<IndexedPair, 'left' | 'right' | 'kind' | 'within'>[],
  left: AlignSide,
  right: AlignSide,
): Draft[] {
  const indexOf = (side: AlignSide) => {
    const byId = new Map(side.sections.map((s, i) => [s.id, i]));
    // A loop, not flatMap with a one-element array per id: that form held 1.8 % of a 100k-a-side
    // compare's profile samples, for a few hundred pairs of one or two ids each.
    return (ids: readonly string[]) => {
      const out: number[] = [];
      for (const id of ids) {
        const index = byId.get(id);
        if (index !== undefined) out.push(index);
      }
      return out;
    };
  };
  const leftIndex = indexOf(left);
  const rightIndex = indexOf(right);
  return kept.map((p) => ({
    left: leftIndex(p.left),
    right: rightIndex(p.right),
    kind: p.kind,
    ...(p.within ? { within: p.within } : {}),
  }));
}

/** `L-3.9.1` → `L-3.9`; undefined at the top. */
function parentId(node: string): string | undefined {
  const dot = node.lastIndexOf('.');
  return dot < 0 ? undefined : node.slice(0, dot);
}

/** Frames paired head with head in `drafts`: each side's node → the other's. */
function framePartners(drafts: readonly Draft[], left: AlignSide, right: AlignSide) {
  const out = { left: new Map<string, string>(), right: new Map<string, string>() };
  for (const d of drafts) {
    if (d.left.length !== 1 || d.right.length !== 1) continue;
    const a = left.sections[d.left[0]!]!;
    const b = right.sections[d.right[0]!]!;
    if (a.part !== 'head' || b.part !== 'head' || a.node === undefined || b.node === undefined) continue;
    out.left.set(a.node, b.node);
    out.right.set(b.node, a.node);
  }
  return out;
}

/** Every unit of a tree by its node id. */
function unitsByNode(units: readonly Unit[], out = new Map<string, Unit>()): Map<string, Unit> {
  for (const unit of units) {
    if (unit.node !== null) out.set(unit.node, unit);
    unitsByNode(unit.children, out);
  }
  return out;
}

/** How one pool of units pairs (`unitPairing`); a pool with none is the top level's. */
interface PoolOptions {
  /** The head sections of the two paired frames the pool's units lie in, named in each pair's reason. */
  within?: Draft['within'];
  /** The two pools are one unit each, paired already (an opened pair): only their items pair. */
  paired?: boolean;
  /** Which two units may pair, when not every two may (the stray round); such a pool reads no parallel lists. */
  allowed?: (l: Unit, r: Unit) => boolean;
  /** Two units that must not pair: lists of two known, different periods (`./period`). */
  apart?: (l: Unit, r: Unit) => boolean;
  /** The parallel-list rule of a pool within paired frames (`PARALLEL_LIST`, or `PERIOD_LISTS`). */
  parallel?: ParallelList;
}

/**
 * The pairing of pools of units, adding its pairs to `drafts`: two paired frames pair their heads and
 * then their children within them (`PoolOptions` for the rest). Returns the units left unpaired.
 */
function unitPairing(
  score: (l: readonly number[], r: readonly number[]) => number,
  left: AlignSide,
  right: AlignSide,
  drafts: Draft[],
) {
  const headingOf = (side: AlignSide, unit: Unit) =>
    unit.head === null ? '' : (side.headings?.[unit.head] ?? '');
  /** Two frames (units holding others) by their headings and whole text; anything else by its text. */
  const unitScore = (a: Unit, b: Unit): number => {
    const content = score(a.sections, b.sections);
    if (a.children.length === 0 || b.children.length === 0) return content;
    const lh = headingOf(left, a);
    const rh = headingOf(right, b);
    if (lh === '' || rh === '') return content;
    return FRAME_HEADING_WEIGHT * headingSimilarity(lh, rh) + (1 - FRAME_HEADING_WEIGHT) * content;
  };
  /** Units read as one: their sections together, no head, no children. */
  const asOne = (units: readonly Unit[], at: readonly number[]): Unit =>
    at.length === 1
      ? units[at[0]!]!
      : {
          node: null,
          head: null,
          sections: at.flatMap((i) => units[i]!.sections).sort((x, y) => x - y),
          children: [],
        };
  /** Han characters of a leaf unit's sections; null for a frame. */
  const sizeOf = (side: AlignSide, unit: Unit): number | null => {
    if (unit.children.length > 0) return null;
    const starts = side.projection.spanStart;
    return unit.sections.reduce((n, i) => n + starts[i + 1]! - starts[i]!, 0);
  };
  const neighbourJoin = (ls: readonly Unit[], rs: readonly Unit[]): NeighbourJoin => ({
    ...NEIGHBOUR_JOIN,
    joined: (l, r) => unitScore(asOne(ls, l), asOne(rs, r)),
    size: (side, i) => (side === 'left' ? sizeOf(left, ls[i]!) : sizeOf(right, rs[i]!)),
  });
  const leftNodes = new Map((left.outline ?? []).map((n) => [n.id, n] as const));
  const rightNodes = new Map((right.outline ?? []).map((n) => [n.id, n] as const));

  const pairUnits = (
    ls: readonly Unit[],
    rs: readonly Unit[],
    { within, paired = false, allowed, apart, parallel = PARALLEL_LIST }: PoolOptions = {},
  ): { left: Unit[]; right: Unit[] } => {
    const small = Math.min(ls.length, rs.length) < LIFT_POOL_MIN;
    const may =
      allowed || apart
        ? (a: number, b: number) => (!allowed || allowed(ls[a]!, rs[b]!)) && !(apart && apart(ls[a]!, rs[b]!))
        : undefined;
    const pairs = paired
      ? [{ left: [0], right: [0] }]
      : pairPool(ls.length, rs.length, (a, b) => unitScore(ls[a]!, rs[b]!), {
          pair: small ? SMALL_POOL_PAIR : PAIR_THRESHOLD,
          lift: small ? 0 : PAIR_LIFT,
          mutual: small ? (within ? SMALL_POOL_MUTUAL_WITHIN : SMALL_POOL_PAIR) : MUTUAL_THRESHOLD,
          // A small pool has no background to lift a join over: a join needs a score of its own there.
          join: small ? 0 : JOIN_LIFT,
          joinScore: small ? SMALL_POOL_JOIN : PAIR_THRESHOLD,
          ...(!small && within && !allowed ? { parallel } : {}),
          ...(!allowed ? { first: FIRST_UNITS } : {}),
          ...(!small && within && !allowed ? { neighbour: neighbourJoin(ls, rs) } : {}),
          maxScores: MAX_COMPARISONS,
          ...(may ? { allowed: may } : {}),
        });
    const pairedLeft = new Set(pairs.flatMap((p) => p.left));
    const pairedRight = new Set(pairs.flatMap((p) => p.right));
    for (const p of pairs) {
      const a = ls[p.left[0]!]!;
      const b = rs[p.right[0]!]!;
      const frames =
        p.left.length === 1 && p.right.length === 1 && a.children.length > 0 && b.children.length > 0;
      if (frames) {
        const before = drafts.length;
        pairChildren(a.children, b.children, { left: idOf(left, a), right: idOf(right, b) });
        // Opened pairs (paired before on their whole text) of which no item pairs stay paired whole.
        if (!paired || drafts.length > before) {
          if (a.head !== null && b.head !== null)
            drafts.push({ left: [a.head], right: [b.head], kind: 'task', ...(within ? { within } : {}) });
          continue;
        }
      }
      drafts.push({
        left: p.left.flatMap((i) => ls[i]!.sections),
        right: p.right.flatMap((i) => rs[i]!.sections),
        kind: 'task',
        ...(within ? { within } : {}),
      });
    }
    return { left: ls.filter((_, i) => !pairedLeft.has(i)), right: rs.filter((_, i) => !pairedRight.has(i)) };
  };
  /**
   * The items of two paired frames. When both hold two lists or more (`./lists`), the lists pair first
   * by their whole text and items pair within paired lists only, so the five-year points of one review
   * chapter meet the other's five-year points, never its items on the past year; the items of lists
   * that found no partner (and tails) pair in one pool. (Pooling the items left over in paired lists
   * too paired a five-year point on the countryside with the other's year item on it: on the labelled
   * corpus, `npm run eval`, wrong pairs 0.047 with that pool, 0.024 without, agreement 0.632 → 0.637.)
   */
  const pairChildren = (ls: readonly Unit[], rs: readonly Unit[], within: NonNullable<Draft['within']>) => {
    const leftLists = listsOf(ls, leftNodes);
    const rightLists = listsOf(rs, rightNodes);
    const leftPeriods = leftLists.lists.map((list) => periodOfList(left, list));
    const rightPeriods = rightLists.lists.map((list) => periodOfList(right, list));
    const leftPeriod = periodByUnit(leftLists.lists, leftPeriods);
    const rightPeriod = periodByUnit(rightLists.lists, rightPeriods);
    const apart = (u: Unit, v: Unit) => periodsClash(leftPeriod.get(u) ?? null, rightPeriod.get(v) ?? null);
    if (leftLists.lists.length < 2 || rightLists.lists.length < 2)
      return pairUnits(ls, rs, { within, apart });
    const listPairs = pairLists(
      score,
      leftLists.lists.map(sectionsOfList),
      rightLists.lists.map(sectionsOfList),
      (x, y) => !periodsClash(leftPeriods[x]!, rightPeriods[y]!),
    );
    const restLeft = [...leftLists.rest];
    const restRight = [...rightLists.rest];
    for (const p of listPairs) {
      const same = p.left.every(
        (i) => leftPeriods[i] !== null && p.right.every((j) => rightPeriods[j] === leftPeriods[i]),
      );
      pairUnits(
        p.left.flatMap((i) => leftLists.lists[i]!),
        p.right.flatMap((i) => rightLists.lists[i]!),
        { within, apart, parallel: same ? PERIOD_LISTS : PARALLEL_LIST },
      );
    }
    const pairedLeft = new Set(listPairs.flatMap((p) => p.left));
    const pairedRight = new Set(listPairs.flatMap((p) => p.right));
    leftLists.lists.forEach((list, i) => pairedLeft.has(i) || restLeft.push(...list));
    rightLists.lists.forEach((list, i) => pairedRight.has(i) || restRight.push(...list));
    return pairUnits(inTextOrder(restLeft), inTextOrder(restRight), { within, apart });
  };
  return pairUnits;
}

/**
 * A second chance for whole LISTS that found no partner where they stand (`pairOrphanLists`): a list
 * (`./lists`) none of whose units is paired meets the like lists of the other report anywhere in its
 * tree, list with list by their whole text, then its items within the list pair found. One report
 * may keep two periods in one chapter that the other gives two: ln's `十五五时期目标任务和2026年工作`
 * holds its five-year goals and its 2026 items, sx gives the goals a chapter of its own; js reviews the
 * five years in its chapter 一, sh in the report on the plan (chapter 二). Lists meet only when both
 * periods are known and the same (`./period`), or when neither is known and the lists score at least
 * `ORPHAN_LISTS.unknown` (the government-conduct points gs keeps in its chapter 三 and hlj gives a
 * chapter 四). Items of a list outside a paired frame had met the other side one unit at a time before
 * (the strays' round), and a looser rule (any two lists whose periods do not clash) paired review
 * points with the coming year's items: on the labelled corpus (`npm run eval`) agreement 0.7365 →
 * 0.7349, wrong pairs 0.030 → 0.042; with the period rule 0.7365 → 0.7480, wrong 0.030 → 0.032
 * (0.7463 when lists of no period need 0.15, 0.7463 and wrong 0.035 at 0.07).
 */
export const ORPHAN_LISTS = { unknown: 0.12 } as const;

/**
 * Lists of at least two units, none of them paired in `drafts`, pair list with list across the two
 * trees (`ORPHAN_LISTS`); two lists of frames paired with each other had their chance in
 * `pairChildren` and do not meet again. Items pair within each list pair as within paired frames,
 * the frames' heads named in the pairs' reasons.
 */
function pairOrphanLists(
  score: (l: readonly number[], r: readonly number[]) => number,
  left: AlignSide,
  right: AlignSide,
  drafts: Draft[],
  pairUnits: ReturnType<typeof unitPairing>,
) {
  const leftLists = orphanLists(left, new Set(drafts.flatMap((d) => d.left)));
  if (leftLists.length === 0) return;
  const rightLists = orphanLists(right, new Set(drafts.flatMap((d) => d.right)));
  if (rightLists.length === 0) return;
  const withPeriod = (side: AlignSide) => (o: { frame: Unit; list: Unit[] }) => ({
    ...o,
    period: periodOfList(side, o.list),
  });
  const a = leftLists.map(withPeriod(left));
  const b = rightLists.map(withPeriod(right));
  const partners = framePartners(drafts, left, right);
  const leftSections = a.map((o) => sectionsOfList(o.list));
  const rightSections = b.map((o) => sectionsOfList(o.list));
  const listPairs = pairLists(score, leftSections, rightSections, (x, y) => {
    const p = a[x]!.period;
    const q = b[y]!.period;
    if (p === null && q === null) {
      if (score(leftSections[x]!, rightSections[y]!) < ORPHAN_LISTS.unknown) return false;
    } else if (p !== q) return false;
    return a[x]!.frame.node === null || partners.left.get(a[x]!.frame.node) !== b[y]!.frame.node;
  });
  for (const p of listPairs) {
    const x = a[p.left[0]!]!;
    const y = b[p.right[0]!]!;
    pairUnits(x.list, y.list, {
      within: { left: idOf(left, x.frame), right: idOf(right, y.frame) },
      parallel: x.period !== null && x.period === y.period ? PERIOD_LISTS : PARALLEL_LIST,
    });
  }
}

/** Every list of two units or more in a report's tree of units with none of its sections `taken`. */
function orphanLists(side: AlignSide, taken: ReadonlySet<number>) {
  const nodes = new Map((side.outline ?? []).map((n) => [n.id, n] as const));
  const out: { frame: Unit; list: Unit[] }[] = [];
  const walk = (unit: Unit) => {
    if (unit.children.length === 0) return;
    for (const list of listsOf(unit.children, nodes).lists)
      if (list.length >= 2 && list.every((u) => u.sections.every((i) => !taken.has(i))))
        out.push({ frame: unit, list });
    unit.children.forEach(walk);
  };
  unitsOf(side.sections).forEach(walk);
  return out;
}

/** The id of a unit's first section: its head's, when it has one (what a pair's `within` names). */
function idOf(side: AlignSide, unit: Unit): string {
  return side.sections[unit.head ?? unit.sections[0]!]!.id;
}

/** The sections of a list of units, in text order: the list read as one text. */
function sectionsOfList(list: readonly Unit[]): number[] {
  return list.flatMap((u) => u.sections).sort((x, y) => x - y);
}

/**
 * Whole lists (each given as its sections) paired by their text (`LIST_PAIR`), those `allowed` only:
 * the lists of two paired frames (`pairChildren`) and the lists left over anywhere (`pairOrphanLists`).
 */
function pairLists(
  score: (l: readonly number[], r: readonly number[]) => number,
  leftSections: readonly (readonly number[])[],
  rightSections: readonly (readonly number[])[],
  allowed: (x: number, y: number) => boolean,
) {
  const small = Math.min(leftSections.length, rightSections.length) < LIFT_POOL_MIN;
  return pairPool(
    leftSections.length,
    rightSections.length,
    (x, y) => score(leftSections[x]!, rightSections[y]!),
    {
      pair: LIST_PAIR,
      lift: small ? 0 : PAIR_LIFT,
      mutual: LIST_PAIR,
      maxScores: MAX_COMPARISONS,
      allowed,
    },
  );
}

/**
 * The period a list of sibling units speaks of (`./period`), read where its first unit starts; when
 * the section before it is a head (the list opens its frame), that head is read whole as its
 * introduction.
 */
function periodOfList(side: AlignSide, list: readonly Unit[]): Period | null {
  const first = list[0]?.head ?? list[0]?.sections[0];
  if (first === undefined) return null;
  const starts = side.projection.spanStart;
  const intro = first > 0 && side.sections[first - 1]!.part === 'head' ? starts[first - 1]! : starts[first]!;
  return periodAt(side.projection, starts[first]!, intro);
}

function periodByUnit(lists: readonly Unit[][], periods: readonly (Period | null)[]) {
  const out = new Map<Unit, Period | null>();
  lists.forEach((list, i) => list.forEach((unit) => out.set(unit, periods[i]!)));
  return out;
}

/** Every section not in a draft gets one of its own; all in reading order, with their scores. */
function finish(
  drafts: Draft[],
  score: (l: readonly number[], r: readonly number[]) => number,
  left: AlignSide,
  right: AlignSide,
): IndexedPair[] {
  for (const heads of frameHeadPairs(drafts, left.sections, right.sections))
    drafts.push({ ...heads, kind: 'task' });
  const pairedLeft = new Set(drafts.flatMap((p) => p.left));
  const pairedRight = new Set(drafts.flatMap((p) => p.right));
  left.sections.forEach((s, i) => {
    if (!pairedLeft.has(i)) drafts.push({ left: [i], right: [], kind: s.kind });
  });
  right.sections.forEach((s, i) => {
    if (!pairedRight.has(i)) drafts.push({ left: [], right: [i], kind: s.kind });
  });

  return readingOrder(drafts).map((draft) => {
    draft.left.sort((x, y) => x - y);
    draft.right.sort((x, y) => x - y);
    const both = draft.left.length > 0 && draft.right.length > 0;
    let similarity: number | undefined;
    return {
      left: draft.left.map((i) => left.sections[i]!.id),
      right: draft.right.map((i) => right.sections[i]!.id),
      kind: draft.kind,
      // Scored when first read: compare() reads the scores of its last cut (and a few weak pairs of
      // the one before), while every cut it makes pairs all sections; scoring them all was ~5 % of a
      // comparison at 100k characters a side. The scorer is pure, so the value is the same whenever.
      get similarity() {
        return (similarity ??= both ? score(draft.left, draft.right) : 0);
      },
      leftIndex: draft.left,
      rightIndex: draft.right,
      ...(draft.within ? { within: draft.within } : {}),
    };
  });
}

/**
 * `f` remembered per list of section indices (their text as the key). The pools ask again and again
 * with the same array (a unit's `sections`), so arrays seen are remembered as such too, rather than a
 * frame's dozens of indices being joined into a key for every score.
 */
function memo<T>(f: (indices: readonly number[]) => T): (indices: readonly number[]) => T {
  const made = new Map<string, T>();
  const byArray = new WeakMap<readonly number[], T>();
  return (indices) => {
    const seen = byArray.get(indices);
    if (seen !== undefined) return seen;
    const key = indices.join(',');
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = f(indices)));
    byArray.set(indices, value);
    return value;
  };
}

function themeSum(
  profiles: readonly (readonly number[])[] | undefined,
  indices: readonly number[],
): readonly number[] {
  if (!profiles) return [];
  return indices.length === 1 ? profiles[indices[0]!]! : sumDense(indices.map((i) => profiles[i]!));
}

function profile(vectors: readonly SparseVector[], indices: readonly number[]): SparseVector {
  return indices.length === 1 ? vectors[indices[0]!]! : combine(indices.map((i) => vectors[i]!));
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
