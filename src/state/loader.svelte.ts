/**
 * `Loader`: turns files and pasted text into the workspace's two sides, and keeps what is needed to
 * re-read a file with another encoding.
 *
 *   sources.left / .right   SideSource | null   how the side's current text was loaded (null: sample,
 *                                              link, or storage — nothing to re-decode)
 *   notices                 Notice[]            errors and warnings for the alert region, newest last
 *   refused                 RefusedLoad | null  the files of a load refused for their encoding, kept so
 *                                              the user can choose one for the refused file itself
 *
 *   loadFiles(items, side?)   one file → `side` (default left); two files → left and right, in order.
 *                             All or nothing: if any file is refused, no side changes. Loads run one
 *                             after the other in the order they were asked for (two quick drops: two
 *                             comparisons, in order). A dropped folder is refused with its own message.
 *                             Every load waits for the page to have restored what it opened on.
 *   retryRefused(encoding)    the refused load again, its refused file read with `encoding`
 *   redecode(side, encoding)  re-read the side's file bytes with the encoding the user chose
 *   paste(side, text)         pasted text, through the same checks as a file
 *   swap()                    exchange the sides (sources follow their texts)
 *
 * Files are read through a `TextReader`: the load worker in the app (decoding and HTML extraction
 * never run on the page's thread), the same code in-process in tests. A refused load NEVER touches the
 * workspace: only an `ok` result reaches `workspace.setTexts`. A dropped comparison file is handed to
 * `openSnapshot` (the persistence layer), which restores it as a whole comparison.
 */
import type { ComparisonSnapshot, Side } from '../core/types';
import {
  ENCODING_LABELS,
  formatBytes,
  MAX_FILE_BYTES,
  type EncodingName,
  type EncodingScore,
  type LoadedText,
  type LoadResult,
} from '../core/load';
import { capName, isolateName } from '../core/names';
import { createLoadWorkerClient, type TextReader } from '../worker/load-client';
import type { Workspace } from './workspace.svelte';

export interface SideSource {
  name: string;
  /** The text this source produced: the source describes the side only while the side still shows it. */
  text: string;
  /** File bytes kept for re-decoding; null for pasted text. */
  bytes: Uint8Array | null;
  loaded: LoadedText;
  /** What detection chose when the file was first read (before any choice of the user). */
  detected: EncodingName | null;
}

/** Something the user can do about a notice, offered beside it. */
export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface Notice {
  id: number;
  kind: 'error' | 'warning' | 'info';
  message: string;
  /** 'encoding': offer the encodings to read the refused file with (`Loader.refused`). */
  choice?: 'encoding';
  action?: NoticeAction;
}

/** A dropped folder: the browser hands it over as a file it cannot read. */
export interface DroppedFolder {
  folder: true;
  name: string;
}

export type DroppedItem = File | DroppedFolder;

/** A load refused because a file read as no known encoding, kept for `retryRefused`. */
export interface RefusedLoad {
  side: Side;
  files: { name: string; bytes: Uint8Array; encoding?: EncodingName }[];
  /** Which of `files` was refused for its encoding. */
  index: number;
  /** Encodings scored for the refused file, best first. */
  alternatives: EncodingScore[];
}

export interface LoaderSettings {
  /** Opens a dropped comparison file as the whole comparison. */
  openSnapshot: (snapshot: ComparisonSnapshot) => void;
  /** Where files are read; default: the load worker, started on the first file. */
  reader?: TextReader;
  /**
   * Settles once the page has restored the link or the saved comparison it opened on (Persistence's
   * start). Loads wait for it, so a file dropped while a link is being decoded lands on the linked
   * comparison; not waiting, the load won the race and the link was never restored. Read at each load.
   */
  restored?: () => Promise<unknown>;
}

let nextNoticeId = 1;

interface Read {
  name: string;
  bytes: Uint8Array | null;
  result: LoadResult;
}

function refusal(name: string, code: 'too-large' | 'unreadable' | 'folder', detail = ''): Read {
  const shown = `“${isolateName(name)}”`;
  const message =
    code === 'folder'
      ? `${shown} is a folder: duizhao reads files, not folders. Open the folder and drop one or two of ` +
        'its files (.txt or .html), or pick them with Open.'
      : code === 'too-large'
        ? `${shown} is ${detail}; duizhao reads files up to ${formatBytes(MAX_FILE_BYTES)}. Load a shorter excerpt.`
        : `${shown} could not be read (${detail}). Choose the file again.`;
  return { name, bytes: null, result: { ok: false, error: { code, message } } };
}

export class Loader {
  sources: { left: SideSource | null; right: SideSource | null } = $state.raw({ left: null, right: null });
  notices: Notice[] = $state.raw([]);
  refused: RefusedLoad | null = $state.raw(null);
  busy = $state(false);

  #workspace: Workspace;
  #settings: LoaderSettings;
  #reader: TextReader | null;
  /** Loads in the order they were asked for: each waits for the one before. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(workspace: Workspace, settings: LoaderSettings) {
    this.#workspace = workspace;
    this.#settings = settings;
    this.#reader = settings.reader ?? null;
  }

  get #read(): TextReader {
    return (this.#reader ??= createLoadWorkerClient());
  }

  /** The side's source, if the side still shows the text it produced. */
  sourceOf(side: Side): SideSource | null {
    const source = this.sources[side];
    const current = this.#workspace[side];
    return source && source.text === current.text && source.name === current.name ? source : null;
  }

  notify(kind: Notice['kind'], message: string, extra: Pick<Notice, 'choice' | 'action'> = {}): void {
    this.notices = [...this.notices, { id: nextNoticeId++, kind, message, ...extra }].slice(-6);
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
    if (!this.notices.some((n) => n.choice === 'encoding')) this.refused = null;
  }

  clearNotices(): void {
    this.notices = [];
    this.refused = null;
  }

  loadFiles(items: DroppedItem[], side: Side = 'left'): Promise<boolean> {
    return this.#serially(() => this.#loadFiles(items, side));
  }

  retryRefused(encoding: EncodingName): Promise<boolean> {
    const refused = this.refused;
    if (!refused) return Promise.resolve(false);
    const files = refused.files.map((file, i) => (i === refused.index ? { ...file, encoding } : file));
    return this.#serially(async () => {
      this.clearNotices();
      const reads = await Promise.all(
        files.map(async ({ name, bytes, encoding }) => ({
          name,
          bytes,
          result: await this.#read.loadFile(name, bytes, encoding ? { encoding } : {}),
        })),
      );
      return this.#finish(reads, refused.side, files);
    });
  }

  redecode(side: Side, encoding: EncodingName): Promise<boolean> {
    return this.#serially(async () => {
      const source = this.sourceOf(side);
      if (!source?.bytes) return false;
      this.clearNotices();
      const result = await this.#read.loadFile(source.name, source.bytes, { encoding });
      if (!result.ok || result.kind !== 'text') {
        this.notify('error', result.ok ? 'This file is a comparison file.' : result.error.message);
        this.notify(
          'info',
          `“${isolateName(source.name)}” keeps its ${ENCODING_LABELS[source.loaded.encoding ?? 'utf-8']} reading.`,
        );
        return false;
      }
      this.#apply({ [side]: { ...source, text: result.text, loaded: result } });
      return true;
    });
  }

  paste(
    side: Side,
    text: string,
    name = side === 'left' ? 'Pasted text (left)' : 'Pasted text (right)',
  ): Promise<boolean> {
    return this.#serially(async () => {
      this.clearNotices();
      const result = await this.#read.loadPasted(text, { name: capName(name) });
      if (!result.ok) {
        this.notify('error', result.error.message);
        this.notify('info', 'Your comparison is unchanged.');
        return false;
      }
      if (result.kind === 'comparison') {
        this.#settings.openSnapshot(result.snapshot);
        return true;
      }
      this.#apply({
        [side]: { name: result.name, text: result.text, bytes: null, loaded: result, detected: null },
      });
      return true;
    });
  }

  swap(): void {
    this.sources = { left: this.sources.right, right: this.sources.left };
    this.#workspace.swap();
  }

  #serially<T>(task: () => Promise<T>): Promise<T> {
    const afterRestore = this.#queue
      .then(() => this.#settings.restored?.())
      .then(
        () => undefined,
        () => undefined, // a failed restore was reported by Persistence; the load goes on
      );
    const run = afterRestore.then(async () => {
      this.busy = true;
      try {
        return await task();
      } finally {
        this.busy = false;
      }
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #loadFiles(items: DroppedItem[], side: Side): Promise<boolean> {
    if (items.length === 0) return false;
    this.clearNotices();
    const used = items.slice(0, 2);
    if (items.length > 2) {
      this.notify(
        'warning',
        `${items.length} files were dropped; only the first two were used (left, right).`,
      );
    }
    const reads: Read[] = [];
    for (const item of used) reads.push(await this.#readOne(item));
    const files = reads.map(({ name, bytes }) => ({ name, bytes }));
    return this.#finish(reads, side, files);
  }

  async #readOne(item: DroppedItem): Promise<Read> {
    if (!(item instanceof File)) return refusal(item.name, 'folder');
    // Refuse by the size the browser reports, before reading a huge file into memory.
    if (item.size > MAX_FILE_BYTES) return refusal(item.name, 'too-large', formatBytes(item.size));
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await item.arrayBuffer());
    } catch (error) {
      // The file was moved or deleted after it was picked, the browser lost permission to it, or it
      // is a folder the browser could not tell us about (no entry API).
      const reason = error instanceof Error ? error.message : String(error);
      return refusal(item.name, 'unreadable', reason);
    }
    return { name: item.name, bytes, result: await this.#read.loadFile(item.name, bytes) };
  }

  async #finish(
    reads: Read[],
    side: Side,
    files: { name: string; bytes: Uint8Array | null; encoding?: EncodingName }[],
  ): Promise<boolean> {
    const failures = reads.filter((r) => !r.result.ok);
    if (failures.length > 0) {
      for (const { result } of failures) if (!result.ok) this.notify('error', result.error.message);
      this.#offerEncodings(reads, side, files);
      const kept = reads.length === 2 ? 'Neither side was changed.' : 'Your comparison is unchanged.';
      this.notify('info', kept);
      return false;
    }
    const comparisons = reads.filter((r) => r.result.ok && r.result.kind === 'comparison');
    if (comparisons.length > 0) {
      if (reads.length > 1) {
        this.notify('error', 'A comparison file holds both sides: drop it alone. Nothing was changed.');
        return false;
      }
      const only = comparisons[0]!.result;
      if (only.ok && only.kind === 'comparison') this.#settings.openSnapshot(only.snapshot);
      return true;
    }
    const sides: Side[] = reads.length === 2 ? ['left', 'right'] : [side];
    const next: { left?: SideSource; right?: SideSource } = {};
    reads.forEach(({ bytes, result }, i) => {
      if (!result.ok || result.kind !== 'text') return;
      next[sides[i]!] = {
        name: result.name,
        text: result.text,
        bytes,
        loaded: result,
        // A file read with the user's choice after a refusal was never detected.
        detected: files[i]?.encoding ? null : result.encoding,
      };
    });
    this.#apply(next);
    return true;
  }

  /** A file refused for its encoding (and only that): keep the load, offer the encodings for it. */
  #offerEncodings(
    reads: Read[],
    side: Side,
    files: { name: string; bytes: Uint8Array | null; encoding?: EncodingName }[],
  ): void {
    const failures = reads.filter((r) => !r.result.ok);
    const index = reads.findIndex((r) => !r.result.ok && r.result.error.code === 'unknown-encoding');
    const refused = reads[index]?.result;
    if (failures.length !== 1 || !refused || refused.ok || files.some((f) => f.bytes === null)) return;
    this.refused = {
      side,
      files: files.map((f) => ({
        name: f.name,
        bytes: f.bytes!,
        ...(f.encoding ? { encoding: f.encoding } : {}),
      })),
      index,
      alternatives: refused.alternatives ?? [],
    };
    this.notify('info', `Read “${isolateName(reads[index]!.name)}” with another encoding:`, {
      choice: 'encoding',
    });
  }

  #apply(next: { left?: SideSource; right?: SideSource }): void {
    this.sources = { left: next.left ?? this.sources.left, right: next.right ?? this.sources.right };
    this.#workspace.setTexts({
      ...(next.left ? { left: { name: next.left.name, text: next.left.text } } : {}),
      ...(next.right ? { right: { name: next.right.name, text: next.right.text } } : {}),
    });
    for (const side of ['left', 'right'] as const) {
      for (const warning of next[side]?.loaded.warnings ?? []) this.notify('warning', warning.message);
    }
  }
}
