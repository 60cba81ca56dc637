/**
 * Candidate lists of units that open the same way, without numbers: runs of `要…`, `必须…`, `坚持…`,
 * `——这五年，…`, `五年来，我们…`, `全力稳就业，…全力稳企业，…`, `着力…，着力…`.
 *
 * Units are read at four sizes, each in its own scope: paragraphs (by their first words), sentences
 * of one paragraph, `；` pieces of one sentence, and clauses of one sentence. A unit's KEY is how it
 * opens once a speaker's lead-in (`张剡强调，`) is set aside: `要` or `——` alone (they are list marks
 * in themselves), else its first two characters. Units sharing a key form a run; other units between
 * them belong to the item before (the elaboration of a topic). A run needs three units, or two when
 * the key is `——` or `必须`, or `要` after a speaker's lead-in (`runMin`); a key from
 * `NOT_LIST_OPENERS` (`同时`, `全省`…) never makes one.
 *
 *   `要加强领导，形成合力。elaboration。要各负其责，增强合力。elaboration。` → sentences, key `要`,
 *   two items, the first at `要加强`, the second at `要各负`, the last ending with the paragraph.
 *
 * Sentences may also be keyed by how their subject ends before `要` (`宏观政策要…。结构性政策要…。`:
 * `政策要`), and a run's first member may open after a lead inside the unit before it
 * (`…我们体会到，必须A；必须B；必须C`: `withLeadClauses`).
 *
 * Sentences headed by a short clause (`打造数智产业集群。…`, `巩固传统消费，…`) also form runs among
 * themselves, so a point's long detail between two members does not break the run; such a run never
 * skips a sentence that opens alike (`skipsAlike`). A run whose items open on figures
 * (`城镇新增就业52万人，城镇调查失业率…`) is a table of results, never a list (`statistics`).
 *
 * Scores: paragraph runs 62 (55 with a plain key), sentence runs 48 (46 with a plain key, 47 for
 * headed, end-keyed and subject-keyed sentences), `；` pieces 38 (50 when every piece of the sentence
 * opens alike), clauses 34. The item starts after the lead-in, at the key (labels begin a topic at its
 * `要`). A key that marks a list
 * by itself (`要`, `——`, `必须`) is the item's marker; any other key is only the item's first two
 * characters (`五年来，…` keys `五年`), so the item has no marker and its label starts with them: the
 * outline reads `五年来，我们…`, not `五年 来，我们…`.
 */

import { closeItems, type Candidate } from './candidate';
import { statesFigure } from './figures';
import { leadInEnd, saidYaoAt, wishAt } from './speech-act';
import { countCodePoints } from '../text/code-points';
import { UnitSet } from '../text/unit-set';
import { codePointLength, isBasicHan, splitClauses, type Span } from './text-spans';
import type { Body } from './units';

/** Keys that mark a list by themselves; two units suffice. */
const STRONG_KEYS = new Set(['要', '——', '必须']);
/**
 * Inside one sentence, clauses make a list only when they repeat a word that marks a programme
 * (`必须…，必须…`, `着力…，着力…`, `更加…，更加…`, `坚决…，坚决…`). A repeated content verb or noun
 * (`坚持…，坚持…`, `加快…，加快…`, `城镇…，城镇…`) is the ordinary parallel rhythm of official prose, not
 * an enumeration a reader lines up: on the labelled corpus such clause runs were wrong four times in five.
 */
const CLAUSE_LIST_KEYS = new Set(['着力', '更加', '坚决', '切实', '聚焦', '全力', '始终']);
/** A clause run on a programme word, or announced by a `要` before its first member (`要坚持…，坚持…`). */
function programmeRun(text: string, run: readonly Unit[]): boolean {
  const key = run[0]!.key;
  return STRONG_KEYS.has(key) || CLAUSE_LIST_KEYS.has(key) || text[run[0]!.start - 1] === '要';
}

/** Openers that repeat in running prose without making a list (`./lists-semicolon` heeds them too). */
export const NOT_LIST_OPENERS = new Set([
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
  // `过去一年，…` ×3 in a work report's review: a time frame repeated, not topics (gwr2026-nx).
  '过去',
]);
/**
 * `煤炭智能绿色安全开采方面，抓好…。新一代煤电升级方面，实施…。`: a first clause naming an area closes
 * with `方面`; such units open alike at their END, so their key is `方面`. The clause is 3..20 units.
 * Sticky, read where the unit starts (`areaClauseAt`).
 */
const AREA_CLAUSE = /[^，。；：！？\n]{3,20}方面[，：]/y;
/** Most UTF-16 units an area clause and its mark take. */
const AREA_CLAUSE_MAX = 24;

/**
 * Whether an area clause opens at `start` and ends before `end`. Read in the text itself, not in a
 * slice of it (a string made for every unit): the clause ends at its first `，` or `：` (its body holds
 * neither), so a match is the only one there is, and it lies inside the bound or nowhere.
 */
export function areaClauseAt(text: string, start: number, end: number): boolean {
  if (!mianWhereAreaClauseEnds(text, start, end)) return false;
  AREA_CLAUSE.lastIndex = start;
  return AREA_CLAUSE.test(text) && AREA_CLAUSE.lastIndex <= Math.min(end, start + AREA_CLAUSE_MAX);
}
const MIAN = 0x9762; // 面

/**
 * Whether a `面` stands where an area clause at `start` would have it: 4..21 units on (after 3..20
 * of the clause and its `方`), two before the match's end, which is at `end` or before. Without one,
 * `AREA_CLAUSE` cannot match: a look at a few units spares the expression's backtracking at nearly
 * every unit of the body.
 */
function mianWhereAreaClauseEnds(text: string, start: number, end: number): boolean {
  const last = Math.min(start + 21, end - 2);
  for (let i = start + 4; i <= last; i++) if (text.charCodeAt(i) === MIAN) return true;
  return false;
}

/** Characters after `要` that make it part of a word (`要求`, `要点`), not the topic mark. */
const YAO_WORDS = '求点素害闻务件紧么是员';
const YAO = 0x8981; // 要
/**
 * `紧` after `要` opens a verb (`要紧扣…`, `要紧抓…`, `要紧盯…`) when one of these follows it: the `要` is
 * the topic mark then, not the word `要紧` (mn-2024's `要紧抓关键环节…` is the third of four topics).
 */
const TIGHT_VERBS = '抓扣盯跟贴密紧握守靠';

/** Whether the `要` at `at` begins a word (`要求`, `要紧`) rather than marking a topic. */
function yaoWordAt(text: string, at: number): boolean {
  const next = text[at + 1] ?? '';
  if (next === '紧') return !TIGHT_VERBS.includes(text[at + 2] ?? '');
  return YAO_WORDS.includes(next);
}

interface Unit {
  /** Where the item starts (after any lead-in). */
  start: number;
  key: string;
  /** True when a speaker's lead-in came first: a new speech point, so runs before it end. */
  led: boolean;
}

/** The unit opening at `span`; `lead` says whether to look for a speaker's lead-in first. */
function unitAt(text: string, span: Span, lead = true): Unit | null {
  let leadEnd = lead ? leadInEnd(text, span) : -1;
  if (lead && leadEnd < 0) leadEnd = wishAt(text, span);
  const led = leadEnd >= 0;
  const start = led ? leadEnd : span.start;
  if (span.end - start < 4) return null;
  const c0 = text.charCodeAt(start);
  const c1 = text.charCodeAt(start + 1);
  if (c0 === 0x2014 && c1 === 0x2014) return { start, key: '——', led };
  if (c0 === YAO && !yaoWordAt(text, start)) return { start, key: '要', led };
  if (areaClauseAt(text, start, span.end)) return { start, key: '方面', led };
  const key = text.slice(start, start + 2);
  if (!isBasicHan(c0) || !isBasicHan(c1) || NOT_LIST_OPENERS.has(key))
    return led ? { start, key: '', led } : null;
  return { start, key, led };
}

/** Clauses shorter than this on average (UTF-16 units) need `SHORT_RUN_MIN` members to make a list. */
const SHORT_CLAUSE = 10;
const SHORT_RUN_MIN = 4;

/**
 * A `要` sentence that states a topic rather than a detail: at most three clauses, the first 2..8
 * characters after `要` (`要统一思想，凝聚共识，明确方向。`), none longer than 20.
 */
function programmatic(text: string, sentence: Span, at: number): boolean {
  const clauses = splitClauses(text, { start: at, end: sentence.end });
  if (clauses.length === 0 || clauses.length > 3) return false;
  const first = codePointLength(text, { start: at + 1, end: clauses[0]!.end });
  return first >= 2 && first <= 8 && clauses.every((c) => codePointLength(text, c) <= 20);
}

/**
 * `要着力坚持好…，着力抓实…，着力推进…。`: the sentence's `要` governs a clause list on a programme word
 * (three clauses or more opening with it), so the sentence is that list's lead, not a `要` topic beside
 * the sentence before (`要把学习贯彻…抓紧抓好。`): the clauses are the items.
 */
function governsClauseList(text: string, sentence: Span, at: number): boolean {
  const key = text.slice(at + 1, at + 3);
  if (!CLAUSE_LIST_KEYS.has(key)) return false;
  const clauses = splitClauses(text, { start: at + 1, end: sentence.end });
  return clauses.filter((c) => text.startsWith(key, c.start)).length >= 3;
}

/** A clause's unit, its `要` set aside: `…，要着力坚持好…，着力抓实…` repeats `着力`, not `要`. */
function clauseUnit(text: string, clause: Span): Unit | null {
  // A clause ends at a comma, so it never holds a lead-in; but its speaker may say `要` at once.
  const said = saidYaoAt(text, clause);
  const unit = said >= 0 ? { start: said, key: '要', led: false } : unitAt(text, clause, false);
  if (unit?.key !== '要') return unit;
  const start = unit.start + 1;
  const key = text.slice(start, start + 2);
  return /^[\u4e00-\u9fff]{2}$/.test(key) && !NOT_LIST_OPENERS.has(key)
    ? { start, key, led: unit.led }
    : null;
}

/**
 * A subject the later members of a run leave out (`我们深刻认识到，…。深刻认识到，…`), with its modal
 * (`我们要坚决做到A，…。坚决做到B，…。`), longest first.
 */
const SUBJECTS = ['我们要', '我们'];
/** Sentences after a lead that must open with its clause's key. */
const LEAD_FOLLOWERS = 2;
/** Characters a lead's clause shares with the next sentence's opening when the key is not `要`/`必须`. */
const LEAD_CLAUSE_SHARED = 4;

/**
 * The first member of a run may open inside the unit before the others, after that unit's lead:
 * `回顾五年历程，我们体会到，必须A；必须B；必须C。` (the first `；` piece), or a paragraph's first
 * sentence `实践启示我们，必须A。` before `必须B。必须C。`. A unit whose successor opens with a key of
 * its own (`必须`) is replaced by its one later clause opening with that key (or with `我们` or `我们要`
 * and then the key, which may be its first clause): that clause is the member, what comes before it is
 * the lead. Among `；` pieces every later piece must open with the key (the plainest parallel form);
 * among sentences the next two must, and a clause whose key does not mark a list by itself must open
 * with the next member's first four characters (`深刻认识到`), since a verb of two (`加快`) opens clauses
 * of any prose. A lead with two such clauses holds a clause list of its own
 * (`…，必须A，走…之路，必须B，走…之路。必须C。`) and is left as it is.
 */
function withLeadClauses(
  text: string,
  spans: readonly Span[],
  units: (Unit | null)[],
  scope: 'pieces' | 'sentences',
): (Unit | null)[] {
  for (let i = 0; i + 1 < units.length; i++) {
    const next = units[i + 1];
    if (!next || next.key === '' || next.key === '——' || units[i]?.key === next.key) continue;
    const last = scope === 'pieces' ? units.length - 1 : i + LEAD_FOLLOWERS;
    if (last >= units.length) continue;
    let alike = true;
    for (let j = i + 2; j <= last && alike; j++) alike = units[j]?.key === next.key;
    if (!alike) continue;
    const span = spans[i]!;
    let found: Unit | null = null;
    let count = 0;
    // The unit's own first clause may be the member too, once its subject is set aside.
    for (const clause of splitClauses(text, span)) {
      const subject = SUBJECTS.find((w) => text.startsWith(w, clause.start));
      if (clause.start === span.start && subject === undefined) continue;
      const at = clause.start + (subject?.length ?? 0);
      const unit = unitAt(text, { start: at, end: span.end }, false);
      if (unit?.key === next.key) [found, count] = [unit, count + 1];
    }
    if (!found || count > 1) continue;
    const shared =
      text.slice(found.start, found.start + LEAD_CLAUSE_SHARED) ===
      text.slice(next.start, next.start + LEAD_CLAUSE_SHARED);
    if (scope === 'pieces' || STRONG_KEYS.has(next.key) || shared) units[i] = found;
  }
  return units;
}

/** Whether `span` holds a Han character (a paragraph of figures or symbols alone does not). */
function hasHan(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (isBasicHan(text.charCodeAt(i))) return true;
  return false;
}

/** Runs of the non-null units, a new run at each unit after a lead-in; runs of two or more. */
function splitAtLeads(units: readonly (Unit | null)[]): Unit[][] {
  const out: Unit[][] = [];
  for (const u of units) {
    if (!u) continue;
    if (u.led || out.length === 0) out.push([u]);
    else out.at(-1)!.push(u);
  }
  return out.filter((r) => r.length >= 2);
}

/** Most units between two members of one run; a longer gap starts a new run. */
const MAX_GAP = 3;
/**
 * The same for `要` topics, a list mark in themselves: a topic's detail may take four sentences
 * (mn-2025's `要继续实施更加积极的财政政策。` is followed by three before the next `要`). On the
 * labelled corpus 4 to 8 measure the same.
 */
const YAO_GAP = 5;

/** Most units compared pairwise for a repeated key; more are left to the map of `runs`. */
const PAIRWISE_MAX = 12;

/**
 * Whether two units share a key, as a run needs (false also when fewer than two are present). A few
 * units, as a sentence has clauses, are compared pairwise: that spares the map and the closure of
 * `runs` for the thousands of sentences whose clauses all open differently.
 */
function repeatsAKey(units: readonly (Unit | null)[]): boolean {
  if (units.length > PAIRWISE_MAX) return units.filter((u) => u !== null).length >= 2;
  for (let i = 0; i < units.length; i++) {
    const key = units[i]?.key;
    if (key === undefined || key === '') continue;
    for (let j = i + 1; j < units.length; j++) if (units[j]?.key === key) return true;
  }
  return false;
}

/**
 * Fewest members of a run opening like `first`: three, or two for a key that marks a list by itself
 * (`——`, `必须`, and `要` when a speaker's lead-in opens the run: `会议强调，要A。要B。`). Two `要`
 * sentences with no speaker before them (`二是促进形成强大国内市场。要努力满足最终需求…。要发挥投资
 * 关键作用…。`) are one point's detail: the labels never list two such (mn-2018, the Panzhihua sample).
 */
function runMin(first: Unit): number {
  if (first.key === '要') return first.led ? 2 : 3;
  return STRONG_KEYS.has(first.key) ? 2 : 3;
}

/**
 * Runs of equal keys among `units` (in text order; other units between members are elaboration), at
 * most `maxGap` apart (`MAX_GAP`, `YAO_GAP` for `要` when not given).
 */
function runs(units: readonly (Unit | null)[], maxGap?: number): Unit[][] {
  if (!repeatsAKey(units)) return [];
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
    if (run && i - run.last <= (maxGap ?? (unit.key === '要' ? YAO_GAP : MAX_GAP))) {
      run.units.push(unit);
      run.last = i;
      return;
    }
    if (run) done.push(run.units);
    open.set(unit.key, { units: [unit], last: i });
  });
  for (const run of open.values()) done.push(run.units);
  return done.filter((r) => r.length >= runMin(r[0]!));
}

/** Where an item's opening clause ends. */
const CLAUSE_END = new UnitSet('，,；;。！？!?：:');
/** Most UTF-16 units of an item's opening clause that are read for figures. */
const OPENING_CLAUSE_MAX = 40;

/**
 * The clause opening at `start`: it ends at the first clause mark (`CLAUSE_END`) met before `end` and
 * within `window` UTF-16 units, or with the window; `mark` is that mark's code, -1 when none came.
 * Positions, not strings: it is read at every sentence of the body, twice.
 *
 * Example: `巩固传统消费，提质增效实施…` at 0 → { end: 6, mark: 0xff0c } (the clause `巩固传统消费`).
 */
function openingClause(text: string, start: number, end: number, window: number) {
  const limit = Math.max(start, Math.min(end, start + window, text.length));
  for (let i = start; i < limit; i++) if (CLAUSE_END.at(text, i)) return { end: i, mark: text.charCodeAt(i) };
  return { end: limit, mark: -1 };
}

/**
 * A run whose items state figures in their opening clause (`城镇新增就业60万人左右，城镇调查失业率…`,
 * `建成5G基站8.99万个。建成…`) at least half the time: a table of targets or results written as
 * prose, not topics a reader lines up (the same test as `./lists-semicolon` applies to `；` lists).
 */
function statistics(text: string, run: readonly Unit[]): boolean {
  let figures = 0;
  for (const unit of run) {
    const clause = openingClause(text, unit.start, text.length, OPENING_CLAUSE_MAX);
    if (statesFigure(text.slice(unit.start, clause.end))) figures++;
  }
  return figures * 2 >= run.length;
}

/** Most code points of the opening clause of a sentence that heads a topic (`打造数智产业集群。…`). */
const HEADING_CLAUSE_MAX = 16;

/**
 * A sentence headed by a short clause, the way a point of a work report opens inside its paragraph:
 * `打造酱香白酒产业集群。主动把握…` or `巩固传统消费，提质增效实施…`. Such sentences, when they open
 * alike, make a list however many sentences of detail lie between them.
 */
function headedSentence(text: string, sentence: Span, unit: Unit): boolean {
  const clause = openingClause(text, unit.start, sentence.end, HEADING_CLAUSE_MAX * 2 + 2);
  return (
    clause.mark >= 0 &&
    clause.end > unit.start &&
    countCodePoints(text, unit.start, clause.end) <= HEADING_CLAUSE_MAX
  );
}

/** Characters of an opening clause's end that make its key (`上下功夫，` → `下功夫`, `促增长，` → `促增长`). */
const END_KEY = 3;
const FULL_COMMA = 0xff0c;
const COMMA = 0x2c;
const END_CLAUSE_MIN = 4;
const END_CLAUSE_MAX = 20;
/**
 * Most sentences between two members of an end-keyed run: sc's `稳定投资促增长，…` and
 * `提振消费促增长，…` have four sentences of projects between them (at 4, `npm run eval` finds nx's
 * run but not sc's; 6 and 8 find both and nothing else).
 */
const END_GAP = 6;

/**
 * A sentence as a unit keyed by how its opening clause ENDS, when that clause is 4..20 code points
 * and closes with a comma: `在企业梯次培育上下功夫，…` / `在解决实际困难上下功夫，…` open differently and
 * end alike, as `方面` clauses do (`AREA_CLAUSE`). Null otherwise.
 */
function endKeyed(text: string, sentence: Span, unit: Unit | null): Unit | null {
  const start = unit?.start ?? sentence.start;
  const clause = openingClause(text, start, sentence.end, END_CLAUSE_MAX * 2 + 2);
  if (clause.mark !== FULL_COMMA && clause.mark !== COMMA) return null;
  const length = countCodePoints(text, start, clause.end);
  if (length < END_CLAUSE_MIN || length > END_CLAUSE_MAX) return null;
  const key = text.slice(clause.end - END_KEY, clause.end);
  if (!/^[\u4e00-\u9fff]{3}$/.test(key)) return null;
  return { start, key: `…${key}`, led: unit?.led ?? false };
}

/** Most code points of a subject before its `要` (`结构性政策要…`). */
const SUBJECT_MAX = 6;
const SUBJECT_MIN = 2;

/**
 * A sentence as a unit keyed by how its subject ends before `要`: `宏观政策要强化逆周期调节…`,
 * `结构性政策要强化体制机制建设…`, `社会政策要强化兜底保障功能。` open differently and say one after
 * another what each kind of policy must do: the key is `政策要`, the subject's last two characters and
 * the `要`. The subject is 2..6 Han characters at the sentence's start (after a lead-in); null otherwise.
 */
function subjectKeyed(text: string, sentence: Span, unit: Unit | null): Unit | null {
  const start = unit?.start ?? sentence.start;
  for (let i = start; i < Math.min(sentence.end - 1, start + SUBJECT_MAX + 1); i++) {
    const c = text.charCodeAt(i);
    if (c === YAO && i - start >= SUBJECT_MIN && !yaoWordAt(text, i)) {
      return { start, key: `${text.slice(i - 2, i)}要`, led: unit?.led ?? false };
    }
    if (!isBasicHan(c)) return null;
  }
  return null;
}

/**
 * Fewest members of a run of headed sentences: one more than a plain run needs, since the run may
 * reach over more detail (three `积极…` sentences far apart are a point's detail, not its points).
 */
const HEADED_MIN = 4;
/** Most headed sentences between two members of a run of headed sentences. */
const HEADED_GAP = 4;

/** A sentence opening like the run's members lies between them without being one: not the parallel form. */
function skipsAlike(units: readonly (Unit | null)[], run: readonly Unit[]): boolean {
  const first = run[0]!.start;
  const last = run.at(-1)!.start;
  const members = new Set(run.map((u) => u.start));
  return units.some(
    (u) => u !== null && u.key === run[0]!.key && u.start > first && u.start < last && !members.has(u.start),
  );
}

/**
 * A run of clauses inside `；` pieces, one a piece and never at its start
 * (`从…入手，实现由…的转变；坚持…，实现由…的转变；…`): the pieces are the parallel units and the
 * repeated phrase is how each of them ends, so the `；` list (`./lists-semicolon`) names the items.
 */
function insidePieces(pieces: readonly Span[], run: readonly Unit[]): boolean {
  if (pieces.length < 3) return false;
  const seen = new Set<number>();
  for (const unit of run) {
    const p = pieces.findIndex((piece) => unit.start >= piece.start && unit.start < piece.end);
    if (p < 0 || seen.has(p) || unit.start === pieces[p]!.start) return false;
    seen.add(p);
  }
  return true;
}

/**
 * Where a clause run's last item ends: after as many clauses as the longest member before it spans
 * (`坚持A，坚持B，坚持C，为…凝聚力量。` ends at `坚持C`; the purpose clause after it is the sentence's,
 * not the last item's), never past the sentence.
 */
function clauseRunEnd(clauses: readonly Span[], run: readonly Unit[]): number {
  const indexOf = (u: Unit) => clauses.findIndex((c) => u.start >= c.start && u.start < c.end);
  const at = run.map(indexOf);
  let span = 1;
  for (let i = 0; i + 1 < at.length; i++) span = Math.max(span, at[i + 1]! - at[i]!);
  const last = Math.min(clauses.length - 1, at.at(-1)! + span - 1);
  // With its comma, as the items before it end where the next begins.
  return clauses[last + 1]?.start ?? clauses[last]!.end;
}

export function runLists(body: Body, regionEnd: number, cuts: ReadonlySet<number>): Candidate[] {
  const { text, paragraphs } = body;
  const candidates: Candidate[] = [];
  const push = (run: Unit[], limit: number, score: number, style: 'topic-run' | 'lead-phrase') => {
    if (statistics(text, run)) return;
    const items = closeItems(
      body,
      run.map((u, i) => ({
        start: u.start,
        labelFrom: STRONG_KEYS.has(u.key) ? u.start + u.key.length : u.start,
        ordinal: i + 1,
      })),
      Math.min(limit, regionEnd),
    );
    candidates.push({ style, items, score });
  };

  // Every sentence's unit, read once: a paragraph's first one is also the paragraph's.
  const sentenceUnits: (Unit | null)[][] = [];
  for (const para of paragraphs) {
    if (para.start >= regionEnd) break;
    sentenceUnits.push(para.sentences.map((s) => unitAt(text, s)));
  }

  // Paragraphs, in stretches between the cuts (paragraphs opening with a numbered marker).
  let stretch: (Unit | null)[] = [];
  const flush = () => {
    for (const run of runs(stretch))
      push(run, regionEnd, STRONG_KEYS.has(run[0]!.key) ? 62 : 55, 'topic-run');
    stretch = [];
  };
  for (const para of paragraphs) {
    if (para.start >= regionEnd) break;
    if (cuts.has(para.index)) {
      flush();
      continue;
    }
    // A line with no Han character (`2.5` of a `PM\n2.5\n年平均浓度` the page's markup broke apart) is a
    // piece of the paragraph around it, not a paragraph between two members (gd's seventh `这是…的五年`).
    if (!hasHan(text, para)) continue;
    stretch.push(sentenceUnits[para.index]![0] ?? null);
  }
  flush();

  for (const para of paragraphs) {
    if (para.start >= regionEnd) break;
    const units = withLeadClauses(
      text,
      para.sentences,
      sentenceUnits[para.index]!.map((unit, i) =>
        unit?.key === '要' && governsClauseList(text, para.sentences[i]!, unit.start) ? null : unit,
      ),
      'sentences',
    );
    // Programmatic `要` topics, when a paragraph has two and they are at least half its `要` sentences:
    // the other `要` sentences are their details. (Three short ones among nine parallel `要` sentences
    // are only the shortest topics: mn-2018's `会议强调` point lost six of its nine.)
    const topics = units.map((u, i) =>
      u?.key === '要' && programmatic(text, para.sentences[i]!, u.start) ? u : null,
    );
    const topicCount = topics.filter((u) => u !== null).length;
    const yaoCount = units.filter((u) => u?.key === '要').length;
    if (topicCount >= 2 && topicCount * 2 >= yaoCount) {
      for (const run of splitAtLeads(topics)) push(run, para.end, 48, 'topic-run');
      units.forEach((u, i) => {
        if (u?.key === '要') units[i] = u.led ? { ...u, key: '' } : null;
      });
    }
    // Members of the plain runs: a headed run inside one is that run with its longer heads left out.
    const found = new Set<number>();
    for (const run of runs(units)) {
      const strong = STRONG_KEYS.has(run[0]!.key);
      push(run, para.end, strong ? 48 : 46, run[0]!.key === '要' ? 'topic-run' : 'lead-phrase');
      for (const u of run) found.add(u.start);
    }
    // Sentences opening on a short heading clause, however many sentences of detail lie between them.
    const headed = units.filter((u, i) => u !== null && headedSentence(text, para.sentences[i]!, u));
    for (const run of runs(headed, HEADED_GAP)) {
      if (run.length < HEADED_MIN || skipsAlike(units, run)) continue;
      if (run.every((u) => found.has(u.start))) continue;
      push(run, para.end, 47, run[0]!.key === '要' ? 'topic-run' : 'lead-phrase');
    }
    // Sentences whose opening clause ends alike (`在企业梯次培育上下功夫，…`, `对接政策促增长，…`).
    const ended = para.sentences.map((sentence, i) => endKeyed(text, sentence, units[i] ?? null));
    for (const run of runs(ended, END_GAP)) {
      if (run.every((u) => found.has(u.start))) continue;
      push(run, para.end, 47, 'lead-phrase');
    }
    // Sentences whose subject ends alike before `要` (`宏观政策要…。结构性政策要…。社会政策要…。`).
    const subjects = para.sentences.map((sentence, i) =>
      subjectKeyed(text, sentence, sentenceUnits[para.index]![i] ?? null),
    );
    for (const run of runs(subjects)) {
      if (run.every((u) => found.has(u.start))) continue;
      push(run, para.end, 47, 'topic-run');
    }
    for (const sentence of para.sentences) {
      if (sentence.pieces.length >= 3) {
        const pieceUnits = withLeadClauses(
          text,
          sentence.pieces,
          sentence.pieces.map((p) => unitAt(text, p)),
          'pieces',
        );
        for (const run of runs(pieceUnits)) {
          // Every piece of the sentence opening alike is the plainest parallel form there is.
          const whole = run.length === sentence.pieces.length;
          push(run, sentence.end, whole ? 50 : 38, run[0]!.key === '要' ? 'topic-run' : 'lead-phrase');
        }
      }
      if (sentence.clauses.length >= 3) {
        for (const run of runs(sentence.clauses.map((c) => clauseUnit(text, c)))) {
          // Short parallel phrases (`参与力度逐年加大，参与广度逐年拓展…`) are one statement, not a list,
          // unless they go on for a while.
          const short = sentence.clauses.filter((c) =>
            run.some((u) => u.start >= c.start && u.start < c.end),
          );
          const mean = short.reduce((n, c) => n + (c.end - c.start), 0) / Math.max(1, short.length);
          if (mean < SHORT_CLAUSE && run.length < SHORT_RUN_MIN) continue;
          if (insidePieces(sentence.pieces, run)) continue;
          if (!programmeRun(text, run)) continue;
          push(run, clauseRunEnd(sentence.clauses, run), 34, 'lead-phrase');
        }
      }
    }
  }
  return candidates;
}
