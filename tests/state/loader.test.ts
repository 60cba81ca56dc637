import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { comparisonFileText } from '../../src/core/share/file';
import type { ComparisonSnapshot } from '../../src/core/types';
import { Loader } from '../../src/state/loader.svelte';
import { SAMPLE_LEFT, SAMPLE_RIGHT } from '../../src/state/sample';
import { Workspace } from '../../src/state/workspace.svelte';
import { parseHtml } from '../core/html-dom';

const report = '统一战线是党的事业取得胜利的重要法宝。'.repeat(6);
/** iconv-lite's Buffer as a plain byte array (what a File part accepts under TS 6's typing). */
const bytes = (b: Buffer) => new Uint8Array(b);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function setup() {
  const workspace = new Workspace({ compare: async () => null });
  const opened: ComparisonSnapshot[] = [];
  const loader = new Loader(workspace, { parseHtml, openSnapshot: (s) => opened.push(s) });
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

    expect(loader.redecode('left', 'big5')).toBe(true);
    expect(workspace.left.text).not.toBe(report);
    expect(loader.sourceOf('left')?.loaded.encoding).toBe('big5');
    expect(loader.sourceOf('left')?.detected).toBe('gb18030');
    expect(loader.redecode('left', 'gb18030')).toBe(true);
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

  it('pasted text goes through the same checks', () => {
    const { workspace, loader } = setup();
    cleanup = () => workspace.dispose();
    expect(loader.paste('right', '   ')).toBe(false);
    expect(workspace.right).toEqual(SAMPLE_RIGHT);
    expect(loader.paste('right', report)).toBe(true);
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
      '“gone.txt” could not be read (The file was deleted). Choose the file again.',
    );
    expect(loader.busy).toBe(false);
  });
});
