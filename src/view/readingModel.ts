/**
 * The reading view as a flat list of typed items, the unit the virtual view positions, measures and
 * skips: the metadata of both reports, a band heading (opening, tasks, closing…), a row of paired
 * sections. Folding a band is a filter over this list; scrolling to a place is finding its item.
 *
 * Inside an item each side has a cell; a cell holds cards (a section's card, the metadata box, loose
 * text outside any section); a card holds groups (a section's body, each stretch of text after it);
 * a group holds pieces (src/view/pieces.ts), the lines drawn or skipped one by one, so a section of
 * 100,000 characters draws only its lines on screen.
 *
 * The pieces of each side are numbered in display order (item by item, card by card), so a card's or
 * a group's pieces are one range `[from, to)`; `pieceOrder` lists them by text position, to find the
 * piece holding an offset.
 *
 * A nested report's task rows are grouped under chapter bands (src/view/chapters.ts): a band item with
 * its `chapter`, then the chapter's rows, right after it. Folding is a filter over this unchanged list
 * (`foldedItems`: the rows of folded chapters, which the layout gives no height and never draws), so a
 * fold costs a pass over the items, not a new model of every piece of both texts.
 *
 * Example (the fixture comparison, tests/state/fixture.ts):
 *   items: meta · band task · row pair-0 · row pair-1 · band closing · row pair-2
 * and for two provincial reports: … band task · band task, chapter L-task-1 · row pair-0 · row pair-1 ·
 *   band task, chapter L-task-2 · row pair-2 (hidden while L-task-2 is folded) · band task, chapter L-task-3 …
 *   row pair-0, left cell: one section card (L-task-1), body group: pieces 2..3 of the left side
 */
import type { Comparison, Section, Side } from '../core/types';
import type { Block } from './blocks';
import { cutPieces, emWidth } from './pieces';
import { buildRows, type Band, type Cell, type Row } from './rows';
import { groupChapters, type Chapter } from './chapters';
import { toNormalizedIndex } from '../core/normalize/offsetMap';
import { firstIndexWhere } from '../core/sorted';

/** How a group's text is set: a section body, loose text (between or outside sections), metadata. */
export type PieceStyle = 'body' | 'loose' | 'meta';
export const PIECE_STYLES: readonly PieceStyle[] = ['body', 'loose', 'meta'];

export interface Group {
  style: PieceStyle;
  /** Piece range of the side, `[from, to)`. */
  from: number;
  to: number;
  /** Every piece is whitespace: drawn hidden, zero height. */
  blank: boolean;
}

export interface Card {
  kind: 'section' | 'meta' | 'loose';
  /** The section shown (section cards only). */
  section?: Section;
  groups: Group[];
  from: number;
  to: number;
}

export interface CellModel {
  cards: Card[];
}

export type Item =
  | { kind: 'meta'; key: string; cells: Record<Side, CellModel> }
  | { kind: 'band'; key: string; band: Band; counts: Record<Side, number>; chapter?: ChapterBand }
  | { kind: 'row'; key: string; row: Row; cells: Record<Side, CellModel> };

/** A chapter's band: the chapter, and how many rows it holds (the items right after the band). */
export interface ChapterBand {
  chapter: Chapter;
  rows: number;
}

/** The pieces of one side, as parallel arrays indexed by piece number (display order). */
export interface SidePieces {
  count: number;
  start: Int32Array;
  end: Int32Array;
  blank: Uint8Array;
  /** Width set on one line, in em: as written, and in Simplified (the normalized text). */
  em: Float32Array;
  emSimplified: Float32Array;
  /** How each piece is set (0 body, 1 loose, 2 meta: the index in PIECE_STYLES). */
  style: Uint8Array;
  /** 1 for the first piece of a group that is not a section body (it carries the group's top space). */
  lead: Uint8Array;
  /** The item holding each piece. */
  item: Int32Array;
  /** Piece numbers sorted by start offset. */
  order: Int32Array;
}

export interface ReadingModel {
  items: Item[];
  /** The chapters of a nested comparison (groupChapters), null when neither report nests. */
  chapters: Chapter[] | null;
  pieces: Record<Side, SidePieces>;
}

interface PieceDraft {
  start: number;
  end: number;
  blank: boolean;
  item: number;
  style: PieceStyle;
  lead: boolean;
}

export function buildReadingModel(comparison: Pick<Comparison, 'left' | 'right' | 'pairs'>): ReadingModel {
  const layout = buildRows(comparison);
  const chapters = groupChapters(comparison);
  const drafts: Record<Side, PieceDraft[]> = { left: [], right: [] };
  const items: Item[] = [];

  const group = (side: Side, block: Block, style: PieceStyle): Group => {
    const list = drafts[side];
    const from = list.length;
    const text = comparison[side].text;
    for (const piece of cutPieces(text, block.start, block.end)) {
      list.push({ ...piece, item: items.length, style, lead: style !== 'body' && list.length === from });
    }
    return { style, from, to: list.length, blank: block.blank };
  };
  const card = (kind: Card['kind'], groups: Group[], section?: Section): Card => ({
    kind,
    ...(section ? { section } : {}),
    groups,
    from: groups[0]?.from ?? 0,
    to: groups.at(-1)?.to ?? 0,
  });
  const cellOf = (side: Side, cell: Cell): CellModel => {
    const cards: Card[] = [];
    if (cell.loose.length > 0)
      cards.push(
        card(
          'loose',
          cell.loose.map((block) => group(side, block, 'loose')),
        ),
      );
    for (const item of cell.sections) {
      const groups = [group(side, item.block, 'body'), ...item.trailing.map((b) => group(side, b, 'loose'))];
      cards.push(card('section', groups, item.section));
    }
    return { cards };
  };

  if (layout.meta.left.length > 0 || layout.meta.right.length > 0) {
    const metaCell = (side: Side): CellModel => ({
      cards:
        layout.meta[side].length > 0
          ? [
              card(
                'meta',
                layout.meta[side].map((block) => group(side, block, 'meta')),
              ),
            ]
          : [],
    });
    const cells = { left: metaCell('left'), right: metaCell('right') };
    items.push({ kind: 'meta', key: 'meta', cells });
  }
  const countsOf = (rows: readonly Row[]) => ({
    left: rows.reduce((sum, row) => sum + row.left.sections.length, 0),
    right: rows.reduce((sum, row) => sum + row.right.sections.length, 0),
  });
  const pushRows = (rows: readonly Row[]) => {
    for (const row of rows) {
      const cells = { left: cellOf('left', row.left), right: cellOf('right', row.right) };
      items.push({ kind: 'row', key: row.key, row, cells });
    }
  };
  for (const band of layout.bands) {
    items.push({ kind: 'band', key: `band-${items.length}`, band, counts: countsOf(band.rows) });
    if (band.kind !== 'task' || !chapters) {
      pushRows(band.rows);
      continue;
    }
    for (const { chapter, rows } of rowsByChapter(band.rows, chapters)) {
      if (!chapter) {
        pushRows(rows);
        continue;
      }
      items.push({
        kind: 'band',
        key: `chapter-${chapter.id}`,
        band,
        counts: countsOf(rows),
        chapter: { chapter, rows: rows.length },
      });
      pushRows(rows);
    }
  }
  return {
    items,
    chapters,
    pieces: {
      left: sidePieces(drafts.left, comparison.left),
      right: sidePieces(drafts.right, comparison.right),
    },
  };
}

/** 1 for each item hidden by folding (the rows of the chapters in `folded`, by chapter id), else 0. */
export function foldedItems(model: ReadingModel, folded: ReadonlySet<string>): Uint8Array {
  const hidden = new Uint8Array(model.items.length);
  if (folded.size === 0) return hidden;
  model.items.forEach((item, index) => {
    if (item.kind === 'band' && item.chapter && folded.has(item.chapter.chapter.id))
      hidden.fill(1, index + 1, index + 1 + item.chapter.rows);
  });
  return hidden;
}

/**
 * The task rows in chapter order, each chapter with its rows; rows of no chapter (sections no pair
 * mentions) follow the chapter holding the row before them, as a run with `chapter: null`.
 */
function rowsByChapter(
  rows: readonly Row[],
  chapters: readonly Chapter[],
): { chapter: Chapter | null; rows: Row[] }[] {
  const chapterOfPair = new Map<number, Chapter>();
  for (const chapter of chapters) for (const pair of chapter.pairs) chapterOfPair.set(pair, chapter);
  const runs = new Map<Chapter | null, Row[]>(chapters.map((chapter) => [chapter, []]));
  const loose: { after: Chapter | null; row: Row }[] = [];
  let last: Chapter | null = null;
  for (const row of rows) {
    const chapter = row.pairIndex === null ? undefined : chapterOfPair.get(row.pairIndex);
    if (chapter) {
      runs.get(chapter)!.push(row);
      last = chapter;
    } else loose.push({ after: last, row });
  }
  const out: { chapter: Chapter | null; rows: Row[] }[] = [];
  const looseAfter = (chapter: Chapter | null) => loose.filter((l) => l.after === chapter).map((l) => l.row);
  const before = looseAfter(null);
  if (before.length > 0) out.push({ chapter: null, rows: before });
  for (const chapter of chapters) {
    out.push({ chapter, rows: runs.get(chapter)! });
    const after = looseAfter(chapter);
    if (after.length > 0) out.push({ chapter: null, rows: after });
  }
  return out;
}

function sidePieces(drafts: PieceDraft[], report: Comparison['left']): SidePieces {
  const count = drafts.length;
  const pieces: SidePieces = {
    count,
    start: new Int32Array(count),
    end: new Int32Array(count),
    blank: new Uint8Array(count),
    style: new Uint8Array(count),
    lead: new Uint8Array(count),
    em: new Float32Array(count),
    emSimplified: new Float32Array(count),
    item: new Int32Array(count),
    order: new Int32Array(count),
  };
  drafts.forEach((draft, i) => {
    pieces.start[i] = draft.start;
    pieces.end[i] = draft.end;
    pieces.blank[i] = draft.blank ? 1 : 0;
    pieces.item[i] = draft.item;
    pieces.style[i] = PIECE_STYLES.indexOf(draft.style);
    pieces.lead[i] = draft.lead ? 1 : 0;
    pieces.order[i] = i;
    if (draft.blank) return;
    pieces.em[i] = emWidth(report.text, draft.start, draft.end);
    const from = toNormalizedIndex(report.map, draft.start);
    const to = toNormalizedIndex(report.map, draft.end);
    pieces.emSimplified[i] = emWidth(report.normalized, from, to);
  });
  pieces.order.sort((a, b) => pieces.start[a]! - pieces.start[b]!);
  return pieces;
}

/** The piece holding original offset `offset` (the last piece starting at or before it); -1 if none. */
export function pieceAt(pieces: SidePieces, offset: number): number {
  const { order, start } = pieces;
  const after = firstIndexWhere(order.length, (i) => start[order[i]!]! > offset);
  return after > 0 ? order[after - 1]! : -1;
}
