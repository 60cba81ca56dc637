/**
 * The ratchet: the committed floor of every headline figure (tests/corpus/eval/baseline.json), so
 * quality never goes back without someone saying so.
 *
 * Figures live in SCOPES: `headline` (over every labelled document and pairs file), one per document
 * and one per pairs file. Each scope records the hash of the labels it was measured on. A scope is
 *   - `same`       labels unchanged: each figure must be at least its floor (at most, for the
 *                  lower-is-better figures in `LOWER_IS_BETTER`); a figure past its floor is a DROP;
 *   - `relabelled` its labels changed (a labeller fixed a file, a document was added): its old floors
 *                  say nothing about the new labels, so they are not checked;
 *   - `new`        not in the baseline yet (a document labelled since).
 * New and relabelled documents never hide a regression elsewhere: every unchanged document keeps its
 * own floors, whatever happens to the headline.
 *
 * `check` lists drops (the eval then fails). `update` raises floors that were beaten, takes new and
 * relabelled scopes as measured, removes scopes whose labels are gone, and refuses to lower a floor
 * unless `acceptDrops` is given, and then lists every floor it lowered.
 * Figures are compared at 4 decimals (`round`), so float noise is never a drop.
 *
 * Example: floor { 'tasks F1': 0.41 }, measured 0.43 on the same labels → check passes, update
 * raises it to 0.43; measured 0.40 → check fails with `headline · tasks F1 0.4100 → 0.4000`.
 */

export type Figures = Record<string, number | null>;

export interface Scope {
  labels: string;
  figures: Figures;
}

export interface Baseline {
  headline: Scope;
  documents: Record<string, Scope>;
  pairs: Record<string, Scope>;
}

/** Figures where less is better (a ceiling, not a floor). */
export const LOWER_IS_BETTER = new Set(['wrong pairs', 'wrong pairs on labels']);

export interface Change {
  scope: string;
  figure: string;
  from: number | null;
  to: number | null;
}

export interface CheckResult {
  drops: Change[];
  gains: Change[];
  fresh: string[];
  relabelled: string[];
  removed: string[];
}

export const round = (x: number) => Math.round(x * 1e4) / 1e4;

function worse(figure: string, floor: number, now: number): boolean {
  return LOWER_IS_BETTER.has(figure) ? round(now) > round(floor) : round(now) < round(floor);
}

/** Every scope of a baseline, named `headline`, `doc <id>`, `pairs <file>`. */
function scopes(b: Baseline): Map<string, Scope> {
  const out = new Map<string, Scope>([['headline', b.headline]]);
  for (const [id, s] of Object.entries(b.documents)) out.set(`doc ${id}`, s);
  for (const [file, s] of Object.entries(b.pairs)) out.set(`pairs ${file}`, s);
  return out;
}

export function check(base: Baseline | null, now: Baseline): CheckResult {
  const result: CheckResult = { drops: [], gains: [], fresh: [], relabelled: [], removed: [] };
  const before = base ? scopes(base) : new Map<string, Scope>();
  const after = scopes(now);
  for (const name of before.keys()) if (!after.has(name)) result.removed.push(name);
  for (const [name, scope] of after) {
    const old = before.get(name);
    if (!old) {
      result.fresh.push(name);
      continue;
    }
    if (old.labels !== scope.labels) {
      result.relabelled.push(name);
      continue;
    }
    for (const [figure, value] of Object.entries(scope.figures)) {
      const floor = old.figures[figure];
      if (floor === undefined || floor === null || value === null) continue;
      const change = { scope: name, figure, from: floor, to: value };
      if (worse(figure, floor, value)) result.drops.push(change);
      else if (round(value) !== round(floor)) result.gains.push(change);
    }
  }
  return result;
}

export interface UpdateResult {
  next: Baseline;
  check: CheckResult;
  /** Floors lowered (only with `acceptDrops`). */
  lowered: Change[];
  /** True when drops were found and not accepted: nothing should be written. */
  refused: boolean;
}

export function update(base: Baseline | null, now: Baseline, acceptDrops: boolean): UpdateResult {
  const result = check(base, now);
  const refused = result.drops.length > 0 && !acceptDrops;
  const before = base ? scopes(base) : new Map<string, Scope>();
  const merge = (name: string, scope: Scope): Scope => {
    const old = before.get(name);
    if (!old || old.labels !== scope.labels || acceptDrops) return roundScope(scope);
    const figures: Figures = {};
    for (const [figure, value] of Object.entries(scope.figures)) {
      const floor = old.figures[figure];
      const keep = floor !== undefined && floor !== null && value !== null && worse(figure, floor, value);
      figures[figure] = keep ? floor : value === null ? null : round(value);
    }
    return { labels: scope.labels, figures };
  };
  const next: Baseline = {
    headline: merge('headline', now.headline),
    documents: Object.fromEntries(
      Object.entries(now.documents).map(([id, s]) => [id, merge(`doc ${id}`, s)]),
    ),
    pairs: Object.fromEntries(Object.entries(now.pairs).map(([f, s]) => [f, merge(`pairs ${f}`, s)])),
  };
  return { next, check: result, lowered: acceptDrops ? result.drops : [], refused };
}

function roundScope(scope: Scope): Scope {
  const figures: Figures = {};
  for (const [figure, value] of Object.entries(scope.figures))
    figures[figure] = value === null ? null : round(value);
  return { labels: scope.labels, figures };
}
