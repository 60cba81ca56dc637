/**
 * Saving as the page is left, before `Persistence` has started. Persistence (with the permalink codec)
 * is loaded when the page is first idle, to stay out of the first paint's JavaScript; until it has
 * started, nothing else listened to `pagehide`, so a change made right after the page opened (a theme
 * clicked on the sample, texts loaded while the restore was still decoding) was lost on a reload.
 *
 * `watchEarlyLeave` listens from the moment the session exists. When the page is left (or hidden) and
 * the comparison differs from the one the page opened on:
 *   - Persistence loaded but not started: its `flushNow(true)` writes the change (any texts);
 *   - not loaded: the change is to the sample (texts are only loaded through the Loader, which comes
 *     with Persistence), whose link needs no compressor (`encodeSampleLink`); it is written as
 *     Persistence would write it: the change left in this tab (`LEAVING_KEY`, which index.html's inline
 *     script and Persistence read on the reload) and the browser's copy (`STORAGE_KEY`).
 * Once Persistence has started it saves on leaving itself, and this does nothing.
 *
 *   const stop = watchEarlyLeave({ opened: workspace.snapshot(), current: () => workspace.snapshot(),
 *     sample, persistence: () => tools.value?.persistence ?? null });
 */
import type { ComparisonSnapshot } from '../core/types';
import { encodeSampleLink, isSampleSnapshot, type SampleTexts } from '../core/share/sample-link';
import { LEAVING_KEY, STORAGE_KEY } from './storage-key';

/** What of Persistence this needs (a structural type: the class itself is in the lazy chunk). */
export interface LeavingPersistence {
  readonly started: boolean;
  flushNow(leaving: boolean): void;
}

export interface EarlyLeaveSettings {
  /** The comparison the page opened on (before any change of the reader's). */
  opened: ComparisonSnapshot;
  current: () => ComparisonSnapshot;
  sample: SampleTexts;
  persistence: () => LeavingPersistence | null;
  /** Window-like host (location, history, pagehide); the window by default. */
  host?: Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;
  /** Document-like host for `visibilitychange`; the document by default. */
  page?: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'> | null;
  storage?: Storage | null;
  tabStorage?: Storage | null;
  now?: () => Date;
}

/**
 * Whether two snapshots hold the same comparison (texts, names, options, view, corrections). Texts are
 * compared as strings (the same string is found equal at once), the rest as JSON.
 */
export function sameSnapshot(a: ComparisonSnapshot, b: ComparisonSnapshot): boolean {
  const rest = (s: ComparisonSnapshot) => JSON.stringify({ ...s, left: s.left.name, right: s.right.name });
  return a.left.text === b.left.text && a.right.text === b.right.text && rest(a) === rest(b);
}

/** Writes a change made before Persistence started, if any; returns what it did (for tests). */
export function saveEarly(settings: EarlyLeaveSettings): 'none' | 'persistence' | 'sample' {
  const persistence = settings.persistence();
  if (persistence?.started) return 'none';
  const snapshot = settings.current();
  if (sameSnapshot(snapshot, settings.opened)) return 'none';
  if (persistence) {
    persistence.flushNow(true);
    return 'persistence';
  }
  if (!isSampleSnapshot(snapshot, settings.sample)) return 'none';
  const fragment = encodeSampleLink(snapshot);
  const host = settings.host ?? window;
  const state = host.history.state as { duizhaoFragment?: string } | null;
  const entry = (state?.duizhaoFragment ?? host.location.hash).replace(/^#/, '');
  try {
    settings.tabStorage?.setItem(LEAVING_KEY, JSON.stringify({ entry, fragment }));
    const savedAt = (settings.now?.() ?? new Date()).toISOString();
    settings.storage?.setItem(STORAGE_KEY, JSON.stringify({ fragment, savedAt }));
  } catch {
    // storage full or disabled: nothing more can be done as the page goes
  }
  return 'sample';
}

/** Listens to `pagehide` and to the tab being hidden until the returned function is called. */
export function watchEarlyLeave(settings: EarlyLeaveSettings): () => void {
  const host = settings.host ?? window;
  const page = settings.page === undefined ? document : settings.page;
  const resolved: EarlyLeaveSettings = {
    ...settings,
    host,
    storage: settings.storage === undefined ? safe(() => window.localStorage) : settings.storage,
    tabStorage: settings.tabStorage === undefined ? safe(() => window.sessionStorage) : settings.tabStorage,
  };
  const onLeave = () => void saveEarly(resolved);
  const onVisibility = () => {
    if (page?.visibilityState === 'hidden') onLeave();
    // Back in view: the page was not left (as Persistence does once started).
    else if (!settings.persistence()?.started) safeRemove(resolved.tabStorage, LEAVING_KEY);
  };
  host.addEventListener('pagehide', onLeave);
  page?.addEventListener('visibilitychange', onVisibility);
  return () => {
    host.removeEventListener('pagehide', onLeave);
    page?.removeEventListener('visibilitychange', onVisibility);
  };
}

function safeRemove(storage: Storage | null | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // storage disabled
  }
}

function safe(get: () => Storage): Storage | null {
  try {
    return get();
  } catch {
    return null; // storage disabled (some privacy settings throw on access)
  }
}
