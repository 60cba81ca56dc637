/**
 * `Loader`: turns files and pasted text into the workspace's two sides, and keeps what is needed to
 * re-read a file with another encoding.
 *
 *   sources.left / .right   SideSource | null   how the side's current text was loaded (null: sample,
 *                                              link, or storage — nothing to re-decode)
 *   notices                 Notice[]            errors and warnings for the alert region, newest last
 *
 *   loadFiles(files, side?)   one file → `side` (default left); two files → left and right, in order.
 *                             All or nothing: if any file is refused, no side changes.
 *   redecode(side, encoding)  re-read the side's file bytes with the encoding the user chose
 *   paste(side, text)         pasted text, through the same checks as a file
 *   swap()                    exchange the sides (sources follow their texts)
 *
 * A refused load NEVER touches the workspace: the checks in `src/core/load` run first, and only an
 * `ok` result reaches `workspace.setTexts`. A dropped comparison file is handed to `openSnapshot`
 * (the persistence layer), which restores it as a whole comparison.
 */
import type { ComparisonSnapshot, Side } from '../core/types';
import {
  ENCODING_LABELS,
  formatBytes,
  loadFile,
  loadPasted,
  MAX_FILE_BYTES,
  type EncodingName,
  type LoadedText,
  type LoadResult,
} from '../core/load';
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

export interface Notice {
  id: number;
  kind: 'error' | 'warning' | 'info';
  message: string;
}

export interface LoaderSettings {
  /** The browser's HTML parser; injected so tests can pass another DOM. */
  parseHtml: (html: string) => Document;
  /** Opens a dropped comparison file as the whole comparison. */
  openSnapshot: (snapshot: ComparisonSnapshot) => void;
}

let nextNoticeId = 1;

export class Loader {
  sources: { left: SideSource | null; right: SideSource | null } = $state.raw({ left: null, right: null });
  notices: Notice[] = $state.raw([]);
  busy = $state(false);

  #workspace: Workspace;
  #settings: LoaderSettings;

  constructor(workspace: Workspace, settings: LoaderSettings) {
    this.#workspace = workspace;
    this.#settings = settings;
  }

  /** The side's source, if the side still shows the text it produced. */
  sourceOf(side: Side): SideSource | null {
    const source = this.sources[side];
    const current = this.#workspace[side];
    return source && source.text === current.text && source.name === current.name ? source : null;
  }

  notify(kind: Notice['kind'], message: string): void {
    this.notices = [...this.notices, { id: nextNoticeId++, kind, message }].slice(-6);
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }

  clearNotices(): void {
    this.notices = [];
  }

  async loadFiles(files: File[], side: Side = 'left'): Promise<boolean> {
    if (files.length === 0) return false;
    this.clearNotices();
    const used = files.slice(0, 2);
    if (files.length > 2) {
      this.notify(
        'warning',
        `${files.length} files were dropped; only the first two were used (left, right).`,
      );
    }
    this.busy = true;
    try {
      const results: { file: File; bytes: Uint8Array | null; result: LoadResult }[] = [];
      for (const file of used) {
        // Refuse by the size the browser reports, before reading a huge file into memory.
        if (file.size > MAX_FILE_BYTES) {
          const message =
            `“${file.name}” is ${formatBytes(file.size)}; duizhao reads files up to ${formatBytes(MAX_FILE_BYTES)}. ` +
            'Load a shorter excerpt.';
          results.push({ file, bytes: null, result: { ok: false, error: { code: 'too-large', message } } });
          continue;
        }
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await file.arrayBuffer());
        } catch (error) {
          // The file was moved or deleted after it was picked, or the browser lost permission to it.
          const reason = error instanceof Error ? error.message : String(error);
          const message = `“${file.name}” could not be read (${reason}). Choose the file again.`;
          results.push({ file, bytes: null, result: { ok: false, error: { code: 'unreadable', message } } });
          continue;
        }
        results.push({
          file,
          bytes,
          result: loadFile(file.name, bytes, { parseHtml: this.#settings.parseHtml }),
        });
      }
      const failures = results.filter((r) => !r.result.ok);
      if (failures.length > 0) {
        for (const { result } of failures) if (!result.ok) this.notify('error', result.error.message);
        const kept = used.length === 2 ? 'Neither side was changed.' : 'Your comparison is unchanged.';
        this.notify('info', kept);
        return false;
      }
      const comparisons = results.filter((r) => r.result.ok && r.result.kind === 'comparison');
      if (comparisons.length > 0) {
        if (results.length > 1) {
          this.notify('error', 'A comparison file holds both sides: drop it alone. Nothing was changed.');
          return false;
        }
        const only = comparisons[0]!.result;
        if (only.ok && only.kind === 'comparison') this.#settings.openSnapshot(only.snapshot);
        return true;
      }
      const sides: Side[] = results.length === 2 ? ['left', 'right'] : [side];
      const next: { left?: SideSource; right?: SideSource } = {};
      results.forEach(({ bytes, result }, i) => {
        if (!result.ok || result.kind !== 'text') return;
        next[sides[i]!] = {
          name: result.name,
          text: result.text,
          bytes,
          loaded: result,
          detected: result.encoding,
        };
      });
      this.#apply(next);
      return true;
    } finally {
      this.busy = false;
    }
  }

  redecode(side: Side, encoding: EncodingName): boolean {
    const source = this.sourceOf(side);
    if (!source?.bytes) return false;
    this.clearNotices();
    const result = loadFile(source.name, source.bytes, { parseHtml: this.#settings.parseHtml, encoding });
    if (!result.ok || result.kind !== 'text') {
      this.notify('error', result.ok ? 'This file is a comparison file.' : result.error.message);
      this.notify(
        'info',
        `“${source.name}” keeps its ${ENCODING_LABELS[source.loaded.encoding ?? 'utf-8']} reading.`,
      );
      return false;
    }
    this.#apply({ [side]: { ...source, text: result.text, loaded: result } });
    return true;
  }

  paste(
    side: Side,
    text: string,
    name = side === 'left' ? 'Pasted text (left)' : 'Pasted text (right)',
  ): boolean {
    this.clearNotices();
    const result = loadPasted(text, { name, parseHtml: this.#settings.parseHtml });
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
  }

  swap(): void {
    this.sources = { left: this.sources.right, right: this.sources.left };
    this.#workspace.swap();
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
