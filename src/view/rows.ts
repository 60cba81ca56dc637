/**
 * The rows of the aligned reading view: one row per section pair, so paired sections sit side by side,
 * grouped into bands (opening, tasks, closing). Each cell lists its sections with the text that follows
 * each one up to the next section (blank runs and unassigned lines), so every block of the partition is
 * drawn exactly once: metadata lines go to a separate `meta` list, text before the first section to a
 * `preamble` row.
 *
 * Example (the fixture): pairs [L-task-1↔R-task-1, L-task-2↔R-task-2, —↔R-closing] →
 *   rows: task #1 (both), task #2 (both), closing (left empty)
 *   bands: [{ kind: 'task', rows: 0..1 }, { kind: 'closing', rows: 2..2 }]
 */
import type { Comparison, Report, Section, SectionKind, Side } from '../core/types';
import { partitionReport, type Block } from './blocks';

export type RowKind = SectionKind | 'preamble';

export interface CellSection {
  section: Section;
  block: Block;
  /** Blocks after the section and before the next section (blank or unassigned text). */
  trailing: Block[];
}

export interface Cell {
  sections: CellSection[];
  /** Preamble rows only: the text before a report's first section. */
  loose: Block[];
}

export interface Row {
  key: string;
  kind: RowKind;
  /** Index into `Comparison.pairs` and `stats.pairs`; null for preamble and unpaired leftovers. */
  pairIndex: number | null;
  similarity: number | null;
  left: Cell;
  right: Cell;
}

export interface Band {
  kind: RowKind;
  rows: Row[];
}

interface SideLayout {
  /** Metadata lines with the blank runs that follow them. */
  meta: Block[];
  preamble: Block[];
  bySection: Map<string, CellSection>;
}

function layoutSide(report: Pick<Report, 'text' | 'sections' | 'meta'>): SideLayout {
  const meta: Block[] = [];
  const preamble: Block[] = [];
  const bySection = new Map<string, CellSection>();
  let current: CellSection | null = null;
  let lastWasMeta = false;
  for (const block of partitionReport(report)) {
    if (block.kind === 'section' && block.section) {
      current = { section: block.section, block, trailing: [] };
      bySection.set(block.section.id, current);
      lastWasMeta = false;
    } else if (block.kind === 'meta') {
      meta.push(block);
      lastWasMeta = true;
    } else if (block.blank && lastWasMeta) {
      // A blank run after a metadata line stays with it, so the reading rows hold no empty text.
      meta.push(block);
    } else if (current) {
      current.trailing.push(block);
    } else {
      preamble.push(block);
    }
  }
  return { meta, preamble, bySection };
}

const KIND_RANK: Record<RowKind, number> = { preamble: 0, opening: 1, task: 2, closing: 3, annex: 4 };

function emptyCell(): Cell {
  return { sections: [], loose: [] };
}

export function buildRows(comparison: Pick<Comparison, 'left' | 'right' | 'pairs'>): {
  rows: Row[];
  bands: Band[];
  meta: Record<Side, Block[]>;
} {
  const sides = { left: layoutSide(comparison.left), right: layoutSide(comparison.right) };
  const used = new Set<string>();
  const rows: Row[] = [];

  const cellFor = (side: Side, ids: string[]): Cell => {
    const cell = emptyCell();
    for (const id of ids) {
      const item = sides[side].bySection.get(id);
      if (item && !used.has(id)) {
        cell.sections.push(item);
        used.add(id);
      }
    }
    cell.sections.sort((a, b) => a.section.start - b.section.start);
    return cell;
  };

  if (sides.left.preamble.length > 0 || sides.right.preamble.length > 0) {
    rows.push({
      key: 'preamble',
      kind: 'preamble',
      pairIndex: null,
      similarity: null,
      left: { sections: [], loose: sides.left.preamble },
      right: { sections: [], loose: sides.right.preamble },
    });
  }
  comparison.pairs.forEach((pair, pairIndex) => {
    rows.push({
      key: `pair-${pairIndex}`,
      kind: pair.kind,
      pairIndex,
      similarity: pair.left.length > 0 && pair.right.length > 0 ? pair.similarity : null,
      left: cellFor('left', pair.left),
      right: cellFor('right', pair.right),
    });
  });
  // Sections no pair mentions still get drawn (the engine should pair or list every section).
  for (const side of ['left', 'right'] as const) {
    for (const section of comparison[side].sections) {
      if (used.has(section.id)) continue;
      const cell = cellFor(side, [section.id]);
      rows.push({
        key: `single-${section.id}`,
        kind: section.kind,
        pairIndex: null,
        similarity: null,
        left: side === 'left' ? cell : emptyCell(),
        right: side === 'right' ? cell : emptyCell(),
      });
    }
  }

  const firstStart = (row: Row) =>
    Math.min(
      row.left.sections[0]?.section.start ?? Infinity,
      row.right.sections[0]?.section.start ?? Infinity,
    );
  // Stable: pairs keep the engine's order within a kind; leftovers land by text position.
  const ordered = rows
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        KIND_RANK[a.row.kind] - KIND_RANK[b.row.kind] ||
        (a.row.pairIndex === null && b.row.pairIndex === null ? firstStart(a.row) - firstStart(b.row) : 0) ||
        a.index - b.index,
    )
    .map(({ row }) => row);

  const bands: Band[] = [];
  for (const row of ordered) {
    const last = bands.at(-1);
    if (last && last.kind === row.kind) last.rows.push(row);
    else bands.push({ kind: row.kind, rows: [row] });
  }
  return { rows: ordered, bands, meta: { left: sides.left.meta, right: sides.right.meta } };
}
