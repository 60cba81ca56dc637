/**
 * `npm run eval`: the quality benchmark. Runs the engine on every labelled document of the corpus
 * (tests/corpus/labels, pairs) as the app would, and prints per document, per enumeration style, per
 * outline level and per genre: task-start precision/recall/F1, boundaries, titles, dates, places,
 * same-topic pair agreement and wrong pairs, time. How each figure is judged: ./match.ts (positions),
 * ./fields.ts (values), ./score-doc.ts, ./score-pairs.ts; the floors: ./ratchet.ts, ./baseline.json.
 *
 *   npm run eval                        the tables, and the figures against the baseline
 *   npm run eval -- --check             the same; exits 1 when a figure dropped below its floor
 *   npm run eval -- --update            raises the floors that were beaten, adds new documents;
 *                                       refuses (exit 1, nothing written) when a figure dropped
 *   npm run eval -- --update --accept-drops   also lowers dropped floors, listing each one
 *   npm run eval -- <id> … [--details]  only these documents (and pairs files naming them), with
 *                                       every missed/extra node, wrong boundary, missed/wrong pair
 *
 * Without ../shared/corpus (a fresh clone elsewhere) it says so and exits 0: there is nothing to measure.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { corpusAvailable, listLabels } from '../labels';
import { measuredBaseline, totals } from './figures';
import { measureDocs, measurePairs } from './measure';
import { check, round, update, type Baseline, type Change, type CheckResult } from './ratchet';
import {
  docDetails,
  documentsTable,
  genresTable,
  levelsTable,
  pairDetails,
  pairsTable,
  stylesTable,
} from './report';

const baselinePath = fileURLToPath(new URL('./baseline.json', import.meta.url));
const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const only = args.filter((a) => !a.startsWith('--'));
const known = ['--check', '--update', '--accept-drops', '--details'];
for (const flag of flags) {
  if (!known.includes(flag)) {
    console.error(`eval: unknown option ${flag} (known: ${known.join(' ')})`);
    process.exit(2);
  }
}

if (!corpusAvailable()) {
  console.log(
    'eval SKIPPED: ../shared/corpus is absent (a fresh clone has no ../shared), so nothing was measured.',
  );
  process.exit(0);
}
if (listLabels().length === 0) {
  console.log('eval: no labelled documents yet (tests/corpus/labels is empty), so nothing was measured.');
  process.exit(0);
}

const began = performance.now();
const docs = measureDocs(only);
const pairs = measurePairs(docs, only);
const t = totals(docs, pairs);
const section = (title: string, body: string) => console.log(`\n== ${title}\n${body}`);

section(`Documents (${docs.length})`, documentsTable(docs));
section(
  'By enumeration style (hits and misses counted under the labelled style, false positives under the engine’s)',
  stylesTable(t),
);
section('By outline level (a node matches only at its own level)', levelsTable(t));
section(
  'Boundaries and metadata by genre (right / judged)',
  genresTable(docs, (group) => totals(group, [])),
);
if (pairs.length > 0) section('Same-topic pairs', pairsTable(pairs, t));

const problems = docs.filter((d) => d.doc.problems.length > 0);
if (problems.length > 0) {
  section(
    'Label problems (quotes that do not resolve in the text the app receives)',
    problems.map((d) => d.doc.problems.map((p) => `${d.id}: ${p}`).join('\n')).join('\n'),
  );
}
if (flags.has('--details')) {
  section('Details', [...docs.map(docDetails), ...pairs.map(pairDetails)].join('\n'));
}

const seconds = (performance.now() - began) / 1000;
const slowestPair = Math.max(0, ...pairs.map((p) => p.ms));
console.log(
  `\n${docs.length} documents, ${pairs.length} pairs files in ${seconds.toFixed(1)} s ` +
    `(ms columns: CPU time of compare(), the faster of two runs; slowest document ` +
    `${Math.max(...docs.map((d) => d.ms)).toFixed(0)} ms, slowest pair ${slowestPair.toFixed(0)} ms)`,
);

if (only.length > 0) {
  console.log('ratchet not applied: only some documents were measured');
  process.exit(0);
}

const base: Baseline | null = existsSync(baselinePath)
  ? (JSON.parse(readFileSync(baselinePath, 'utf8')) as Baseline)
  : null;
const now = measuredBaseline(docs, pairs, t);
const fmt = (x: number | null) => (x === null ? '—' : round(x).toFixed(4));
const changeLine = (c: Change) => `  ${c.scope} · ${c.figure}  ${fmt(c.from)} → ${fmt(c.to)}`;

section(
  'Headline',
  Object.entries(now.headline.figures)
    .map(([k, v]) => `  ${k.padEnd(22)} ${fmt(v)}  (floor ${fmt(base?.headline.figures[k] ?? null)})`)
    .join('\n'),
);

function describe(result: CheckResult): void {
  if (result.fresh.length > 0) console.log(`not in the baseline yet: ${result.fresh.join(', ')}`);
  if (result.relabelled.length > 0)
    console.log(`labels changed since the baseline (floors not checked): ${result.relabelled.join(', ')}`);
  if (result.removed.length > 0)
    console.log(`in the baseline, no longer labelled: ${result.removed.join(', ')}`);
  if (result.gains.length > 0)
    console.log(`above the floor (${result.gains.length}):\n${result.gains.map(changeLine).join('\n')}`);
}

if (flags.has('--update')) {
  const result = update(base, now, flags.has('--accept-drops'));
  describe(result.check);
  if (result.refused) {
    console.log(
      `\nratchet REFUSED: ${result.check.drops.length} figure(s) below their floor; baseline.json not written:`,
    );
    console.log(result.check.drops.map(changeLine).join('\n'));
    console.log('Fix the regression, or lower these floors on purpose with --update --accept-drops.');
    process.exit(1);
  }
  if (result.lowered.length > 0)
    console.log(`floors LOWERED on request:\n${result.lowered.map(changeLine).join('\n')}`);
  writeFileSync(baselinePath, `${JSON.stringify(result.next, null, 2)}\n`);
  console.log('baseline.json written');
  process.exit(0);
}

const result = check(base, now);
describe(result);
if (result.drops.length > 0) {
  console.log(
    `\nratchet FAILED: ${result.drops.length} figure(s) below their floor:\n${result.drops.map(changeLine).join('\n')}`,
  );
  process.exit(flags.has('--check') ? 1 : 0);
}
console.log(
  base
    ? 'ratchet: no figure below its floor'
    : 'ratchet: no baseline.json yet (npm run eval -- --update writes it)',
);
