/**
 * House rules about what the build may contain, checked on the modules found in its source maps:
 * - opencc-js: only `core`, the regional `from/*` tables, `to/cn` and the dictionaries those import.
 *   Not the full build, and not `from/cn` (Simplified→Traditional: its STPhrases alone is 1 MB raw;
 *   the engine only converts towards Simplified) nor `from/index` (every table at once);
 * - d3: only `d3-scale`, `d3-shape` and their own dependencies (never `d3`, never `d3-selection`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { repoRoot } from '../../tests/e2e/harness';
import { packageOf, pathInPackage } from './attribution';

export interface CheckResult {
  rule: string;
  ok: boolean;
  detail: string;
}

const modulesDir = join(repoRoot, 'node_modules');

/** Files a module imports through relative specifiers (the opencc-js entry points import their dicts). */
function relativeImports(packageDir: string, modulePath: string): string[] {
  const text = readFileSync(join(packageDir, modulePath), 'utf8');
  return [...text.matchAll(/from\s+['"](\.[^'"]+)['"]/g)].map((match) =>
    posix.normalize(posix.join(posix.dirname(modulePath), match[1]!)),
  );
}

function allowedOpenccModules(): Set<string> {
  const packageDir = join(modulesDir, 'opencc-js');
  const fromDir = 'dist/esm-lib/from';
  const entries = [
    'dist/esm-lib/core.js',
    'dist/esm-lib/to/cn.js',
    ...readdirSync(join(packageDir, fromDir))
      .filter((file) => file !== 'cn.js' && file !== 'index.js')
      .map((file) => `${fromDir}/${file}`),
  ];
  return new Set([...entries, ...entries.flatMap((entry) => relativeImports(packageDir, entry))]);
}

function allowedD3Packages(): Set<string> {
  const allowed = new Set<string>();
  const visit = (name: string) => {
    if (allowed.has(name)) return;
    allowed.add(name);
    const manifest = JSON.parse(readFileSync(join(modulesDir, name, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    Object.keys(manifest.dependencies ?? {}).forEach(visit);
  };
  visit('d3-scale');
  visit('d3-shape');
  return allowed;
}

/** `sources`: every source module of every JS file the build emitted. */
export function checkDependencyRules(sources: Iterable<string>): CheckResult[] {
  const openccAllowed = allowedOpenccModules();
  const d3Allowed = allowedD3Packages();
  const openccUsed = new Set<string>();
  const d3Used = new Set<string>();
  for (const source of sources) {
    const pkg = packageOf(source);
    if (pkg === 'opencc-js') openccUsed.add(pathInPackage(source));
    if (pkg === 'd3' || pkg.startsWith('d3-') || pkg === 'internmap') d3Used.add(pkg);
  }
  const openccBad = [...openccUsed].filter((module) => !openccAllowed.has(module)).sort();
  const d3Bad = [...d3Used].filter((pkg) => !d3Allowed.has(pkg)).sort();
  const shortName = (module: string) => module.replace('dist/esm-lib/', '');
  return [
    {
      rule: 'opencc-js: only core, regional from/*, to/cn and their dictionaries',
      ok: openccBad.length === 0,
      detail:
        openccBad.length > 0
          ? `forbidden: ${openccBad.join(', ')}`
          : `bundled: ${[...openccUsed].map(shortName).sort().join(', ') || 'none'}`,
    },
    {
      rule: 'd3: only d3-scale, d3-shape and their dependencies',
      ok: d3Bad.length === 0,
      detail:
        d3Bad.length > 0
          ? `forbidden: ${d3Bad.join(', ')}`
          : `bundled: ${[...d3Used].sort().join(', ') || 'none'}`,
    },
  ];
}
