/**
 * HTML source → the text a reader sees, one block per line, in one linear pass.
 *
 * The source is read by htmlparser2's `Tokenizer` (a streaming tokenizer: tags, attributes, text and
 * entities as callbacks, raw-text elements such as `<script>` and `<style>` handled, no tree built).
 * The tree-building rules that matter for text are done here with O(1) work per tag: a stack of open
 * elements with, per tag name, the positions where it is open, so an end tag finds its element at once
 * and an unmatched one is ignored at once. (A browser's parser, and htmlparser2's own `Parser`, spend
 * time proportional to the depth on every tag: 200,000 nested `<div>`s froze the page for minutes.)
 * No DOM is used, so this runs in a worker and in Node alike; no markup is ever carried over, so
 * nothing in the page can reach the app as HTML.
 *
 * Kept: the `<title>` as the first line (a report's title is metadata the structure stage uses;
 * skipped when the body already starts with it; only a title before the body's content, as a browser
 * puts only that one in the head), then every block (p, div, h1–h6, li, tr, br…) as its own line,
 * spaces collapsed; a line break between two Chinese characters in the source is dropped (browsers
 * would show it as a stray space). With `sourceLines`, every line break of the source ends a line
 * too (text files made of `<p>…</p>` lines, where a line without markup is still a line).
 * Dropped: script, style, noscript, template, iframe, object, forms and their controls, svg, math,
 * media, ruby glosses (`<rt>`, `<rp>`: 戰<rt>zhàn</rt> reads 戰), `hidden` elements, `<nav>` and
 * navigation landmarks, and header/footer/aside when at least half their text is link text (a menu).
 * Implied ends that decide what text belongs to a dropped element are followed (`<p hidden>a<p>b`
 * shows b; a new `<li>` ends the open one; `<tr>`/`<td>` end open cells).
 *
 * Example: `<title>T</title><p>一<br>二</p><script>x()</script><ruby>戰<rt>zhàn</rt></ruby>` → "T\n一\n二\n戰".
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

const words = (list: string) => new Set(list.split(' '));

const DROPPED = words(
  'script style noscript template iframe frame frameset object embed applet form button select ' +
    'option textarea input label svg math canvas video audio picture img map area rt rp head title ' +
    'nav link meta base dialog noembed noframes',
);

const BLOCKS = words(
  'address article aside blockquote body caption center dd details div dl dt fieldset figcaption ' +
    'figure footer h1 h2 h3 h4 h5 h6 header hr html legend li main ol p pre section summary table ' +
    'tbody tfoot thead tr ul listing plaintext xmp',
);

const CELLS = words('td th');
const PREFORMATTED = words('pre textarea listing plaintext xmp');
const VOID = words('area base br col embed hr img input keygen link meta param source track wbr');
const FOREIGN = words('svg math');
const MAYBE_NAVIGATION = words('header footer aside');
const NAVIGATION_ROLES = words('navigation menu menubar search');
/** What may stand in the head before a page's content starts (a title after content is the body's). */
const HEAD_ONLY = words('html head title meta link base style script noscript template');

/**
 * Elements a start tag closes when one is open, up to the nearest boundary (HTML's "in scope").
 * Only the cases that decide which text belongs to which element are listed.
 */
const SCOPE = 'table td th caption button html template object marquee applet';
const P_CLOSE = { closes: words('p'), boundary: words(SCOPE) };
const IMPLIED_CLOSE = new Map<string, { closes: Set<string>; boundary: Set<string> }>([
  ['li', { closes: words('li p'), boundary: words(`ul ol ${SCOPE}`) }],
  ['dt', { closes: words('dt dd p'), boundary: words(`dl ${SCOPE}`) }],
  ['dd', { closes: words('dt dd p'), boundary: words(`dl ${SCOPE}`) }],
  ['tr', { closes: words('tr td th'), boundary: words('table html template') }],
  ['td', { closes: words('td th'), boundary: words('tr table html template') }],
  ['th', { closes: words('td th'), boundary: words('tr table html template') }],
  ['tbody', { closes: words('tr td th tbody thead tfoot'), boundary: words('table html template') }],
  ['thead', { closes: words('tr td th tbody thead tfoot'), boundary: words('table html template') }],
  ['tfoot', { closes: words('tr td th tbody thead tfoot'), boundary: words('table html template') }],
  ['option', { closes: words('option'), boundary: words(`select ${SCOPE}`) }],
]);
for (const name of words(
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section summary table ul ' +
    'listing plaintext xmp',
)) {
  IMPLIED_CLOSE.set(name, P_CLOSE);
}

/** A source line break between two of these is not a space in Chinese text. */
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d';
const BREAK_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\n(?=[${CJK}])`, 'gu');
const NOT_SPACE = /[^\s]/gu;

interface Mark {
  lines: number;
  current: string;
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
    if (this.#current === '') return;
    const line = this.#current
      .replace(BREAK_BETWEEN_CJK, '')
      .replace(/\n/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim();
    if (line !== '') this.lines.push(line);
    this.#current = '';
  }

  mark(): Mark {
    return { lines: this.lines.length, current: this.#current };
  }

  /** Takes back everything written since `mark` (a header that turned out to be a menu). */
  rollback(mark: Mark): void {
    this.lines.length = mark.lines;
    this.#current = mark.current;
  }
}

/** A header/footer/aside whose fate waits for its end: kept unless half its text is link text. */
interface NavigationCandidate {
  mark: Mark;
  text: number;
  linked: number;
}

interface OpenElement {
  name: string;
  /** Starts a dropped subtree (counted in `dropped`). */
  dropped: boolean;
  pre: boolean;
  foreign: boolean;
  link: boolean;
  candidate: NavigationCandidate | null;
}

export interface HtmlToTextOptions {
  /** Every line break of the source ends a line (besides blocks and `<br>`). */
  sourceLines?: boolean;
}

class Extractor implements TokenizerCallbacks {
  readonly out = new LineWriter();
  #html: string;
  #sourceLines: boolean;
  #stack: OpenElement[] = [];
  /** Per tag name, the stack positions where it is open (innermost last). */
  #open = new Map<string, number[]>();
  #dropped = 0;
  #pre = 0;
  #foreign = 0;
  #links = 0;
  #candidates: NavigationCandidate[] = [];
  #title: string | null = null;
  #inTitle = false;
  #contentStarted = false;
  // The tag being read: its name and the two attributes that decide dropping.
  #tag = '';
  #attribute = '';
  #attributeValue = '';
  #hidden = false;
  #role = '';

  constructor(html: string, options: HtmlToTextOptions) {
    this.#html = html;
    this.#sourceLines = options.sourceLines ?? false;
  }

  get title(): string {
    return (this.#title ?? '').replace(/\s+/g, ' ').trim();
  }

  isInForeignContext(): boolean {
    return this.#foreign > 0;
  }

  #slice(start: number, end: number): string {
    return this.#html.slice(start, end);
  }

  ontext(start: number, end: number): void {
    this.#text(this.#slice(start, end));
  }

  ontextentity(codepoint: number): void {
    this.#text(String.fromCodePoint(codepoint));
  }

  #text(text: string): void {
    if (this.#inTitle) {
      this.#title = (this.#title ?? '') + text;
      return;
    }
    if (this.#dropped > 0) return;
    if (!this.#contentStarted && /\S/u.test(text)) this.#contentStarted = true;
    const candidate = this.#candidates.at(-1);
    if (candidate) {
      const visible = text.match(NOT_SPACE)?.length ?? 0;
      candidate.text += visible;
      if (this.#links > 0) candidate.linked += visible;
    }
    if (this.#sourceLines && this.#pre === 0) {
      const parts = text.split(/\r\n?|\n/);
      parts.forEach((part, i) => {
        if (i > 0) this.out.break();
        this.out.text(part, false);
      });
    } else {
      this.out.text(text, this.#pre > 0);
    }
  }

  onopentagname(start: number, end: number): void {
    this.#tag = this.#slice(start, end).toLowerCase();
    this.#hidden = false;
    this.#role = '';
  }

  onattribname(start: number, end: number): void {
    this.#attribute = this.#slice(start, end).toLowerCase();
    this.#attributeValue = '';
  }

  onattribdata(start: number, end: number): void {
    if (this.#attribute === 'role') this.#attributeValue += this.#slice(start, end);
  }

  onattribentity(codepoint: number): void {
    if (this.#attribute === 'role') this.#attributeValue += String.fromCodePoint(codepoint);
  }

  onattribend(): void {
    if (this.#attribute === 'hidden') this.#hidden = true;
    else if (this.#attribute === 'role') this.#role = this.#attributeValue.trim().toLowerCase();
    this.#attribute = '';
  }

  onopentagend(): void {
    this.#start(this.#tag);
  }

  // In HTML `<div/>` is a start tag like `<div>` (only void elements have no end).
  onselfclosingtag(): void {
    this.#start(this.#tag);
  }

  onclosetag(start: number, end: number): void {
    const name = this.#slice(start, end).toLowerCase();
    if (name === 'br') {
      // `</br>` is read as `<br>` by browsers.
      if (this.#dropped === 0) this.out.break();
      return;
    }
    const at = this.#open.get(name)?.at(-1);
    if (at === undefined) {
      // A stray `</p>` makes an empty paragraph: a line break.
      if (name === 'p' && this.#dropped === 0) this.out.break();
      return;
    }
    this.#popTo(at);
  }

  onend(): void {
    if (this.#stack.length > 0) this.#popTo(0);
    this.out.break();
  }

  // Comments, doctypes, CDATA (a comment in HTML) and processing instructions carry no text.
  oncomment(): void {}
  oncdata(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}

  #start(name: string): void {
    if (name === '') return;
    const implied = IMPLIED_CLOSE.get(name);
    if (implied) this.#closeImplied(implied);
    if (!HEAD_ONLY.has(name)) this.#contentStarted = true;

    const dropped = DROPPED.has(name) || this.#hidden || NAVIGATION_ROLES.has(this.#role);
    if (VOID.has(name)) {
      if ((name === 'br' || name === 'hr') && this.#dropped === 0 && !dropped) this.out.break();
      return;
    }
    if (name === 'title' && this.#title === null && !this.#contentStarted && this.#foreign === 0) {
      this.#inTitle = true;
    }
    const element: OpenElement = {
      name,
      dropped,
      pre: PREFORMATTED.has(name),
      foreign: FOREIGN.has(name),
      link: name === 'a',
      candidate: null,
    };
    if (this.#dropped === 0 && !dropped) {
      if (BLOCKS.has(name)) this.out.break();
      if (MAYBE_NAVIGATION.has(name)) {
        element.candidate = { mark: this.out.mark(), text: 0, linked: 0 };
        this.#candidates.push(element.candidate);
      }
    }
    if (element.dropped) this.#dropped++;
    if (element.pre) this.#pre++;
    if (element.foreign) this.#foreign++;
    if (element.link) this.#links++;
    let positions = this.#open.get(name);
    if (!positions) this.#open.set(name, (positions = []));
    positions.push(this.#stack.length);
    this.#stack.push(element);
  }

  /** Closes the innermost open element of `closes` unless a boundary element is open inside it. */
  #closeImplied({ closes, boundary }: { closes: Set<string>; boundary: Set<string> }): void {
    let target = -1;
    for (const name of closes) target = Math.max(target, this.#open.get(name)?.at(-1) ?? -1);
    if (target < 0) return;
    for (const name of boundary) if ((this.#open.get(name)?.at(-1) ?? -1) > target) return;
    this.#popTo(target);
  }

  /** Ends every element from the top of the stack down to position `at` (inclusive). */
  #popTo(at: number): void {
    while (this.#stack.length > at) this.#end(this.#stack.pop()!);
  }

  #end(element: OpenElement): void {
    this.#open.get(element.name)!.pop();
    if (element.name === 'title') this.#inTitle = false;
    if (element.link) this.#links--;
    if (element.foreign) this.#foreign--;
    if (element.pre) this.#pre--;
    if (element.dropped) {
      this.#dropped--;
      return;
    }
    if (this.#dropped > 0) return;
    if (BLOCKS.has(element.name)) this.out.break();
    else if (CELLS.has(element.name)) this.out.text(' ', false);
    const candidate = element.candidate;
    if (candidate) {
      this.#candidates.pop();
      const parent = this.#candidates.at(-1);
      // An element with no text counts as all links (a menu of icons), as before.
      const menu = candidate.text === 0 || candidate.linked / candidate.text >= 0.5;
      if (menu) this.out.rollback(candidate.mark);
      // The parent weighs all the text inside it, a dropped menu's included (as its textContent would).
      if (parent) {
        parent.text += candidate.text;
        parent.linked += candidate.linked;
      }
    }
  }
}

export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  const extractor = new Extractor(html, options);
  const tokenizer = new Tokenizer({ decodeEntities: true }, extractor);
  tokenizer.write(html);
  tokenizer.end();
  const title = extractor.title;
  const lines = extractor.out.lines;
  if (title !== '' && !(lines[0] ?? '').startsWith(title)) lines.unshift(title);
  return lines.join('\n');
}
