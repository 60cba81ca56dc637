/**
 * Files dropped before the app is live. The built page paints the prerendered sample first and loads
 * its JavaScript after that frame (tools/vite/prerender.ts), so for a moment the page shows a comparison
 * but no drop zone listens: a file dropped then reached no listener, and the browser opened it in place
 * of the page (the comparison gone, the file shown as text). An inline <head> script now runs
 * `catchEarlyDrops` at once: it stops the browser from opening dropped files and keeps the last drop;
 * the session takes it when it starts (`takeEarlyDrop`), stops the catcher and loads what was kept.
 *
 * The kept drop, as the live drop zone would have read it (side from the pointer, folders told apart):
 *   { items: [File 'a.txt'], side: 'left' }   one file dropped on the left half
 *   { items: [File 'a.txt', File 'b.txt'], side: 'right' }   two files: left and right, as in the app
 *
 * `catchEarlyDrops`, `droppedItems` and `carriesFiles` are inlined into the page by their source
 * (`earlyDropScript`; the live DropZone calls the latter two too), so they are self-contained: no
 * imports, no outer names, and no named inner functions (a bundler's name-keeping helper would be an
 * outer name in the page).
 */
import type { Side } from '../core/types';
import type { DroppedItem } from './loader.svelte';

/** Where the catcher is kept on `window` until the session takes it. */
export const EARLY_DROP_KEY = '__duizhaoEarlyDrop';

export interface EarlyDrop {
  items: DroppedItem[];
  side: Side;
}

interface EarlyDropCatcher {
  drop: EarlyDrop | null;
  stop(): void;
}

/** The dropped files, with folders told apart (the browser hands a folder over as an unreadable file). */
export function droppedItems(transfer: DataTransfer | null): DroppedItem[] {
  if (!transfer) return [];
  const files = Array.prototype.slice.call(transfer.files) as File[];
  const entries = (Array.prototype.slice.call(transfer.items) as DataTransferItem[])
    .filter((item) => item.kind === 'file')
    .map((item) => (item.webkitGetAsEntry ? item.webkitGetAsEntry() : null));
  if (entries.length !== files.length) return files;
  return files.map((file, i) =>
    entries[i]?.isDirectory ? { folder: true as const, name: file.name } : file,
  );
}

/** Whether a drag carries files (not text or a link dragged from the page). */
export function carriesFiles(event: DragEvent): boolean {
  const types = event.dataTransfer ? event.dataTransfer.types : null;
  return !!types && Array.prototype.indexOf.call(types, 'Files') >= 0;
}

/**
 * Listens on `win` for file drags until stopped: allows the drop (so the browser does not open the file)
 * and keeps the last one as `win[key].drop`. Drags of anything but files are left to the browser.
 */
export function catchEarlyDrops(
  win: Window,
  key: string,
  read: (transfer: DataTransfer | null) => DroppedItem[],
  carries: (event: DragEvent) => boolean,
): void {
  const catcher: EarlyDropCatcher & {
    over: (event: DragEvent) => void;
    dropped: (event: DragEvent) => void;
  } = {
    drop: null,
    over: (event) => {
      if (!carries(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    },
    dropped: (event) => {
      if (!carries(event)) return;
      event.preventDefault();
      // Read now: the files and the entries that tell a folder are gone once the event returns.
      catcher.drop = {
        items: read(event.dataTransfer),
        side: event.clientX < win.innerWidth / 2 ? 'left' : 'right',
      };
    },
    stop: () => {
      win.removeEventListener('dragover', catcher.over);
      win.removeEventListener('drop', catcher.dropped);
    },
  };
  win.addEventListener('dragover', catcher.over);
  win.addEventListener('drop', catcher.dropped);
  (win as unknown as Record<string, EarlyDropCatcher>)[key] = catcher;
}

/** The inline <head> script: the catcher started on the page's window. */
export function earlyDropScript(): string {
  const settings = [JSON.stringify(EARLY_DROP_KEY), droppedItems.toString(), carriesFiles.toString()];
  return `(${catchEarlyDrops.toString()})(window,${settings.join(',')})`;
}

/**
 * Stops the page's catcher (the live drop zone listens from now on) and returns the drop it kept, if any.
 * Null where no catcher ran (tests, a page built without it).
 */
export function takeEarlyDrop(win: Window): EarlyDrop | null {
  const holder = win as unknown as Record<string, EarlyDropCatcher | undefined>;
  const catcher = holder[EARLY_DROP_KEY];
  if (!catcher) return null;
  catcher.stop();
  delete holder[EARLY_DROP_KEY];
  return catcher.drop;
}
