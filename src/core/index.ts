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

import { alignWith, pairScorer, type IndexedPair } from './align';
import {
  applyPairEdits,
  applySectionEdits,
  planCorrections,
  recordOutcomes,
  type Indexed,
  type SectionEdit,
} from './corrections';
import { normalize, toNormalizedIndex, toOriginalRange } from './normalize';
import { phraseCoverage, coveredMask, unionRanges } from './phrases/coverage';
import { findMatches, projectHan, toSharedPhrases, type HanProjection, type PhraseSide } from './phrases';
import { resolveOptions } from './options';
import { parseStructure, sectionsAt, suggestedLevel } from './structure';
import { taskLabel } from './structure/label';
import { findThemeMentions, profilesOf, themeRowsOf } from './themes';
import {
  type CompareOptions,
  type Comparison,
  type Normalized,
  type CorrectionOutcome,
  type ComparisonStats,
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
  toOriginal(normStart: number, normEnd: number): Range;
}

export function compare(left: string, right: string, options: Partial<CompareOptions> = {}): Comparison {
  const began = performance.now();
  const resolved = resolveOptions(options);
  const outcomes: CorrectionOutcome[] = [];
  const plan = planCorrections(resolved.corrections, outcomes);
  const leftParsed = parse(typeof left === 'string' ? left : '', 'L');
  const rightParsed = parse(typeof right === 'string' ? right : '', 'R');
  const level = meetingLevel(leftParsed.report, rightParsed.report);
  const l = prepare(leftParsed, 'L', level, plan.sections.left, outcomes);
  const r = prepare(rightParsed, 'R', level, plan.sections.right, outcomes);

  const leftMentions = findThemeMentions(themeText(l));
  const rightMentions = findThemeMentions(themeText(r));
  const leftAlign = {
    sections: l.report.sections,
    projection: l.projection,
    themes: profilesOf(leftMentions),
  };
  const rightAlign = {
    sections: r.report.sections,
    projection: r.projection,
    themes: profilesOf(rightMentions),
  };
  const score = pairScorer(leftAlign, rightAlign);
  let pairs = alignWith(score, leftAlign, rightAlign);
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
  const matches = findMatches(
    l.projection,
    r.projection,
    pairs.map((p) => ({ left: p.leftIndex, right: p.rightIndex })),
    resolved,
  );
  const phrases = toSharedPhrases(phraseSide(l), phraseSide(r), matches);
  const themes = themeRowsOf(leftMentions, rightMentions);
  const stats = computeStats(l, r, pairs, matches, phrases);
  stats.elapsedMs = performance.now() - began;

  return {
    left: l.report,
    right: r.report,
    pairs: pairs.map(({ left, right, kind, similarity, manual }) => ({
      left,
      right,
      kind,
      similarity,
      ...(manual ? { manual } : {}),
    })),
    phrases,
    themes,
    stats,
    options: resolved,
    corrections: outcomes,
    level,
  };
}

interface Parsed {
  report: Report;
  normalized: Normalized;
}

function parse(text: string, side: 'L' | 'R'): Parsed {
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
  parsed: Parsed,
  side: 'L' | 'R',
  level: number,
  edits: readonly Indexed<SectionEdit>[],
  outcomes: CorrectionOutcome[],
): PreparedReport {
  const { normalized } = parsed;
  const text = parsed.report.text;
  let sections = sectionsAt(parsed.report, side, level);
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
    projection: projectHan(report.normalized, normSpans),
    toOriginal: (start, end) => toOriginalRange(report.map, start, end, text.length),
  };
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
