/**
 * Copy citation, the browser side: builds the citation (src/core/export/citation.ts) and puts both its
 * forms on the clipboard, formatted (text/html) and plain (text/plain), so a word processor pastes the
 * table and a plain editor the text. Loaded on the first copy.
 */
import { buildCitation, citationHtml, citationText } from '../core/export/citation';
import type { Comparison, Side } from '../core/types';

export type CopyResult = { copied: 'rich' | 'plain' } | { copied: false; plain: string };

export async function copyCitation(
  comparison: Comparison,
  phraseId: string,
  files: Record<Side, string>,
): Promise<CopyResult> {
  const citation = buildCitation(comparison, phraseId, files, new Date());
  if (!citation) throw new Error(`No shared phrase ${phraseId} in this comparison.`);
  const plain = citationText(citation);
  const html = citationHtml(citation);
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([plain], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      }),
    ]);
    return { copied: 'rich' };
  } catch {
    // Older browsers know no ClipboardItem; some allow text only.
  }
  try {
    await navigator.clipboard.writeText(plain);
    return { copied: 'plain' };
  } catch {
    // No clipboard permission (or an insecure context): the caller shows the text to copy by hand.
    return { copied: false, plain };
  }
}
