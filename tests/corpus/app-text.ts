/**
 * A corpus document as the app receives it: the file's bytes through the app's own load path
 * (`loadFile` in src/core/load: sniffing, decoding, HTML → text), with happy-dom standing in for the
 * browser's `DOMParser`. Labels are resolved in this text and the engine runs on it, so the eval's
 * offsets and the engine's are offsets into one string.
 *
 * Documents made of `<p>…</p>` paragraphs without a page around them are read as HTML: the app decides
 * HTML by the page's head (`sniffHtml`) or the name, and these fragments have neither, so a user who
 * drops `uf-2018-0206-dwrsyc.txt` today sees the markup. The labels describe the paragraphs a reader
 * sees (tests/corpus/README.md), so we hand the loader the name `<id>.html`.
 *
 * Example: `appText('uf-2018-0206-dwrsyc')` → `央视网消息（新闻联播）：新春佳节来临之际，…\n…` (one
 * paragraph a line, no markup); `appText('gwr2026-ah')` → the file as decoded.
 */
import { readFileSync } from 'node:fs';
import { loadFile } from '../../src/core/load';
import { parseHtml } from '../core/html-dom';
import { corpusFilePath } from './labels';

const PARAGRAPHS = /<p[\s>]/i;

export function appText(id: string): string {
  const bytes = readFileSync(corpusFilePath(id));
  const html = PARAGRAPHS.test(bytes.toString('latin1'));
  const loaded = loadFile(`${id}${html ? '.html' : '.txt'}`, new Uint8Array(bytes), { parseHtml });
  if (!loaded.ok) throw new Error(`${id}: the app refuses the file: ${loaded.error.message}`);
  if (loaded.kind !== 'text') throw new Error(`${id}: the app reads the file as a comparison file`);
  return loaded.text;
}
