/**
 * The virtual reading view's hands: it follows the page's scroll, decides what to draw (through
 * `VirtualLayout.plan`), measures what is drawn (one ResizeObserver for every piece, card, cell, gutter
 * and band heading) and keeps the text under the reader's eyes still while estimates turn into
 * measurements above it (scroll anchoring, done here: the browser's own cannot see spacers change).
 *
 *   const reading = new VirtualReading(model, 'original');   // plan: the first screens, as prerendered
 *   <div {@attach reading.attach}> … {@attach reading.measure({ kind: 'piece', side, piece })} …
 *   await reading.scrollTo('left', 12_345)                     // draws it, resolves to its piece element
 *
 * The page scrolls as a whole (the window), so positions are list coordinates: 0 at the top of the
 * grid element. What is drawn is the view plus one view's height above and below, snapped to half-view
 * steps so scrolling redraws only when a step is crossed, and while the view stays inside what is drawn,
 * in a task after the frame that scrolls rather than in it. `printAll` (set on `beforeprint`) draws every
 * row, for printing and for exports that want the whole text in the page.
 */
import { tick } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { Side } from '../../core/types';
import { pieceAt, type Card, type ReadingModel } from '../../view/readingModel';
import type { Script } from '../../view/script';
import { reusePlan, VirtualLayout, type Plan } from '../../view/virtualLayout';

export type MeasureTarget =
  | { kind: 'piece'; side: Side; piece: number }
  | { kind: 'card'; side: Side; card: Card }
  | { kind: 'part'; item: number; part: 'left' | 'right' | 'gutter' | 'band' };

/** Before the page is measured (and on the server): a wide page, the list's first 900 px in view. */
const FIRST_VIEW = { top: 0, height: 900 };
const FIRST_METRICS = { wide: true, cellWidth: 420 };
const NARROW = '(max-width: 760px)';

/** An element that must not move on the page (its top in document coordinates, so any scroll is fine). */
interface Anchor {
  element: Element;
  pageTop: number;
}

export class VirtualReading {
  plan: Plan = $state.raw({ top: 0, bottom: 0, items: [] });
  /** Every row drawn (printing, exports); set by `beforeprint`, cleared by `afterprint`. */
  printAll = $state(false);
  layout: VirtualLayout;

  #grid: HTMLElement | null = null;
  #observer: ResizeObserver | null = null;
  /** What each observed element measures; bookkeeping, never read reactively. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #targets = new Map<Element, MeasureTarget>();
  /** One attachment per target (`measure`), for the current model. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #attachments = new Map<string, Attachment<Element>>();
  #anchor: Anchor | null = null;
  /** The view as last read from the page (list coordinates), for planning without reading it again. */
  #view = FIRST_VIEW;
  #frame = 0;
  #signature = '';
  /** The stretch last planned for (snapped), and whether heights or the model changed since. */
  #window = '';
  #stale = true;
  #metricsDirty = true;
  /** False from new texts until they are first drawn: no anchor to capture (and no layout to force). */
  #keepAnchor = true;
  /**
   * New texts, and the same texts in the other script, draw the view alone at first (no screen above and
   * below) until a task after the frame that paints them: building, laying out and painting three screens
   * of new rows at once held the page in the drop's longest tasks. Cleared by `#widen`.
   */
  #viewOnly = false;
  #widenTimer: ReturnType<typeof setTimeout> | undefined;
  /** A redraw put off to a task after the frame (`#update`), and the stretch drawn last (null: none). */
  #later: ReturnType<typeof setTimeout> | undefined;
  #drawnStretch: { top: number; bottom: number } | null = null;
  /**
   * A place just brought into view (`scrollTo`) stays the anchor while the estimates around it settle,
   * until the reader scrolls, clicks or types, or for a moment at most.
   */
  #pinned: { element: Element; until: number } | null = null;

  constructor(model: ReadingModel, script: Script, hidden: Uint8Array | null = null) {
    this.layout = new VirtualLayout(model, { ...FIRST_METRICS, script }, hidden);
    this.#apply(this.#planFor(FIRST_VIEW.top, FIRST_VIEW.height));
    if (typeof ResizeObserver !== 'undefined') {
      this.#observer = new ResizeObserver((entries) => this.#onResize(entries));
    }
  }

  /** The grid element; listens to the page while attached. */
  attach: Attachment<HTMLElement> = (grid) => {
    this.#grid = grid;
    // Scrolling only redraws when the snapped stretch changes (every half view), so most scroll frames
    // cost one rectangle read here.
    const onScroll = () => this.#schedule();
    const onResize = () => {
      this.#metricsDirty = true;
      this.#schedule();
    };
    const beforePrint = () => {
      this.printAll = true;
      this.#update();
    };
    const afterPrint = () => {
      this.printAll = false;
      this.#schedule();
    };
    const unpin = () => (this.#pinned = null);
    const narrow = matchMedia(NARROW);
    for (const type of ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const) {
      window.addEventListener(type, unpin, { capture: true, passive: true });
    }
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onResize);
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    narrow.addEventListener('change', onResize);
    this.#update();
    return () => {
      for (const type of ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const) {
        window.removeEventListener(type, unpin, { capture: true });
      }
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onResize);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      narrow.removeEventListener('change', onResize);
      cancelAnimationFrame(this.#frame);
      clearTimeout(this.#widenTimer);
      clearTimeout(this.#later);
      this.#later = undefined;
      this.#observer?.disconnect();
      this.#grid = null;
    };
  };

  /**
   * Measures an element while it is drawn. The same target gets the same attachment: every redraw hands
   * each drawn cell, gutter, band and card a new plan object, which re-ran its `{@attach}` and, with a new
   * function, stopped and started observing it (and measured it again) on every redraw.
   */
  measure(target: MeasureTarget): Attachment<Element> {
    const key = targetKey(target);
    let attachment = this.#attachments.get(key);
    if (!attachment) {
      attachment = this.#attach(target);
      this.#attachments.set(key, attachment);
    }
    return attachment;
  }

  #attach(target: MeasureTarget): Attachment<Element> {
    return (element) => {
      this.#targets.set(element, target);
      this.#observer?.observe(element);
      return () => {
        this.#observer?.unobserve(element);
        this.#targets.delete(element);
      };
    };
  }

  /**
   * A new model for the same page (new comparison). With the same texts (an option changed), the text
   * at the top of the view stays where it was.
   */
  setModel(model: ReadingModel, sameTexts: boolean, hidden: Uint8Array | null = null): void {
    const kept = sameTexts ? this.#textAtAnchor() : null;
    this.layout = new VirtualLayout(model, this.layout.metrics, hidden);
    this.#attachments.clear(); // its cards are the new model's
    this.#signature = '';
    this.#drawnStretch = null;
    this.#stale = true;
    if (!kept) {
      this.#anchor = null; // new texts: nothing on screen to keep in place
      this.#keepAnchor = false;
    }
    if (kept) void this.#scrollPieceTo(kept.side, kept.offset, kept.top);
    else this.#replanBlind();
  }

  /**
   * New texts: plans where the view last was and reads the page in the next frame. Reading it now (the
   * grid's top, a cell's width) would force a layout of the page halfway through the flush that swaps the
   * comparison, outgoing rows included: 50 ms of the drop's longest task on a quiet machine
   * (gwr2026-ah × gwr2026-sc), thrown away by the flush's next DOM change.
   */
  #replanBlind(): void {
    this.#stale = true;
    this.#drawViewFirst();
    this.#apply(this.#planFor(this.#view.top, this.#view.height));
    this.#schedule();
  }

  /** Draws the view alone until `#widen` (its timer is set once the page is read, in `#update`). */
  #drawViewFirst(): void {
    this.#viewOnly = true;
    clearTimeout(this.#widenTimer);
    this.#widenTimer = undefined;
  }

  /** The screens above and below the view, drawn in their own task once the view is painted. */
  #widen(): void {
    this.#widenTimer = undefined;
    if (!this.#viewOnly) return;
    this.#viewOnly = false;
    this.#update();
  }

  /**
   * Chapters folded or unfolded (`hidden`: src/view/readingModel.ts `foldedItems`): the same model, some
   * items without height; what is drawn and stays drawn keeps its place on screen.
   */
  setHidden(hidden: Uint8Array | null): void {
    if (hidden === this.layout.hidden) return;
    this.layout.setHidden(hidden);
    this.#stale = true;
    this.#update();
  }

  /** The drawn text changes width without a new model (glosses shown or hidden): keep it anchored. */
  restyle(): void {
    const kept = this.#grid ? this.#textAtAnchor() : null;
    this.#signature = '';
    this.#stale = true;
    if (kept) void this.#scrollPieceTo(kept.side, kept.offset, kept.top);
    else this.#update();
  }

  /**
   * The other script: heights are estimated anew and the drawn pieces redrawn, so the text at the anchor
   * is found again by its original offset (as after an option change), not by its element.
   */
  setScript(script: Script): void {
    if (script === this.layout.metrics.script) return;
    const kept = this.#grid ? this.#textAtAnchor() : null;
    this.layout.setMetrics({ ...this.layout.metrics, script });
    this.#signature = '';
    this.#stale = true;
    // Every drawn piece is redrawn in the other script and laid out anew: the screens above and below
    // the view wait for the next task, so the toggle costs what the reader sees.
    this.#drawViewFirst();
    if (kept) void this.#scrollPieceTo(kept.side, kept.offset, kept.top);
    else this.#update();
  }

  /**
   * Brings original offset `offset` of `side` into view (`block`: in the middle, or near the top), draws
   * it, and returns the drawn piece element holding it (null when the report has no such place).
   */
  async scrollTo(side: Side, offset: number, block: 'center' | 'start' = 'center'): Promise<Element | null> {
    const pieces = this.layout.model.pieces[side];
    const piece = pieceAt(pieces, offset);
    if (piece < 0 || !this.#grid) return null;
    const inPiece =
      pieces.end[piece]! > pieces.start[piece]!
        ? (offset - pieces.start[piece]!) / (pieces.end[piece]! - pieces.start[piece]!)
        : 0;
    const y = this.layout.pieceTop(side, piece) + inPiece * this.layout.pieceHeight(side, piece);
    const inset = this.#stickyInset();
    const target = block === 'center' ? (innerHeight + inset) / 2 : inset + 24;
    const listTop = this.#grid.getBoundingClientRect().top + scrollY;
    window.scrollTo({ top: Math.max(0, listTop + y - target), behavior: 'instant' });
    this.#anchor = null;
    this.#update();
    await tick();
    const element = this.pieceElement(side, piece);
    if (element) {
      // Estimates above may have been off: put the piece where it was meant to be, now it is measured.
      const drawnY = element.getBoundingClientRect().top + inPiece * element.getBoundingClientRect().height;
      const off = drawnY - target;
      if (Math.abs(off) > 1) window.scrollBy({ top: off, behavior: 'instant' });
      this.#pinned = { element, until: performance.now() + 1500 };
      this.#captureAnchor();
    }
    return element;
  }

  /** The drawn element of a piece, if drawn. */
  pieceElement(side: Side, piece: number): Element | null {
    for (const [element, target] of this.#targets) {
      if (target.kind === 'piece' && target.side === side && target.piece === piece) return element;
    }
    return null;
  }

  #schedule(): void {
    if (this.#frame || typeof requestAnimationFrame === 'undefined') return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#update(true);
    });
  }

  /**
   * Re-reads the page (width, layout mode, scroll) and redraws what the view needs, keeping the anchor.
   * `inFrame` (a scroll or a measurement, read in an animation frame): while what is drawn still covers
   * the view, the redraw waits for a task after this frame (`#later`), so the frame that scrolls paints
   * what is already laid out and the redraw's script, style and layout fall between frames.
   */
  #update(inFrame = false): void {
    const grid = this.#grid;
    if (!grid) return;
    if (this.#metricsDirty) {
      this.#metricsDirty = false;
      const wide = !matchMedia(NARROW).matches;
      const cell = grid.querySelector('.cell');
      const cellWidth = cell ? cell.getBoundingClientRect().width : this.layout.metrics.cellWidth;
      if (wide !== this.layout.metrics.wide || Math.abs(cellWidth - this.layout.metrics.cellWidth) > 0.5) {
        this.#captureAnchor();
        this.layout.setMetrics({ ...this.layout.metrics, wide, cellWidth });
        this.#stale = true;
      }
    }
    this.#view = { top: -grid.getBoundingClientRect().top, height: innerHeight };
    // The page has been read, so the new rows are laid out: the margins wait for a task after this frame.
    if (this.#viewOnly && this.#widenTimer === undefined)
      this.#widenTimer = setTimeout(() => requestAnimationFrame(() => this.#widen()), 0);
    const stretch = snapped(this.#view.top, this.#view.height, this.#viewOnly);
    const key = `${stretch.top},${stretch.bottom},${this.printAll}`;
    if (key === this.#window && !this.#stale) return;
    if (inFrame && this.#covers(this.#view)) {
      this.#later ??= setTimeout(() => {
        this.#later = undefined;
        this.#update();
      }, 0);
      return;
    }
    this.#window = key;
    this.#stale = false;
    this.#drawnStretch = stretch;
    this.#apply(this.layout.plan(stretch.top, stretch.bottom, this.printAll));
  }

  /** Whether the stretch last drawn holds all of `view` (list coordinates). */
  #covers(view: { top: number; height: number }): boolean {
    const drawn = this.#drawnStretch;
    return drawn !== null && drawn.top <= Math.max(0, view.top) && view.top + view.height <= drawn.bottom;
  }

  #planFor(viewTop: number, viewHeight: number): Plan {
    const stretch = snapped(viewTop, viewHeight, this.#viewOnly);
    return this.layout.plan(stretch.top, stretch.bottom, this.printAll);
  }

  /** Draws `plan` unless it draws what is drawn; once drawn (before the next paint), keeps the anchor. */
  #apply(plan: Plan): void {
    const signature = signatureOf(plan);
    if (signature === this.#signature) return;
    this.#signature = signature;
    // The text at the reading line now stays put through the change (unless new texts replace it all).
    if (this.#grid && this.#keepAnchor) this.#captureAnchor();
    this.#keepAnchor = true;
    // What plans the same keeps its objects, so only the components of what changed update.
    this.plan = reusePlan(this.plan, plan);
    if (this.#grid) void tick().then(() => this.#restoreAnchor());
  }

  #onResize(entries: ResizeObserverEntry[]): void {
    const order = { piece: 0, card: 1, part: 2 };
    const measured = entries
      .map((entry) => ({ entry, target: this.#targets.get(entry.target) }))
      .filter((m): m is { entry: ResizeObserverEntry; target: MeasureTarget } => m.target !== undefined)
      .sort((a, b) => order[a.target.kind] - order[b.target.kind]);
    let moved = false;
    for (const { entry, target } of measured) {
      const height = entry.borderBoxSize[0]?.blockSize ?? entry.target.getBoundingClientRect().height;
      if (target.kind === 'piece')
        moved = this.layout.measurePiece(target.side, target.piece, height) || moved;
      else if (target.kind === 'card') {
        const groups = this.layout.piecesHeight(target.side, target.card.from, target.card.to);
        moved = this.layout.measureCard(target.side, target.card, height, groups) || moved;
      } else moved = this.layout.measurePart(target.item, target.part, height) || moved;
    }
    if (!moved) return;
    this.#restoreAnchor();
    this.#stale = true;
    this.#schedule();
  }

  /**
   * Height of what sticks at the top of the viewport while reading (the reading controls and the column
   * heads): where the column heads sit once stuck, whether or not they are stuck now.
   */
  #stickyInset(): number {
    const heads = this.#grid?.previousElementSibling;
    if (!(heads instanceof HTMLElement) || heads.offsetHeight === 0) return 0;
    const stuckAt = Number.parseFloat(getComputedStyle(heads).top) || 0;
    return stuckAt + heads.offsetHeight;
  }

  /** The drawn piece at the reading line (a quarter down the visible part of the view). */
  #anchorElement(): Element | null {
    const inset = this.#stickyInset();
    const line = inset + (innerHeight - inset) / 4;
    let best: Element | null = null;
    let bestDistance = Infinity;
    for (const [element, target] of this.#targets) {
      if (target.kind !== 'piece') continue;
      const box = element.getBoundingClientRect();
      if (box.height === 0) continue;
      const distance = box.bottom < line ? line - box.bottom : box.top > line ? box.top - line : 0;
      if (distance < bestDistance) {
        best = element;
        bestDistance = distance;
        if (distance === 0) break;
      }
    }
    return best;
  }

  #captureAnchor(): void {
    const pinned = this.#pinned;
    if (pinned && pinned.element.isConnected && performance.now() < pinned.until) {
      this.#anchor = {
        element: pinned.element,
        pageTop: pinned.element.getBoundingClientRect().top + scrollY,
      };
      return;
    }
    this.#pinned = null;
    const element = this.#anchorElement();
    this.#anchor = element ? { element, pageTop: element.getBoundingClientRect().top + scrollY } : null;
  }

  #restoreAnchor(): void {
    const anchor = this.#anchor;
    // No anchor (new texts, drawn from scratch): nothing on screen to keep, and no reason to force a
    // layout here; the next redraw picks one.
    if (!anchor?.element.isConnected) return;
    const delta = anchor.element.getBoundingClientRect().top + scrollY - anchor.pageTop;
    if (Math.abs(delta) >= 0.5) window.scrollBy({ top: delta, behavior: 'instant' });
    anchor.pageTop += delta;
  }

  /** The original offset at the anchor and where it is on screen, to find it again in a new model. */
  #textAtAnchor(): { side: Side; offset: number; top: number } | null {
    this.#captureAnchor();
    const anchor = this.#anchor;
    const target = anchor ? this.#targets.get(anchor.element) : undefined;
    if (!anchor || target?.kind !== 'piece') return null;
    return {
      side: target.side,
      offset: this.layout.model.pieces[target.side].start[target.piece]!,
      top: anchor.pageTop - scrollY,
    };
  }

  async #scrollPieceTo(side: Side, offset: number, top: number): Promise<void> {
    const piece = pieceAt(this.layout.model.pieces[side], offset);
    if (piece < 0 || !this.#grid) return;
    const listTop = this.#grid.getBoundingClientRect().top + scrollY;
    window.scrollTo({
      top: Math.max(0, listTop + this.layout.pieceTop(side, piece) - top),
      behavior: 'instant',
    });
    this.#anchor = null;
    this.#update();
    await tick();
    const element = this.pieceElement(side, piece);
    if (!element) return;
    const off = element.getBoundingClientRect().top - top;
    if (Math.abs(off) >= 0.5) window.scrollBy({ top: off, behavior: 'instant' });
    this.#captureAnchor();
  }
}

/**
 * The list stretch drawn for a view: the view and one view's height above and below (the grid's first
 * screens while it is below the view), snapped to half-view steps, so the stretch (and the DOM) changes only when a step is crossed.
 */
function snapped(rawTop: number, viewHeight: number, viewOnly = false): { top: number; bottom: number } {
  // Grid still below the view (a phone, where the header cards come first): its first screen is drawn,
  // what the reader reaches first and what reads as "the text" to find-in-page and to tests.
  const viewTop = Math.max(0, rawTop);
  const step = Math.max(300, viewHeight / 2);
  const margin = viewOnly ? 0 : viewHeight;
  return {
    top: Math.floor((viewTop - margin) / step) * step,
    bottom: Math.ceil((viewTop + viewHeight + margin) / step) * step,
  };
}

/** A measured target's identity: same key, same element drawn for it. */
function targetKey(target: MeasureTarget): string {
  if (target.kind === 'piece') return `${target.side} piece ${target.piece}`;
  if (target.kind === 'card') return `${target.side} card ${target.card.from}-${target.card.to}`;
  return `${target.item} ${target.part}`;
}

/** What a plan draws, as a string: two plans with the same signature draw the same DOM. */
function signatureOf(plan: Plan): string {
  const parts = [Math.round(plan.top), Math.round(plan.bottom)];
  const out: (string | number)[] = [...parts];
  for (const item of plan.items) {
    out.push(`i${item.index}`);
    if (!item.cells) continue;
    for (const side of ['left', 'right'] as const) {
      for (const card of item.cells[side].cards) {
        if (!card.drawn) {
          out.push(`s${Math.round(card.height)}`);
          continue;
        }
        for (const group of card.groups) {
          out.push(
            group.drawn
              ? `${group.from}-${group.to}:${Math.round(group.before)}:${Math.round(group.after)}`
              : `g${Math.round(group.height)}`,
          );
        }
      }
    }
  }
  return out.join(',');
}
