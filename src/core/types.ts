/**
 * The engine's contract: what `compare(left, right)` returns, and the shapes each stage hands on.
 *
 * Every `Range` is a half-open span of UTF-16 indices into the ORIGINAL text the user supplied
 * (`Report.text`), never into the normalized text, and never splits a surrogate pair. Example, for the
 * original `統一戰(zhàn)線` (10 UTF-16 units) whose normalized form is `统一战线`:
 *
 *   the shared phrase `统一战线` has range { start: 0, end: 10 } — gloss included, because the
 *   gloss sits inside the run the user sees highlighted; `战` alone is { start: 2, end: 3 }.
 */

/**
 * Which of the two reports: the one read on the left or the one on the right. Used by every layer (the
 * engine's result has `left`/`right` fields of this name; section ids carry the short form `L`/`R`).
 */
export type Side = 'left' | 'right';

export interface Range {
  /** First UTF-16 index, inclusive. */
  start: number;
  /** Last UTF-16 index, exclusive. */
  end: number;
}

/**
 * Where each UTF-16 unit of the normalized text came from in the original.
 *
 * `normStart[i]`/`normEnd[i]` give the original span that produced normalized unit `i`; both arrays
 * have `normalized.length` entries and are monotone non-decreasing. Units of the original that were
 * dropped (a pinyin gloss, folded whitespace) belong to no normalized unit. Typed arrays so that the
 * map crosses the worker boundary by structured clone without boxing a number per character.
 *
 * Example: original `戰(zhàn)線`, normalized `战线`:
 *   normStart = [0, 7], normEnd = [1, 8]   (the gloss `(zhàn)` at 1..7 is dropped)
 */
export interface OffsetMap {
  normStart: Int32Array;
  normEnd: Int32Array;
}

export type WarningCode =
  | 'gloss-stripped' // pinyin glosses removed (count, first range)
  | 'damaged-gloss' // a gloss whose Han character was lost, e.g. `?zhèn)`
  | 'replacement-char' // U+FFFD in the input: an earlier decoding went wrong
  | 'lone-surrogate' // half of a surrogate pair: the text was cut mid-character
  | 'control-char' // C0/C1 controls other than tab/newline
  | 'little-chinese' // too little Han text for a meaningful comparison
  | 'no-structure' // no enumerated tasks found: the whole body is one section
  | 'truncated'; // input longer than the engine's limit; the rest was ignored

export interface Warning {
  code: WarningCode;
  /** One sentence for the user, in English. */
  message: string;
  /** Where in the original text, when it has one place. */
  range?: Range;
  /** How many times it occurred, when more than one. */
  count?: number;
}

/** The result of the normalize stage (src/core/normalize). */
export interface Normalized {
  original: string;
  normalized: string;
  map: OffsetMap;
  warnings: Warning[];
  /** The pinyin glosses the normalizer dropped (see `Report.glosses`); absent when built by hand. */
  glosses?: Range[];
}

export interface MetaField {
  /** The value as written in the original (Traditional stays Traditional), glosses included. */
  value: string;
  range: Range;
  /**
   * The value as a reader should see it, when that differs from `value`: pinyin glosses left out
   * (`畢節召開…` for `畢節(jié)召開…`), an abbreviation spelled out (`北京` for the `京` of `在京召开`).
   */
  text?: string;
}

/**
 * A date as the text gives it. `value`/`range` are the characters written (`8月18日上午` is not a
 * date: `8月18日` is); the parts the text does not write are absent, unless completed from the
 * publication date (`inferred`). Example, the Simplified sample's meeting:
 *   { value: '8月18日', month: 8, day: 18, year: 2015, inferred: true, iso: '2015-08-18', range }
 */
export interface DateField extends MetaField {
  /** `YYYY-MM-DD` when year, month and day are all known. */
  iso?: string;
  year?: number;
  month?: number;
  day: number;
  /** The year (and perhaps the month) came from the publication date, not from the text of this date. */
  inferred?: boolean;
}

/**
 * Metadata lines of a report: breadcrumb, title, dateline, URL, 分享到, 编辑, 关键词, 来源. They are
 * not sections. `lines` lists every line classified as metadata, so the viewer can show them apart.
 */
export interface ReportMeta {
  title?: MetaField;
  /** When the page was published: a dateline, `发布时间:`, `时间：`, the date after a `来源:`. */
  published?: DateField;
  /** When the meeting or speech took place (the first day of a range): the lead, the occasion line. */
  meeting?: DateField;
  /** One date for readers that show one: `published`, else `meeting`. */
  date?: DateField;
  source?: MetaField;
  editor?: MetaField;
  keywords?: MetaField & { list: string[] };
  place?: MetaField;
  url?: MetaField;
  breadcrumb?: MetaField;
  lines: Range[];
}

/**
 * How a unit of the outline is enumerated (the names of the corpus labels, tests/corpus/README.md):
 *   chapter `一、` · paren `（一）` · arabic `1.` `1、` · paren-arabic `（1）` · di `第一，` · shi `一是` ·
 *   verb `一要` `二抓` · sequence `首先` `其次` `最后` · topic-run a run of sentences opening alike (`要…`) ·
 *   lead-phrase a repeated lead inside a paragraph (`聚焦…；聚焦…`) · semicolon `；`-separated clauses
 *   after a lead (`会议要求：…；…`) · news-point a paragraph opened by the meeting or a speaker
 *   (`会议指出`, `会议强调`) · speaker one speaker's part (`李强在讲话中指出`) · heading an unnumbered
 *   heading line.
 */
export type OutlineStyle =
  | 'chapter'
  | 'paren'
  | 'arabic'
  | 'paren-arabic'
  | 'di'
  | 'shi'
  | 'verb'
  | 'sequence'
  | 'topic-run'
  | 'lead-phrase'
  | 'semicolon'
  | 'news-point'
  | 'speaker'
  | 'heading';

/**
 * One enumerated unit of a report: a chapter `一、`, an item `（一）`, a point `一是…`, a topic `要…`.
 * `Report.outline` lists them in text order (pre-order: a parent before its children), so nodes of
 * one level never overlap and a child's range lies inside its parent's. Example, a provincial report:
 *
 *   { id: 'L-3',     level: 1, parent: null,  children: ['L-3.1', …], ordinal: 3, marker: '三、',
 *     style: 'chapter', label: '2026年主要工作安排', start: 9120, end: 21400 }
 *   { id: 'L-3.1',   level: 2, parent: 'L-3', children: ['L-3.1.1', …], ordinal: 1, marker: '（一）',
 *     style: 'paren', label: '全力扩大内需', start: 9480, end: 10310 }
 *   { id: 'L-3.1.1', level: 3, parent: 'L-3.1', children: [], ordinal: 1, marker: '一是',
 *     style: 'shi', label: '实施提振消费专项行动', start: 9530, end: 9702 }
 *
 * The id is the side and the node's path of sibling positions (`L-3.1` is the first child of the
 * third level-1 node), the same keys the corpus labels use. `ordinal` is the number the text gives
 * (a list restarted under a new lead restarts at 1; a path position does not). A node starts at its
 * marker (after any subject or lead-in before it: `全县党员一要…` starts at `一要`) and ends where its
 * parallel form ends: at the next node of the same or a higher level, at the end of its list's last
 * item (the paragraph, sentence or clause that item's siblings take), or where the opening, closing,
 * annex or trailing clutter begins. Everything in its range that is not a child's is the node's own
 * text (its heading, its lead, its elaboration).
 */
export interface OutlineNode {
  id: string;
  /** 1 = outermost. */
  level: number;
  /** Id of the enclosing node; null at level 1. */
  parent: string | null;
  /** Ids of the nodes one level down, in text order. */
  children: string[];
  /** The number the text gives this unit (`三、` → 3, `首先` → 1, `最后` → its position); 1-based. */
  ordinal: number;
  /** The marker exactly as written in the original (`一是`, `（三）`, `第二，`, `要`, `会议强调`); '' when none. */
  marker: string;
  style: OutlineStyle;
  /** A few words naming the unit's topic, in the original script, pinyin glosses left out. */
  label: string;
  /** Original UTF-16 offsets: the marker's first unit … the end of the unit (children included). */
  start: number;
  end: number;
}

/**
 * The parts of a report's body, in original offsets; each part absent (null) when the text has none.
 * They follow each other in this order and never overlap; the outline lies between `opening.end` and
 * `closing.start` (or `annex.start`, or `body.end`). Example, a provincial report:
 *   body    `各位代表：` … `奋力谱写中国式现代化安徽篇章！` (page clutter before and after is metadata)
 *   opening `各位代表：现在，我代表…` up to `一、2025年工作…`
 *   closing `各位代表！我们已经开启…` up to the end of the appeal
 *   annex   `名词解释` … (a glossary or list of projects after the closing)
 */
export interface ReportParts {
  body: Range | null;
  opening: Range | null;
  closing: Range | null;
  annex: Range | null;
}

/**
 * Section kinds: `task` is a unit of the outline (a chapter, an item, a point), `annex` a glossary or
 * list of projects after the closing (`名词解释`, `民生实事`).
 */
export type SectionKind = 'opening' | 'task' | 'closing' | 'annex';

/**
 * One piece of the reading partition: the body cut from the outline at one level (`sectionsAt` in
 * src/core/structure/sections-at.ts). Sections are in text order and never overlap; with the metadata
 * lines they cover the text (gaps hold only whitespace). At level 2 of a provincial report:
 *
 *   L-opening    level 1                    开头: `各位代表：现在，我代表…`
 *   L-task-1     level 1, head of node L-1  `一、2025年工作回顾` up to its first item
 *   L-task-1.1   level 2, parent L-task-1   `（一）精准施策稳经济…`, its points included
 *   …
 *   L-task-4     level 1, whole node L-4    a chapter without items
 *   L-closing    level 1                    结尾: `各位代表！…`
 *   L-annex      level 1                    附件: `名词解释…`
 *
 * A node above the cut level with children at it gives a HEAD section (`part: 'head'`, its own text
 * before its first child) and, where its own text resumes after a child (the rest of a paragraph after
 * an inline list, a new lead before a restarted list), a TAIL section `L-task-3~2` (`part: 'tail'`, the
 * text of node 3 after its 2nd child). Body text after a level-1 node that no node holds is `L-task~2`.
 * A node at the cut level, or above it without children, gives one WHOLE section. At level 1 the ids
 * are `L-task-1`, `L-task-2`… as they were before the outline.
 */
export interface Section {
  /** Stable within one report: `L-opening`, `L-task-3`, `L-task-3.2`, `L-task-3~`, `R-closing`, `L-annex`. */
  id: string;
  kind: SectionKind;
  /** Short human label naming the topic, in the original script (`做好党外知识分子工作`, `統一思想,凝聚共識,明確方向`), or 开头/结尾/附件. */
  label: string;
  /** Tasks: the outline node's ordinal (the number the text gives it). */
  ordinal?: number;
  /** The enumeration marker as found (`一是`, `（三）`, `第二，`, `要`), tasks only. */
  marker?: string;
  /** 1 = outermost; the outline node's level for tasks, 1 for opening, closing and annex. */
  level: number;
  /** Id of the enclosing section (a head section of the parent node); absent at level 1. */
  parent?: string;
  /** Tasks: id of the outline node this section shows (`L-3.2`). */
  node?: string;
  /** Tasks: the whole node, its head (own text before its first child) or its tail (own text after its last child). */
  part?: 'whole' | 'head' | 'tail';
  start: number;
  end: number;
  /** Made or changed by the reader's corrections (a split, a merge); absent when the engine's. */
  manual?: true;
}

export interface Report {
  /** The original, untouched. */
  text: string;
  normalized: string;
  map: OffsetMap;
  meta: ReportMeta;
  /** Every enumerated unit of the body, as a tree in text order (see `OutlineNode`). */
  outline: OutlineNode[];
  /** Opening, closing and annex ranges; the body between metadata/clutter lines. */
  parts: ReportParts;
  /** The reading partition: in text order, non-overlapping (see `Section`). */
  sections: Section[];
  /**
   * The pinyin glosses in the text, sorted, in original offsets: the syllable with its parentheses
   * (`(zhàn)` in `戰(zhàn)`, `zhàn)` where a parenthesis was lost, `zhèn)` after a lost character `?`),
   * never the Han character. The normalizer leaves them out of the comparison; the viewer hides them
   * unless the reader asks for the text as written.
   */
  glosses: Range[];
  warnings: Warning[];
}

export interface SectionPair {
  /** Section ids; one-to-many allowed; one side empty for an unpaired section. */
  left: string[];
  right: string[];
  kind: SectionKind;
  /** 0..1, content similarity of the normalized texts. */
  similarity: number;
  /** Made or changed by the reader's corrections (paired, unpaired, left without a counterpart). */
  manual?: true;
  /** Why the two sides answer each other (every pair with both sides, the reader's included). */
  why?: PairReason;
}

/**
 * Why two sections were paired, in terms a reader can check (src/core/align/reasons.ts; the view
 * formats it, src/view/pairReason.ts). Example, two provincial reports' items on domestic demand:
 *   { score: 0.46, words: 0.46, themes: [], terms: ['提振消费', '扩大有效投资', '以旧换新'],
 *     phrases: ['p212', 'p230'], phraseCount: 5, within: { left: 'L-task-3', right: 'R-task-3' } }
 */
export interface PairReason {
  /** The score the pair was made on, 0..1 (its `similarity`). */
  score: number;
  /** The word part of the score: cosine of the two sides' tf-idf weighted Han bigrams, 0..1. */
  words: number;
  /** Keys of the lexicon's themes both sides mention (`ThemeRow.theme`), most mentioned first. */
  themes: string[];
  /** Terms both sides use that set them apart from the other sections, normalized (Simplified) script. */
  terms: string[];
  /** Ids of the longest shared phrases with both ends inside the pair (`SharedPhrase.id`), longest first. */
  phrases: string[];
  /** All shared phrases with both ends inside the pair. */
  phraseCount: number;
  /** The chapters the pair was made within (their head sections' ids), when both reports have chapters. */
  within?: { left: string; right: string };
  /**
   * Two heads (chapters, items holding points): how many other pairs lie wholly under the two, one
   * side under each; absent when none. Two chapters whose texts score low may pair by their items
   * alone (src/core/align/frame-heads.ts), and this says so.
   */
  items?: number;
}

export type PhraseKind = 'aligned' | 'moved';

export interface SharedPhrase {
  /** `p1`, `p2`… in order of the left range. */
  id: string;
  /** Normalized text of the shared run (Simplified, folded). */
  text: string;
  /** Han characters in `text`: what `minPhraseLength` counts. */
  hanLength: number;
  left: Range;
  right: Range;
  kind: PhraseKind;
}

export interface ThemeSide {
  count: number;
  /** Mentions per 1,000 Han characters of the report. */
  per1000: number;
  /** Ids of the sections holding a mention. */
  sections: string[];
  /** Each mention's range in the original text. */
  mentions: Range[];
}

export interface ThemeRow {
  theme: string;
  label: { zh: string; en: string };
  terms: string[];
  left: ThemeSide;
  right: ThemeSide;
}

/** How much of one report (or of one pair's sections in it) is shared phrasing. */
export interface PhraseCoverage {
  /** UTF-16 units of the original covered by shared phrasing. */
  covered: number;
  /** covered / total, over Han characters only (0..1). */
  share: number;
}

export interface ComparisonStats {
  left: PhraseCoverage;
  right: PhraseCoverage;
  /** Same order as `Comparison.pairs`. */
  pairs: { left: PhraseCoverage; right: PhraseCoverage }[];
  phraseCount: number;
  alignedCount: number;
  movedCount: number;
  pairedSections: number;
  /** Milliseconds spent in compare(), for the UI's footer; 0 where not measured. */
  elapsedMs: number;
}

export interface Comparison {
  left: Report;
  right: Report;
  pairs: SectionPair[];
  phrases: SharedPhrase[];
  themes: ThemeRow[];
  stats: ComparisonStats;
  options: CompareOptions;
  /** What became of each of `options.corrections`, same order (empty without corrections). */
  corrections: CorrectionOutcome[];
  /** The outline level both reports' `sections` were cut at (1 = outermost; see `sectionsAt`). */
  level: number;
}

export interface CompareOptions {
  /** Shortest shared run kept, counted in Han characters. Default 4. */
  minPhraseLength: number;
  /**
   * diff-match-patch `Diff_Timeout` in seconds for one section-pair diff. Set on purpose: its default
   * (1 s) makes results depend on machine speed. 0 = no timeout (safe: section diffs are bounded).
   */
  diffTimeoutSeconds: number;
  /** The reader's corrections, applied in order after the engine's structure and alignment. */
  corrections?: readonly Correction[];
  /**
   * The outline level the reports are cut and lined up at: 1 = their outermost units (chapters, a news
   * report's points), 2 = the units inside those (a work report's `（一）` items)…; `'auto'` chooses
   * from both outlines (`suggestedLevel`, src/core/structure/reading-level.ts). Default `'auto'`.
   */
  alignLevel?: number | 'auto';
}

/**
 * A section as a correction names it: where it starts in the original text, and the outline node it
 * shows (`L-3.2`), which finds it again when a newer parser moves its start but the node still holds
 * that offset. Never an array position: anchors must survive a recompute (another alignment level, a
 * newer engine).
 */
export interface SectionAnchor {
  start: number;
  node?: string;
}

/**
 * One edit of the reader's to the engine's structure or alignment (src/core/corrections). Offsets are
 * original UTF-16 offsets. Examples, on the samples:
 *   { op: 'split', side: 'left', at: 812 }         a new section starts at 812 (inside the section there)
 *   { op: 'merge', side: 'right', at: 340 }        the section starting at 340 joins the one before it
 *   { op: 'pair', left: [{ start: 120, node: 'L-2' }], right: [{ start: 98, node: 'R-1' }] }
 *                                                  these sections form one pair, taken from any other
 *   { op: 'unpair', left: { start: 120 }, right: { start: 98 } }   these two no longer pair
 *   { op: 'no-counterpart', side: 'right', section: { start: 400 } }   this section stands alone
 */
export type Correction =
  | { op: 'split'; side: Side; at: number }
  | { op: 'merge'; side: Side; at: number }
  | { op: 'pair'; left: SectionAnchor[]; right: SectionAnchor[] }
  | { op: 'unpair'; left: SectionAnchor; right: SectionAnchor }
  | { op: 'no-counterpart'; side: Side; section: SectionAnchor };

/** Whether a correction applied to this comparison; one that no longer fits says why, in English. */
export type CorrectionOutcome = { applied: true } | { applied: false; reason: string };

export const DEFAULT_OPTIONS: CompareOptions = {
  minPhraseLength: 4,
  diffTimeoutSeconds: 0,
  alignLevel: 'auto',
};

/**
 * Everything needed to reopen one comparison: what a permalink, a saved file and the browser's
 * storage hold. Versioned by the share module's own envelope, not here.
 *
 * Example: { left: { name: '毕节.txt', text: '…' }, right: { name: '攀枝花.txt', text: '…' },
 *            options: { minPhraseLength: 4, script: 'original' }, view: { theme: 'poverty', phrase: null } }
 */
export interface ComparisonSnapshot {
  left: { name: string; text: string };
  right: { name: string; text: string };
  /**
   * `alignLevel`: the outline level the reader chose to line the reports up at (1 = outermost); absent
   * when the engine chooses ('auto'). Only v3 links and files carry it.
   */
  options: { minPhraseLength: number; script: 'original' | 'simplified'; alignLevel?: number };
  view: { theme: string | null; phrase: string | null };
  /** The reader's corrections, in the order made; absent or empty when none (a v1 link has none). */
  corrections?: Correction[];
}
