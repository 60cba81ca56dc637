/**
 * The engine: `compare(left, right)` runs every stage and returns one `Comparison` (src/core/types.ts).
 *
 *   normalize → structure → (section edits) → align → (pair edits) → phrases → themes → stats
 *
 * The edits in brackets are the reader's corrections (`options.corrections`, src/core/corrections),
 * each reported in `Comparison.corrections` as applied or no longer fitting.
 * Pure and synchronous: the same texts and options give the same result (apart from
 * `stats.elapsedMs`), on any string, empty or a megabyte long. Every range in the result points
 * into the original texts (UTF-16 offsets).
 *
 * Example: `compare(bijie, panzhihua).phrases.find((p) => p.text === '把思想和行动统一到中央')`
 * has a `left` range slicing to `把思想和行動統一到中央` in the Traditional original.
 */

import {
  alignWith,
  pairScorer,
  SMALL_POOL_PAIR,
  refineWith,
  strayWith,
  type AlignSide,
  type IndexedPair,
  type OpenedPair,
  type PairScorer,
} from './align';
import {
  applyPairEdits,
  applySectionEdits,
  planCorrections,
  recordOutcomes,
  type Indexed,
  type SectionEdit,
} from './corrections';
import { BigramCorpus } from './align/bigram-corpus';
import { withConcepts } from './align/concepts';
import { headingAt } from './align/heading';
import { itemPairsUnderHeads } from './align/frame-heads';
import { normalize, toNormalizedIndex, toOriginalRange } from './normalize';
import { phraseCoverage, coveredMask, unionRanges } from './phrases/coverage';
import {
  cutAtDifferingNumbers,
  findMatches,
  projectHan,
  toSharedPhrases,
  type HanProjection,
  type PhraseSide,
} from './phrases';
import { phrasesBySection, type PhrasesBySection } from './phrases/bySection';
import { projectFrom } from './phrases/projection';
import { resolveOptions } from './options';
import { parseStructure, sectionsAt, suggestedLevel } from './structure';
import { taskLabel } from './structure/label';
import { findThemeMentions, LEXICON, profilesOf, scanTerms, themeRowsOf, type TermHits } from './themes';
import {
  type CompareOptions,
  type Comparison,
  type Normalized,
  type CorrectionOutcome,
  type ComparisonStats,
  type PairReason,
  type Range,
  type Report,
  type SharedPhrase,
} from './types';

export * from './types';
export { normalize, normalizeFragment, toNormalizedIndex, toOriginalRange } from './normalize';
export { parseStructure, sectionIdOf, sectionsAt, suggestedLevel, type OutlineSource } from './structure';
export { alignSections } from './align';
export { projectHan } from './phrases';
export { LEXICON, type Theme } from './themes';
export { countHan, isHan } from './text/han';
export { clampPhraseLength, PHRASE_LENGTH_RANGE, resolveOptions } from './options';

/** A report plus what the later stages need: its sections as normalized spans and its Han projection. */
interface PreparedReport {
  report: Report;
  normSpans: { id: string; start: number; end: number }[];
  projection: HanProjection;
  /** The lexicon's terms in the whole normalized text (`scanTerms`). */
  terms: TermHits;
  toOriginal(normStart: number, normEnd: number): Range;
}

export function compare(left: string, right: string, options: Partial<CompareOptions> = {}): Comparison {
  const began = performance.now();
  const comparison = compareParsed(parseReport(left, 'L'), parseReport(right, 'R'), options);
  comparison.stats.elapsedMs = performance.now() - began;
  return comparison;
}

/**
 * `compare` from texts already through the structure stage (`parseReport`): the engine's own, or one
 * made elsewhere (the corpus eval lines reports up on their labelled structure to measure pairing alone).
 */
export function compareParsed(
  leftParsed: ParsedReport,
  rightParsed: ParsedReport,
  options: Partial<CompareOptions> = {},
): Comparison {
  const resolved = resolveOptions(options);
  const outcomes: CorrectionOutcome[] = [];
  const plan = planCorrections(resolved.corrections, outcomes);
  const chosen = typeof resolved.alignLevel === 'number' ? resolved.alignLevel : null;
  const auto = chosen === null;
  const level = chosen ?? meetingLevel(leftParsed.report, rightParsed.report);
  let l = prepare(leftParsed, 'L', level, plan.sections.left, outcomes);
  let r = prepare(rightParsed, 'R', level, plan.sections.right, outcomes);
  const corpus = bigramCorpusOf(leftParsed, rightParsed);
  let aligned = alignPrepared(l, r, corpus);
  // Auto level only: a level the reader chose is the level they read at.
  if (auto && plan.sections.left.length === 0 && plan.sections.right.length === 0) {
    const open = { left: new Set<string>(), right: new Set<string>() };
    const holdingLeft = holdingNodes(leftParsed.report);
    const holdingRight = holdingNodes(rightParsed.report);
    for (let round = 0; round < REFINE_ROUNDS; round++) {
      const opened: OpenedPair[] = [];
      const kept: IndexedPair[] = [];
      for (const pair of aligned.pairs) {
        const a = refinable(l, holdingLeft, pair.leftIndex);
        const b = refinable(r, holdingRight, pair.rightIndex);
        if (a && b) opened.push({ left: a, right: b, ...(pair.within ? { within: pair.within } : {}) });
        else kept.push(pair);
      }
      if (opened.length === 0) break;
      for (const o of opened) {
        open.left.add(o.left);
        open.right.add(o.right);
      }
      l = prepare(leftParsed, 'L', level, [], outcomes, open.left);
      r = prepare(rightParsed, 'R', level, [], outcomes, open.right);
      aligned = alignPrepared(l, r, corpus, (score, la, ra) => refineWith(score, la, ra, kept, opened));
    }
    ({ l, r, aligned } = strayRound(leftParsed, rightParsed, level, outcomes, {
      l,
      r,
      aligned,
      corpus,
      open,
      holding: { left: holdingLeft, right: holdingRight },
    }));
  }
  const { score } = aligned;
  let pairs = aligned.pairs;
  if (plan.pairs.length > 0) {
    const edited = applyPairEdits(
      pairs,
      plan.pairs.map((p) => p.edit),
      { left: l.report.sections, right: r.report.sections },
      score,
    );
    pairs = edited.pairs;
    recordOutcomes(outcomes, plan.pairs, edited.outcomes);
  }
  const sides = { left: phraseSide(l), right: phraseSide(r) };
  const matches = cutAtDifferingNumbers(
    findMatches(
      l.projection,
      r.projection,
      pairs.map((p) => ({ left: p.leftIndex, right: p.rightIndex })),
      resolved,
    ),
    sides.left,
    sides.right,
    resolved.minPhraseLength,
  );
  const phrases = toSharedPhrases(sides.left, sides.right, matches);
  const themes = themeRowsOf(aligned.mentions().left, aligned.mentions().right);
  const stats = computeStats(l, r, pairs, matches, phrases);
  const bySection = phrasesBySection(phrases, l.report.sections, r.report.sections);
  const itemPairs = itemPairsUnderHeads(pairs, l.report.sections, r.report.sections);

  return {
    left: l.report,
    right: r.report,
    pairs: pairs.map((pair, i) => {
      const { left, right, kind, similarity, manual } = pair;
      const why = reasonOf(pair, score, bySection, itemPairs.get(i));
      return { left, right, kind, similarity, ...(manual ? { manual } : {}), ...(why ? { why } : {}) };
    }),
    phrases,
    themes,
    stats,
    options: resolved,
    corrections: outcomes,
    level,
  };
}

/** Most levels a paired unit is opened below the cut (`refinable`). */
const REFINE_ROUNDS = 3;

/**
 * The node of a pair's side when it is one whole task section whose node has children: two such
 * nodes paired are opened, so their lists line up inside them (`会议确定` point against point, then
 * 一是 against 一是). Null otherwise.
 */
function refinable(
  side: PreparedReport,
  holding: ReadonlySet<string>,
  indices: readonly number[],
): string | null {
  if (indices.length !== 1) return null;
  const section = side.report.sections[indices[0]!]!;
  if (section.kind !== 'task' || section.part !== 'whole' || section.node === undefined) return null;
  return holding.has(section.node) ? section.node : null;
}

type Aligned = ReturnType<typeof alignPrepared>;

/**
 * Nodes left unpaired whole that hold items are opened, and their items get a second chance
 * (`strayWith`). A holder paired whole under `SMALL_POOL_PAIR` is opened too (`weakHolderPairs`); its
 * weak pair is made again when it is shut again and nothing took its partner. When some strays' items
 * pair, the others are shut again and may pair whole in the round that settles the pairs. When none
 * pairs and no weak pair was undone, the strays stay open: shut, they would only be unpaired whole,
 * and open they show what they hold, each item without a partner (a speaker's three hopes that the
 * other meeting never voices). On the labelled corpus (`npm run eval`), whose pairs files list such
 * items as units with no counterpart: pair agreement 0.7512 → 0.7676, wrong pairs the same (0.0284).
 */
function strayRound(
  leftParsed: ParsedReport,
  rightParsed: ParsedReport,
  level: number,
  outcomes: CorrectionOutcome[],
  now: {
    l: PreparedReport;
    r: PreparedReport;
    aligned: Aligned;
    corpus: BigramCorpus;
    open: { left: Set<string>; right: Set<string> };
    /** `holdingNodes` of each report, made once by the caller. */
    holding: { left: ReadonlySet<string>; right: ReadonlySet<string> };
  },
): { l: PreparedReport; r: PreparedReport; aligned: Aligned } {
  let { l, r, aligned } = now;
  const { open, holding, corpus } = now;
  const weak = weakHolderPairs(l, r, holding, aligned.pairs);
  const weakHolders = (side: PreparedReport, which: 'left' | 'right') =>
    weak.flatMap(
      (p) => refinable(side, holding[which], p[which === 'left' ? 'leftIndex' : 'rightIndex']) ?? [],
    );
  const strays = {
    left: [...unpairedHolders(l, holding.left, aligned.pairs, 'left'), ...weakHolders(l, 'left')],
    right: [...unpairedHolders(r, holding.right, aligned.pairs, 'right'), ...weakHolders(r, 'right')],
  };
  if (strays.left.length + strays.right.length === 0) return now;
  const reopen = () => {
    l = prepare(leftParsed, 'L', level, [], outcomes, open.left);
    r = prepare(rightParsed, 'R', level, [], outcomes, open.right);
  };
  const kept = aligned.pairs.filter((p) => !weak.includes(p));
  strays.left.forEach((id) => open.left.add(id));
  strays.right.forEach((id) => open.right.add(id));
  reopen();
  aligned = alignPrepared(l, r, corpus, (score, la, ra) => strayWith(score, la, ra, kept, strays));
  const idle = {
    left: strays.left.filter((id) => !pairedBelow(l, aligned.pairs, id, 'left')),
    right: strays.right.filter((id) => !pairedBelow(r, aligned.pairs, id, 'right')),
  };
  if (idle.left.length + idle.right.length === 0) return { l, r, aligned };
  // None pairs (the common case in work reports). With no weak pair undone to open them, the strays
  // stay open: the same pairs, their items shown each without a partner. Else shut again, the
  // comparison is the one before, weak pairs included.
  if (idle.left.length === strays.left.length && idle.right.length === strays.right.length) {
    if (weak.length === 0) return { l, r, aligned };
    strays.left.forEach((id) => open.left.delete(id));
    strays.right.forEach((id) => open.right.delete(id));
    return { l: now.l, r: now.r, aligned: now.aligned };
  }
  const settled = aligned.pairs.filter((p) => p.leftIndex.length > 0 && p.rightIndex.length > 0);
  // A weak pair whose sections nothing else took, its holder shut again, is made again.
  const taken = new Set(settled.flatMap((p) => [...p.left, ...p.right]));
  const free = (id: string) => ![...taken].some((t) => t === id || t.startsWith(`${id}.`));
  settled.push(...weak.filter((p) => [...p.left, ...p.right].every(free)));
  idle.left.forEach((id) => open.left.delete(id));
  idle.right.forEach((id) => open.right.delete(id));
  reopen();
  aligned = alignPrepared(l, r, corpus, (score, la, ra) => refineWith(score, la, ra, settled, []));
  return { l, r, aligned };
}

/**
 * Pairs of two whole task sections, one of them holding items, made at a score under
 * `SMALL_POOL_PAIR`: only a small pool's mutual best within paired frames pairs so low, so the holder
 * is as good as unpaired and gets the strays' second chance too. gs's government-conduct part (3.9, four
 * `要…` points closing its chapter 三) met only hlj's 3.4 in its pool (0.099), while hlj gives government
 * conduct a chapter 四 of its own, whose items answer gs's one by one.
 */
function weakHolderPairs(
  l: PreparedReport,
  r: PreparedReport,
  holding: { left: ReadonlySet<string>; right: ReadonlySet<string> },
  pairs: readonly IndexedPair[],
): IndexedPair[] {
  return pairs.filter(
    (p) =>
      p.kind === 'task' &&
      p.leftIndex.length === 1 &&
      p.rightIndex.length === 1 &&
      (refinable(l, holding.left, p.leftIndex) !== null ||
        refinable(r, holding.right, p.rightIndex) !== null) &&
      // Last: a pair's score is made when first read (`finish` in ./align).
      p.similarity < SMALL_POOL_PAIR,
  );
}

/** Nodes of whole task sections left unpaired that hold children (`strayWith` opens them). */
function unpairedHolders(
  side: PreparedReport,
  holding: ReadonlySet<string>,
  pairs: readonly IndexedPair[],
  which: 'left' | 'right',
): string[] {
  const other = which === 'left' ? 'rightIndex' : 'leftIndex';
  const own = which === 'left' ? 'leftIndex' : 'rightIndex';
  return pairs.flatMap((p) => (p[other].length === 0 ? (refinable(side, holding, p[own]) ?? []) : []));
}

/** Whether a section below node `id` (its items, not its head) is paired. */
function pairedBelow(
  side: PreparedReport,
  pairs: readonly IndexedPair[],
  id: string,
  which: 'left' | 'right',
): boolean {
  const other = which === 'left' ? 'rightIndex' : 'leftIndex';
  const own = which === 'left' ? 'leftIndex' : 'rightIndex';
  const prefix = `${id}.`;
  return pairs.some(
    (p) =>
      p[other].length > 0 && p[own].some((i) => side.report.sections[i]!.node?.startsWith(prefix) === true),
  );
}

/** Ids of the outline nodes that have children (looked up once per pair in every round). */
function holdingNodes(report: Report): Set<string> {
  return new Set(report.outline.filter((n) => n.children.length > 0).map((n) => n.id));
}

type Aligner = (score: PairScorer, left: AlignSide, right: AlignSide) => IndexedPair[];

/**
 * The bigrams of both whole normalized texts, numbered once: every cut compare() aligns (first cut,
 * refine rounds, stray round) reads its sections' tallies from it rather than counting them again.
 * Theme terms are marked as concepts in them (`align/concepts.ts`).
 */
function bigramCorpusOf(left: ParsedReport, right: ParsedReport): BigramCorpus {
  return new BigramCorpus([withConcepts(wholeProjection(left)), withConcepts(wholeProjection(right))]);
}

/** `make` remembered per parsed report: what every cut of one text reads off the whole text. */
function perText<T>(make: (normalized: string) => T): (parsed: ParsedReport) => T {
  const made = new WeakMap<ParsedReport, T>();
  return (parsed) => {
    let value = made.get(parsed);
    if (value === undefined) made.set(parsed, (value = make(parsed.report.normalized)));
    return value;
  };
}

/** The Han projection of a whole normalized text, each cut's projection read off it (`projectFrom`). */
const wholeProjection = perText((text) => projectHan(text, [{ start: 0, end: text.length }]));
/** The lexicon's terms found in a whole normalized text, each cut's sections read off it. */
const wholeTerms = perText((text) => scanTerms(text));

function alignPrepared(
  l: PreparedReport,
  r: PreparedReport,
  corpus: BigramCorpus,
  align: Aligner = alignWith,
) {
  // Theme mentions only name a pair's reason and fill the theme table, both read off the last cut:
  // made when first asked for, so the cuts compare() goes beyond never scan for them.
  const mentions = once(() => ({
    left: findThemeMentions(themeText(l), LEXICON, l.terms),
    right: findThemeMentions(themeText(r), LEXICON, r.terms),
  }));
  const leftThemes = once(() => profilesOf(mentions().left));
  const rightThemes = once(() => profilesOf(mentions().right));
  const leftAlign: AlignSide = {
    sections: l.report.sections,
    projection: l.projection,
    get themes() {
      return leftThemes();
    },
    headings: headingsOf(l),
    outline: l.report.outline,
  };
  const rightAlign: AlignSide = {
    sections: r.report.sections,
    projection: r.projection,
    get themes() {
      return rightThemes();
    },
    headings: headingsOf(r),
    outline: r.report.outline,
  };
  const score = pairScorer(leftAlign, rightAlign, {
    themeKeys: LEXICON.map((t) => t.key),
    corpus: { bigrams: corpus, left: 0, right: 1 },
  });
  return { mentions, score, pairs: align(score, leftAlign, rightAlign) };
}

/** `make()` made at the first call and kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** A text after the structure stage, its `report.sections` cut at the structure's own level. */
export interface ParsedReport {
  report: Report;
  normalized: Normalized;
}

/** `side` is `L` for the left report, `R` for the right: the letter of its section and node ids. */
export function parseReport(input: string, side: 'L' | 'R'): ParsedReport {
  const text = typeof input === 'string' ? input : '';
  const normalized = normalize(text);
  const structure = parseStructure(normalized, side);
  const report: Report = {
    text,
    normalized: normalized.normalized,
    map: normalized.map,
    meta: structure.meta,
    outline: structure.outline,
    parts: structure.parts,
    sections: structure.sections,
    glosses: normalized.glosses,
    warnings: [...normalized.warnings, ...structure.warnings],
  };
  return { report, normalized };
}

/**
 * The outline level both reports are cut at for alignment: the deeper of the two structural
 * suggestions (`suggestedLevel`), so neither report's topics are folded into a frame. A starting
 * point for the pairing stage, which may choose per chapter.
 */
function meetingLevel(left: Report, right: Report): number {
  return Math.max(suggestedLevel(left.outline), suggestedLevel(right.outline));
}

function prepare(
  parsed: ParsedReport,
  side: 'L' | 'R',
  level: number,
  edits: readonly Indexed<SectionEdit>[],
  outcomes: CorrectionOutcome[],
  open?: ReadonlySet<string>,
): PreparedReport {
  const { normalized } = parsed;
  const text = parsed.report.text;
  let sections = sectionsAt(parsed.report, side, level, open);
  if (edits.length > 0) {
    const edited = applySectionEdits(
      sections,
      edits.map((e) => e.edit),
      {
        text,
        side,
        label: (start, end) =>
          taskLabel(
            normalized,
            toNormalizedIndex(normalized.map, start),
            toNormalizedIndex(normalized.map, end),
          ),
      },
    );
    sections = edited.sections;
    recordOutcomes(outcomes, edits, edited.outcomes);
  }
  const report: Report = { ...parsed.report, sections };
  const normSpans = report.sections.map((s) => ({
    id: s.id,
    start: toNormalizedIndex(report.map, s.start),
    end: toNormalizedIndex(report.map, s.end),
  }));
  return {
    report,
    normSpans,
    projection: projectFrom(wholeProjection(parsed), report.normalized.length, normSpans),
    terms: wholeTerms(parsed),
    toOriginal: (start, end) => toOriginalRange(report.map, start, end, text.length),
  };
}

/** How many phrases a reason names. */
const REASON_PHRASES = 3;

/**
 * Why a pair with both sides was made (`PairReason`): the scorer's part (score, themes, terms, the
 * chapters it was made within), the longest shared phrases with both ends inside it and, for two
 * heads, how many pairs their items make (`itemPairsUnderHeads`). Reader-made pairs get one too,
 * without `within`.
 */
function reasonOf(
  pair: IndexedPair,
  score: PairScorer,
  phrases: PhrasesBySection,
  items: number | undefined,
): PairReason | undefined {
  if (pair.leftIndex.length === 0 || pair.rightIndex.length === 0) return undefined;
  const base = score.reason(pair.leftIndex, pair.rightIndex, pair.manual ? undefined : pair.within);
  const both = phrases.inside(pair.leftIndex, pair.rightIndex);
  // Each wording once: the same phrase repeated in a pair says nothing more about why it pairs.
  const wordings = new Set<string>();
  const longest = [...both]
    .sort((a, b) => b.hanLength - a.hanLength || a.left.start - b.left.start)
    .filter((p) => !wordings.has(p.text) && wordings.add(p.text))
    .slice(0, REASON_PHRASES)
    .map((p) => p.id);
  // Pairs from the engine report the score they were made on; a reader's pair, its own.
  return {
    ...base,
    score: pair.similarity,
    phrases: longest,
    phraseCount: both.length,
    ...(items ? { items } : {}),
  };
}

/** Each task section's heading (`./align/heading`); opening and closing have none. */
function headingsOf(side: PreparedReport): string[] {
  const text = side.report.normalized;
  return side.normSpans.map((span, i) =>
    side.report.sections[i]!.kind === 'task' ? headingAt(text, span.start, span.end) : '',
  );
}

function phraseSide(side: PreparedReport): PhraseSide {
  return { normalized: side.report.normalized, projection: side.projection, toOriginal: side.toOriginal };
}

function themeText(side: PreparedReport) {
  return {
    normalized: side.report.normalized,
    sections: side.normSpans,
    hanCount: side.projection.length,
    toOriginal: side.toOriginal,
  };
}

function computeStats(
  l: PreparedReport,
  r: PreparedReport,
  pairs: readonly IndexedPair[],
  matches: readonly { left: number; right: number; length: number; kind: string }[],
  phrases: readonly SharedPhrase[],
): ComparisonStats {
  const leftMask = coveredMask(
    l.projection.length,
    matches.map((m) => ({ start: m.left, length: m.length })),
  );
  const rightMask = coveredMask(
    r.projection.length,
    matches.map((m) => ({ start: m.right, length: m.length })),
  );
  const leftUnion = unionRanges(phrases.map((p) => p.left));
  const rightUnion = unionRanges(phrases.map((p) => p.right));
  const sectionRanges = (side: PreparedReport, indices: readonly number[]) => ({
    indices,
    ranges: indices.map((i) => ({
      start: side.report.sections[i]!.start,
      end: side.report.sections[i]!.end,
    })),
  });
  const alignedCount = phrases.filter((p) => p.kind === 'aligned').length;
  return {
    left: phraseCoverage(l.projection, leftMask, leftUnion),
    right: phraseCoverage(r.projection, rightMask, rightUnion),
    pairs: pairs.map((p) => ({
      left: phraseCoverage(l.projection, leftMask, leftUnion, sectionRanges(l, p.leftIndex)),
      right: phraseCoverage(r.projection, rightMask, rightUnion, sectionRanges(r, p.rightIndex)),
    })),
    phraseCount: phrases.length,
    alignedCount,
    movedCount: phrases.length - alignedCount,
    // Pairs with a section on both sides (a one-to-many pair counts once).
    pairedSections: pairs.filter((p) => p.left.length > 0 && p.right.length > 0).length,
    elapsedMs: 0,
  };
}
