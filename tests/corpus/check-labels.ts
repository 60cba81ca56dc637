/**
 * Checks the corpus labels against the texts and prints each document's outline as resolved, so a
 * labeller can read it against the text:  npx tsx tests/corpus/check-labels.ts [id …] [--quiet]
 * Exits 1 when a quote does not resolve or a label breaks the format (tests/corpus/README.md).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appText } from './app-text';
import { corpusAvailable, listLabels, pairsDir, resolveLabel } from './labels';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const only = args.filter((a) => !a.startsWith('--'));

if (!corpusAvailable()) {
  console.log('../shared/corpus is absent: nothing to check');
  process.exit(0);
}

let failures = 0;
const keysById = new Map<string, Set<string>>();
for (const label of listLabels()) {
  const text = appText(label.id);
  const doc = resolveLabel(label, text);
  keysById.set(label.id, new Set(['opening', 'closing', ...doc.nodes.map((n) => n.key)]));
  if (only.length > 0 && !only.includes(label.id)) continue;
  failures += doc.problems.length;
  console.log(
    `\n# ${label.id}  ${label.title}  (${doc.nodes.length} nodes, ${doc.problems.length} problems)`,
  );
  for (const p of doc.problems) console.log(`  ! ${p}`);
  if (quiet) continue;
  console.log(`  body ${doc.bodyStart}: ${snippet(text, doc.bodyStart)}`);
  for (const n of doc.nodes) {
    console.log(
      `  ${'  '.repeat(n.level - 1)}${n.key} [${n.style}] ${n.start}–${n.stop}: ${snippet(text, n.start)}`,
    );
  }
  if (doc.closingStart !== null)
    console.log(`  closing ${doc.closingStart}: ${snippet(text, doc.closingStart)}`);
  if (doc.annexStart !== null) console.log(`  annex ${doc.annexStart}: ${snippet(text, doc.annexStart)}`);
  if (doc.trailStart !== null) console.log(`  trail ${doc.trailStart}: ${snippet(text, doc.trailStart)}`);
}

if (existsSync(pairsDir)) {
  for (const file of readdirSync(pairsDir).filter((f) => f.endsWith('.json'))) {
    const pairs = JSON.parse(readFileSync(join(pairsDir, file), 'utf8')) as {
      left: string;
      right: string;
      pairs: { left: string[]; right: string[] }[];
      unpaired?: { left?: string[]; right?: string[] };
    };
    for (const side of ['left', 'right'] as const) {
      const keys = keysById.get(pairs[side]);
      if (!keys) {
        console.log(`! ${file}: no label for ${pairs[side]}`);
        failures++;
        continue;
      }
      const used = [...pairs.pairs.flatMap((p) => p[side]), ...(pairs.unpaired?.[side] ?? [])];
      for (const key of used) {
        if (!keys.has(key)) {
          console.log(`! ${file}: ${side} key ${key} is not a node of ${pairs[side]}`);
          failures++;
        }
      }
    }
  }
}

console.log(`\n${failures} problem(s)`);
process.exit(failures > 0 ? 1 : 0);

function snippet(text: string, at: number): string {
  return text.slice(at, at + 30).replace(/\n/g, '⏎');
}
