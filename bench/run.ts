/**
 * `npm run bench`: every `bench:*` script of package.json in turn (engine, normalize, page…), so a
 * new benchmark joins by adding its own `bench:<name>` script. Stops at the first one that fails.
 */

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const scripts: Record<string, string> = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).scripts;
const names = Object.keys(scripts).filter((name) => name.startsWith('bench:'));
for (const name of names) {
  console.log(`\n=== npm run ${name}\n`);
  const run = spawnSync('npm', ['run', '--silent', name], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
