/**
 * When a position the engine gives is "the same place" as a labelled one. Every figure of the eval
 * rests on these rules, so they are small, exact and tested (tests/corpus/eval/match.test.ts).
 *
 * Positions are UTF-16 offsets into the one text both sides use (tests/corpus/app-text.ts). Each is
 * first moved forward over white space (line breaks, spaces, the U+3000 indentation of Chinese
 * paragraphs), because a section may begin at its line and a label at its first character; then the
 * two match when they are at most `slack` units apart:
 *
 *   - an outline node: `nodeSlack(marker)` = the labelled marker's length clamped to 2..4 UTF-16
 *     units (`一是` 2, `（一）` 3, `会议强调` 4, a heading's `""` 2). A node the engine starts right
 *     after its marker, or on the bracket before `一`, still matches; a node in the next clause does not.
 *   - a boundary (body start, opening end, closing, annex, trailing clutter): `BOUNDARY_SLACK`, 4.
 *     A boundary absent on both sides (no closing in the text, none found) is right; absent on one
 *     side only is wrong.
 *
 * `matchStarts` pairs predicted with labelled nodes one to one, nearest first (ties: earlier
 * labelled node, then earlier predicted node), so two predicted nodes next to one labelled node give
 * one hit and one false positive, never two hits.
 *
 * Example: in `会议强调，一是坚持…`, a labelled `一是` at 5 and a predicted node at 7 (after the
 * marker) match (|7 − 5| = 2 ≤ 2); a predicted node at 0 (`会议强调`) does not (5 > 2).
 */

/** UTF-16 units two boundaries may differ by and still be the same place. */
export const BOUNDARY_SLACK = 4;
/** Bounds of a node's slack, UTF-16 units. */
export const NODE_SLACK = { min: 2, max: 4 } as const;

const SPACE = /\s/u;

/** `at` moved forward over white space (never past the end of the text). */
export function skipSpace(text: string, at: number): number {
  let i = Math.max(0, Math.min(at, text.length));
  while (i < text.length && SPACE.test(text[i]!)) i++;
  return i;
}

export function nodeSlack(marker: string): number {
  return Math.min(NODE_SLACK.max, Math.max(NODE_SLACK.min, marker.length));
}

/** The distance between two positions once both are moved past white space. */
export function distance(text: string, a: number, b: number): number {
  return Math.abs(skipSpace(text, a) - skipSpace(text, b));
}

export function samePlace(text: string, a: number, b: number, slack: number): boolean {
  return distance(text, a, b) <= slack;
}

/** A boundary: both absent, or both present and at most `BOUNDARY_SLACK` apart. */
export function sameBoundary(text: string, predicted: number | null, labelled: number | null): boolean {
  if (predicted === null || labelled === null) return predicted === labelled;
  return samePlace(text, predicted, labelled, BOUNDARY_SLACK);
}

export interface Labelled {
  start: number;
  marker: string;
}

/**
 * One-to-one matches between predicted starts and labelled nodes, as index pairs
 * `[predicted, labelled]` sorted by labelled index.
 */
export function matchStarts(
  text: string,
  predicted: readonly { start: number }[],
  labelled: readonly Labelled[],
): [number, number][] {
  const at = predicted.map((p, i) => ({ i, pos: skipSpace(text, p.start) })).sort((x, y) => x.pos - y.pos);
  const candidates: { p: number; l: number; d: number }[] = [];
  labelled.forEach((node, l) => {
    const pos = skipSpace(text, node.start);
    const slack = nodeSlack(node.marker);
    // Binary search for the first predicted start at or after pos − slack.
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]!.pos < pos - slack) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < at.length && at[k]!.pos <= pos + slack; k++) {
      candidates.push({ p: at[k]!.i, l, d: Math.abs(at[k]!.pos - pos) });
    }
  });
  candidates.sort((x, y) => x.d - y.d || x.l - y.l || x.p - y.p);
  const usedP = new Set<number>();
  const usedL = new Set<number>();
  const out: [number, number][] = [];
  for (const { p, l } of candidates) {
    if (usedP.has(p) || usedL.has(l)) continue;
    usedP.add(p);
    usedL.add(l);
    out.push([p, l]);
  }
  return out.sort((x, y) => x[1] - y[1]);
}
