/**
 * Stand-ins for the browser pieces `Persistence` talks to (history and location, localStorage), so state
 * tests run in Node. The host records history entries; its pushState can refuse its first calls, as a
 * browser that throttles the History API does.
 */
import type { PersistenceSettings } from '../../src/state/persistence.svelte';

/** A window-like host whose pushState refuses the first `refusals` calls, as a throttling browser does. */
export function fakeHost(refusals = 0) {
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
    fake: fake as unknown as PersistenceSettings['host'],
    entries: () => entries,
  };
}

export function memoryStorage(): Storage {
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
