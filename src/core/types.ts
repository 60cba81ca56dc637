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
}

export interface MetaField {
  /** The value as written in the original (Traditional stays Traditional). */
  value: string;
  range: Range;
}

/**
 * Metadata lines of a report: breadcrumb, title, dateline, URL, 分享到, 编辑, 关键词, 来源. They are
 * not sections. `lines` lists every line classified as metadata, so the viewer can show them apart.
 */
export interface ReportMeta {
  title?: MetaField;
  /** ISO `YYYY-MM-DD` when the year is known, else as written (`12月21日`). */
  date?: MetaField & { iso?: string };
  source?: MetaField;
  editor?: MetaField;
  keywords?: MetaField & { list: string[] };
  place?: MetaField;
  url?: MetaField;
  breadcrumb?: MetaField;
  lines: Range[];
}

export type SectionKind = 'opening' | 'task' | 'closing';

export interface Section {
  /** Stable within one report: `L-opening`, `L-task-3`, `R-closing`… (`L`/`R` from the side). */
  id: string;
  kind: SectionKind;
  /** Short human label naming the topic, in the original script (`做好党外知识分子工作`, `統一思想,凝聚共識,明確方向`), or 开头/结尾. */
  label: string;
  /** 1-based task number (tasks only). */
  ordinal?: number;
  /** The enumeration marker as found (`一是`, `（三）`, `第二，`, `要`), tasks only. */
  marker?: string;
  start: number;
  end: number;
}

export interface Report {
  /** The original, untouched. */
  text: string;
  normalized: string;
  map: OffsetMap;
  meta: ReportMeta;
  /** In text order, non-overlapping. */
  sections: Section[];
  warnings: Warning[];
}

export interface SectionPair {
  /** Section ids; one-to-many allowed; one side empty for an unpaired section. */
  left: string[];
  right: string[];
  kind: SectionKind;
  /** 0..1, content similarity of the normalized texts. */
  similarity: number;
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

export interface CoverageSide {
  /** UTF-16 units of the original covered by shared phrasing. */
  covered: number;
  /** covered / total, over Han characters only (0..1). */
  share: number;
}

export interface ComparisonStats {
  left: CoverageSide;
  right: CoverageSide;
  /** Same order as `Comparison.pairs`. */
  pairs: { left: CoverageSide; right: CoverageSide }[];
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
}

export interface CompareOptions {
  /** Shortest shared run kept, counted in Han characters. Default 4. */
  minPhraseLength: number;
  /**
   * diff-match-patch `Diff_Timeout` in seconds for one section-pair diff. Set on purpose: its default
   * (1 s) makes results depend on machine speed. 0 = no timeout (safe: section diffs are bounded).
   */
  diffTimeoutSeconds: number;
}

export const DEFAULT_OPTIONS: CompareOptions = {
  minPhraseLength: 4,
  diffTimeoutSeconds: 0,
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
  options: { minPhraseLength: number; script: 'original' | 'simplified' };
  view: { theme: string | null; phrase: string | null };
}
