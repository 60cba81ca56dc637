/**
 * Shared runs do not run through numbers that differ. The phrase stage matches Han characters only
 * (the projection), so punctuation between them never breaks a run (`、` against `，`), but neither
 * did the figures that make a work report's sentences its own: `总额9.5万亿元、增长4.4%、贡献了` and
 * `总额2.1万亿元、增长8%、贡献了` read as one shared run 总额万亿元增长贡献了, highlighted across both
 * figures as if they were copied.
 *
 * A run is cut between two of its characters where the text between them holds digits or Latin
 * letters (after normalization, so full-width ones are folded) that are not the same on both sides;
 * pieces shorter than the shortest phrase are dropped. The same figures on both sides (`到2035年`)
 * keep the run whole.
 *
 * Example (minimum 2): the two texts above give 总额 | 万亿元增长 | 贡献了.
 */
import type { KindedMatch, PhraseSide } from './index';
import { normEnd } from './projection';

export function cutAtDifferingNumbers(
  matches: readonly KindedMatch[],
  left: PhraseSide,
  right: PhraseSide,
  minLength: number,
): KindedMatch[] {
  const shortest = Math.max(1, Math.floor(minLength));
  const out: KindedMatch[] = [];
  for (const m of matches) {
    let start = 0;
    for (let t = 1; t <= m.length; t++) {
      if (t < m.length && sameFigures(left, m.left + t - 1, right, m.right + t - 1)) continue;
      if (t - start >= shortest)
        out.push(
          start === 0 && t === m.length
            ? m
            : { left: m.left + start, right: m.right + start, length: t - start, kind: m.kind },
        );
      start = t;
    }
  }
  return out;
}

/** Whether the text after Han character `i` of one side and `j` of the other holds the same figures. */
function sameFigures(left: PhraseSide, i: number, right: PhraseSide, j: number): boolean {
  // Read per character of every shared run: the gaps as plain numbers, no object each.
  const leftFrom = normEnd(left.projection, i);
  const leftTo = left.projection.norm[i + 1]!;
  const rightFrom = normEnd(right.projection, j);
  const rightTo = right.projection.norm[j + 1]!;
  // Most characters of a run stand side by side on both sides: nothing between them to compare.
  if (leftFrom === leftTo && rightFrom === rightTo) return true;
  return figures(left.normalized, leftFrom, leftTo) === figures(right.normalized, rightFrom, rightTo);
}

const FIGURE = /[0-9A-Za-z]/u;

/** The digits and Latin letters of `text[start..end)`, in order, lower case. */
function figures(text: string, start: number, end: number): string {
  let out = '';
  for (let k = start; k < end; k++) if (FIGURE.test(text[k]!)) out += text[k]!.toLowerCase();
  return out;
}
