/**
 * Candidate lists of units that open the same way, without numbers: runs of `要…`, `必须…`, `坚持…`,
 * `——这五年，…`, `五年来，我们…`, `全力稳就业，…全力稳企业，…`, `着力…，着力…`.
 *
 * Units are read at four sizes, each in its own scope: paragraphs (by their first words), sentences
 * of one paragraph, `；` pieces of one sentence, and clauses of one sentence. A unit's KEY is how it
 * opens once a speaker's lead-in (`张剡强调，`) is set aside: `要` or `——` alone (they are list marks
 * in themselves), else its first two characters. Units sharing a key form a run; other units between
 * them belong to the item before (the elaboration of a topic). A run needs three units, or two when
 * the key is `要`, `——` or `必须`; a key from `NOT_LIST_OPENERS` (`同时`, `全省`…) never makes one.
 *
 *   `要加强领导，形成合力。elaboration。要各负其责，增强合力。elaboration。` → sentences, key `要`,
 *   two items, the first at `要加强`, the second at `要各负`, the last ending with the paragraph.
 *
 * Scores: paragraph runs 62 (55 with a plain key), sentence runs 46, `；` pieces 38, clauses 34. The
 * item starts after the lead-in, at the key (labels begin a topic at its `要`).
 */

import { closeItems, type Candidate } from './candidate';
import { leadInEnd } from './speech-act';
import type { Span } from './text-spans';
import type { Body } from './units';

/** Keys that mark a list by themselves; two units suffice. */
const STRONG_KEYS = new Set(['要', '——', '必须']);
/** Openers that repeat in running prose without making a list. */
const NOT_LIST_OPENERS = new Set([
  '同时',
  '全省',
  '全市',
  '全区',
  '全县',
  '今年',
  '目前',
  '其中',
  '此外',
  '另外',
  '但是',
  '因此',
  '所以',
  '这个',
  '这些',
  '一个',
  '我国',
  '他说',
  '会议',
  '习近',
  '中共',
  '各位',
]);
/** Characters after `要` that make it part of a word (`要求`, `要点`), not the topic mark. */
const YAO_WORDS = '求点素害闻务件紧么是员';

interface Unit {
  /** Where the item starts (after any lead-in). */
  start: number;
  key: string;
  /** True when a speaker's lead-in came first: a new speech point, so runs before it end. */
  led: boolean;
}

/** `俞正声希望各民主党派…`: a name and a wish, the wish opening the unit. */
const WISH = /^[\u4e00-\u9fff]{2,4}(?=希望)/;

function unitAt(text: string, span: Span): Unit | null {
  let lead = leadInEnd(text, span);
  if (lead < 0) {
    const wish = WISH.exec(text.slice(span.start, span.start + 8));
    if (wish) lead = span.start + wish[0].length;
  }
  const led = lead >= 0;
  const start = led ? lead : span.start;
  if (span.end - start < 4) return null;
  if (text.startsWith('——', start)) return { start, key: '——', led };
  if (text[start] === '要' && !YAO_WORDS.includes(text[start + 1] ?? '')) return { start, key: '要', led };
  const key = text.slice(start, start + 2);
  if (!/^[\u4e00-\u9fff]{2}$/.test(key) || NOT_LIST_OPENERS.has(key)) return led ? { start, key: '', led } : null;
  return { start, key, led };
}

/** Most units between two members of one run; a longer gap starts a new run. */
const MAX_GAP = 3;

/** Runs of equal keys among `units` (in text order; other units between members are elaboration). */
function runs(units: readonly (Unit | null)[]): Unit[][] {
  const open = new Map<string, { units: Unit[]; last: number }>();
  const done: Unit[][] = [];
  units.forEach((unit, i) => {
    if (!unit) return;
    if (unit.led) {
      for (const run of open.values()) done.push(run.units);
      open.clear();
    }
    if (unit.key === '') return;
    const run = open.get(unit.key);
    if (run && i - run.last <= MAX_GAP) {
      run.units.push(unit);
      run.last = i;
      return;
    }
    if (run) done.push(run.units);
    open.set(unit.key, { units: [unit], last: i });
  });
  for (const run of open.values()) done.push(run.units);
  return done.filter((r) => r.length >= (STRONG_KEYS.has(r[0]!.key) ? 2 : 3));
}

export function runLists(body: Body, regionEnd: number, cuts: ReadonlySet<number>): Candidate[] {
  const { text, paragraphs } = body;
  const candidates: Candidate[] = [];
  const push = (run: Unit[], limit: number, score: number, style: 'topic-run' | 'lead-phrase') => {
    const items = closeItems(
      body,
      run.map((u, i) => ({ start: u.start, labelFrom: u.start, ordinal: i + 1 })),
      Math.min(limit, regionEnd),
    );
    candidates.push({ style, items, score });
  };

  // Paragraphs, in stretches between the cuts (paragraphs opening with a numbered marker).
  let stretch: (Unit | null)[] = [];
  const flush = () => {
    for (const run of runs(stretch)) push(run, regionEnd, STRONG_KEYS.has(run[0]!.key) ? 62 : 55, 'topic-run');
    stretch = [];
  };
  for (const para of paragraphs) {
    if (para.start >= regionEnd) break;
    if (cuts.has(para.index)) {
      flush();
      continue;
    }
    const first = para.sentences[0];
    stretch.push(first ? unitAt(text, first) : null);
  }
  flush();

  for (const para of paragraphs) {
    if (para.start >= regionEnd) break;
    for (const run of runs(para.sentences.map((s) => unitAt(text, s)))) {
      push(run, para.end, 46, run[0]!.key === '要' ? 'topic-run' : 'lead-phrase');
    }
    for (const sentence of para.sentences) {
      if (sentence.pieces.length >= 3) {
        for (const run of runs(sentence.pieces.map((p) => unitAt(text, p)))) push(run, sentence.end, 38, 'lead-phrase');
      }
      if (sentence.clauses.length >= 3) {
        for (const run of runs(sentence.clauses.map((c) => unitAt(text, c)))) push(run, sentence.end, 34, 'lead-phrase');
      }
    }
  }
  return candidates;
}
