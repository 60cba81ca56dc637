/**
 * A piece's spans (src/view/spans.ts) as DOM, built by hand instead of by a Svelte `{#each}`: each span
 * there was an each item, an if block and a template effect (with comment anchors in the paragraph),
 * and building them was most of the script in the reading view's redraw frames while scrolling. Here a
 * piece is one pass of `createElement` and text nodes, and hover and selection one class pass over its
 * marks.
 *
 *   fillRun(p, spans, { shown, kindOf })   →  <p>国务院<mark data-phrase="p3" data-phrases="p3 p7"
 *                                              data-kind="aligned" tabindex="-1">政府工作</mark>报告</p>
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
  for (const span of spans) {
    const text = document.createTextNode(drawing.shown(span));
    let element: HTMLElement;
    if (span.phrases.length > 0) {
      element = document.createElement('mark');
      element.dataset.phrase = span.phrases[0]!;
      element.dataset.phrases = span.phrases.join(' ');
      element.dataset.kind = drawing.kindOf(span);
      element.tabIndex = -1;
      if (span.theme) element.classList.add('theme');
    } else if (span.theme || span.find || span.gloss) {
      element = document.createElement('span');
      if (span.theme) element.classList.add('theme-hit');
    } else {
      nodes.push(text);
      continue;
    }
    if (span.find) element.classList.add('find-hit');
    if (span.current) element.classList.add('current');
    if (span.gloss) element.classList.add('gloss');
    element.append(text);
    nodes.push(element);
  }
  run.replaceChildren(...nodes);
}

/**
 * What `fillRun` would draw, as a string: a piece whose spans and kinds are the same as when it was last
 * drawn (a theme click, a find step or a new current hit elsewhere re-cuts every drawn piece) keeps its DOM.
 */
export function drawingKey(spans: readonly Span[], drawing: Pick<RunDrawing, 'kindOf'>): string {
  let key = '';
  for (const span of spans) {
    key += `${span.start} ${span.end} ${span.phrases.join(',')} `;
    if (span.phrases.length > 0) key += drawing.kindOf(span);
    key += `${+span.theme}${+span.find}${+span.current}${+span.gloss};`;
  }
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
