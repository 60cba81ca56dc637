import { describe, expect, it } from 'vitest';
import { LEAVING_KEY, STORAGE_KEY } from '../../src/state/storage-key';
import {
  saveEarly,
  sameSnapshot,
  watchEarlyLeave,
  type EarlyLeaveSettings,
} from '../../src/state/early-leave';
import { SAMPLE_LEFT, SAMPLE_RIGHT } from '../../src/state/sample';
import type { ComparisonSnapshot } from '../../src/core/types';
import { memoryStorage } from './browser-fakes';

const sample = { left: SAMPLE_LEFT, right: SAMPLE_RIGHT };
const opened: ComparisonSnapshot = {
  left: { ...SAMPLE_LEFT },
  right: { ...SAMPLE_RIGHT },
  options: { minPhraseLength: 4, script: 'original' },
  view: { theme: null, phrase: null },
};
const withTheme: ComparisonSnapshot = { ...opened, view: { theme: 'poverty', phrase: null } };

/** A window and document whose events the test fires. */
function fakePage(hash = '') {
  const listeners = new Map<string, () => void>();
  const on = {
    addEventListener: (type: string, listener: () => void) => void listeners.set(type, listener),
    removeEventListener: (type: string) => void listeners.delete(type),
  };
  const host = { location: { hash }, history: { state: null }, ...on };
  const page = { visibilityState: 'visible' as DocumentVisibilityState, ...on };
  return {
    host: host as unknown as EarlyLeaveSettings['host'],
    page: page as unknown as EarlyLeaveSettings['page'],
    fire: (type: string) => listeners.get(type)?.(),
    hide: () => {
      page.visibilityState = 'hidden';
      listeners.get('visibilitychange')?.();
    },
    listening: () => listeners.size,
  };
}

function settings(current: ComparisonSnapshot, more: Partial<EarlyLeaveSettings> = {}) {
  const storage = memoryStorage();
  const tabStorage = memoryStorage();
  const fake = fakePage('#sample');
  const made: EarlyLeaveSettings = {
    opened,
    current: () => current,
    sample,
    persistence: () => null,
    host: fake.host,
    page: fake.page,
    storage,
    tabStorage,
    now: () => new Date('2026-01-02T03:04:05Z'),
    ...more,
  };
  return { made, storage, tabStorage, fake };
}

describe('sameSnapshot', () => {
  it('tells a change of view, options, names or texts from none', () => {
    expect(sameSnapshot({ ...opened, left: { ...opened.left } }, opened)).toBe(true);
    expect(sameSnapshot(withTheme, opened)).toBe(false);
    expect(sameSnapshot({ ...opened, options: { ...opened.options, script: 'simplified' } }, opened)).toBe(
      false,
    );
    expect(sameSnapshot({ ...opened, left: { ...opened.left, name: 'x.txt' } }, opened)).toBe(false);
    expect(sameSnapshot({ ...opened, right: { ...opened.right, text: '甲乙' } }, opened)).toBe(false);
  });
});

describe('saveEarly', () => {
  it('writes a change to the sample as the sample link, in the tab (with its entry) and the browser', () => {
    const { made, storage, tabStorage } = settings(withTheme);
    expect(saveEarly(made)).toBe('sample');
    expect(JSON.parse(tabStorage.getItem(LEAVING_KEY)!)).toEqual({
      entry: 'sample',
      fragment: 'sample?theme=poverty',
    });
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toEqual({
      fragment: 'sample?theme=poverty',
      savedAt: '2026-01-02T03:04:05.000Z',
    });
  });

  it('writes nothing when nothing changed since the page opened (a restore still pending keeps its link)', () => {
    const { made, storage, tabStorage } = settings({ ...opened });
    expect(saveEarly(made)).toBe('none');
    expect(storage.length + tabStorage.length).toBe(0);
  });

  it('hands a change to Persistence when it is loaded but not started, and leaves it alone once started', () => {
    const flushed: boolean[] = [];
    const persistence = { started: false, flushNow: (leaving: boolean) => void flushed.push(leaving) };
    const texts = { ...opened, left: { name: 'a.txt', text: '统一战线' } };
    const { made, storage } = settings(texts, { persistence: () => persistence });
    expect(saveEarly(made)).toBe('persistence');
    expect(flushed).toEqual([true]);
    persistence.started = true;
    expect(saveEarly(made)).toBe('none');
    expect(flushed).toEqual([true]);
    expect(storage.length).toBe(0);
  });
});

describe('watchEarlyLeave', () => {
  it('saves on pagehide and when hidden; shown again, the change left in the tab is dropped; stop ends it', () => {
    const { made, tabStorage, fake } = settings(withTheme);
    const stop = watchEarlyLeave(made);
    fake.fire('pagehide');
    expect(tabStorage.getItem(LEAVING_KEY)).not.toBeNull();
    fake.fire('visibilitychange'); // visible: the page was not left
    expect(tabStorage.getItem(LEAVING_KEY)).toBeNull();
    fake.hide();
    expect(tabStorage.getItem(LEAVING_KEY)).not.toBeNull();
    stop();
    expect(fake.listening()).toBe(0);
  });
});
