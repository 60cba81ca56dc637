/**
 * A piece's spans (src/view/spans.ts) as DOM, built by hand instead of by a Svelte `{#each}`: each span
 * there was an each item, an if block and a template effect (with comment anchors in the paragraph),
 * and building them was most of the script in the reading view's redraw frames while scrolling. Here a
 * piece is one pass of `createElement` and text nodes, and hover and selection one class pass over its
 * marks.
 *
 *   fillRun(p, spans, { shown, kindOf })   →  <p>国务院<mark data-phrase="p3" data-phrases="p3 p7"
 *                                              data-kind="aligned" tabindex="-1">政府工作</mark>报告</p>
 *   a gloss inside a phrase                →  <mark …>統一戰<span class="gloss">(zhàn)</span>線</mark>
 *                                              (one mark, not three: the gloss is nested, and stays in the
 *                                              DOM when hidden, so the piece still reads back whole)
 *   lightRun(p, hovered, selected)         →  `lit` / `selected` on the marks holding those phrases
 *
 * Text only ever goes in as text nodes: reports are untrusted input.
 */
import type { PhraseKind } from '../../core/types';
import type { Span } from '../../view/spans';

export interface RunDrawing {
  /** The text to show for a span (the original, or its simplified form). */
  shown: (span: Span) => string;
  kindOf: (span: Span) => PhraseKind;
}

/** Replaces `run`'s children with `spans`: marks for shared phrasing, spans for other marks, else text. */
export function fillRun(run: HTMLElement, spans: readonly Span[], drawing: RunDrawing): void {
  const document = run.ownerDocument;
  const nodes: Node[] = [];
  // Spans drawn alike (the same phrases, kind and marks) go in one element, their glosses nested in it:
  // a gloss cuts the phrase around it into three spans, and as three marks they were a third of the
  // elements a scroll's redraw made (the gloss hidden, its two neighbours one mark to the eye).
  let element: HTMLElement | null = null;
  let drawnAs = '';
  let text = '';
  const flushText = () => {
    if (text === '') return;
    const node = document.createTextNode(text);
    if (element) element.append(node);
    else nodes.push(node);
    text = '';
  };
  for (const span of spans) {
    const as = drawingOf(span, drawing);
    if (as !== drawnAs) {
      flushText();
      drawnAs = as;
      element = as === '' ? null : elementFor(document, span, drawing);
      if (element) nodes.push(element);
    }
    if (!span.gloss) {
      text += drawing.shown(span);
      continue;
    }
    flushText();
    const gloss = document.createElement('span');
    gloss.className = 'gloss';
    gloss.append(document.createTextNode(drawing.shown(span)));
    if (element) element.append(gloss);
    else nodes.push(gloss);
  }
  flushText();
  run.replaceChildren(...nodes);
}

/** How a span is drawn but for its gloss: '' for bare text; spans alike share an element. */
function drawingOf(span: Span, drawing: Pick<RunDrawing, 'kindOf'>): string {
  const flags = `${+span.theme}${+span.find}${+span.current}`;
  if (span.phrases.length > 0) return `m${flags} ${drawing.kindOf(span)} ${span.phrases.join(' ')}`;
  return span.theme || span.find ? `s${flags}` : '';
}

/** The element spans drawn like `span` go in: a mark for shared phrasing, a span for other marks. */
function elementFor(document: Document, span: Span, drawing: RunDrawing): HTMLElement {
  let element: HTMLElement;
  if (span.phrases.length > 0) {
    element = document.createElement('mark');
    element.dataset.phrase = span.phrases[0]!;
    element.dataset.phrases = span.phrases.join(' ');
    element.dataset.kind = drawing.kindOf(span);
    element.tabIndex = -1;
    if (span.theme) element.classList.add('theme');
  } else {
    element = document.createElement('span');
    if (span.theme) element.classList.add('theme-hit');
  }
  if (span.find) element.classList.add('find-hit');
  if (span.current) element.classList.add('current');
  return element;
}

/**
 * What `fillRun` would draw, as a string: a piece whose spans and kinds are the same as when it was last
 * drawn (a theme click, a find step or a new current hit elsewhere re-cuts every drawn piece) keeps its DOM.
 */
export function drawingKey(spans: readonly Span[], drawing: Pick<RunDrawing, 'kindOf'>): string {
  let key = '';
  for (const span of spans) key += `${span.start} ${span.end} ${+span.gloss} ${drawingOf(span, drawing)};`;
  return key;
}

/** Marks the marks of `run` holding the hovered phrase (`lit`) and the selected one (`selected`). */
export function lightRun(run: HTMLElement, hovered: string | null, selected: string | null): void {
  for (let mark = run.firstElementChild; mark; mark = mark.nextElementSibling) {
    const held = mark.getAttribute('data-phrases');
    if (held === null) continue;
    const phrases = held.split(' ');
    mark.classList.toggle('lit', hovered !== null && phrases.includes(hovered));
    mark.classList.toggle('selected', selected !== null && phrases.includes(selected));
  }
}
