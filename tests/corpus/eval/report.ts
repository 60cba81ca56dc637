/**
 * The tables a human reads: documents, styles, levels, genres, pairs; `--details` adds what each
 * document missed, what the engine found that the labels do not have, and where a matched node ends
 * elsewhere than its label (the `ends` figure). Plain fixed-width text
 * (ids and figures are ASCII, so columns line up in any terminal).
 */
import { BOUNDARY_AND_META, cellsWhere, levelsOf, stylesOf, type Totals } from './figures';
import { f1, precision, recall, share, type Counts, type Tally } from './counts';
import { matchStarts, sameBoundary, skipSpace } from './match';
import type { DocRun, PairRun } from './measure';

const GENRE: Record<string, string> = {
  'gov-work-report': 'gwr',
  'uf-meeting': 'uf',
  'meeting-news': 'news',
  speech: 'speech',
  sample: 'sample',
};
export const genreName = (g: string) => GENRE[g] ?? g;

const num = (x: number | null) => (x === null ? '—' : x.toFixed(2));
const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
const mark = (ok: boolean) => (ok ? '✓' : '✗');
const frac = (t: Tally) => (t.of === 0 ? '—' : `${t.right}/${t.of}`);

function table(head: string[], rows: string[][], leftColumns = 1): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < leftColumns ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}

const prf = (c: Counts) => [num(precision(c)), num(recall(c)), num(f1(c))];

export function documentsTable(docs: readonly DocRun[]): string {
  const rows = docs.map(({ id, genre, score: s, ms }) => {
    const all = cellsWhere(s.cells);
    return [
      id,
      genreName(genre),
      String(s.labelled),
      String(s.predicted),
      String(all.tp),
      ...prf(all),
      mark(s.boundaries.opening),
      mark(s.boundaries.closing),
      mark(s.boundaries.annex),
      mark(s.boundaries.trail),
      s.title.of > 0 ? mark(s.title.right === 1) : `(${mark(s.untitled.right === 1)})`,
      frac(s.dates),
      frac(s.place),
      ms.toFixed(0),
    ];
  });
  const head = [
    'document',
    'genre',
    'nodes',
    'engine',
    'hits',
    'P',
    'R',
    'F1',
    'open',
    'close',
    'annex',
    'trail',
    'title',
    'dates',
    'place',
    'ms',
  ];
  return table(head, rows, 2);
}

export function stylesTable(t: Totals): string {
  const levels = levelsOf(t.cells);
  const shown = levels.filter((l) => l <= 3);
  const deeper = levels.some((l) => l > 3);
  const rows = stylesOf(t.cells).map((style) => {
    const c = cellsWhere(t.cells, undefined, style);
    const byLevel = shown.map((level) => {
      const at = cellsWhere(t.cells, (l) => l === level, style);
      return at.tp + at.fn + at.fp === 0 ? '·' : num(f1(at));
    });
    const deep = cellsWhere(t.cells, (l) => l > 3, style);
    return [
      style,
      String(c.tp + c.fn),
      String(c.tp),
      String(c.fp),
      ...prf(c),
      ...byLevel,
      ...(deeper ? [deep.tp + deep.fn + deep.fp === 0 ? '·' : num(f1(deep))] : []),
    ];
  });
  const head = [
    'style',
    'labelled',
    'hits',
    'false+',
    'P',
    'R',
    'F1',
    ...shown.map((l) => `F1 L${l}`),
    ...(deeper ? ['F1 L4+'] : []),
  ];
  return table(head, rows);
}

export function levelsTable(t: Totals): string {
  const row = (name: string, c: Counts) => [name, String(c.tp + c.fn), String(c.tp), String(c.fp), ...prf(c)];
  const rows = levelsOf(t.cells).map((level) =>
    row(
      `level ${level}`,
      cellsWhere(t.cells, (l) => l === level),
    ),
  );
  rows.push(row('every level', cellsWhere(t.cells)));
  rows.push(row('starts, any level', t.anyLevel));
  return `${table(['level', 'labelled', 'hits', 'false+', 'P', 'R', 'F1'], rows)}\nends right (of nodes matched): ${frac(t.ends)} ${pct(share(t.ends))}`;
}

export function genresTable(docs: readonly DocRun[], totalsOf: (docs: readonly DocRun[]) => Totals): string {
  const groups = new Map<string, DocRun[]>();
  for (const d of docs) groups.set(genreName(d.genre), [...(groups.get(genreName(d.genre)) ?? []), d]);
  const row = (name: string, group: readonly DocRun[]) => {
    const t = totalsOf(group);
    return [
      name,
      String(group.length),
      num(f1(cellsWhere(t.cells))),
      ...BOUNDARY_AND_META.map((k) => frac(t[k])),
    ];
  };
  const rows = [...groups].map(([name, group]) => row(name, group));
  rows.push(row('all', docs));
  return table(['genre', 'docs', 'F1', ...BOUNDARY_AND_META], rows);
}

export function pairsTable(pairs: readonly PairRun[], t: Totals): string {
  const rate = (n: number, of: number) => pct(of === 0 ? null : n / of);
  const rows = pairs.map(({ file, score: s, labelled: o, ms, problems }) =>
    problems.length > 0
      ? [file, `(${problems.join('; ')})`]
      : [
          file,
          String(s.decisions),
          String(s.found),
          String(s.partial),
          `${s.unpairedAgreed}/${s.unpaired}`,
          rate(s.agreed, s.decisions),
          `${s.wrong}/${s.judged}`,
          rate(s.wrong, s.judged),
          rate(o.agreed, o.decisions),
          rate(o.wrong, o.judged),
          ms.toFixed(0),
        ],
  );
  rows.push([
    'all',
    String(t.decisions.of),
    '',
    '',
    '',
    pct(share(t.decisions)),
    `${t.judged.right}/${t.judged.of}`,
    pct(share(t.judged)),
    pct(share(t.labelledDecisions)),
    pct(share(t.labelledJudged)),
    '',
  ]);
  const head = [
    'pairs file',
    'decisions',
    'found',
    'partial',
    'unpaired ok',
    'agreement',
    'wrong',
    'wrong %',
  ];
  return `${table([...head, 'agree·lab', 'wrong·lab', 'ms'], rows)}
(agree·lab, wrong·lab: the same pairing run on the labelled structure of both documents)`;
}

const snippet = (text: string, at: number) =>
  text.slice(skipSpace(text, at), skipSpace(text, at) + 18).replace(/\n/g, '⏎');

/** What one document's engine output got wrong, node by node and boundary by boundary. */
export function docDetails(run: DocRun): string {
  const { doc, predicted } = run;
  const out: string[] = [`# ${run.id}`];
  for (const p of doc.problems) out.push(`  ! label: ${p}`);
  const levels = new Set([...doc.nodes.map((n) => n.level), ...predicted.nodes.map((n) => n.level)]);
  for (const level of [...levels].sort()) {
    const labelled = doc.nodes.filter((n) => n.level === level);
    const engine = predicted.nodes.filter((n) => n.level === level);
    const matches = matchStarts(doc.text, engine, labelled);
    const hitL = new Set(matches.map(([, l]) => l));
    const hitP = new Set(matches.map(([p]) => p));
    labelled.forEach((n, l) => {
      if (!hitL.has(l))
        out.push(`  missed  L${level} ${n.key} [${n.style}] @${n.start} ${snippet(doc.text, n.start)}`);
    });
    engine.forEach((n, p) => {
      if (!hitP.has(p))
        out.push(`  extra   L${level} [${n.style}] @${n.start} ${snippet(doc.text, n.start)}`);
    });
    for (const [p, l] of matches) {
      const want = labelled[l]!;
      const got = engine[p]!.end;
      if (!sameBoundary(doc.text, got, want.stop))
        out.push(
          `  end     L${level} ${want.key} label @${want.stop} ${snippet(doc.text, want.stop)}; engine @${got} ${snippet(doc.text, got)}`,
        );
    }
  }
  const b = run.score.boundaries;
  const at = (x: number | null) => (x === null ? 'none' : `@${x} ${snippet(doc.text, x)}`);
  if (!b.opening)
    out.push(
      `  opening label ${at(doc.bodyStart)} → ${at(doc.nodes[0]?.start ?? doc.closingStart)}; engine ${at(predicted.bodyStart)} → ${at(predicted.openingEnd)}`,
    );
  if (!b.closing) out.push(`  closing label ${at(doc.closingStart)}; engine ${at(predicted.closing)}`);
  if (!b.annex) out.push(`  annex   label ${at(doc.annexStart)}; engine ${at(predicted.annex)}`);
  if (!b.trail) out.push(`  trail   label ${at(doc.trailStart)}; engine body ends ${at(predicted.bodyEnd)}`);
  if (run.score.title.right < run.score.title.of || run.score.untitled.right < run.score.untitled.of)
    out.push(`  title   label ${doc.label.title}; engine ${predicted.title ?? 'none'}`);
  const dates = doc.label.dates ?? {};
  if (run.score.dates.right < run.score.dates.of)
    out.push(
      `  dates   label ${JSON.stringify(dates)}; engine published ${JSON.stringify(predicted.published ?? null)} meeting ${JSON.stringify(predicted.meeting ?? null)}`,
    );
  if (run.score.place.right < run.score.place.of)
    out.push(`  place   label ${doc.label.place}; engine ${predicted.place ?? 'none'}`);
  return out.join('\n');
}

export function pairDetails(run: PairRun): string {
  const out = [`# ${run.file}`];
  for (const m of run.score.missed) out.push(`  not agreed  ${m}`);
  for (const w of run.score.wrongPairs) out.push(`  wrong       ${w}`);
  out.push('  on the labelled structure:');
  for (const m of run.labelled.missed) out.push(`  not agreed  ${m}`);
  for (const w of run.labelled.wrongPairs) out.push(`  wrong       ${w}`);
  return out.join('\n');
}
