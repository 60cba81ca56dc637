/**
 * A shared run's span widened over the brackets and quotation marks it leaves open. The phrase stage
 * matches Han characters only, so a run shared as `做到“两个维护”，` came out as `做到“两个维护`: an
 * opening quote with no close, in the highlight and in every export a reader cites (2.1 % of the
 * corpus pairs' phrases were unbalanced, most of them this way: `纲要（草案`, `共建“一带一路`,
 * `（一`). A mark left open inside the span is closed by the mark right after it, and a mark closed
 * inside it is opened by the mark right before it, when those are there; nothing else is added (no
 * Han character, no space), so the run's Han characters stay the ones both reports share. A closing
 * mark whose opening one stands further back (`…中心”建设`) stays as it is: the text between is not
 * shared.
 *
 * Works on the normalized text, where full-width brackets are folded to ASCII and corner quotes to
 * curly ones (`（` → `(`, `「` → `“`); the original forms are listed too, for text built by hand.
 *
 * Example: in `坚决做到“两个维护”，`, the span of `做到“两个维护` becomes that of `做到“两个维护”`;
 * in `《纲要(草案)》`, the span of `纲要(草案` becomes that of `纲要(草案)` (the 《 is not inside).
 */
import type { Range } from '../types';

/** Opening mark → its closing mark. */
const CLOSING: ReadonlyMap<string, string> = new Map([
  ['(', ')'],
  ['（', '）'],
  ['[', ']'],
  ['“', '”'],
  ['‘', '’'],
  ['《', '》'],
  ['〈', '〉'],
  ['「', '」'],
  ['『', '』'],
  ['【', '】'],
  ['〔', '〕'],
]);
const OPENING: ReadonlyMap<string, string> = new Map([...CLOSING].map(([open, close]) => [close, open]));

export function withBalancedMarks(text: string, span: Range): Range {
  // Marks are BMP characters: the span is read unit by unit.
  const open: string[] = [];
  const strayClosers: string[] = [];
  for (let i = span.start; i < span.end; i++) {
    const mark = text[i]!;
    if (CLOSING.has(mark)) open.push(mark);
    else if (OPENING.has(mark)) {
      if (open.length > 0 && open[open.length - 1] === OPENING.get(mark)) open.pop();
      else if (open.length === 0) strayClosers.push(mark);
      // A closer that does not match the innermost open mark: marks crossed in the text itself.
      else return span;
    }
  }
  let { start, end } = span;
  for (let k = open.length - 1; k >= 0 && text[end] === CLOSING.get(open[k]!); k--) end++;
  for (
    let k = 0;
    k < strayClosers.length && start > 0 && text[start - 1] === OPENING.get(strayClosers[k]!);
    k++
  )
    start--;
  return { start, end };
}
