import { afterEach, describe, expect, it } from 'vitest';
import { Persistence, STORAGE_KEY } from '../../src/state/persistence.svelte';
import { SAMPLE_LEFT, SAMPLE_RIGHT } from '../../src/state/sample';
import { Workspace } from '../../src/state/workspace.svelte';
import { fakeHost, memoryStorage } from './browser-fakes';

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

describe('Persistence', () => {
  it('a save that fails is reported and the next save still happens', async () => {
    const workspace = new Workspace({ compare: async () => null });
    const storage = memoryStorage();
    const { fake, entries } = fakeHost(1);
    const persistence = new Persistence(workspace, {
      sample: { left: SAMPLE_LEFT, right: SAMPLE_RIGHT },
      storage,
      host: fake,
      notify: () => {},
    });
    cleanup = () => {
      persistence.dispose();
      workspace.dispose();
    };
    workspace.setTexts({ left: { name: 'a.txt', text: '统一战线' } });

    await persistence.flush();
    expect(persistence.saveError).toContain('too many calls to the History API');
    expect(storage.getItem(STORAGE_KEY)).toBeNull();

    await persistence.flush();
    expect(persistence.saveError).toBeNull();
    expect(entries()).toBe(1);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).fragment).toMatch(/^v3\./);
  });
});
