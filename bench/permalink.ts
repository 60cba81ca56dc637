/**
 * Permalink benchmark (`npm run bench:permalink`): how long a share link gets and how long encoding and
 * decoding take, for
 *
 *   sample        the two shipped reports: the short `#sample…` form, and the full v1 link the same
 *                 texts would need if they were not the sample (e.g. after editing one character)
 *   10k, 50k      synthetic reports of about 10,000 and 50,000 characters per side: the seeds' paragraphs,
 *                 shuffled by a fixed-seed generator and repeated until the size is reached. The repeats
 *                 flatter deflate (it finds whole repeated paragraphs): for real, distinct text expect
 *                 the ratio of the "sample texts, full v1" row, about 0.6 link characters per UTF-8 byte
 *
 * Beside the raw text size (characters, UTF-8 bytes) and, as the baseline measured in the same run, the
 * link the same JSON would make without compression (base64url of the UTF-8 JSON). Times are medians
 * of several runs in this process (Node's CompressionStream, the same zlib family the browsers use).
 */

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { toBase64url } from '../src/core/share/base64url';
import { LINK_BUDGET_CHARS, linkFit } from '../src/core/share/link-budget';
import { decodeSnapshot, encodeSnapshot, type SampleTexts } from '../src/core/share/permalink';
import type { ComparisonSnapshot } from '../src/core/types';

const read = (name: string) => readFileSync(new URL(`../src/sample/${name}`, import.meta.url), 'utf8');
const sample: SampleTexts = {
  left: { name: 'bijie-traditional.txt', text: read('bijie-traditional.txt') },
  right: { name: 'panzhihua-simplified.txt', text: read('panzhihua-simplified.txt') },
};

/** Park–Miller minimal standard generator: fixed seed, so every run builds the same texts. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

/** Paragraphs of both seeds, shuffled (Fisher–Yates) and repeated until `size` UTF-16 units. */
function synthetic(size: number, seed: number): string {
  const paragraphs = (sample.left.text + '\n' + sample.right.text).split('\n').filter((p) => p.trim() !== '');
  const random = seeded(seed);
  const out: string[] = [];
  let length = 0;
  while (length < size) {
    const deck = [...paragraphs];
    for (let i = deck.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [deck[i], deck[j]] = [deck[j]!, deck[i]!];
    }
    for (const p of deck) {
      if (length >= size) break;
      out.push(p);
      length += p.length + 1;
    }
  }
  return out.join('\n');
}

function snapshotOf(left: string, right: string, names: [string, string]): ComparisonSnapshot {
  return {
    left: { name: names[0], text: left },
    right: { name: names[1], text: right },
    options: { minPhraseLength: 5, script: 'original' },
    view: { theme: 'poverty', phrase: 'p3' },
  };
}

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const utf8 = (s: string) => new TextEncoder().encode(s).length;
const n = (x: number) => x.toLocaleString('en');

interface Case {
  label: string;
  snapshot: ComparisonSnapshot;
  useSample: boolean;
}

const cases: Case[] = [
  {
    label: 'sample, short form',
    snapshot: snapshotOf(sample.left.text, sample.right.text, [sample.left.name, sample.right.name]),
    useSample: true,
  },
  {
    label: 'sample texts, full v1',
    snapshot: snapshotOf(sample.left.text, sample.right.text, [sample.left.name, sample.right.name]),
    useSample: false,
  },
  {
    label: '10k per side',
    snapshot: snapshotOf(synthetic(10_000, 1), synthetic(10_000, 2), ['l.txt', 'r.txt']),
    useSample: false,
  },
  {
    label: '50k per side',
    snapshot: snapshotOf(synthetic(50_000, 3), synthetic(50_000, 4), ['l.txt', 'r.txt']),
    useSample: false,
  },
];

const rows: string[][] = [];
for (const c of cases) {
  const opts = c.useSample ? { sample } : {};
  const link = await encodeSnapshot(c.snapshot, opts);
  const back = await decodeSnapshot(link, { sample });
  if (!back.ok || JSON.stringify(back.snapshot) !== JSON.stringify(c.snapshot))
    throw new Error(`${c.label}: round trip failed`);
  const bytes = utf8(c.snapshot.left.text) + utf8(c.snapshot.right.text);
  const baseline = 3 + toBase64url(new TextEncoder().encode(JSON.stringify(c.snapshot))).length;
  const linkChars = link.length + 1; // with the '#'
  const runs = c.snapshot.left.text.length > 20_000 ? 9 : 21;
  const encodeMs = await median(runs, () => encodeSnapshot(c.snapshot, opts));
  const decodeMs = await median(runs, () => decodeSnapshot(link, { sample }));
  rows.push([
    c.label,
    `${n(c.snapshot.left.text.length)} + ${n(c.snapshot.right.text.length)}`,
    n(bytes),
    n(linkChars),
    (linkChars / bytes).toFixed(2),
    n(baseline),
    (baseline / linkChars).toFixed(1) + '×',
    `${linkFit(linkChars)}`,
    encodeMs.toFixed(2),
    decodeMs.toFixed(2),
  ]);
}

const header = [
  'case',
  'chars L + R',
  'UTF-8 bytes',
  'link chars',
  'link / bytes',
  'baseline chars',
  'baseline / link',
  `fit (budget ${n(LINK_BUDGET_CHARS)})`,
  'encode ms',
  'decode ms',
];
console.log(`| ${header.join(' | ')} |`);
console.log(`| ${header.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(
  '\nbaseline = base64url of the uncompressed UTF-8 JSON (no deflate); link chars include "#".' +
    ` Node ${process.version}; medians of 9–21 runs.`,
);
