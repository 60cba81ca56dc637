/**
 * The catcher of files dropped before the app is live (src/state/early-drop.ts), in Node with a fake
 * window: an EventTarget with a width, and drag events carrying a fake DataTransfer. The real page is
 * covered by tests/e2e/early-drop.test.ts; here each rule has its case, and the inlined script is run
 * with nothing but `window` in scope, as the page runs it.
 */
import { describe, expect, it } from 'vitest';
import {
  carriesFiles,
  catchEarlyDrops,
  droppedItems,
  EARLY_DROP_KEY,
  earlyDropScript,
  takeEarlyDrop,
} from '../../src/state/early-drop';

type FakeWindow = EventTarget & { innerWidth: number } & Record<string, unknown>;
const fakeWindow = (): FakeWindow => Object.assign(new EventTarget(), { innerWidth: 1000 }) as FakeWindow;

/** A DataTransfer of files (a folder is a file whose entry is a directory) or of text. */
function transfer(contents: { files?: { name: string; folder?: boolean }[]; text?: string }) {
  const files = (contents.files ?? []).map((f) => ({ name: f.name, folder: f.folder ?? false }));
  return {
    types: files.length > 0 ? ['Files'] : ['text/plain'],
    files,
    items: files.map((f) => ({ kind: 'file', webkitGetAsEntry: () => ({ isDirectory: f.folder }) })),
    dropEffect: 'none',
  };
}

/** Dispatches a drag event on `win`; true when a listener prevented it (the browser will not open it). */
function drag(win: FakeWindow, type: 'dragover' | 'drop', data: ReturnType<typeof transfer>, clientX = 100) {
  const event = Object.assign(new Event(type, { cancelable: true }), { dataTransfer: data, clientX });
  return !win.dispatchEvent(event);
}

function started(): FakeWindow {
  const win = fakeWindow();
  catchEarlyDrops(win as unknown as Window, EARLY_DROP_KEY, droppedItems, carriesFiles);
  return win;
}

const names = (items: unknown[]) => items.map((i) => (i as { name: string }).name);

describe('catchEarlyDrops', () => {
  it('allows a file drag over the page, as a copy, and leaves a text drag to the browser', () => {
    const win = started();
    const files = transfer({ files: [{ name: 'a.txt' }] });
    expect(drag(win, 'dragover', files)).toBe(true);
    expect(files.dropEffect).toBe('copy');
    const text = transfer({ text: '字' });
    expect(drag(win, 'dragover', text)).toBe(false);
    expect(drag(win, 'drop', text)).toBe(false);
    expect(takeEarlyDrop(win as unknown as Window)).toBeNull();
  });

  it.each([
    { name: 'one file on the left half', x: 300, files: ['a.txt'], side: 'left' },
    { name: 'one file on the right half', x: 700, files: ['a.txt'], side: 'right' },
    {
      name: 'two files, kept in order with the side they fell on',
      x: 900,
      files: ['a.txt', 'b.txt'],
      side: 'right',
    },
  ])('keeps the drop: $name', ({ x, files, side }) => {
    const win = started();
    expect(drag(win, 'drop', transfer({ files: files.map((name) => ({ name })) }), x)).toBe(true);
    const kept = takeEarlyDrop(win as unknown as Window)!;
    expect(kept.side).toBe(side);
    expect(names(kept.items)).toEqual(files);
  });

  it('keeps only the last drop, and tells a folder from a file', () => {
    const win = started();
    drag(win, 'drop', transfer({ files: [{ name: 'first.txt' }] }));
    drag(win, 'drop', transfer({ files: [{ name: 'notes', folder: true }, { name: 'b.txt' }] }));
    const kept = takeEarlyDrop(win as unknown as Window)!;
    expect(kept.items[0]).toEqual({ folder: true, name: 'notes' });
    expect(names(kept.items)).toEqual(['notes', 'b.txt']);
  });

  it('once taken, listens no more and is gone: the live drop zone is alone', () => {
    const win = started();
    expect(takeEarlyDrop(win as unknown as Window)).toBeNull();
    expect(EARLY_DROP_KEY in win).toBe(false);
    expect(drag(win, 'dragover', transfer({ files: [{ name: 'a.txt' }] }))).toBe(false);
    expect(drag(win, 'drop', transfer({ files: [{ name: 'a.txt' }] }))).toBe(false);
    expect(takeEarlyDrop(win as unknown as Window)).toBeNull();
  });
});

describe('earlyDropScript', () => {
  it('runs with nothing but `window` in scope, as inlined in the page, and catches a drop', () => {
    const win = fakeWindow();
    new Function('window', earlyDropScript())(win);
    expect(drag(win, 'drop', transfer({ files: [{ name: 'a.txt' }] }), 800)).toBe(true);
    const kept = takeEarlyDrop(win as unknown as Window)!;
    expect([names(kept.items), kept.side]).toEqual([['a.txt'], 'right']);
  });
});
