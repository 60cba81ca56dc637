/**
 * The reader's corrections outlive the tab: saved with the comparison (browser storage and the address
 * bar), restored on the next start, and sent to the engine with the texts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Persistence, STORAGE_KEY } from '../../src/state/persistence.svelte';
import { SAMPLE_LEFT, SAMPLE_RIGHT } from '../../src/state/sample';
import { Workspace } from '../../src/state/workspace.svelte';
import type { CompareOptions, Correction } from '../../src/core/types';
import { fakeHost, memoryStorage } from './browser-fakes';

const FIXES: Correction[] = [
  { op: 'split', side: 'left', at: 449 },
  { op: 'pair', left: [{ start: 806, node: 'L-1' }], right: [{ start: 1129 }] },
];
const sample = { left: SAMPLE_LEFT, right: SAMPLE_RIGHT };

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((f) => f());
  cleanups = [];
});

function open(storage: Storage, host = fakeHost().fake) {
  const asked: CompareOptions[] = [];
  const workspace = new Workspace({
    compare: (_l, _r, options) => {
      asked.push(options);
      return Promise.resolve(null);
    },
    hold: true,
  });
  const persistence = new Persistence(workspace, { sample, storage, host, notify: () => {} });
  cleanups.push(() => {
    persistence.dispose();
    workspace.dispose();
  });
  return { workspace, persistence, asked };
}

describe('corrections are kept with the comparison', () => {
  it.each([
    { label: 'the sample (short link with fix)', texts: null, link: /^sample\?fix=/ },
    {
      label: 'a custom comparison (v3 link)',
      texts: { name: 'a.txt', text: '统一战线是法宝。' },
      link: /^v3\./,
    },
  ])('$label: saved, then restored on the next start and sent to the engine', async ({ texts, link }) => {
    const storage = memoryStorage();
    const first = open(storage);
    await first.persistence.start();
    if (texts) first.workspace.setTexts({ left: texts });
    FIXES.forEach((fix) => first.workspace.correct(fix));
    const fragment = await first.persistence.flush();
    expect(fragment).toMatch(link);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).fragment).toBe(fragment);

    const second = open(storage);
    await second.persistence.start();
    expect(second.workspace.corrections.list).toEqual(FIXES);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(second.asked.at(-1)?.corrections).toEqual(FIXES);
  });

  it('an undo is saved too', async () => {
    const storage = memoryStorage();
    const first = open(storage);
    await first.persistence.start();
    FIXES.forEach((fix) => first.workspace.correct(fix));
    first.workspace.undoCorrection();
    await first.persistence.flush();
    const second = open(storage);
    await second.persistence.start();
    expect(second.workspace.corrections.list).toEqual(FIXES.slice(0, 1));
  });
});
