/**
 * Collects what the normalizer noticed about the input and turns it into the user's warnings: one
 * warning per kind with a count and the first place, except damaged glosses, which are listed one by
 * one (up to a cap) because each marks a spot where a character was lost.
 */

import type { Range, Warning } from '../types';
import { groupedDigits } from '../text/digits';

/** Damaged glosses listed individually; the rest are summed up in one more warning. */
const MAX_DAMAGED_LISTED = 20;

interface Tally {
  count: number;
  first?: Range;
  /** Original text of the first occurrence, for glosses: shown to the user as an example. */
  example?: string;
}

export class NormalizeWarnings {
  readonly glosses: Tally = { count: 0 };
  readonly replacements: Tally = { count: 0 };
  readonly surrogates: Tally = { count: 0 };
  readonly controls: Tally = { count: 0 };
  private readonly damaged: { range: Range; text: string; lostChar: boolean }[] = [];
  private damagedCount = 0;

  note(tally: Tally, start: number, end: number, example?: string): void {
    if (tally.count === 0) {
      tally.first = { start, end };
      if (example !== undefined) tally.example = example;
    }
    tally.count++;
  }

  /** `lostChar`: the gloss follows `?` or U+FFFD, i.e. its Han character was destroyed. */
  noteDamagedGloss(start: number, end: number, text: string, lostChar: boolean): void {
    this.damagedCount++;
    if (this.damaged.length < MAX_DAMAGED_LISTED)
      this.damaged.push({ range: { start, end }, text, lostChar });
  }

  toWarnings(): Warning[] {
    const out: Warning[] = [];
    const { glosses, replacements, surrogates, controls } = this;
    if (glosses.count > 0) {
      out.push({
        code: 'gloss-stripped',
        message:
          `Left out ${plural(glosses.count, 'pinyin gloss', 'pinyin glosses')} written after Han characters ` +
          `(such as “${glosses.example ?? ''}”): they stay in the text but are not compared.`,
        ...where(glosses),
      });
    }
    for (const d of this.damaged) {
      out.push({
        code: 'damaged-gloss',
        message: d.lostChar
          ? `The damaged pinyin gloss “${d.text}” marks a Han character lost in an earlier conversion; that spot cannot be compared.`
          : `The pinyin gloss “${d.text}” has lost a parenthesis; it is left out of the comparison.`,
        range: d.range,
      });
    }
    const unlisted = this.damagedCount - this.damaged.length;
    if (unlisted > 0) {
      out.push({
        code: 'damaged-gloss',
        message: `${plural(unlisted, 'more damaged pinyin gloss was', 'more damaged pinyin glosses were')} found and left out of the comparison.`,
        count: unlisted,
      });
    }
    if (replacements.count > 0) {
      out.push({
        code: 'replacement-char',
        message: `The text contains ${plural(replacements.count, 'U+FFFD replacement character', 'U+FFFD replacement characters')} (�): an earlier decoding went wrong, and those characters cannot be compared.`,
        ...where(replacements),
      });
    }
    if (surrogates.count > 0) {
      out.push({
        code: 'lone-surrogate',
        message: `The text contains ${plural(surrogates.count, 'half of a UTF-16 surrogate pair', 'halves of UTF-16 surrogate pairs')}: it was cut in the middle of a character, which is kept but cannot be compared.`,
        ...where(surrogates),
      });
    }
    if (controls.count > 0) {
      out.push({
        code: 'control-char',
        message: `The text contains ${plural(controls.count, 'invisible control character', 'invisible control characters')}, a sign of a damaged copy; they are ignored in the comparison.`,
        ...where(controls),
      });
    }
    return out;
  }
}

function where(tally: Tally): { range?: Range; count?: number } {
  const out: { range?: Range; count?: number } = {};
  if (tally.first) out.range = tally.first;
  if (tally.count > 1) out.count = tally.count;
  return out;
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? `one ${one}` : `${groupedDigits(n)} ${many}`;
}
