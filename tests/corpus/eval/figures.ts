/**
 * The figures a human reads and the ratchet holds, from the scored runs: micro-averaged over
 * documents (./counts.ts). Names are what the table and baseline.json print:
 *
 *   headline  `tasks F1` (every level, a node matched at its own level), `F1 level N`, `F1 <style>`,
 *             `starts F1 any level`, `ends`, `opening`, `closing`, `annex`, `trail`, `title`, `untitled`,
 *             `dates`, `place`, `pair agreement`, `wrong pairs` (a ceiling), and the last two again
 *             `on labels` (pairing run on the labelled structure, ./oracle.ts)
 *   document  `F1`, `opening`, `closing`, `annex`, `trail`, `title`, `untitled`, `dates`, `place`
 *   pairs     `pair agreement`, `wrong pairs`, each also `on labels`
 *
 * A share is `null` when nothing was judged (no place labelled anywhere), and is then not held.
 */
import { createHash } from 'node:crypto';
import { STYLES } from '../labels';
import { CountsBy, add, addTally, f1, noCounts, noTally, share, type Counts, type Tally } from './counts';
import type { DocRun, PairRun } from './measure';
import type { Baseline, Figures } from './ratchet';

export interface Totals {
  cells: CountsBy;
  anyLevel: Counts;
  ends: Tally;
  opening: Tally;
  closing: Tally;
  annex: Tally;
  trail: Tally;
  title: Tally;
  untitled: Tally;
  dates: Tally;
  place: Tally;
  decisions: Tally;
  judged: Tally;
  /** The same two on the labelled structure (`PairRun.labelled`). */
  labelledDecisions: Tally;
  labelledJudged: Tally;
}

/** The right/judged figures of boundaries and metadata, in table order. */
export const BOUNDARY_AND_META = [
  'opening',
  'closing',
  'annex',
  'trail',
  'title',
  'untitled',
  'dates',
  'place',
] as const;

const one = (ok: boolean): Tally => ({ right: ok ? 1 : 0, of: 1 });

export function totals(docs: readonly DocRun[], pairs: readonly PairRun[]): Totals {
  const t: Totals = {
    cells: new CountsBy(),
    anyLevel: noCounts(),
    ends: noTally(),
    opening: noTally(),
    closing: noTally(),
    annex: noTally(),
    trail: noTally(),
    title: noTally(),
    untitled: noTally(),
    dates: noTally(),
    place: noTally(),
    decisions: noTally(),
    judged: noTally(),
    labelledDecisions: noTally(),
    labelledJudged: noTally(),
  };
  for (const { score } of docs) {
    t.cells.addAll(score.cells);
    add(t.anyLevel, score.anyLevel);
    addTally(t.ends, score.ends);
    for (const b of ['opening', 'closing', 'annex', 'trail'] as const)
      addTally(t[b], one(score.boundaries[b]));
    addTally(t.title, score.title);
    addTally(t.untitled, score.untitled);
    addTally(t.dates, score.dates);
    addTally(t.place, score.place);
  }
  for (const { score, labelled } of pairs) {
    addTally(t.decisions, { right: score.agreed, of: score.decisions });
    // `right` counts the WRONG pairs here: the share is the wrong-pair rate.
    addTally(t.judged, { right: score.wrong, of: score.judged });
    addTally(t.labelledDecisions, { right: labelled.agreed, of: labelled.decisions });
    addTally(t.labelledJudged, { right: labelled.wrong, of: labelled.judged });
  }
  return t;
}

/** Counts of the cells matching a level and/or a style (`undefined` = any). */
export function cellsWhere(cells: CountsBy, level?: (l: number) => boolean, style?: string): Counts {
  const sum = noCounts();
  for (const [key, c] of cells.map) {
    const [l, s] = key.split('|');
    if (level && !level(Number(l))) continue;
    if (style !== undefined && s !== style) continue;
    add(sum, c);
  }
  return sum;
}

export function levelsOf(cells: CountsBy): number[] {
  return [...new Set([...cells.map.keys()].map((k) => Number(k.split('|')[0])))].sort((a, b) => a - b);
}

/** Styles with labelled nodes, in the README's order, then engine-only styles. */
export function stylesOf(cells: CountsBy): string[] {
  const present = new Set([...cells.map.keys()].map((k) => k.split('|')[1]!));
  const labelled = STYLES.filter((s) => present.has(s));
  return [...labelled, ...[...present].filter((s) => !(STYLES as readonly string[]).includes(s)).sort()];
}

export function headlineFigures(t: Totals): Figures {
  const figures: Figures = { 'tasks F1': f1(cellsWhere(t.cells)) };
  for (const level of levelsOf(t.cells)) {
    const c = cellsWhere(t.cells, (l) => l === level);
    if (c.tp + c.fn > 0) figures[`F1 level ${level}`] = f1(c);
  }
  for (const style of stylesOf(t.cells)) {
    const c = cellsWhere(t.cells, undefined, style);
    if (c.tp + c.fn > 0) figures[`F1 ${style}`] = f1(c);
  }
  figures['starts F1 any level'] = f1(t.anyLevel);
  figures.ends = share(t.ends);
  for (const k of BOUNDARY_AND_META) figures[k] = share(t[k]);
  figures['pair agreement'] = share(t.decisions);
  figures['wrong pairs'] = share(t.judged);
  figures['pair agreement on labels'] = share(t.labelledDecisions);
  figures['wrong pairs on labels'] = share(t.labelledJudged);
  return figures;
}

export function docFigures(run: DocRun): Figures {
  const s = run.score;
  return {
    F1: f1(cellsWhere(s.cells)),
    opening: s.boundaries.opening ? 1 : 0,
    closing: s.boundaries.closing ? 1 : 0,
    annex: s.boundaries.annex ? 1 : 0,
    trail: s.boundaries.trail ? 1 : 0,
    title: share(s.title),
    untitled: share(s.untitled),
    dates: share(s.dates),
    place: share(s.place),
  };
}

export function pairFigures(run: PairRun): Figures {
  const { score, labelled } = run;
  return {
    'pair agreement': score.decisions === 0 ? null : score.agreed / score.decisions,
    'wrong pairs': score.judged === 0 ? null : score.wrong / score.judged,
    'pair agreement on labels': labelled.decisions === 0 ? null : labelled.agreed / labelled.decisions,
    'wrong pairs on labels': labelled.judged === 0 ? null : labelled.wrong / labelled.judged,
  };
}

/** The measured figures in the baseline's shape; `labels` hashes say what they were measured on. */
export function measuredBaseline(docs: readonly DocRun[], pairs: readonly PairRun[], t: Totals): Baseline {
  const scored = pairs.filter((p) => p.problems.length === 0);
  const all = [
    ...docs.map((d) => `${d.id}:${d.labelsHash}`),
    ...scored.map((p) => `${p.file}:${p.labelsHash}`),
  ];
  return {
    headline: {
      labels: createHash('sha1').update(all.sort().join(' ')).digest('hex').slice(0, 12),
      figures: headlineFigures(t),
    },
    documents: Object.fromEntries(docs.map((d) => [d.id, { labels: d.labelsHash, figures: docFigures(d) }])),
    pairs: Object.fromEntries(scored.map((p) => [p.file, { labels: p.labelsHash, figures: pairFigures(p) }])),
  };
}
