/**
 * Reads the corpus labels (format: tests/corpus/README.md) and resolves their quotes to offsets in a
 * document's text. Used by `npm run eval` and by `tsx tests/corpus/check-labels.ts`, never by the app.
 *
 * Example: for `gwr2026-ah`, the node `{ at: '（一）精准施策稳经济', level: 2 }` resolves to
 * `{ key: '1.1', start: 1180, … }`: the offset where that quote begins, searched forward from the node
 * before it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const corpusDir = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
export const labelsDir = fileURLToPath(new URL('./labels/', import.meta.url));
export const pairsDir = fileURLToPath(new URL('./pairs/', import.meta.url));

export const STYLES = [
  'chapter',
  'paren',
  'arabic',
  'paren-arabic',
  'di',
  'shi',
  'verb',
  'sequence',
  'topic-run',
  'lead-phrase',
  'semicolon',
  'news-point',
  'speaker',
  'heading',
] as const;
export type LabelStyle = (typeof STYLES)[number];

/**
 * A quote, or a quote to look for only after another one: `{ at: '各位代表！', after: '一以贯之支持' }`
 * names the first `各位代表！` that follows `一以贯之支持` (for short lines that repeat, such as a bare
 * `各位代表！`, which no quote that stays on its line can tell apart).
 */
export type Quote = string | { at: string; after: string };

export interface LabelNode {
  at: string;
  /** Look for `at` only after this quote (same rule as `Quote`). */
  after?: string;
  level: number;
  marker: string;
  style: LabelStyle;
  end?: string;
}

export interface DocLabel {
  id: string;
  title: string;
  dates?: { published?: string; meeting?: string };
  place?: string;
  bodyStart: Quote;
  closingStart: Quote | null;
  annexStart?: Quote | null;
  trailStart?: Quote | null;
  outline: LabelNode[];
  alignLevel?: number;
  notes?: string;
}

export interface ResolvedNode extends LabelNode {
  key: string;
  start: number;
  /** Exclusive; from `end`, the next node of the same or a higher level, or the closing/annex/trail. */
  stop: number;
}

export interface ResolvedDoc {
  label: DocLabel;
  text: string;
  bodyStart: number;
  closingStart: number | null;
  annexStart: number | null;
  trailStart: number | null;
  nodes: ResolvedNode[];
  problems: string[];
}

export function corpusAvailable(): boolean {
  return existsSync(join(corpusDir, 'docs'));
}

/** The two sample reports shipped in the app are labelled too, under these ids. */
export const SAMPLE_FILES: Record<string, string> = {
  'sample-bijie': 'bijie-traditional.txt',
  'sample-panzhihua': 'panzhihua-simplified.txt',
};
const sampleDir = fileURLToPath(new URL('../../src/sample/', import.meta.url));

/** Where the file of a labelled document lives (the corpus, or src/sample for the two samples). */
export function corpusFilePath(id: string): string {
  const sample = SAMPLE_FILES[id];
  return sample ? join(sampleDir, sample) : join(corpusDir, 'docs', `${id}.txt`);
}

export function readCorpusText(id: string): string {
  return readFileSync(corpusFilePath(id), 'utf8');
}

/**
 * The text a reader sees: documents made of `<p>…</p>` paragraphs become one paragraph per line.
 * A stand-in kept for reading the texts by hand; the checker and the eval use the app's own load
 * path (./app-text.ts), which gives the same lines (trimmed of their indentation).
 */
export function readableText(raw: string): string {
  if (!/<p[\s>]/i.test(raw)) return raw;
  return raw
    .replace(/\s*<\/p>\s*<p[^>]*>\s*/gi, '\n')
    .replace(/<\/?p[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/\n{2,}/g, '\n')
    .replace(/^\n+|\n+$/g, '');
}

export function listLabels(): DocLabel[] {
  if (!existsSync(labelsDir)) return [];
  return readdirSync(labelsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(labelsDir, f), 'utf8')) as DocLabel);
}

export function resolveLabel(label: DocLabel, text: string): ResolvedDoc {
  const problems: string[] = [];
  const find = (quote: Quote, from: number, what: string): number | null => {
    if (typeof quote !== 'string') {
      const anchor = findString(quote.after, from, `${what} (after)`);
      return anchor === null ? null : findString(quote.at, anchor + quote.after.length, what);
    }
    return findString(quote, from, what);
  };
  const findString = (quote: string, from: number, what: string): number | null => {
    if (quote.includes('\n') || /<\/?p/.test(quote)) problems.push(`${what}: quote holds a break or markup`);
    const at = text.indexOf(quote, from);
    if (at < 0) {
      const anywhere = text.indexOf(quote);
      problems.push(
        `${what}: quote ${JSON.stringify(quote)} not found after ${from}` +
          (anywhere >= 0 ? ` (it occurs earlier, at ${anywhere})` : ' (nowhere in the text)'),
      );
      return null;
    }
    return at;
  };

  const bodyStart = find(label.bodyStart, 0, 'bodyStart') ?? 0;
  let cursor = bodyStart;
  const starts: { node: LabelNode; start: number }[] = [];
  label.outline.forEach((node, i) => {
    if (!STYLES.includes(node.style)) problems.push(`node ${i}: unknown style ${node.style}`);
    if (!Number.isInteger(node.level) || node.level < 1) problems.push(`node ${i}: bad level ${node.level}`);
    const prev = label.outline[i - 1];
    if (prev && node.level > prev.level + 1)
      problems.push(`node ${i}: level jumps from ${prev.level} to ${node.level}`);
    if (i === 0 && node.level !== 1) problems.push(`node 0: the first node must be level 1`);
    const quote: Quote = node.after === undefined ? node.at : { at: node.at, after: node.after };
    const start = find(quote, cursor, `node ${i} (${node.at})`);
    if (start !== null) {
      starts.push({ node, start });
      cursor = start + 1;
    }
  });
  const lastStart = starts.at(-1)?.start ?? bodyStart;
  const closingStart =
    label.closingStart === null ? null : find(label.closingStart, lastStart, 'closingStart');
  const annexStart =
    label.annexStart == null ? null : find(label.annexStart, closingStart ?? lastStart, 'annexStart');
  const trailStart =
    label.trailStart == null
      ? null
      : find(label.trailStart, annexStart ?? closingStart ?? lastStart, 'trailStart');
  const textEnd = closingStart ?? annexStart ?? trailStart ?? text.length;

  const counters: number[] = [];
  // The enclosing node of each level, so a child never runs past its parent's stop.
  const open: ResolvedNode[] = [];
  const nodes: ResolvedNode[] = starts.map(({ node, start }, i) => {
    counters.length = node.level;
    counters[node.level - 1] = (counters[node.level - 1] ?? 0) + 1;
    for (let l = 0; l < node.level - 1; l++) counters[l] ??= 0;
    let stop = textEnd;
    for (let j = i + 1; j < starts.length; j++) {
      if (starts[j]!.node.level <= node.level) {
        stop = starts[j]!.start;
        break;
      }
    }
    if (node.end !== undefined) {
      const end = find(node.end, start + 1, `end of node ${i} (${node.at})`);
      if (end !== null) {
        if (end > stop) problems.push(`end of node ${i} (${node.at}) lies past the next sibling`);
        stop = Math.min(stop, end);
      }
    }
    open.length = node.level - 1;
    const parent = open.at(-1);
    if (parent && start >= parent.stop) problems.push(`node ${i} (${node.at}) starts after its parent ends`);
    if (parent && stop > parent.stop) {
      if (node.end !== undefined) problems.push(`end of node ${i} (${node.at}) lies past its parent's end`);
      stop = parent.stop;
    }
    const resolved = { ...node, key: counters.join('.'), start, stop };
    open.push(resolved);
    return resolved;
  });
  return { label, text, bodyStart, closingStart, annexStart, trailStart, nodes, problems };
}
