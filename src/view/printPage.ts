/**
 * The printed page's running head and foot (A4 landscape, "Save as PDF"): both sources at the top of
 * every page and the print date and page number at the bottom, drawn in the page's margin boxes
 * (`@top-left`, `@bottom-right`…), which Chromium repeats on every page without covering the text.
 *
 * Margin boxes only take CSS strings, and the sources are untrusted text (titles of dropped files), so
 * every value passes through `cssString`, which quotes it so no character can end the string, the rule
 * or the `<style>` element it is written into (the element's text is set as text, never parsed as HTML).
 *
 * Example: printPageCss({ left: '畢節 · 12月21日', right: '攀枝花市 · 2015-08-18', printedOn: '2026-11-30' }) →
 *   '@page { @top-left { content: "左 畢節 · 12月21日"; … } @top-right { content: "右 攀枝花市 · 2015-08-18"; … }
 *    @bottom-left { content: "对照 duizhao · 打印 2026-11-30"; … } @bottom-right { content: counter(page) " / " counter(pages); … } }'
 */

/** Longest source line kept in a margin box (characters); the box is a third of the page wide. */
export const MAX_HEAD_CHARS = 80;

/**
 * `text` as a CSS string literal: backslash, quotes, line breaks and `<` `>` `&` written as CSS escapes
 * (a hex escape ends with a space, which CSS consumes), other control characters dropped.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\' || ch === '"' || ch === "'" || ch === '<' || ch === '>' || ch === '&' || code === 0x0a)
      out += `\\${code.toString(16)} `;
    else if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) continue;
    else out += ch;
  }
  return `${out}"`;
}

function clip(text: string): string {
  const chars = [...text.replace(/\s+/gu, ' ').trim()];
  return chars.length > MAX_HEAD_CHARS ? `${chars.slice(0, MAX_HEAD_CHARS - 1).join('')}…` : chars.join('');
}

const BOX = 'font: 8pt sans-serif; color: #444;';

export function printPageCss(head: { left: string; right: string; printedOn: string }): string {
  return [
    '@page {',
    `  @top-left { content: ${cssString(`左 ${clip(head.left)}`)}; ${BOX} }`,
    `  @top-right { content: ${cssString(`右 ${clip(head.right)}`)}; ${BOX} }`,
    `  @bottom-left { content: ${cssString(`对照 duizhao · 打印 printed ${head.printedOn}`)}; ${BOX} }`,
    `  @bottom-right { content: counter(page) " / " counter(pages); ${BOX} }`,
    '}',
  ].join('\n');
}
