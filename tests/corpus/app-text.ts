/**
 * A corpus document as the app receives it: the file's bytes, under the file's own name, through the
 * app's own load path (`loadFile` in src/core/load: sniffing, decoding, deciding the kind by content,
 * HTML → text), the same code the app runs in its load worker. Labels are resolved in this text and the
 * engine runs on it, so the eval's offsets and the engine's are offsets into one string.
 *
 * Documents made of `<p>…</p>` paragraphs without a page around them are read as HTML paragraphs (one
 * paragraph a line, no markup), whatever their name: the app decides by content.
 *
 * Example: `appText('uf-2018-0206-dwrsyc')` → `央视网消息（新闻联播）：新春佳节来临之际，…\n…` (one
 * paragraph a line, no markup); `appText('gwr2026-ah')` → the file as decoded.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadFile } from '../../src/core/load';
import { corpusFilePath } from './labels';

export function appText(id: string): string {
  const path = corpusFilePath(id);
  const loaded = loadFile(basename(path), new Uint8Array(readFileSync(path)));
  if (!loaded.ok) throw new Error(`${id}: the app refuses the file: ${loaded.error.message}`);
  if (loaded.kind !== 'text') throw new Error(`${id}: the app reads the file as a comparison file`);
  return loaded.text;
}
