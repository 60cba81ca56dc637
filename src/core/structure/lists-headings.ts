/**
 * Candidate lists of unnumbered headings, in three sizes:
 *
 * - heading LINES: a paragraph that is only a short title, no sentence punctuation, with text after it
 *   (`“十四五”时期工作回顾`, `感謝與承擔`, `决定扩大营业税改征增值税试点范围`). Each holds everything up
 *   to the next heading line, like a chapter.
 * - paragraph HEADINGS: a paragraph opening with a short comma-free sentence that names its topic, then
 *   goes on (`着力激发持续消费。深入开展提振消费专项行动，…`), one after another inside a `（一）` item.
 * - INLINE headings: the same short sentences inside one paragraph, each followed by its elaboration
 *   (`一是全力挖掘内需增长新潜能。…。主动抢抓政策先机。以…。多方释放消费潜力。大力实施…`).
 *
 * A list needs two headings. Runs are cut at paragraphs opening with a numbered marker at the
 * paragraph level, since those belong to another list. Scores sit below numbered lists: a heading line
 * 93 (it often holds `（一）` items), paragraph headings 60, inline headings 42.
 */

import type { OutlineStyle } from '../types';
import { closeItems, type Candidate } from './candidate';
import type { Marker } from './markers';
import { length, type Body, type Paragraph, type Sentence } from './units';

const LINE_MAX = 30;
const HEADING_MIN = 4;
const HEADING_MAX = 24;
const INLINE_MAX = 14;
/** Characters a heading never holds: sentence and clause punctuation. */
const HEADING_BREAKS = /[。！？!?；;，,：:]/;
const TITLE_PUNCT = /[，,；;：:]/;
const SALUTATION = /^(?:各位代表|同志们|各位委员)/;
/** A sentence reporting the event (`李克强主持会议。`) is news, not a heading. */
const EVENT = /召开|举行|主持|出席|参加|会见|发表/;
/** Inline headings are programmatic phrases: no figures, no enumeration comma. */
const NOT_INLINE = /[0-9０-９%、]/;
const INLINE_MIN = 3;
/**
 * A paragraph may be headed by a saying in two short halves (`悠悠万事，民生为大。今年再办好15件民生实事：
 * 一是…`), the one comma a heading holds, when the paragraph goes on to number its own points: a saying
 * before prose is an exhortation (`大道至简，实干为要。我们要大力弘扬…` closes a chapter).
 */
const COUPLET = /^[\u4e00-\u9fff]{2,6}，[\u4e00-\u9fff]{2,6}[。！]$/;
/**
 * A heading in two verb phrases (`加强科技创新，驱动能源转型。`, `用心用情用力，为民排忧解难。`): read as
 * a heading only in a run of `COUPLET_RUN` paragraphs or more in a row, each opening with one and going
 * on; one such saying alone is an exhortation.
 */
const COUPLET_HEADING = /^[\u4e00-\u9fff]{3,8}，[\u4e00-\u9fff]{3,8}[。！]$/;
const COUPLET_RUN = 3;
/** Numbered paragraphs that head chapters; unnumbered heading lines before them are their siblings. */
const CHAPTER_STYLES = new Set<OutlineStyle>(['chapter', 'di']);

export function isHeadingLine(body: Body, para: Paragraph, next: Paragraph | undefined): boolean {
  const { text } = body;
  // Asked of every paragraph: more than twice LINE_MAX UTF-16 units are more than LINE_MAX characters,
  // known without counting them or copying the paragraph out.
  if (para.end - para.start > 2 * LINE_MAX) return false;
  const n = length(text, para);
  if (n < 2 || n > LINE_MAX || HEADING_BREAKS.test(text.slice(para.start, para.end))) return false;
  return next !== undefined && length(text, next) > n;
}

/** The sentence is a short title: `着力激发持续消费。` (terminator included in the span). */
function titleSentence(body: Body, sentence: Sentence, max: number): boolean {
  const { text } = body;
  // The length first: asked of every sentence, it rules out nearly all of them without a copy. More
  // than twice `max + 1` UTF-16 units are more than `max + 1` characters, known without counting them.
  if (sentence.end - sentence.start > 2 * (max + 1)) return false;
  const n = length(text, sentence) - 1;
  if (n < HEADING_MIN || n > max) return false;
  const s = text.slice(sentence.start, sentence.end);
  return /[。！!]$/.test(s) && !TITLE_PUNCT.test(s) && !SALUTATION.test(s) && !EVENT.test(s);
}

export function headingLists(body: Body, markers: readonly Marker[], regionEnd: number): Candidate[] {
  const { paragraphs } = body;
  const numbered = new Set(markers.filter((m) => m.place === 'P').map((m) => m.paragraph));
  const numbersInside = new Set(markers.filter((m) => m.place !== 'P').map((m) => m.paragraph));
  const candidates: Candidate[] = [];
  /** Items starting at these paragraphs. */
  const startsOf = (run: readonly number[]) =>
    run.map((p, i) => ({ start: paragraphs[p]!.start, labelFrom: paragraphs[p]!.start, ordinal: i + 1 }));

  // Heading lines, in runs cut at numbered chapter headings (`一、`, `第一、`): a run of unnumbered
  // headings before numbered ones (`感謝與承擔`, then `第一、經濟結構的轉型`…) are their siblings, so the
  // last heading of the run ends where the numbered chapter begins.
  const chapters = new Set(
    markers.filter((m) => m.place === 'P' && CHAPTER_STYLES.has(m.style)).map((m) => m.paragraph),
  );
  let lines: number[] = [];
  const flushLines = (before?: number) => {
    if (lines.length >= 2) {
      const items = closeItems(body, startsOf(lines), regionEnd, true);
      const last = items.at(-1)!;
      if (before !== undefined && before < regionEnd) Object.assign(last, { end: before, open: false });
      candidates.push({ style: 'heading', items, score: 93, alwaysOpen: before === undefined });
    }
    lines = [];
  };
  // Paragraph headings, in runs cut at numbered paragraphs and heading lines.
  let run: number[] = [];
  const flushRun = () => {
    if (run.length >= 2)
      candidates.push({ style: 'heading', items: closeItems(body, startsOf(run), regionEnd), score: 60 });
    run = [];
  };

  // Paragraphs headed by two verb phrases, in a row.
  let couplets: number[] = [];
  const flushCouplets = () => {
    if (couplets.length >= COUPLET_RUN)
      candidates.push({
        style: 'heading',
        items: closeItems(body, startsOf(couplets), regionEnd),
        score: 60,
      });
    couplets = [];
  };

  paragraphs.forEach((para, p) => {
    if (para.start >= regionEnd) return;
    const opening = para.sentences[0];
    if (
      !numbered.has(p) &&
      opening !== undefined &&
      para.sentences.length > 1 &&
      COUPLET_HEADING.test(body.text.slice(opening.start, opening.end))
    )
      couplets.push(p);
    else flushCouplets();
    if (chapters.has(p)) flushLines(para.start);
    const headingLine = !numbered.has(p) && isHeadingLine(body, para, paragraphs[p + 1]);
    if (headingLine) lines.push(p);
    if (numbered.has(p) || headingLine) {
      flushRun();
    } else {
      const first = para.sentences[0];
      const heads =
        first !== undefined &&
        (titleSentence(body, first, HEADING_MAX) ||
          (numbersInside.has(p) && COUPLET.test(body.text.slice(first.start, first.end))));
      if (heads && para.sentences.length > 1) run.push(p);
    }
    // Inline headings after the paragraph's first sentence.
    const inline = para.sentences.filter(
      (s, i) =>
        i > 0 &&
        i + 1 < para.sentences.length &&
        titleSentence(body, s, INLINE_MAX) &&
        !NOT_INLINE.test(body.text.slice(s.start, s.end)) &&
        !titleSentence(body, para.sentences[i + 1]!, INLINE_MAX),
    );
    if (inline.length >= INLINE_MIN) {
      const starts = inline.map((s, i) => ({ start: s.start, labelFrom: s.start, ordinal: i + 1 }));
      candidates.push({
        style: 'heading',
        items: closeItems(body, starts, Math.min(regionEnd, para.end)),
        score: 42,
      });
    }
  });
  flushRun();
  flushLines();
  flushCouplets();
  return candidates;
}
