/**
 * The part of opentype.js 2.x the chart export uses, imported as its ES module build (the package has no
 * `exports` map, so Node would pick its UMD `main`) (the package ships no types; @types/opentype.js
 * describes 1.x). `parse` reads TTF/OTF/WOFF (not WOFF2) from an ArrayBuffer.
 */
declare module 'opentype.js/dist/opentype.mjs' {
  export type PathCommand =
    | { type: 'M'; x: number; y: number }
    | { type: 'L'; x: number; y: number }
    | { type: 'Q'; x1: number; y1: number; x: number; y: number }
    | { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
    | { type: 'Z' };
  export interface Path {
    /** In the coordinates `getPath` was given: y grows downwards, the baseline at its `y`. */
    commands: PathCommand[];
  }
  export interface Glyph {
    /** 0 is `.notdef`: the font has no glyph for the character. */
    index: number;
    /** In font units. */
    advanceWidth?: number;
    getPath(x: number, y: number, fontSize: number): Path;
  }
  export interface Font {
    unitsPerEm: number;
    ascender: number;
    descender: number;
    charToGlyph(character: string): Glyph;
  }
  export function parse(buffer: ArrayBuffer): Font;
}
