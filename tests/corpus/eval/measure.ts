/**
 * Runs the engine on the labelled corpus and scores it: one `DocRun` per labelled document, one
 * `PairRun` per pairs file, each with its time. Nothing here prints or decides pass/fail (./run.ts).
 *
 * Each document is compared as the app would compare it (`compare(text, '')` for its structure,
 * `compare(left, right)` for a pair), on the text the app receives for its file (../app-text.ts).
 * `ms` is the faster of two runs (`timed`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  compare,
  compareParsed,
  parseReport,
  type Comparison,
  type ParsedReport,
} from '../../../src/core/index';
import { appText } from '../app-text';
import { corpusDir, labelsDir, listLabels, pairsDir, resolveLabel, type ResolvedDoc } from '../labels';
import { labelledStructure } from './oracle';
import { predictedOf, type Predicted } from './predicted';
import { scoreDoc, type DocScore } from './score-doc';
import { emptyPairScore, mapUnits, scorePairs, type PairScore, type PairsFile } from './score-pairs';

export interface DocRun {
  id: string;
  genre: string;
  doc: ResolvedDoc;
  score: DocScore;
  /** What the engine said, for `--details`. */
  predicted: Predicted;
  ms: number;
  labelsHash: string;
}

export interface PairRun {
  file: string;
  /** On the engine's own structure. */
  score: PairScore;
  /** On the labelled structure of both documents (./oracle.ts): pairing alone. */
  labelled: PairScore;
  ms: number;
  labelsHash: string;
  /** Problems that kept the file from being scored (a document without labels). */
  problems: string[];
}

/** CPU milliseconds of this process: unlike wall time, not inflated by waiting for a shared core. */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * The faster of two runs, in CPU milliseconds: the first run of a document can pay for the JIT and
 * the garbage of the one before. Informative only (speed is judged by `npm run bench`).
 */
function timed<T>(run: () => T): { result: T; ms: number } {
  let best = Infinity;
  let result: T | undefined;
  for (let i = 0; i < 2; i++) {
    const began = cpuMs();
    result = run();
    best = Math.min(best, cpuMs() - began);
  }
  return { result: result!, ms: best };
}

/** The document through the engine's structure stage, its outline and parts replaced by the labels'. */
function withLabels(doc: ResolvedDoc, side: 'L' | 'R'): ParsedReport {
  const parsed = parseReport(doc.text, side);
  return { ...parsed, report: { ...parsed.report, ...labelledStructure(doc, side) } };
}

const hash = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 12);

/** Genre per corpus id, from INDEX.tsv; the two app samples are `sample`. */
function genres(): Map<string, string> {
  const out = new Map<string, string>();
  const index = join(corpusDir, 'INDEX.tsv');
  if (!existsSync(index)) return out;
  for (const line of readFileSync(index, 'utf8').split('\n').slice(1)) {
    const [id, genre] = line.split('\t');
    if (id && genre) out.set(id, genre);
  }
  return out;
}

export function measureDocs(only: readonly string[]): DocRun[] {
  const genreOf = genres();
  return listLabels()
    .filter((label) => only.length === 0 || only.includes(label.id))
    .map((label) => {
      const text = appText(label.id);
      const doc = resolveLabel(label, text);
      const { result: comparison, ms } = timed(() => compare(text, ''));
      const predicted = predictedOf(comparison.left);
      return {
        id: label.id,
        genre: genreOf.get(label.id) ?? (label.id.startsWith('sample-') ? 'sample' : '?'),
        doc,
        score: scoreDoc(doc, predicted),
        predicted,
        ms,
        labelsHash: hash(readFileSync(join(labelsDir, `${label.id}.json`), 'utf8')),
      };
    });
}

export function pairFiles(): string[] {
  if (!existsSync(pairsDir)) return [];
  return readdirSync(pairsDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

export function measurePairs(docs: readonly DocRun[], only: readonly string[]): PairRun[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  return pairFiles().flatMap((name) => {
    const raw = readFileSync(join(pairsDir, name), 'utf8');
    const file = JSON.parse(raw) as PairsFile;
    if (only.length > 0 && !only.includes(file.left) && !only.includes(file.right)) return [];
    const left = byId.get(file.left);
    const right = byId.get(file.right);
    const fileName = name.replace(/\.json$/, '');
    if (!left || !right) {
      const missing = [file.left, file.right].filter((id) => !byId.has(id));
      return [
        {
          file: fileName,
          score: emptyPairScore(),
          labelled: emptyPairScore(),
          ms: 0,
          labelsHash: '',
          problems: [`no label for ${missing.join(', ')}`],
        },
      ];
    }
    const keysOf = (side: 'left' | 'right') => [
      ...file.pairs.flatMap((p) => p[side]),
      ...(file.unpaired?.[side] ?? []),
    ];
    const { result: comparison, ms } = timed(() => compare(left.doc.text, right.doc.text));
    const judge = (c: Comparison) =>
      scorePairs(
        file,
        mapUnits(left.doc, keysOf('left'), c.left.sections),
        mapUnits(right.doc, keysOf('right'), c.right.sections),
        c.pairs,
      );
    const score = judge(comparison);
    const labelled = judge(compareParsed(withLabels(left.doc, 'L'), withLabels(right.doc, 'R')));
    return [
      {
        file: fileName,
        score,
        labelled,
        ms,
        labelsHash: hash(raw + left.labelsHash + right.labelsHash),
        problems: [],
      },
    ];
  });
}
