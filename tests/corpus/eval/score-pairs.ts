/**
 * Same-topic pairs: the engine's section pairs against a labelled pairs file
 * (tests/corpus/pairs/<left>__<right>.json, format in tests/corpus/README.md).
 *
 * 1. Each labelled unit is found among the engine's sections: `opening`/`closing` are the engine's
 *    opening/closing section; a node is the task section starting at the same place (`matchStarts`,
 *    one to one). A unit the engine never cut out has no section and can agree with nothing.
 * 2. Each labelled DECISION is checked: a pair is FOUND when one engine pair holds exactly its units
 *    (on each side, counting only units the pairs file speaks of, so an extra section the engine cut
 *    does not spoil it); an unpaired unit AGREES when the engine leaves its section unpaired (no
 *    section at all on the other side).
 *    agreement = (found pairs + agreeing unpaired units) / (labelled pairs + labelled unpaired units).
 *    A pair not found but sharing at least one left–right link with an engine pair is PARTIAL
 *    (shown, not counted as agreement).
 * 3. Each engine pair with units of the file on both sides is JUDGED; it is WRONG when none of its
 *    left–right links is a labelled link (a labelled pair {a}↔{b, c} gives links a–b and a–c).
 *    wrong = wrong pairs / judged pairs. Engine pairs of sections the file does not speak of (other
 *    levels, sections the labels do not have) are not judged.
 *
 * Example: labels {1}↔{2}, {2}↔{1, 3}, unpaired left {3}; engine {1}↔{2}, {2}↔{1}, {3}↔{3}:
 *   found 1 (the first), partial 1 (the second: link 2–1 but not 2–3), unpaired 3 paired → disagrees;
 *   agreement 1/3; judged 3, wrong 1 ({3}↔{3}) → 1/3.
 */
import type { ResolvedDoc } from '../labels';
import { matchStarts } from './match';

export interface PairsFile {
  left: string;
  right: string;
  pairs: { left: string[]; right: string[]; why?: string }[];
  unpaired?: { left?: string[]; right?: string[] };
  notes?: string;
}

export interface EngineSection {
  id: string;
  kind: string;
  start: number;
}

export interface EnginePair {
  left: string[];
  right: string[];
}

export interface PairScore {
  decisions: number;
  agreed: number;
  pairs: number;
  found: number;
  partial: number;
  unpaired: number;
  unpairedAgreed: number;
  judged: number;
  wrong: number;
  /** Labelled pairs not found, and engine pairs judged wrong, as `left keys ↔ right keys`. */
  missed: string[];
  wrongPairs: string[];
}

/** Labelled unit key → engine section id, for the units of one side. */
export function mapUnits(doc: ResolvedDoc, keys: readonly string[], sections: readonly EngineSection[]) {
  const map = new Map<string, string>();
  for (const kind of ['opening', 'closing'] as const) {
    const section = sections.find((s) => s.kind === kind);
    if (keys.includes(kind) && section) map.set(kind, section.id);
  }
  const units = doc.nodes.filter((n) => keys.includes(n.key));
  const tasks = sections.filter((s) => s.kind !== 'opening' && s.kind !== 'closing');
  for (const [p, l] of matchStarts(doc.text, tasks, units)) map.set(units[l]!.key, tasks[p]!.id);
  return map;
}

const linkKey = (l: string, r: string) => `${l}\u0000${r}`;
const show = (l: readonly string[], r: readonly string[]) => `${l.join('+') || '∅'} ↔ ${r.join('+') || '∅'}`;
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

export function scorePairs(
  file: PairsFile,
  leftMap: ReadonlyMap<string, string>,
  rightMap: ReadonlyMap<string, string>,
  engine: readonly EnginePair[],
): PairScore {
  const unitOf = (map: ReadonlyMap<string, string>) => new Map([...map].map(([key, id]) => [id, key]));
  const leftUnit = unitOf(leftMap);
  const rightUnit = unitOf(rightMap);
  const units = (ids: readonly string[], of: Map<string, string>) =>
    ids.flatMap((id) => (of.has(id) ? [of.get(id)!] : []));
  const mapped = engine.map((p) => ({
    left: units(p.left, leftUnit),
    right: units(p.right, rightUnit),
    raw: p,
  }));

  const labelled = file.pairs.filter((p) => p.left.length > 0 && p.right.length > 0);
  const links = new Set(labelled.flatMap((p) => p.left.flatMap((l) => p.right.map((r) => linkKey(l, r)))));
  const score = emptyPairScore();
  score.pairs = labelled.length;
  for (const pair of labelled) {
    if (mapped.some((m) => sameSet(m.left, pair.left) && sameSet(m.right, pair.right))) {
      score.found++;
      continue;
    }
    const touching = mapped.some((m) =>
      m.left.some((l) => pair.left.includes(l) && m.right.some((r) => pair.right.includes(r))),
    );
    if (touching) score.partial++;
    score.missed.push(show(pair.left, pair.right));
  }
  for (const side of ['left', 'right'] as const) {
    for (const key of file.unpaired?.[side] ?? []) {
      score.unpaired++;
      const holder = mapped.find((m) => m[side].includes(key));
      const other = side === 'left' ? 'right' : 'left';
      if (holder && holder.raw[other].length === 0) score.unpairedAgreed++;
      else score.missed.push(side === 'left' ? show([key], []) : show([], [key]));
    }
  }
  for (const m of mapped) {
    if (m.left.length === 0 || m.right.length === 0) continue;
    score.judged++;
    if (!m.left.some((l) => m.right.some((r) => links.has(linkKey(l, r))))) {
      score.wrong++;
      score.wrongPairs.push(show(m.left, m.right));
    }
  }
  score.decisions = score.pairs + score.unpaired;
  score.agreed = score.found + score.unpairedAgreed;
  return score;
}

export function emptyPairScore(): PairScore {
  return {
    decisions: 0,
    agreed: 0,
    pairs: 0,
    found: 0,
    partial: 0,
    unpaired: 0,
    unpairedAgreed: 0,
    judged: 0,
    wrong: 0,
    missed: [],
    wrongPairs: [],
  };
}
