/**
 * `Persistence`: the comparison outlives the tab, and the tab's history moves between comparisons.
 *
 *   - Storage: the current comparison (texts, names, options, selected theme/phrase) is saved in this
 *     browser's localStorage under `duizhao:comparison`, as the same v1 fragment a permalink uses
 *     (compressed, validated the same way on the way back). Saved 400 ms after the last change.
 *   - Address bar: the fragment of the current comparison is kept in the URL (`#sample` for the
 *     sample), so the address bar is a permalink at all times, a reload reopens what was shown, and
 *     going back to the first entry reopens the sample rather than the stored comparison. Loading new texts pushes a history
 *     entry; options and view changes replace the current one. Back/forward (popstate) reopen entries.
 *   - Start: a permalink in the URL wins over storage; a broken one shows its message and the page
 *     falls back to the stored comparison, else the sample. Storage that cannot be read is dropped.
 *
 *   notices     Notice-like messages (`{ kind, message }`) for the alert region
 *   saveError   why saving failed (storage full, disabled), for the UI
 *
 * Fragments longer than LINK_MAX_CHARS stay out of the URL (some browsers refuse such URLs); the
 * history entry then carries the fragment in `history.state` instead.
 */
import type { ComparisonSnapshot } from '../core/types';
import {
  decodeSnapshot,
  encodeSnapshot,
  looksLikePermalink,
  type SampleTexts,
} from '../core/share/permalink';
import { LINK_MAX_CHARS } from '../core/share/link-budget';
import type { Workspace } from './workspace.svelte';

export const STORAGE_KEY = 'duizhao:comparison';
const SAVE_DELAY_MS = 400;

interface Stored {
  fragment: string;
  savedAt: string;
}

interface HistoryState {
  duizhaoFragment: string;
}

export interface PersistenceSettings {
  sample: SampleTexts;
  storage?: Storage | null;
  /** Window-like host for location/history/popstate; injected for tests. */
  host?: Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;
  notify: (kind: 'error' | 'warning' | 'info', message: string) => void;
}

function textsKey(s: ComparisonSnapshot): string {
  return `${s.left.name}\u0000${s.left.text}\u0000${s.right.name}\u0000${s.right.text}`;
}

export class Persistence {
  /** ISO time of the last save here; null when the comparison is not (yet) saved. */
  savedAt: string | null = $state(null);
  saveError: string | null = $state(null);
  /** The fragment of the comparison as last saved: what the Share panel offers. */
  fragment: string | null = $state(null);

  #workspace: Workspace;
  #settings: PersistenceSettings;
  #storage: Storage | null;
  #host: NonNullable<PersistenceSettings['host']>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #stopEffect: (() => void) | null = null;
  /** Texts of the history entry we are on: a change of texts pushes, anything else replaces. */
  #entryTexts: string | null = null;
  #started = false;
  #saving = Promise.resolve();

  constructor(workspace: Workspace, settings: PersistenceSettings) {
    this.#workspace = workspace;
    this.#settings = settings;
    this.#storage = settings.storage === undefined ? safeLocalStorage() : settings.storage;
    this.#host = settings.host ?? window;
  }

  /** Restores from the URL or storage, then starts saving and following history. */
  async start(): Promise<void> {
    let restored: boolean;
    try {
      restored = await this.#restoreFromLinkOrStorage();
    } finally {
      // The workspace holds its first computation until now (see WorkspaceSettings.hold).
      this.#workspace.release();
    }
    if (!restored) this.#entryTexts = textsKey(this.#workspace.snapshot());
    this.#host.addEventListener('popstate', this.#onPopState);
    this.#started = true;
    this.#stopEffect = $effect.root(() => {
      $effect(() => {
        const snapshot = this.#workspace.snapshot(); // reads texts, options, theme, phrase
        clearTimeout(this.#timer);
        this.#timer = setTimeout(() => void this.#save(snapshot), SAVE_DELAY_MS);
      });
    });
  }

  /** Opens the link in the address bar, else the saved comparison; says why a broken link was ignored. */
  async #restoreFromLinkOrStorage(): Promise<boolean> {
    // An entry we made carries its fragment in history.state too (reached again by back/forward after
    // a reload, or too long for the URL); an address typed or pasted by hand has only the hash.
    const state = this.#host.history.state as Partial<HistoryState> | null;
    const hash = state?.duizhaoFragment ?? this.#host.location.hash;
    let restored = false;
    let linkProblem: string | null = null;
    if (looksLikePermalink(hash)) {
      const result = await decodeSnapshot(hash, { sample: this.#settings.sample });
      if (result.ok) {
        this.#restore(result.snapshot);
        restored = true;
      } else {
        linkProblem = result.error.message;
      }
    }
    if (!restored) restored = await this.#restoreFromStorage();
    if (linkProblem !== null) {
      const shown = restored ? 'your last comparison (saved in this browser)' : 'the sample comparison';
      this.#settings.notify('error', `${linkProblem} Showing ${shown} instead.`);
    }
    return restored;
  }

  /** Opens a whole comparison (a dropped comparison file) as a new history entry. */
  open(snapshot: ComparisonSnapshot): void {
    this.#workspace.restore(snapshot);
  }

  /** Saves now instead of after the delay (tests, before a share link is shown). */
  async flush(): Promise<string> {
    clearTimeout(this.#timer);
    await this.#save(this.#workspace.snapshot());
    return this.fragment!;
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#stopEffect?.();
    if (this.#started) this.#host.removeEventListener('popstate', this.#onPopState);
  }

  #restore(snapshot: ComparisonSnapshot): void {
    this.#entryTexts = textsKey(snapshot);
    this.#workspace.restore(snapshot);
  }

  async #restoreFromStorage(): Promise<boolean> {
    let raw: string | null;
    try {
      raw = this.#storage?.getItem(STORAGE_KEY) ?? null;
    } catch {
      return false;
    }
    if (raw === null) return false;
    let stored: Partial<Stored> = {};
    try {
      stored = JSON.parse(raw) as Partial<Stored>;
    } catch {
      /* handled below: not a stored comparison */
    }
    const result =
      typeof stored.fragment === 'string'
        ? await decodeSnapshot(stored.fragment, { sample: this.#settings.sample })
        : null;
    if (!result?.ok) {
      this.#storage?.removeItem(STORAGE_KEY);
      this.#settings.notify(
        'warning',
        'The comparison saved in this browser could not be read; it was removed.',
      );
      return false;
    }
    this.#restore(result.snapshot);
    this.savedAt = typeof stored.savedAt === 'string' ? stored.savedAt : null;
    return true;
  }

  #onPopState = (event: PopStateEvent): void => {
    const state = event.state as Partial<HistoryState> | null;
    const fragment = state?.duizhaoFragment ?? this.#host.location.hash;
    if (!looksLikePermalink(fragment)) return;
    void decodeSnapshot(fragment, { sample: this.#settings.sample }).then((result) => {
      if (result.ok) this.#restore(result.snapshot);
      else this.#settings.notify('error', `${result.error.message} The current comparison is kept.`);
    });
  };

  #save(snapshot: ComparisonSnapshot): Promise<void> {
    // One save at a time, in order: a slow encode must not overwrite a newer one. A failed save is
    // reported and the chain goes on: a rejected link would otherwise skip every later save (a browser
    // that throttles history updates throws from pushState).
    this.#saving = this.#saving
      .then(async () => {
        const fragment = await encodeSnapshot(snapshot, { sample: this.#settings.sample });
        this.fragment = fragment;
        this.#writeHistory(snapshot, fragment);
        this.#writeStorage(fragment);
      })
      .catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        this.saveError = `This comparison could not be saved (${reason}), so a reload may not restore it.`;
      });
    return this.#saving;
  }

  #writeHistory(snapshot: ComparisonSnapshot, fragment: string): void {
    const key = textsKey(snapshot);
    const state: HistoryState = { duizhaoFragment: fragment };
    const { location, history } = this.#host;
    const base = location.href.replace(/#.*$/, '');
    const url = fragment.length + 1 <= LINK_MAX_CHARS ? `${base}#${fragment}` : base;
    if (key !== this.#entryTexts) {
      history.pushState(state, '', url);
      this.#entryTexts = key; // only once pushed: a refused push is retried by the next save
    } else if (
      location.href !== url ||
      (history.state as Partial<HistoryState> | null)?.duizhaoFragment !== fragment
    ) {
      history.replaceState(state, '', url);
    }
  }

  #writeStorage(fragment: string): void {
    if (!this.#storage) {
      this.saveError = 'This browser does not allow saving here (storage is off), so a reload starts afresh.';
      return;
    }
    try {
      const stored: Stored = { fragment, savedAt: isoNow() };
      this.#storage.setItem(STORAGE_KEY, JSON.stringify(stored));
      this.savedAt = stored.savedAt;
      this.saveError = null;
    } catch {
      this.savedAt = null;
      this.saveError =
        'This comparison is too large to save in this browser (storage is full), so a reload will not ' +
        'restore it. Download the comparison file to keep it.';
    }
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled (some privacy settings throw on access)
  }
}

function isoNow(): string {
  return new Date(Date.now()).toISOString();
}
