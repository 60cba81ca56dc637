/**
 * One document's figures: the engine's outline and boundaries against the labels.
 *
 * Outline nodes are matched level by level (`matchStarts` among the nodes of one level on each side),
 * so a node found at the wrong level is a miss at its labelled level and a false positive at the
 * engine's: a researcher lines items up level by level. Counts are kept per (level, style) cell:
 * hits and misses under the LABELLED style and level, false positives under the engine's. `anyLevel`
 * matches starts across all levels at once, to show how much is a level error rather than a missed
 * start. `ends`: of the nodes matched, how many end where the label ends them (`sameBoundary`).
 *
 * Boundaries (each right or wrong, see ./match):
 *   opening  the body starts at the label's `bodyStart` AND the opening ends where the first
 *            labelled node begins (or the closing, when the text has no outline);
 *   closing  the closing starts at `closingStart` (both absent is right);
 *   annex    the annex starts at `annexStart` (both absent is right);
 *   trail    the body ends where `trailStart` begins (at the end of the text when there is none).
 * Title: `title` where the text has the labelled title, `untitled` where it has none (./fields.ts).
 */
import type { ResolvedDoc } from '../labels';
import { CountsBy, noCounts, noTally, type Counts, type Tally } from './counts';
import { sameDate, samePlace as samePlaceName, sameTitle, titleInText } from './fields';
import { matchStarts, sameBoundary } from './match';
import type { Predicted } from './predicted';

export interface DocScore {
  id: string;
  labelled: number;
  predicted: number;
  /** Keyed `${level}|${style}`. */
  cells: CountsBy;
  anyLevel: Counts;
  ends: Tally;
  boundaries: { opening: boolean; closing: boolean; annex: boolean; trail: boolean };
  /** Judged when the text has the labelled title. */
  title: Tally;
  /** Judged when it does not (README: counted apart): right when the engine gives no title. */
  untitled: Tally;
  dates: Tally;
  place: Tally;
}

export const cellKey = (level: number, style: string) => `${level}|${style}`;

export function scoreDoc(doc: ResolvedDoc, predicted: Predicted): DocScore {
  const { text, nodes } = doc;
  const cells = new CountsBy();
  const ends: Tally = noTally();
  const levels = new Set([...nodes.map((n) => n.level), ...predicted.nodes.map((n) => n.level)]);
  for (const level of levels) {
    const labelled = nodes.filter((n) => n.level === level);
    const engine = predicted.nodes.filter((n) => n.level === level);
    const matches = matchStarts(text, engine, labelled);
    const hitP = new Set(matches.map(([p]) => p));
    const hitL = new Set(matches.map(([, l]) => l));
    labelled.forEach((n, l) => {
      if (hitL.has(l)) cells.at(cellKey(level, n.style)).tp++;
      else cells.at(cellKey(level, n.style)).fn++;
    });
    engine.forEach((n, p) => {
      if (!hitP.has(p)) cells.at(cellKey(level, n.style)).fp++;
    });
    for (const [p, l] of matches) {
      ends.of++;
      if (sameBoundary(text, engine[p]!.end, labelled[l]!.stop)) ends.right++;
    }
  }
  const all = matchStarts(text, predicted.nodes, nodes);
  const anyLevel = noCounts();
  anyLevel.tp = all.length;
  anyLevel.fp = predicted.nodes.length - all.length;
  anyLevel.fn = nodes.length - all.length;

  const label = doc.label;
  const openingEnd = nodes[0]?.start ?? doc.closingStart ?? doc.annexStart ?? doc.trailStart ?? text.length;
  const dates = noTally();
  for (const which of ['published', 'meeting'] as const) {
    const want = label.dates?.[which];
    if (want === undefined) continue;
    dates.of++;
    if (sameDate(predicted[which], want, text)) dates.right++;
  }
  const titled = titleInText(label.title, text);
  const place = noTally();
  if (label.place !== undefined) {
    place.of = 1;
    place.right = samePlaceName(predicted.place, label.place) ? 1 : 0;
  }
  return {
    id: label.id,
    labelled: nodes.length,
    predicted: predicted.nodes.length,
    cells,
    anyLevel,
    ends,
    boundaries: {
      opening:
        sameBoundary(text, predicted.bodyStart, doc.bodyStart) &&
        sameBoundary(text, predicted.openingEnd, openingEnd),
      closing: sameBoundary(text, predicted.closing, doc.closingStart),
      annex: sameBoundary(text, predicted.annex, doc.annexStart),
      trail: sameBoundary(text, predicted.bodyEnd, doc.trailStart ?? text.length),
    },
    title: titled ? { right: sameTitle(predicted.title, label.title) ? 1 : 0, of: 1 } : noTally(),
    untitled: titled ? noTally() : { right: predicted.title === undefined ? 1 : 0, of: 1 },
    dates,
    place,
  };
}
