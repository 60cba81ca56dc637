/**
 * A set of UTF-16 code units (BMP punctuation, in practice) asked by index into a string, for the
 * structure stage's per-character scans: a 64 KB byte table answers `has` with one load, where a `Set`
 * of one-character strings made a string of each character asked and hashed it (the sentence, clause
 * and closer tests were the busiest lines of the structure stage on two provincial reports).
 *
 * Example: `const ends = new UnitSet('。！？')`; `ends.at('好。', 1)` → true, `ends.at('好。', 0)` →
 * false, `ends.at('好。', 2)` → false (past the end), `ends.hasChar('？')` → true, `ends.hasChar('。。')`
 * → false (not one unit), `ends.hasChar(undefined)` → false.
 */
export class UnitSet {
  /** 1 for each unit in the set. */
  private readonly table = new Uint8Array(0x10000);

  /** `units`: every UTF-16 unit of the string is in the set. */
  constructor(units: string) {
    for (let i = 0; i < units.length; i++) this.table[units.charCodeAt(i)] = 1;
  }

  /** Whether the unit `code` (0..0xFFFF) is in the set; anything else is not. */
  has(code: number): boolean {
    return this.table[code] === 1;
  }

  /** Whether `text[i]` is in the set (false past either end). */
  at(text: string, i: number): boolean {
    // charCodeAt is NaN past either end, and a NaN index reads undefined.
    return this.table[text.charCodeAt(i)] === 1;
  }

  /** Whether `ch` is one unit in the set, as `Set<string>.has` of one-unit strings answers. */
  hasChar(ch: string | undefined): boolean {
    return ch !== undefined && ch.length === 1 && this.table[ch.charCodeAt(0)] === 1;
  }
}
