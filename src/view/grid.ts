/**
 * Grid rows for the aligned reading view, at both widths.
 *
 * Wide (two columns): one grid row per item; a pair's left cell, gutter and right cell share it.
 * Narrow (one column): a pair takes three consecutive rows — left cell, gutter (the similarity as a
 * strip), right cell — so the two halves of a pair stay together. Band headings take one row in both.
 * CSS reads the numbers from custom properties; rows are 1-based grid lines.
 *
 * Example: meta + one band with two pairs →
 *   meta   { wide: 1, narrowLeft: 1, narrowGutter: 2, narrowRight: 3 }
 *   band   { wide: 2, narrow: 4 }
 *   pair 1 { wide: 3, narrowLeft: 5, narrowGutter: 6, narrowRight: 7 }
 *   pair 2 { wide: 4, narrowLeft: 8, narrowGutter: 9, narrowRight: 10 }     wideRows 4, narrowRows 10
 */
import type { Band, Row } from './rows';

export interface Placement {
  wide: number;
  narrowLeft: number;
  narrowGutter: number;
  narrowRight: number;
}

export interface PlacedBand {
  band: Band;
  header: { wide: number; narrow: number };
  rows: { row: Row; place: Placement }[];
}

export interface GridPlan {
  meta: Placement | null;
  bands: PlacedBand[];
  wideRows: number;
  narrowRows: number;
}

export function planGrid(bands: readonly Band[], hasMeta: boolean): GridPlan {
  let wide = 0;
  let narrow = 0;
  const pairSlot = (): Placement => {
    wide += 1;
    narrow += 3;
    return { wide, narrowLeft: narrow - 2, narrowGutter: narrow - 1, narrowRight: narrow };
  };
  const meta = hasMeta ? pairSlot() : null;
  const placed = bands.map((band) => {
    wide += 1;
    narrow += 1;
    const header = { wide, narrow };
    return { band, header, rows: band.rows.map((row) => ({ row, place: pairSlot() })) };
  });
  return { meta, bands: placed, wideRows: wide, narrowRows: narrow };
}
