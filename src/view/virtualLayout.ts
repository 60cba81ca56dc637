/**
 * Where everything of the reading view is, drawn or not, and what to draw for a stretch of it: the
 * maths of the virtual reading view, with no DOM (the component measures and reports heights).
 *
 * Heights are estimated from the text (a piece's width in em, the column width, the style's font size
 * and line height) until the piece or the cell is drawn and measured; measured heights then replace
 * the estimates, in the pieces' and the items' prefix sums (`HeightIndex`), so positions sharpen as the
 * reader scrolls, and planning a stretch of a section of thousands of lines is a binary search. Every height includes the space below its element (padding, never margins), so items
 * stack with no gaps to add.
 *
 * `plan(top, bottom)` answers what to draw for the list stretch `[top, bottom)` (list coordinates, 0 at
 * the list's top): the items it crosses and, in each of their cells, which pieces of which groups, with
 * the height of what is left out before and after (spacers), so the drawn page has the full height.
 *
 * Example: three rows of heights [400, 9000, 400] and a stretch [8000, 8800) → plan.top = 400,
 * plan.bottom = 400, one planned item (the tall row) whose cells draw only their pieces near
 * 7600..8400 inside the row, with spacers for the rest of the row.
 */
import type { Side } from '../core/types';
import { HeightIndex } from './heightIndex';
import type { Card, CellModel, Item, ReadingModel, SidePieces } from './readingModel';
import type { Script } from './script';

/** What the layout needs to know about the page to estimate heights. */
export interface Metrics {
  /** Two columns side by side (wide) or one column, a pair's cells one under the other (narrow). */
  wide: boolean;
  /** Width of one column's cell, CSS pixels. */
  cellWidth: number;
  script: Script;
}

export interface StyleMetrics {
  fontSize: number;
  lineHeight: number;
  /** Letter spacing in em. */
  tracking: number;
  /** Horizontal space the style's text does not get from the cell (padding, borders), CSS pixels. */
  inset: number;
  /** Space above the first piece of a group (its top padding), CSS pixels. */
  lead: number;
}

/**
 * The CSS of the reading view in numbers (kept in step with the components' styles; a browser test
 * checks that estimates land near the measured heights). Index by `PIECE_STYLES`.
 */
export const STYLE_METRICS: Record<'wide' | 'narrow', readonly StyleMetrics[]> = {
  wide: [
    { fontSize: 16.5, lineHeight: 16.5 * 1.85, tracking: 0.02, inset: 38, lead: 0 },
    { fontSize: 15, lineHeight: 15 * 1.8, tracking: 0, inset: 12, lead: 10 },
    { fontSize: 12, lineHeight: 12 * 1.6, tracking: 0, inset: 26, lead: 2 },
  ],
  narrow: [
    { fontSize: 16, lineHeight: 16 * 1.85, tracking: 0.02, inset: 30, lead: 0 },
    { fontSize: 15, lineHeight: 15 * 1.8, tracking: 0, inset: 12, lead: 10 },
    { fontSize: 12, lineHeight: 12 * 1.6, tracking: 0, inset: 26, lead: 2 },
  ],
};

/** Chrome of the containers, CSS pixels: what a card adds around its groups, gaps, the row's space. */
export const CHROME = {
  wide: { sectionTop: 44, sectionBottom: 17, metaTop: 11, metaBottom: 11, cardGap: 12, rowSpace: 12 },
  narrow: { sectionTop: 40, sectionBottom: 15, metaTop: 11, metaBottom: 11, cardGap: 12, rowSpace: 8 },
};
const ESTIMATES = {
  wide: { band: 64, gutter: 78, empty: 76 },
  narrow: { band: 58, gutter: 38, empty: 48 },
};

export type PlannedGroup =
  { drawn: false; height: number } | { drawn: true; from: number; to: number; before: number; after: number };
export type PlannedCard = { drawn: false; height: number } | { drawn: true; groups: PlannedGroup[] };
export interface PlannedCell {
  cards: PlannedCard[];
}
export interface PlannedItem {
  index: number;
  item: Item;
  cells: Record<Side, PlannedCell> | null;
}
export interface Plan {
  /** Heights of what is left out above and below the planned items. */
  top: number;
  bottom: number;
  items: PlannedItem[];
}

/**
 * `next` with every planned item, cell, card and group that plans the same as in `previous` replaced by
 * `previous`'s own object, so a redraw hands the view the very objects it drew last wherever nothing
 * changed: a scroll by a step changes the plan of the rows at its two ends (and of the one tall row whose
 * drawn lines move), and the components of every other drawn row see the same props and do nothing.
 * Items are matched by index and must hold the same model item (a new model reuses nothing).
 *
 * Example: previous items [3, 4], next items [4, 5], item 4 planned alike → next's items are
 * [previous's item 4 (the same object), next's item 5].
 */
export function reusePlan(previous: Plan, next: Plan): Plan {
  const before = new Map(previous.items.map((planned) => [planned.index, planned]));
  const items = next.items.map((planned) => {
    const old = before.get(planned.index);
    if (!old || old.item !== planned.item) return planned;
    if (!old.cells || !planned.cells) return old.cells === planned.cells ? old : planned;
    const left = sameCell(old.cells.left, planned.cells.left);
    const right = sameCell(old.cells.right, planned.cells.right);
    if (left === old.cells.left && right === old.cells.right) return old;
    return { ...planned, cells: { left, right } };
  });
  return { top: next.top, bottom: next.bottom, items };
}

/** `next`, or `old` (or parts of it) where they plan the same. */
function sameCell(old: PlannedCell, next: PlannedCell): PlannedCell {
  const cards = reuseAll(old.cards, next.cards, sameCard);
  return cards === old.cards ? old : { cards };
}

function sameCard(old: PlannedCard, next: PlannedCard): PlannedCard {
  if (!old.drawn || !next.drawn) return !old.drawn && !next.drawn && old.height === next.height ? old : next;
  const groups = reuseAll(old.groups, next.groups, sameGroup);
  return groups === old.groups ? old : { drawn: true, groups };
}

function sameGroup(old: PlannedGroup, next: PlannedGroup): PlannedGroup {
  if (!old.drawn || !next.drawn) return !old.drawn && !next.drawn && old.height === next.height ? old : next;
  return old.from === next.from &&
    old.to === next.to &&
    old.before === next.before &&
    old.after === next.after
    ? old
    : next;
}

/** `old` itself when every element is reused, else the elements of `next` with the reused ones swapped in. */
function reuseAll<T>(old: T[], next: T[], same: (old: T, next: T) => T): T[] {
  if (old.length !== next.length) return next;
  const out = next.map((element, i) => same(old[i]!, element));
  return out.every((element, i) => element === old[i]) ? old : out;
}

type Part = 'left' | 'right' | 'gutter' | 'band';

export class VirtualLayout {
  readonly model: ReadingModel;
  #metrics: Metrics;
  #pieceHeights: Record<Side, Float64Array>;
  /**
   * The same heights with their prefix sums (rebuilt after estimating, kept up by measurements): the
   * height of a card or a group, and which of its pieces reach a stretch, in O(log n) however many
   * pieces a section has (a 1M-character report can be one section of thousands of lines).
   */
  #pieceSums: Record<Side, HeightIndex>;
  /** 1 where a piece's height was measured at the current metrics. */
  #measured: Record<Side, Uint8Array>;
  /** Measured chrome of section cards (card height minus its groups), by section id. */
  #chrome = new Map<string, number>();
  /** Measured heights of each item's parts (cells, gutter, band) at the current metrics. */
  #parts: Map<Part, number>[];
  #items: HeightIndex;
  /** 1 for items folded away (src/view/readingModel.ts `foldedItems`): no height, never planned. */
  #hidden: Uint8Array | null;

  constructor(model: ReadingModel, metrics: Metrics, hidden: Uint8Array | null = null) {
    this.model = model;
    this.#metrics = metrics;
    this.#hidden = hidden;
    this.#pieceHeights = {
      left: new Float64Array(model.pieces.left.count),
      right: new Float64Array(model.pieces.right.count),
    };
    this.#measured = {
      left: new Uint8Array(model.pieces.left.count),
      right: new Uint8Array(model.pieces.right.count),
    };
    this.#parts = model.items.map(() => new Map());
    this.#pieceSums = { left: new HeightIndex([]), right: new HeightIndex([]) };
    this.#estimateAll();
    this.#items = new HeightIndex(model.items.map((_, i) => this.#itemHeight(i)));
  }

  get metrics(): Metrics {
    return this.#metrics;
  }

  /** New page metrics: measurements taken at other widths or in another layout are dropped. */
  setMetrics(metrics: Metrics): void {
    const width =
      metrics.wide !== this.#metrics.wide || Math.abs(metrics.cellWidth - this.#metrics.cellWidth) > 0.5;
    const script = metrics.script !== this.#metrics.script;
    this.#metrics = metrics;
    if (!width && !script) return;
    // After a script change the measured heights stay the best guess (same lines, nearly the same
    // widths) until redrawn; after a width change nothing measured holds.
    if (width) {
      this.#measured.left.fill(0);
      this.#measured.right.fill(0);
      this.#chrome.clear();
      for (const parts of this.#parts) parts.clear();
    }
    this.#estimateAll();
    this.model.items.forEach((_, i) => this.#items.set(i, this.#itemHeight(i)));
  }

  get hidden(): Uint8Array | null {
    return this.#hidden;
  }

  /** Items folded away or brought back: only the items whose flag changed get a new height. */
  setHidden(hidden: Uint8Array | null): void {
    const before = this.#hidden;
    this.#hidden = hidden;
    for (let i = 0; i < this.model.items.length; i++) {
      if ((before?.[i] ?? 0) !== (hidden?.[i] ?? 0)) this.#items.set(i, this.#itemHeight(i));
    }
  }

  get total(): number {
    return this.#items.total;
  }

  itemTop(index: number): number {
    return this.#items.top(index);
  }

  itemHeight(index: number): number {
    return this.#items.height(index);
  }

  pieceHeight(side: Side, piece: number): number {
    return this.#pieceHeights[side][piece] ?? 0;
  }

  /**
   * A drawn piece's measured height; returns whether anything moved by half a pixel or more (what is
   * worth a redraw). A smaller change is kept too: a spacer that later stands in for the piece must be
   * exactly as tall, or everything drawn below it shifts by the difference and is painted and rastered
   * again (an estimate 0.19 px off did that in scrolling).
   */
  measurePiece(side: Side, piece: number, height: number): boolean {
    this.#measured[side][piece] = 1;
    const change = Math.abs(this.#pieceHeights[side][piece]! - height);
    if (change === 0) return false;
    this.#pieceHeights[side][piece] = height;
    this.#pieceSums[side].set(piece, height);
    const item = this.model.pieces[side].item[piece]!;
    return this.#items.set(item, this.#itemHeight(item)) && change >= 0.5;
  }

  /** A drawn section card's measured height; its chrome is what its groups do not explain. */
  measureCard(side: Side, card: Card, height: number, groupsHeight: number): boolean {
    if (!card.section) return false;
    const chrome = Math.max(0, height - groupsHeight);
    const known = this.#chrome.get(card.section.id);
    if (known === chrome) return false;
    this.#chrome.set(card.section.id, chrome);
    const item = this.model.pieces[side].item[card.from] ?? -1;
    // Kept exactly, moved only from half a pixel (see measurePiece).
    const moved = known === undefined || Math.abs(known - chrome) >= 0.5;
    return item >= 0 && this.#items.set(item, this.#itemHeight(item)) && moved;
  }

  /** A drawn part of an item (a cell, the gutter, a band heading) measured; returns whether anything moved. */
  measurePart(index: number, part: Part, height: number): boolean {
    const parts = this.#parts[index];
    if (!parts) return false;
    const known = parts.get(part);
    if (known === height) return false;
    parts.set(part, height);
    // Kept exactly, moved only from half a pixel (see measurePiece).
    const moved = known === undefined || Math.abs(known - height) >= 0.5;
    return this.#items.set(index, this.#itemHeight(index)) && moved;
  }

  /** Height of a group's pieces `[from, to)` of `side`. */
  piecesHeight(side: Side, from: number, to: number): number {
    return this.#pieceSums[side].sum(from, to);
  }

  /** Where piece `piece` of `side` starts, in list coordinates. */
  pieceTop(side: Side, piece: number): number {
    const index = this.model.pieces[side].item[piece];
    if (index === undefined) return 0;
    const item = this.model.items[index]!;
    let y = this.itemTop(index) + this.#cellOffset(index, side);
    if (item.kind === 'band') return y;
    for (const card of item.cells[side].cards) {
      if (piece >= card.to) {
        y += this.#cardHeight(side, card) + this.#chromeOf().cardGap;
        continue;
      }
      y += this.#cardTop(card);
      for (const group of card.groups) {
        if (piece >= group.to) y += this.piecesHeight(side, group.from, group.to);
        else return y + this.piecesHeight(side, group.from, piece);
      }
    }
    return y;
  }

  /** What to draw for the list stretch `[top, bottom)`; `all` draws everything (printing). */
  plan(top: number, bottom: number, all = false): Plan {
    const items = this.model.items;
    if (items.length === 0) return { top: 0, bottom: 0, items: [] };
    const first = all ? 0 : this.#items.indexAt(top);
    const last = all ? items.length - 1 : this.#items.indexAt(bottom);
    const planned: PlannedItem[] = [];
    for (let index = first; index <= last; index++) {
      const item = items[index]!;
      if (this.#hidden?.[index]) continue;
      if (item.kind === 'band') {
        planned.push({ index, item, cells: null });
        continue;
      }
      const itemTop = this.itemTop(index);
      const cell = (side: Side) =>
        this.#planCell(side, item.cells[side], itemTop + this.#cellOffset(index, side), top, bottom, all);
      planned.push({ index, item, cells: { left: cell('left'), right: cell('right') } });
    }
    return {
      top: this.itemTop(first),
      bottom: Math.max(0, this.total - this.itemTop(last + 1)),
      items: planned,
    };
  }

  #planCell(
    side: Side,
    cell: CellModel,
    cellTop: number,
    top: number,
    bottom: number,
    all: boolean,
  ): PlannedCell {
    const chrome = this.#chromeOf();
    let y = cellTop;
    const cards: PlannedCard[] = cell.cards.map((card) => {
      const height = this.#cardHeight(side, card);
      const cardTop = y;
      y += height + chrome.cardGap;
      if (!all && (cardTop >= bottom || cardTop + height <= top)) return { drawn: false, height };
      // Metadata is a few short lines: drawn whole. Other cards draw the pieces that reach the stretch.
      if (all || card.kind === 'meta') {
        return {
          drawn: true,
          groups: card.groups.map((g) => ({ drawn: true, from: g.from, to: g.to, before: 0, after: 0 })),
        };
      }
      const sums = this.#pieceSums[side];
      let gy = cardTop + this.#cardTop(card);
      const groups = card.groups.map((group): PlannedGroup => {
        const height = sums.sum(group.from, group.to);
        const reach = sums.reaching(group.from, group.to, gy, top, bottom);
        gy += height;
        return reach ? { drawn: true, ...reach } : { drawn: false, height };
      });
      return { drawn: true, groups };
    });
    return { cards };
  }

  #chromeOf() {
    return CHROME[this.#metrics.wide ? 'wide' : 'narrow'];
  }

  #cardTop(card: Card): number {
    const chrome = this.#chromeOf();
    if (card.kind === 'meta') return chrome.metaTop;
    if (card.kind === 'loose' || !card.section) return 0;
    const measured = this.#chrome.get(card.section.id);
    return measured === undefined ? chrome.sectionTop : Math.max(0, measured - chrome.sectionBottom);
  }

  #cardHeight(side: Side, card: Card): number {
    const chrome = this.#chromeOf();
    const groups = this.piecesHeight(side, card.from, card.to);
    if (card.kind === 'meta') return chrome.metaTop + groups + chrome.metaBottom;
    if (card.kind === 'loose' || !card.section) return groups;
    return (this.#chrome.get(card.section.id) ?? chrome.sectionTop + chrome.sectionBottom) + groups;
  }

  #cellHeight(side: Side, cell: CellModel): number {
    const chrome = this.#chromeOf();
    const estimates = ESTIMATES[this.#metrics.wide ? 'wide' : 'narrow'];
    if (cell.cards.length === 0) return estimates.empty;
    let sum = chrome.rowSpace + chrome.cardGap * (cell.cards.length - 1);
    for (const card of cell.cards) sum += this.#cardHeight(side, card);
    return sum;
  }

  /** How far below its item's top a side's cell starts (the right cell sits below in the narrow layout). */
  #cellOffset(index: number, side: Side): number {
    const item = this.model.items[index]!;
    if (this.#metrics.wide || side === 'left' || item.kind === 'band') return 0;
    return this.#part(index, 'left') + (item.kind === 'row' ? this.#part(index, 'gutter') : 0);
  }

  #part(index: number, part: Part): number {
    const measured = this.#parts[index]!.get(part);
    if (measured !== undefined) return measured;
    const item = this.model.items[index]!;
    const estimates = ESTIMATES[this.#metrics.wide ? 'wide' : 'narrow'];
    if (part === 'band') return estimates.band;
    if (part === 'gutter') return estimates.gutter;
    return item.kind === 'band' ? 0 : this.#cellHeight(part, item.cells[part]);
  }

  #itemHeight(index: number): number {
    if (this.#hidden?.[index]) return 0;
    const item = this.model.items[index]!;
    if (item.kind === 'band') return this.#part(index, 'band');
    const left = this.#part(index, 'left');
    const right = this.#part(index, 'right');
    const gutter = item.kind === 'row' ? this.#part(index, 'gutter') : 0;
    return this.#metrics.wide ? Math.max(left, right, gutter) : left + gutter + right;
  }

  #estimateAll(): void {
    const styles = STYLE_METRICS[this.#metrics.wide ? 'wide' : 'narrow'];
    for (const side of ['left', 'right'] as const) {
      const pieces: SidePieces = this.model.pieces[side];
      const heights = this.#pieceHeights[side];
      const measured = this.#measured[side];
      const em = this.#metrics.script === 'simplified' ? pieces.emSimplified : pieces.em;
      for (let i = 0; i < pieces.count; i++) {
        if (measured[i]) continue;
        if (pieces.blank[i]) {
          heights[i] = 0;
          continue;
        }
        const style = styles[pieces.style[i]!]!;
        // Trailing text inside a section card is also inside the card's padding.
        const inset =
          style.inset + (pieces.style[i] === 1 && this.#insideCard(side, i) ? styles[0]!.inset : 0);
        const width = Math.max(40, this.#metrics.cellWidth - inset);
        const lines = Math.max(1, Math.ceil((em[i]! * style.fontSize * (1 + style.tracking)) / width));
        heights[i] = lines * style.lineHeight + (pieces.lead[i] ? style.lead : 0);
      }
      this.#pieceSums[side] = new HeightIndex(heights);
    }
  }

  /** Whether a loose piece is text after a section (inside its card) rather than loose in the cell. */
  #insideCard(side: Side, piece: number): boolean {
    const item = this.model.items[this.model.pieces[side].item[piece]!]!;
    if (item.kind === 'band') return false;
    return item.cells[side].cards.some(
      (card) => card.kind === 'section' && piece >= card.from && piece < card.to,
    );
  }
}
