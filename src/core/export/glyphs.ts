/**
 * Text drawn as glyph outlines (`<path>`), so an exported chart shows its hanzi in any program that
 * opens SVG (Inkscape, Illustrator, Word, PowerPoint, librsvg, image viewers) whether or not a Chinese
 * font is installed there, and its PNG looks the same as its SVG.
 *
 * Why outlines and not an embedded subset font: an `@font-face` inside an SVG is honoured by browsers
 * only; design and office programs ignore it and fall back to a system font (or boxes). Outlines cost
 * more bytes per character (about 0.6–1 KB of path data per hanzi at chart sizes) but a chart holds a few
 * hundred characters at most. The text stays readable to machines through `<title>` elements.
 *
 * The glyphs come from Noto Sans SC (SIL Open Font License), weight 500, as Fontsource ships it: about a
 * hundred WOFF slices, each covering a `unicode-range` (the CSS that lists them is parsed here). Only
 * the slices holding the characters to draw are loaded (`prepare`), as WOFF (`load` returns its bytes). Slices cover Simplified and
 * Traditional hanzi, CJK punctuation, Latin and digits.
 *
 * Example:
 *   const outliner = new TextOutliner(parseSliceRanges(css), loadSlice);
 *   await outliner.prepare(['统一战线 United front']);
 *   outliner.draw('统一战线', { x: 100, y: 20, size: 12.5, anchor: 'middle' })
 *     → { d: 'M75.1 11.3L…', width: 50, missing: [] }
 */
import { parse, type Font, type PathCommand } from 'opentype.js/dist/opentype.mjs';
import { woffToSfnt } from './woff';

export interface SliceRanges {
  /** Slice id as in the CSS (`116`, `latin`), and the code point ranges it covers, inclusive. */
  slices: { id: string; ranges: [number, number][] }[];
}

/** Reads the Fontsource CSS of Noto Sans SC: one `@font-face` per slice, its name in a comment before it. */
export function parseSliceRanges(css: string): SliceRanges {
  const slices: SliceRanges['slices'] = [];
  // Slice names: `noto-sans-sc-[116]-500-normal`, `noto-sans-sc-latin-ext-500-normal`.
  for (const match of css.matchAll(
    /\/\* noto-sans-sc-\[?([a-z0-9-]+?)\]?-\d+-normal \*\/[^}]*?unicode-range:\s*([^;]+);/g,
  )) {
    const ranges = match[2]!.split(',').map((part): [number, number] => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      const start = parseInt(from!, 16);
      return [start, to === undefined ? start : parseInt(to, 16)];
    });
    slices.push({ id: match[1]!, ranges });
  }
  return { slices };
}

/**
 * Compact path data: coordinates rounded to 0.1 user unit (a tenth of a CSS pixel: finer than any screen
 * or print at chart sizes), each command after the first relative to the previous rounded point, so
 * rounding never drifts. About 40 % shorter than absolute coordinates.
 */
export function pathData(commands: readonly PathCommand[]): string {
  const r = (v: number) => Math.round(v * 10);
  const num = (tenths: number) => {
    const text = String(tenths / 10);
    return text.startsWith('0.') ? text.slice(1) : text.startsWith('-0.') ? `-${text.slice(2)}` : text;
  };
  /** Numbers joined with the fewest separators: `-` always starts a new number, `.` does after a decimal. */
  const join = (values: number[]) => {
    let out = '';
    let previous = '';
    for (const value of values) {
      const text = num(value);
      const separate =
        previous !== '' && !text.startsWith('-') && !(text.startsWith('.') && previous.includes('.'));
      out += (separate ? ' ' : '') + text;
      previous = text;
    }
    return out;
  };
  let d = '';
  let px = 0;
  let py = 0;
  let sx = 0;
  let sy = 0;
  for (const cmd of commands) {
    if (cmd.type === 'Z') {
      d += 'z';
      px = sx;
      py = sy;
      continue;
    }
    const x = r(cmd.x);
    const y = r(cmd.y);
    if (cmd.type === 'M') {
      d += `M${join([x, y])}`;
      sx = x;
      sy = y;
    } else if (cmd.type === 'L') {
      // TrueType outlines carry on-curve points that repeat the last one: nothing to draw.
      if (x !== px || y !== py) d += `l${join([x - px, y - py])}`;
    } else if (cmd.type === 'Q') d += `q${join([r(cmd.x1) - px, r(cmd.y1) - py, x - px, y - py])}`;
    else d += `c${join([r(cmd.x1) - px, r(cmd.y1) - py, r(cmd.x2) - px, r(cmd.y2) - py, x - px, y - py])}`;
    px = x;
    py = y;
  }
  return d;
}

export interface DrawOptions {
  x: number;
  /** Baseline. */
  y: number;
  /** Font size in user units (CSS pixels). */
  size: number;
  anchor?: 'start' | 'middle' | 'end';
}

export interface DrawnText {
  /** Path data of every glyph, placed; '' for blank text. */
  d: string;
  width: number;
  /** Characters no slice has a glyph for (drawn as nothing; the caller may fall back to `<text>`). */
  missing: string[];
}

export class TextOutliner {
  readonly #ranges: SliceRanges;
  readonly #load: (sliceId: string) => Promise<ArrayBuffer>;
  readonly #fonts = new Map<string, Font>();
  /** Code point → slice id, filled lazily. */
  readonly #sliceOf = new Map<number, string | null>();

  constructor(ranges: SliceRanges, load: (sliceId: string) => Promise<ArrayBuffer>) {
    this.#ranges = ranges;
    this.#load = load;
  }

  #slice(codePoint: number): string | null {
    const known = this.#sliceOf.get(codePoint);
    if (known !== undefined) return known;
    // The CSS lists a Latin slice after the numbered slices that also cover ASCII; the first match wins.
    const found =
      this.#ranges.slices.find((slice) => slice.ranges.some(([a, b]) => codePoint >= a && codePoint <= b))
        ?.id ?? null;
    this.#sliceOf.set(codePoint, found);
    return found;
  }

  /** Loads every slice the texts need; call once before `draw` and `measure`. */
  async prepare(texts: Iterable<string>): Promise<void> {
    const needed = new Set<string>();
    for (const text of texts) {
      for (const char of text) {
        const id = this.#slice(char.codePointAt(0)!);
        if (id !== null && !this.#fonts.has(id)) needed.add(id);
      }
    }
    await Promise.all(
      [...needed].map(async (id) => {
        this.#fonts.set(id, parse(await woffToSfnt(await this.#load(id))));
      }),
    );
  }

  #glyph(char: string) {
    const id = this.#slice(char.codePointAt(0)!);
    const font = id === null ? undefined : this.#fonts.get(id);
    if (!font) return null;
    const glyph = font.charToGlyph(char);
    return glyph.index === 0 ? null : { font, glyph };
  }

  /** Advance width of `text` at `size`, in user units. Missing characters count as one em. */
  measure(text: string, size: number): number {
    let width = 0;
    for (const char of text) {
      const found = this.#glyph(char);
      width += found ? ((found.glyph.advanceWidth ?? 0) / found.font.unitsPerEm) * size : size;
    }
    return width;
  }

  draw(text: string, options: DrawOptions): DrawnText {
    const { size, y, anchor = 'start' } = options;
    const width = this.measure(text, size);
    let x = anchor === 'middle' ? options.x - width / 2 : anchor === 'end' ? options.x - width : options.x;
    let d = '';
    const missing: string[] = [];
    for (const char of text) {
      const found = this.#glyph(char);
      if (!found) {
        if (!/\s/u.test(char)) missing.push(char);
        x += size;
        continue;
      }
      d += pathData(found.glyph.getPath(x, y, size).commands);
      x += ((found.glyph.advanceWidth ?? 0) / found.font.unitsPerEm) * size;
    }
    return { d, width, missing };
  }

  /** `text` cut with an ellipsis so it is at most `width` wide at `size`. */
  fit(text: string, size: number, width: number): string {
    if (this.measure(text, size) <= width) return text;
    const chars = [...text];
    while (chars.length > 1 && this.measure(`${chars.join('').trimEnd()}…`, size) > width) chars.pop();
    return `${chars.join('').trimEnd()}…`;
  }
}
