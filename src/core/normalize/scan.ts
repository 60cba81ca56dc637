/**
 * Pass 1 of the normalizer: original text → code points with their original spans.
 *
 * Decodes UTF-16 (lone surrogates are kept as themselves), turns every line break (`\r\n`, `\r`, `\n`,
 * NEL, U+2028/9) into one `\n`, drops zero-width characters and control characters, and removes pinyin
 * glosses: `戰(zhàn)` keeps `戰` and drops `(zhàn)`. Damaged glosses are dropped too:
 *   `?zhèn)`, `?(zhèn)`, `�zhèn)` — the Han character became `?`/U+FFFD: `?` stays, the rest goes;
 *   `戰zhàn)`, `戰(zhàn線` — a parenthesis was lost: the Han characters stay, the syllable goes.
 * Anything else in parentheses (`（一）`, `(試行)`, `(2020年)`, `各縣(區)`, English) is untouched.
 * Every dropped gloss is listed in `glosses` (the syllable with whatever parentheses it kept, never the
 * character before it), so the viewer can hide exactly those units.
 */

import { isHan } from '../text/han';
import { isControl, isInvisible, isLineBreak, isSpace } from './charClass';
import {
  type CodePoints,
  KIND_BREAK,
  KIND_HAN,
  KIND_OTHER,
  KIND_SPACE,
  allocateCodePoints,
  pushCodePoint,
} from './codePoints';
import { toneSyllableEnd } from './pinyin';
import type { Range } from '../types';
import type { NormalizeWarnings } from './warnings';

const NEWLINE = 0x0a;

function isOpenParen(unit: number): boolean {
  return unit === 0x28 || unit === 0xff08; // ( （
}

function isCloseParen(unit: number): boolean {
  return unit === 0x29 || unit === 0xff09; // ) ）
}

export function scan(text: string, warnings: NormalizeWarnings, glosses: Range[] = []): CodePoints {
  const n = text.length;
  const buf = allocateCodePoints(n);
  let i = 0;
  while (i < n) {
    // Lone surrogates come back as themselves, so broken text scans too.
    const cp = text.codePointAt(i)!;
    const next = i + (cp > 0xffff ? 2 : 1);

    // Every space, break, control and invisible character sits below U+3400 except the BOM: most
    // Chinese text skips these checks.
    if (cp < 0x3400 || cp === 0xfeff) {
      if (cp === 0x0d) {
        const end = next < n && text.charCodeAt(next) === NEWLINE ? next + 1 : next;
        pushCodePoint(buf, NEWLINE, KIND_BREAK, i, end);
        i = end;
        continue;
      }
      if (isLineBreak(cp)) {
        if (cp === 0x85) warnings.note(warnings.controls, i, next);
        pushCodePoint(buf, NEWLINE, KIND_BREAK, i, next);
        i = next;
        continue;
      }
      if (isSpace(cp)) {
        if (isControl(cp)) warnings.note(warnings.controls, i, next);
        pushCodePoint(buf, cp, KIND_SPACE, i, next);
        i = next;
        continue;
      }
      if (isInvisible(cp)) {
        i = next;
        continue;
      }
      if (isControl(cp)) {
        warnings.note(warnings.controls, i, next);
        i = next;
        continue;
      }
    }

    if (cp >= 0xd800 && cp <= 0xdfff) warnings.note(warnings.surrogates, i, next);
    if (cp === 0xfffd) warnings.note(warnings.replacements, i, next);

    const han = isHan(cp);
    pushCodePoint(buf, cp, han ? KIND_HAN : KIND_OTHER, i, next);
    i = next;
    const from = i;
    if (han) i = skipGlossAfterHan(text, i, warnings);
    else if (cp === 0x3f || cp === 0xff1f || cp === 0xfffd) i = skipGlossAfterLostChar(text, i, warnings);
    if (i > from) glosses.push({ start: from, end: i });
  }
  return buf;
}

/** After a Han character at `i`: skips `(zhàn)` or a gloss that lost one parenthesis. */
function skipGlossAfterHan(text: string, i: number, warnings: NormalizeWarnings): number {
  if (i >= text.length) return i;
  const unit = text.charCodeAt(i);
  if (isOpenParen(unit)) {
    const end = toneSyllableEnd(text, i + 1);
    if (end < 0 || end >= text.length) return i;
    if (isCloseParen(text.charCodeAt(end))) {
      warnings.note(warnings.glosses, i, end + 1, text.slice(i, end + 1));
      return end + 1;
    }
    // `戰(zhàn線`: the closing parenthesis was lost; only trust it when Chinese text follows at once.
    if (isHan(text.codePointAt(end)!)) {
      warnings.noteDamagedGloss(i, end, text.slice(i, end), false);
      return end;
    }
    return i;
  }
  // `戰zhàn)`: the opening parenthesis was lost.
  const end = toneSyllableEnd(text, i);
  if (end >= 0 && end < text.length && isCloseParen(text.charCodeAt(end))) {
    warnings.noteDamagedGloss(i, end + 1, text.slice(i, end + 1), false);
    return end + 1;
  }
  return i;
}

/** After `?` or U+FFFD at `i - 1`: skips `zhèn)` or `(zhèn)`, the gloss of the character that was lost. */
function skipGlossAfterLostChar(text: string, i: number, warnings: NormalizeWarnings): number {
  if (i >= text.length) return i;
  const from = isOpenParen(text.charCodeAt(i)) ? i + 1 : i;
  const end = toneSyllableEnd(text, from);
  if (end < 0 || end >= text.length || !isCloseParen(text.charCodeAt(end))) return i;
  warnings.noteDamagedGloss(i - 1, end + 1, text.slice(i - 1, end + 1), true);
  return end + 1;
}
