/**
 * `Persistence`: the comparison outlives the tab, and the tab's history moves between comparisons.
 *
 *   - Storage: the newest comparison changed in any tab of this browser (texts, names, options,
 *     selected theme/phrase) is saved in localStorage under `duizhao:comparison`, as the same
 *     fragment a permalink uses (validated the same way on the way back). A change of texts is saved
 *     at once; options and view changes at once too, then at most once per 400 ms (a dragged slider).
 *   - Address bar: the fragment of the current comparison is kept in the URL (`#sample` for the
 *     sample), so the address bar is a permalink at all times, a reload reopens what was shown, and
 *     going back to the first entry reopens the sample rather than the stored comparison. Every loaded
 *     comparison pushes its own history entry (two files dropped 150 ms apart: two entries); options
 *     and view changes replace the current one. Back/forward (popstate) reopen entries.
 *   - Leaving: on `pagehide` and when the tab is hidden, a change still waiting is written at once
 *     (a link made without compression, `encodeSnapshotNow`): a reload right after a change keeps it.
 *   - Two tabs: each tab is its own session. Its address bar holds its own comparison, a reload
 *     reopens it and writes nothing (only a change is saved, so a reload never overwrites another
 *     tab's newer change); storage holds the newest change of any tab, which a new tab opens. When
 *     another tab saves a different comparison, this one says so and offers to open it here.
 *   - Start: a permalink in the URL wins over storage; a broken one shows its message and the page
 *     falls back to the stored comparison, else the sample. Storage that cannot be read is dropped.
 *
 *   savedAt     ISO time of the last save here, for the toolbar's "Saved" line
 *   saveError   why saving failed (storage full, disabled); storage full is also announced once in
 *               the alert region, with what still keeps the comparison (the address bar, the file)
 *   fragment    the fragment of the comparison as last saved: what the Share panel offers
 *
 * Fragments longer than LINK_MAX_CHARS stay out of the URL (some browsers refuse such URLs); the
 * history entry then carries the fragment in `history.state` instead.
 */
import type { ComparisonSnapshot } from '../core/types';
import {
  decodeSnapshot,
  encodeSnapshotNow,
  looksLikePermalink,
  type SampleTexts,
} from '../core/share/permalink';
import { LINK_MAX_CHARS } from '../core/share/link-budget';
import { isolateName } from '../core/names';
import { LEAVING_KEY, STORAGE_KEY } from './storage-key';
import type { Workspace } from './workspace.svelte';
import { linkEncoder, type LinkEncoder } from './encode-link';

export { LEAVING_KEY, STORAGE_KEY };

interface Leaving {
  /** The history entry's fragment when the page was left (what a reload finds if the update was dropped). */
  entry: string;
  /** The comparison as it was. */
  fragment: string;
}
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
  /** This tab's storage (sessionStorage), for the change written while the page was left; injected for tests. */
  tabStorage?: Storage | null;
  /** Makes a snapshot's fragment; in a worker for long texts by default (src/state/encode-link.ts). */
  encode?: LinkEncoder;
  /**
   * Whether the reader changed the comparison before `start()` (the session knows what the page opened
   * on): that change is kept and saved, and nothing is restored over it.
   */
  changedBeforeStart?: () => boolean;
  /** Document-like host for `visibilitychange`; injected for tests. */
  page?: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
  notify: (
    kind: 'error' | 'warning' | 'info',
    message: string,
    extra?: { action?: { label: string; run: () => void } },
  ) => void;
}

/**
 * Keys name each text by a small number, not by its characters: a theme click on two reports of a
 * million characters each compared and copied both texts twice per change (hundreds of ms). A `Map` on
 * strings hashes a text once (the hash is kept in the string) and then finds the same string at once.
 * Numbers are never reused, so forgetting old texts can only make a key look new (one extra save).
 */
// Bookkeeping, never read reactively: a plain Map on purpose.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const textIds = new Map<string, number>();
let nextTextId = 0;
const KEPT_TEXT_IDS = 8;

function textId(text: string): number {
  let id = textIds.get(text);
  if (id === undefined) {
    if (textIds.size >= KEPT_TEXT_IDS) textIds.clear();
    id = nextTextId++;
    textIds.set(text, id);
  }
  return id;
}

function textsKey(s: ComparisonSnapshot): string {
  return JSON.stringify([s.left.name, textId(s.left.text), s.right.name, textId(s.right.text)]);
}

/** Everything a save writes: two snapshots with one key write the same fragment. */
function snapshotKey(s: ComparisonSnapshot): string {
  return JSON.stringify({ ...s, texts: textsKey(s), left: null, right: null });
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
  #page: PersistenceSettings['page'] | null;
  #tabStorage: Storage | null;
  /** Set while changes of options or view wait their turn: at most one save per SAVE_DELAY_MS. */
  #quiet: ReturnType<typeof setTimeout> | undefined;
  #stopEffect: (() => void) | null = null;
  /** Texts of the history entry we are on: a change of texts pushes, anything else replaces. */
  #entryTexts: string | null = null;
  /** Key of what this tab last wrote or opened (restored): the same snapshot again is no change. */
  #writtenKey: string | null = null;
  /** Texts of the newest snapshot asked to be saved (written or waiting). */
  #queuedTexts: string | null = null;
  /** A change of options or view waiting for its delay. */
  #pending: ComparisonSnapshot | null = null;
  /** Bumped by every save asked for and by a save made at once; an older asynchronous save is dropped. */
  #generation = 0;
  /** Texts of the comparison whose "storage full" was announced (once per comparison, not per change). */
  #storageFullFor: string | null = null;
  /** Texts of another tab's comparison already announced here (announced once). */
  #announced: string | null = null;
  #started = false;
  #saving = Promise.resolve();
  #encode: LinkEncoder;

  constructor(workspace: Workspace, settings: PersistenceSettings) {
    this.#workspace = workspace;
    this.#settings = settings;
    this.#encode = settings.encode ?? linkEncoder();
    this.#storage = settings.storage === undefined ? safeLocalStorage() : settings.storage;
    this.#host = settings.host ?? window;
    this.#page = settings.page === undefined ? (settings.host ? null : document) : settings.page;
    this.#tabStorage =
      settings.tabStorage === undefined ? (settings.host ? null : safeSessionStorage()) : settings.tabStorage;
  }

  /** Whether `start()` has finished: from then on this saves as the page is left (src/state/early-leave.ts before). */
  get started(): boolean {
    return this.#started;
  }

  /**
   * Restores from the URL or storage, then starts saving and following history. A change the reader
   * made before this (`changedBeforeStart`) is the comparison: nothing is restored over it.
   */
  async start(): Promise<void> {
    let restored = false;
    const leaving = this.#takeLeaving();
    const changed = () => this.#settings.changedBeforeStart?.() ?? false;
    let readerChanged = changed();
    try {
      if (!readerChanged) {
        restored = await this.#restoreFromLinkOrStorage(changed);
        readerChanged = !restored && changed(); // a restore changes the workspace too: not the reader
      }
      // Left with a change the browser did not keep in history: that change is the comparison.
      if (leaving && leaving.entry === this.#entryFragment() && !readerChanged)
        restored = (await this.#reapply(leaving)) || restored;
    } finally {
      // The workspace holds its first computation until now (see WorkspaceSettings.hold).
      this.#workspace.release();
    }
    if (!restored) this.#entryTexts = textsKey(this.#workspace.snapshot());
    this.#host.addEventListener('popstate', this.#onPopState);
    this.#host.addEventListener('pagehide', this.#onLeave);
    this.#host.addEventListener('pageshow', this.#onShow);
    this.#host.addEventListener('storage', this.#onStorage);
    this.#page?.addEventListener('visibilitychange', this.#onVisibility);
    this.#started = true;
    this.#stopEffect = $effect.root(() => {
      $effect(() => this.#changed(this.#workspace.snapshot())); // reads texts, options, theme, phrase
    });
  }

  /**
   * Opens the link in the address bar, else the saved comparison; says why a broken link was ignored.
   * Nothing is opened over a change the reader made while the link or storage was being decoded.
   */
  async #restoreFromLinkOrStorage(changed: () => boolean): Promise<boolean> {
    // An entry we made carries its fragment in history.state too (reached again by back/forward after
    // a reload, or too long for the URL); an address typed or pasted by hand has only the hash.
    const hash = this.#entryFragment();
    let restored = false;
    let linkProblem: string | null = null;
    if (looksLikePermalink(hash)) {
      const result = await decodeSnapshot(hash, { sample: this.#settings.sample });
      if (changed()) return false;
      if (result.ok) {
        this.#restore(result.snapshot);
        restored = true;
      } else {
        linkProblem = result.error.message;
      }
    }
    if (!restored) restored = await this.#restoreFromStorage(changed);
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

  /**
   * The fragment of the comparison shown, saving a change still waiting first (the Share panel, tests).
   * A comparison only opened here is not saved again: its fragment is made, nothing is written.
   */
  async flush(): Promise<string> {
    const snapshot = this.#workspace.snapshot();
    if (snapshotKey(snapshot) !== this.#writtenKey) this.#saveNow(snapshot);
    await this.#saving;
    this.fragment ??= await this.#encode(snapshot, { sample: this.#settings.sample });
    return this.fragment;
  }

  /**
   * Writes a change still waiting (or still being encoded) at once, synchronously: the page is being
   * left or hidden, and nothing asynchronous is sure to finish.
   */
  flushNow(leaving = false): void {
    this.#pending = null;
    const snapshot = this.#workspace.snapshot();
    const key = snapshotKey(snapshot);
    if (key === this.#writtenKey) return;
    this.#generation++; // saves still encoding are older than this one
    const entry = this.#entryFragment();
    try {
      const fragment = encodeSnapshotNow(snapshot, { sample: this.#settings.sample });
      if (leaving)
        this.#tabStorage?.setItem(LEAVING_KEY, JSON.stringify({ entry, fragment } satisfies Leaving));
      this.#write(snapshot, key, fragment);
    } catch (error) {
      this.#failed(error);
    }
  }

  /** The fragment of the history entry we are on: from `history.state` (ours), else the address. */
  #entryFragment(): string {
    const state = this.#host.history.state as Partial<HistoryState> | null;
    return (state?.duizhaoFragment ?? this.#host.location.hash).replace(/^#/, '');
  }

  #takeLeaving(): Leaving | null {
    try {
      const raw = this.#tabStorage?.getItem(LEAVING_KEY) ?? null;
      this.#tabStorage?.removeItem(LEAVING_KEY);
      const parsed = raw === null ? null : (JSON.parse(raw) as Partial<Leaving>);
      return typeof parsed?.entry === 'string' && typeof parsed.fragment === 'string'
        ? { entry: parsed.entry, fragment: parsed.fragment }
        : null;
    } catch {
      return null;
    }
  }

  /** Opens the change left behind as a change (saved again, with its history entry). */
  async #reapply(leaving: Leaving): Promise<boolean> {
    const result = await decodeSnapshot(leaving.fragment, { sample: this.#settings.sample });
    if (!result.ok) return false;
    this.#workspace.restore(result.snapshot);
    this.#writtenKey = null;
    return true;
  }

  dispose(): void {
    clearTimeout(this.#quiet);
    this.#stopEffect?.();
    if (!this.#started) return;
    this.#host.removeEventListener('popstate', this.#onPopState);
    this.#host.removeEventListener('pagehide', this.#onLeave);
    this.#host.removeEventListener('pageshow', this.#onShow);
    this.#host.removeEventListener('storage', this.#onStorage);
    this.#page?.removeEventListener('visibilitychange', this.#onVisibility);
  }

  #restore(snapshot: ComparisonSnapshot): void {
    this.fragment = null; // made again on demand (flush), for the comparison now shown
    this.#entryTexts = textsKey(snapshot);
    this.#workspace.restore(snapshot);
    // Opening is not changing: a reload or a step back writes nothing (another tab may have saved since).
    this.#writtenKey = snapshotKey(this.#workspace.snapshot());
    this.#queuedTexts = this.#entryTexts;
  }

  async #restoreFromStorage(changed: () => boolean): Promise<boolean> {
    const stored = await this.#readStorage();
    if (stored === 'none' || changed()) return false;
    if (stored === 'broken') {
      this.#storage?.removeItem(STORAGE_KEY);
      this.#settings.notify(
        'warning',
        'The comparison saved in this browser could not be read; it was removed.',
      );
      return false;
    }
    this.#restore(stored.snapshot);
    this.savedAt = stored.savedAt;
    return true;
  }

  async #readStorage(
    raw: string | null = this.#getItem(),
  ): Promise<{ snapshot: ComparisonSnapshot; savedAt: string | null } | 'none' | 'broken'> {
    if (raw === null) return 'none';
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
    if (!result?.ok) return 'broken';
    return { snapshot: result.snapshot, savedAt: typeof stored.savedAt === 'string' ? stored.savedAt : null };
  }

  #getItem(): string | null {
    try {
      return this.#storage?.getItem(STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
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

  #onLeave = (): void => this.flushNow(true);

  /** Back from the back/forward cache: the page was not left after all. */
  #onShow = (event: PageTransitionEvent): void => {
    if (event.persisted) this.#tabStorage?.removeItem(LEAVING_KEY);
  };

  #onVisibility = (): void => {
    // Hidden comes first when a page is left (reload, close), so hidden writes as if leaving; back in
    // view, the page was not left.
    if (this.#page?.visibilityState === 'hidden') this.flushNow(true);
    else this.#tabStorage?.removeItem(LEAVING_KEY);
  };

  /** Another tab saved: say so when it is another comparison, and offer to open it here. */
  #onStorage = (event: StorageEvent): void => {
    if (event.key !== STORAGE_KEY || event.newValue === null) return;
    void this.#readStorage(event.newValue).then((stored) => {
      if (typeof stored === 'string') return;
      const theirs = textsKey(stored.snapshot);
      if (theirs === textsKey(this.#workspace.snapshot()) || theirs === this.#announced) return;
      this.#announced = theirs;
      const { left, right } = stored.snapshot;
      this.#settings.notify(
        'info',
        `Another tab saved a different comparison (“${isolateName(left.name)}” · “${isolateName(right.name)}”). ` +
          'This tab keeps its own; a new tab opens the newest.',
        { action: { label: 'Open it here', run: () => this.open(stored.snapshot) } },
      );
    });
  };

  /** Every change of the workspace: texts save at once (their own history entry), the rest after a pause. */
  #changed(snapshot: ComparisonSnapshot): void {
    if (snapshotKey(snapshot) === this.#writtenKey) {
      this.#pending = null;
      return;
    }
    if (textsKey(snapshot) !== this.#queuedTexts) {
      if (this.#pending) this.#saveNow(this.#pending); // the old entry's last options first
      this.#saveNow(snapshot);
      return;
    }
    // The first change saves at once (a reload right after it keeps it); a burst (a slider dragged)
    // saves its last value when the quiet time is over.
    if (this.#quiet === undefined) {
      this.#saveNow(snapshot);
      this.#quiet = setTimeout(this.#endQuiet, SAVE_DELAY_MS);
    } else {
      this.#pending = snapshot;
    }
  }

  #endQuiet = (): void => {
    this.#quiet = undefined;
    const pending = this.#pending;
    if (!pending) return;
    this.#saveNow(pending);
    this.#quiet = setTimeout(this.#endQuiet, SAVE_DELAY_MS);
  };

  #saveNow(snapshot: ComparisonSnapshot): void {
    this.#pending = null;
    this.#queuedTexts = textsKey(snapshot);
    const generation = ++this.#generation;
    // One save at a time, in order: a slow encode must not overwrite a newer one. A failed save is
    // reported and the chain goes on: a rejected link would otherwise skip every later save (a browser
    // that throttles history updates throws from pushState).
    this.#saving = this.#saving
      .then(async () => {
        const fragment = await this.#encode(snapshot, { sample: this.#settings.sample });
        // Written at once in the meantime (the page was hidden): this older one must not overwrite it.
        if (generation < this.#generation && this.#writtenKey === snapshotKey(this.#workspace.snapshot()))
          return;
        this.#write(snapshot, snapshotKey(snapshot), fragment);
      })
      .catch((error: unknown) => this.#failed(error));
  }

  #write(snapshot: ComparisonSnapshot, key: string, fragment: string): void {
    this.fragment = fragment;
    this.#writeHistory(snapshot, fragment);
    this.#writtenKey = key;
    this.#writeStorage(fragment, textsKey(snapshot));
  }

  #failed(error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    this.savedAt = null;
    this.saveError = `This comparison could not be saved (${reason}), so a reload may not restore it.`;
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

  #writeStorage(fragment: string, texts: string): void {
    if (!this.#storage) {
      this.saveError = 'This browser does not allow saving here (storage is off), so a reload starts afresh.';
      return;
    }
    try {
      const stored: Stored = { fragment, savedAt: isoNow() };
      this.#storage.setItem(STORAGE_KEY, JSON.stringify(stored));
      this.savedAt = stored.savedAt;
      this.saveError = null;
      this.#storageFullFor = null;
    } catch {
      this.savedAt = null;
      const inAddressBar = fragment.length + 1 <= LINK_MAX_CHARS;
      const keeps = inAddressBar
        ? 'The link in the address bar still holds it (a reload of this tab reopens it): bookmark or share it, ' +
          'or download the comparison file (Share).'
        : 'It is too long for the address bar too: download the comparison file (Share) to keep it.';
      this.saveError = `This comparison is too large to keep in this browser (its storage is full). ${keeps}`;
      // Announced once per comparison, not on every change of its options.
      if (this.#storageFullFor !== texts) this.#settings.notify('warning', this.saveError);
      this.#storageFullFor = texts;
    }
  }
}
function safeSessionStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
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
