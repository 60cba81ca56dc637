/**
 * On every labelled pair of real reports (tests/corpus/pairs), compare() gives each section exactly
 * one pair: paired, or listed alone. The stray round once paired units the orphan lists had already
 * paired, and four provincial pairs listed the same pair twice (a row drawn twice in the reading view).
 * Skipped without ../shared/corpus.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/index';
import { appText } from './app-text';
import { corpusAvailable, pairsDir } from './labels';

const files = corpusAvailable() ? readdirSync(pairsDir).filter((f) => f.endsWith('.json')) : [];

describe.skipIf(files.length === 0)('every section of a corpus comparison is in one pair', () => {
  it.each(files)('%s', (file) => {
    const [leftId, rightId] = file.replace(/\.json$/, '').split('__');
    const comparison = compare(appText(leftId!), appText(rightId!));
    for (const side of ['left', 'right'] as const) {
      const inPairs = comparison.pairs.flatMap((p) => p[side]).sort();
      expect(inPairs).toEqual(comparison[side].sections.map((s) => s.id).sort());
    }
  });
});
