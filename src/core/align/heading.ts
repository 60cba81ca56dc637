/**
 * A section's HEADING, as the aligner compares it (`headingSimilarity`, `HEADING_BOOST`): the words
 * that title the section, read from the start of its normalized text. Its first sentence or its first
 * line, whichever ends first, at most `HEADING_MAX` units, without the list marker that opens it or the
 * speaker a news point opens with.
 *
 * Examples: `（一）着力扩大内需。坚持把恢复和扩大消费…` → `着力扩大内需`;
 * `会议指出，当前外部环境变化带来的不利影响加深…` → `当前外部环境变化带来的不利影响加深`.
 */

/**
 * A section's own words before any list marker: `（一）加力扩内需稳增长` → `加力扩内需稳增长`, `一是强化…`
 * → `强化…` (left in, the `是` of every point was a word two headings shared).
 */
const LEADING_MARKER =
  /^[\s（(]*(?:[一二三四五六七八九十百零〇两]+|[0-9]+)(?:是|要)?[）)、．.，,]?\s*|^第[一二三四五六七八九十]+[、，,是条]?/u;
/**
 * Who said it, before what was said: `张剡强调，` `会议指出，` `陈志刚在讲话中指出：`. Two news points share
 * their speech verb whatever they are about, so a heading is read without it (the frames of the samples
 * paired on 强调 alone).
 */
const LEADING_SPEAKER = /^[^，,。；：:\n]{0,12}?(?:指出|强调|要求|认为|表示|提出|说)[，,：:]\s*/u;
/** Longest heading read, UTF-16 units: a first line longer than this is a paragraph, read in part. */
export const HEADING_MAX = 40;
/**
 * Where a heading ends within its line: a work report's item opens with its title as a sentence and runs
 * on in the same paragraph (`（一）着力扩大内需。坚持把…`), so the words after the first stop are the
 * item's detail, not its title. On the labelled corpus (`npm run eval`, with `PAIR_THRESHOLD` 0.11):
 * pair agreement 0.722 → 0.737, wrong pairs 0.043 → 0.030.
 */
const HEADING_STOP = /[。！？；]/;

/** The heading of the section spanning `start`..`end` of the normalized `text`. */
export function headingAt(text: string, start: number, end: number): string {
  const lineEnd = text.indexOf('\n', start);
  const stop = Math.min(end, start + HEADING_MAX, lineEnd < 0 ? end : lineEnd);
  const line = text.slice(start, stop).replace(LEADING_MARKER, '').replace(LEADING_SPEAKER, '');
  const sentenceEnd = line.search(HEADING_STOP);
  return sentenceEnd > 0 ? line.slice(0, sentenceEnd) : line;
}
