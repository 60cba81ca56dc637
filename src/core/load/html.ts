/**
 * An HTML page → the text a reader sees, one block per line.
 *
 * The page is parsed by the browser's own `DOMParser` (inert: scripts never run, images never load,
 * the document is never attached to the page) and handed in as a `Document`, so this module touches no
 * global DOM and loads in Node. We read only text nodes and a few attributes (`hidden`, `role`); no
 * markup is ever carried over, so nothing in the page can reach the app as HTML.
 *
 * Kept: the `<title>` as the first line (a report's title is metadata the structure stage uses;
 * skipped when the body already starts with it), then every block (p, div, h1–h6, li, tr, br…) as its
 * own line, spaces collapsed; a line break between two Chinese characters in the source is dropped
 * (browsers would show it as a stray space).
 * Dropped: script, style, noscript, template, iframe, object, forms and their controls, svg, math,
 * media, ruby glosses (`<rt>`, `<rp>`: 戰<rt>zhàn</rt> reads 戰), `hidden` elements, `<nav>` and
 * navigation landmarks, and header/footer/aside when at least half their text is link text (a menu).
 *
 * Example: `<title>T</title><p>一<br>二</p><script>x()</script><ruby>戰<rt>zhàn</rt></ruby>` → "T\n一\n二\n戰".
 */

const DROPPED = new Set(
  (
    'script style noscript template iframe frame frameset object embed applet form button select ' +
    'option textarea input label svg math canvas video audio picture img map area rt rp head title ' +
    'nav link meta base dialog'
  ).split(' '),
);

const BLOCKS = new Set(
  (
    'address article aside blockquote body caption center dd details div dl dt fieldset figcaption ' +
    'figure footer h1 h2 h3 h4 h5 h6 header hr html legend li main ol p pre section summary table ' +
    'tbody tfoot thead tr ul'
  ).split(' '),
);

const MAYBE_NAVIGATION = new Set(['header', 'footer', 'aside']);
const NAVIGATION_ROLES = new Set(['navigation', 'menu', 'menubar', 'search']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** A source line break between two of these is not a space in Chinese text. */
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d';
const BREAK_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\n(?=[${CJK}])`, 'gu');

function linkDensity(el: Element): number {
  const total = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return 1;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked / total;
}

function isDropped(el: Element): boolean {
  const name = el.localName;
  if (DROPPED.has(name)) return true;
  if (el.hasAttribute('hidden')) return true;
  if (NAVIGATION_ROLES.has((el.getAttribute('role') ?? '').trim().toLowerCase())) return true;
  return MAYBE_NAVIGATION.has(name) && linkDensity(el) >= 0.5;
}

class LineWriter {
  lines: string[] = [];
  #current = '';

  text(raw: string, preformatted: boolean): void {
    if (preformatted) {
      const parts = raw.replace(/\r\n?/g, '\n').split('\n');
      parts.forEach((part, i) => {
        if (i > 0) this.break();
        this.#current += part;
      });
      return;
    }
    // Keep whether a run of whitespace held a line break: it decides between '' and ' ' at the end.
    this.#current += raw.replace(/[ \t\n\r\f]+/g, (run) => (run.includes('\n') ? '\n' : ' '));
  }

  break(): void {
    const line = this.#current
      .replace(BREAK_BETWEEN_CJK, '')
      .replace(/\n/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim();
    if (line !== '') this.lines.push(line);
    this.#current = '';
  }
}

/** The head's `<title>` (not `doc.title`, which searches the whole tree recursively in some DOMs). */
function pageTitle(doc: Document): string {
  for (const el of doc.head?.children ?? []) {
    if (el.localName === 'title') return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  return '';
}

export function htmlToText(doc: Document): string {
  const out = new LineWriter();
  const root = doc.body ?? doc.documentElement;
  // Iterative walk: a hostile page can nest elements deeper than the call stack.
  const stack: { node: Node; leaving: boolean; pre: boolean }[] = root
    ? [{ node: root, leaving: false, pre: false }]
    : [];
  while (stack.length > 0) {
    const { node, leaving, pre } = stack.pop()!;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      out.text(node.nodeValue ?? '', pre);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    const name = el.localName;
    const block = BLOCKS.has(name) || name === 'br' || name === 'td' || name === 'th';
    if (leaving) {
      if (block && name !== 'td' && name !== 'th') out.break();
      else if (name === 'td' || name === 'th') out.text(' ', false);
      continue;
    }
    if (isDropped(el)) continue;
    if (name === 'br') {
      out.break();
      continue;
    }
    if (BLOCKS.has(name)) out.break();
    stack.push({ node: el, leaving: true, pre });
    const childPre =
      pre || name === 'pre' || name === 'textarea' || name === 'listing' || name === 'plaintext';
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ node: children[i]!, leaving: false, pre: childPre });
  }
  out.break();

  const title = pageTitle(doc);
  const lines = out.lines;
  if (title !== '' && !(lines[0] ?? '').startsWith(title)) lines.unshift(title);
  return lines.join('\n');
}
