import { afterEach, describe, expect, it } from 'vitest';
import { Persistence, STORAGE_KEY } from '../../src/state/persistence.svelte';
import { SAMPLE_LEFT, SAMPLE_RIGHT } from '../../src/state/sample';
import { Workspace } from '../../src/state/workspace.svelte';

/** A window-like host whose pushState refuses the first `refusals` calls, as a throttling browser does. */
function host(refusals: number) {
  let entries = 0;
  let state: unknown = null;
  const location = { href: 'https://example.test/duizhao/', hash: '' };
  const setUrl = (url: string) => {
    location.href = url;
    location.hash = url.includes('#') ? url.slice(url.indexOf('#')) : '';
  };
  const history = {
    get state() {
      return state;
    },
    pushState(next: unknown, _title: string, url: string) {
      if (refusals-- > 0) throw new Error('too many calls to the History API');
      entries++;
      state = next;
      setUrl(url);
    },
    replaceState(next: unknown, _title: string, url: string) {
      state = next;
      setUrl(url);
    },
  };
  const fake = { location, history, addEventListener() {}, removeEventListener() {} };
  return {
    fake: fake as unknown as ConstructorParameters<typeof Persistence>[1]['host'],
    entries: () => entries,
  };
}

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

describe('Persistence', () => {
  it('a save that fails is reported and the next save still happens', async () => {
    const workspace = new Workspace({ compare: async () => null });
    const storage = memoryStorage();
    const { fake, entries } = host(1);
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
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).fragment).toMatch(/^v1\./);
  });
});
