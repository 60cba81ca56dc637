import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { comparisonFileText } from '../../src/core/share/file';
import type { ComparisonSnapshot } from '../../src/core/types';
import { Loader } from '../../src/state/loader.svelte';
import { SAMPLE_LEFT, SAMPLE_RIGHT } from '../../src/state/sample';
import { Workspace } from '../../src/state/workspace.svelte';
import { inProcessReader } from '../../src/worker/load-client';

const report = '统一战线是党的事业取得胜利的重要法宝。'.repeat(6);
/** iconv-lite's Buffer as a plain byte array (what a File part accepts under TS 6's typing). */
const bytes = (b: Buffer) => new Uint8Array(b);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function setup() {
  const workspace = new Workspace({ compare: async () => null });
  const opened: ComparisonSnapshot[] = [];
  const loader = new Loader(workspace, { reader: inProcessReader, openSnapshot: (s) => opened.push(s) });
  return { workspace, loader, opened };
}

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

describe('Loader', () => {
  it('a refused file changes neither side and says why', async () => {
    const { workspace, loader } = setup();
    cleanup = () => workspace.dispose();
    expect(await loader.loadFiles([new File([png], 'scan.png')], 'right')).toBe(false);
    expect(workspace.left).toEqual(SAMPLE_LEFT);
    expect(workspace.right).toEqual(SAMPLE_RIGHT);
    expect(loader.notices.map((n) => n.kind)).toEqual(['error', 'info']);
    expect(loader.notices[0]!.message).toContain('PNG image');
  });

  it('two files are all or nothing: one refused, neither side changes', async () => {
    const { workspace, loader } = setup();
    cleanup = () => workspace.dispose();
    const good = new File([bytes(iconv.encode(report, 'gb18030'))], 'good.txt');
    expect(await loader.loadFiles([good, new File([png], 'bad.png')])).toBe(false);
    expect(workspace.left).toEqual(SAMPLE_LEFT);
    expect(workspace.right).toEqual(SAMPLE_RIGHT);
  });

  it('two good files fill left then right; the detected encoding is kept for re-decoding', async () => {
    const { workspace, loader } = setup();
    cleanup = () => workspace.dispose();
    const gb = new File([bytes(iconv.encode(report, 'gb18030'))], 'gb.txt');
    const big5 = new File(
      [bytes(iconv.encode('統一戰線是黨的事業取得勝利的重要法寶。'.repeat(6), 'cp950'))],
      'b5.txt',
    );
    expect(await loader.loadFiles([gb, big5])).toBe(true);
    expect(workspace.left).toEqual({ name: 'gb.txt', text: report });
    expect(workspace.right.name).toBe('b5.txt');
    expect(loader.sourceOf('left')?.detected).toBe('gb18030');
    expect(loader.sourceOf('right')?.detected).toBe('big5');

    expect(await loader.redecode('left', 'big5')).toBe(true);
    expect(workspace.left.text).not.toBe(report);
    expect(loader.sourceOf('left')?.loaded.encoding).toBe('big5');
    expect(loader.sourceOf('left')?.detected).toBe('gb18030');
    expect(await loader.redecode('left', 'gb18030')).toBe(true);
    expect(workspace.left.text).toBe(report);

    loader.swap();
    expect(workspace.right.name).toBe('gb.txt');
    expect(loader.sourceOf('right')?.detected).toBe('gb18030');

    workspace.resetToSample();
    expect(loader.sourceOf('left')).toBeNull(); // the sample has no bytes to re-decode
  });

  it('a comparison file opens as a whole comparison, not as one side', async () => {
    const { workspace, loader, opened } = setup();
    cleanup = () => workspace.dispose();
    const snapshot: ComparisonSnapshot = {
      left: { name: 'a', text: '甲' },
      right: { name: 'b', text: '乙' },
      options: { minPhraseLength: 5, script: 'original' },
      view: { theme: null, phrase: null },
    };
    expect(await loader.loadFiles([new File([comparisonFileText(snapshot)], 'x.duizhao.json')])).toBe(true);
    expect(opened).toEqual([snapshot]);
    expect(workspace.left).toEqual(SAMPLE_LEFT);
  });

  it('pasted text goes through the same checks', async () => {
    const { workspace, loader } = setup();
    cleanup = () => workspace.dispose();
    expect(await loader.paste('right', '   ')).toBe(false);
    expect(workspace.right).toEqual(SAMPLE_RIGHT);
    expect(await loader.paste('right', report)).toBe(true);
    expect(workspace.right.text).toBe(report);
    expect(loader.sourceOf('right')?.bytes).toBeNull();
  });
});

describe('Loader, unreadable files', () => {
  it('a file the browser cannot read is refused with a message, not an exception', async () => {
    const { workspace, loader } = setup();
    cleanup = () => workspace.dispose();
    const gone = new File([bytes(iconv.encode(report, 'gb18030'))], 'gone.txt');
    gone.arrayBuffer = () => Promise.reject(new Error('The file was deleted'));
    expect(await loader.loadFiles([gone], 'right')).toBe(false);
    expect(workspace.right).toEqual(SAMPLE_RIGHT);
    expect(loader.notices.map((n) => n.kind)).toEqual(['error', 'info']);
    expect(loader.notices[0]!.message).toBe(
      '“\u2068gone.txt\u2069” could not be read (The file was deleted). Choose the file again.',
    );
    expect(loader.busy).toBe(false);
  });
});

/** High bytes only, from a fixed linear congruential sequence: not text in any encoding duizhao knows. */
function noise(length: number): Uint8Array<ArrayBuffer> {
  let seed = 12345;
  return new Uint8Array(new ArrayBuffer(length)).map(() => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return 0x80 + ((seed >>> 16) & 0x7f);
  });
}

describe('Loader, issue 11', () => {
  it('item 10: a file refused for its encoding can be read with a chosen encoding, itself', async () => {
    const { workspace, loader } = setup();
    cleanup = () => workspace.dispose();
    expect(await loader.loadFiles([new File([noise(4096)], 'odd.txt')], 'right')).toBe(false);
    expect(loader.notices[0]!.message).toContain('Choose the encoding it was saved in');
    const offer = loader.notices.find((n) => n.choice === 'encoding');
    expect(offer?.message).toBe('Read “\u2068odd.txt\u2069” with another encoding:');
    expect(loader.refused?.files.map((f) => f.name)).toEqual(['odd.txt']);
    expect(loader.refused?.side).toBe('right');

    expect(await loader.retryRefused('gb18030')).toBe(true);
    expect(workspace.right.name).toBe('odd.txt');
    expect(loader.sourceOf('right')?.loaded.encoding).toBe('gb18030');
    expect(loader.refused).toBeNull();
  });

  it('item 10: with two files, the choice re-reads the refused one and loads both', async () => {
    const { workspace, loader } = setup();
    cleanup = () => workspace.dispose();
    const good = new File([bytes(iconv.encode(report, 'gb18030'))], 'good.txt');
    const odd = new File([noise(4096)], 'odd.txt');
    expect(await loader.loadFiles([good, odd])).toBe(false);
    expect(loader.refused?.index).toBe(1);
    expect(await loader.retryRefused('big5')).toBe(true);
    expect(workspace.left.text).toBe(report);
    expect(workspace.right.name).toBe('odd.txt');
  });

  it('item 11: a dropped folder is refused as a folder, not as an unreadable file', async () => {
    const { workspace, loader } = setup();
    cleanup = () => workspace.dispose();
    expect(await loader.loadFiles([{ folder: true, name: 'reports' }])).toBe(false);
    expect(loader.notices[0]!.message).toBe(
      '“\u2068reports\u2069” is a folder: duizhao reads files, not folders. Open the folder and drop one or ' +
        'two of its files (.txt or .html), or pick them with Open.',
    );
    expect(workspace.left).toEqual(SAMPLE_LEFT);
  });

  it('item 9: a file name over 255 characters is capped on the way in', async () => {
    const { workspace, loader } = setup();
    cleanup = () => workspace.dispose();
    const name = 'n'.repeat(300) + '.txt';
    expect(await loader.loadFiles([new File([bytes(iconv.encode(report, 'gb18030'))], name)])).toBe(true);
    expect(workspace.left.name).toHaveLength(255);
    expect(workspace.left.name.endsWith('….txt')).toBe(true);
    expect(loader.sourceOf('left')).not.toBeNull();
  });

  it('loads asked for in quick succession are applied in order, each on its own', async () => {
    const { workspace, loader } = setup();
    cleanup = () => workspace.dispose();
    const seen: string[] = [];
    const first = new File([bytes(iconv.encode(report, 'gb18030'))], 'first.txt');
    const second = new File([bytes(iconv.encode(report, 'gb18030'))], 'second.txt');
    // The first file is slow to read: it must still land first.
    const slow = first.arrayBuffer.bind(first);
    first.arrayBuffer = () => new Promise((resolve) => setTimeout(() => resolve(slow()), 50));
    const a = loader.loadFiles([first]).then(() => seen.push(workspace.left.name));
    const b = loader.loadFiles([second]).then(() => seen.push(workspace.left.name));
    await Promise.all([a, b]);
    expect(seen).toEqual(['first.txt', 'second.txt']);
  });
});
