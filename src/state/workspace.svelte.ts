/**
 * `Workspace`: the one piece of app state. Holds the two texts, the options, what the reader selected,
 * and the latest `Comparison` the worker produced.
 *
 * PUBLIC API (stable: the loading/sharing code builds on it; add, never rename)
 *
 *   fields (reactive, read them; change them only through the methods)
 *     left, right          { name, text }            the two reports, replaced whole
 *     options              { minPhraseLength, script, alignLevel }   minPhraseLength in Han characters,
 *                                                    2–20; alignLevel an outline level or 'auto'
 *     selectedTheme        string | null             theme key whose mentions are marked
 *     selectedPhrase       string | null             phrase id (`p7`) the reader picked
 *     hoveredPhrase        string | null             phrase id under the pointer / focus
 *     comparison           Comparison | null         replaced whole on each result
 *     status               'computing' | 'ready' | 'error'
 *     error                string | null             user-facing message when status is 'error'
 *     readingOrder         SharedPhrase[]            derived: phrases in left-text order
 *     selectedThemeRow     ThemeRow | null           derived: the selected theme's row
 *     corrections          CorrectionHistory         the reader's corrections (`list`) with undo/redo
 *                                                    state; change them through the methods below
 *
 *   methods
 *     setTexts({ left?, right? })    replace one or both texts (and drop the corrections); recomputes at once
 *     swap()                         exchange left and right, corrections mirrored; recomputes
 *     setMinPhraseLength(n)          clamps to 2–20; recomputes after a short debounce
 *     setScript('original' | 'simplified')   display only, no recompute
 *     setAlignLevel(level | 'auto')  line the reports up at another outline level; recomputes at once,
 *                                    the corrections re-applied where they still fit
 *     selectTheme(key | null), selectPhrase(id | null), hoverPhrase(id | null)
 *     stepPhrase(1 | -1)             next / previous phrase in reading order (wraps); returns its id
 *     clearSelection()               no phrase, no theme
 *     correct(correction)            add one of the reader's corrections; recomputes at once
 *     undoCorrection(), redoCorrection(), resetCorrections(), dropCorrection(index)
 *                                    the same, through the history; each recomputes when it changed
 *     snapshot(): ComparisonSnapshot        everything a permalink / saved state needs
 *     restore(snapshot)                     the inverse; the phrase selection is re-applied once the
 *                                           comparison for the restored texts arrives (at once, with no
 *                                           recomputation, when it is the comparison already shown)
 *     resetToSample()                        back to the two shipped reports, default options
 *     release()                              start computing when constructed with `hold: true`
 *     dispose()                              stop timers (tests, hot reload)
 *
 * Computation is injected (`Comparer`): the app passes the worker client, tests pass a function. A
 * comparer may answer `null` for a request that a newer one superseded; such answers are ignored.
 */
import { clampPhraseLength, resolveAlignLevel } from '../core/options';
import { DEFAULT_OPTIONS } from '../core/types';
import { mirrorCorrection } from '../core/corrections/mirror';
import type {
  CompareOptions,
  Comparison,
  ComparisonSnapshot,
  Correction,
  SharedPhrase,
  ThemeRow,
} from '../core/types';
import { CorrectionHistory } from './corrections.svelte';
import { phrasesInReadingOrder, stepPhrase } from '../view/phrases';
import { SAMPLE_LEFT, SAMPLE_RIGHT, type NamedText } from './sample';

import type { Script } from '../view/script';

export type { NamedText } from './sample';
export type { Script } from '../view/script';
export type Status = 'computing' | 'ready' | 'error';

export interface ViewOptions {
  /** Shortest shared run highlighted, in Han characters (2–20). */
  minPhraseLength: number;
  /** Show both columns as written, or both in Simplified (the normalized text). */
  script: Script;
  /** The outline level the reports are lined up at (1 = outermost), or 'auto': the engine's choice. */
  alignLevel: number | 'auto';
}

const DEFAULT_VIEW_OPTIONS: ViewOptions = {
  minPhraseLength: DEFAULT_OPTIONS.minPhraseLength,
  script: 'original',
  alignLevel: 'auto',
};

export type Comparer = (left: string, right: string, options: CompareOptions) => Promise<Comparison | null>;

export interface WorkspaceSettings {
  compare: Comparer;
  /** Snapshot to open on instead of the sample reports. */
  initial?: ComparisonSnapshot;
  /**
   * The comparison of the sample reports at the default options, already computed (shipped with the
   * page): the workspace opens ready with it and computes nothing until something changes.
   */
  sample?: Comparison;
  /**
   * Compute nothing until `release()`. The app holds while it looks for a saved comparison or a
   * permalink (an async decode), so a reload never draws the sample first and then replaces it.
   */
  hold?: boolean;
  /** Wait after the last minPhraseLength change before recomputing, in milliseconds. Default 180. */
  debounceMs?: number;
}

/**
 * The minimum phrase length the reader can choose (the slider's range, Han characters): narrower than what
 * the engine accepts (`PHRASE_LENGTH_RANGE`), since past 20 hardly any phrase is left to mark.
 */
export const PHRASE_SLIDER_RANGE = { min: 2, max: 20 } as const;

export class Workspace {
  left: NamedText = $state.raw(SAMPLE_LEFT);
  right: NamedText = $state.raw(SAMPLE_RIGHT);
  options: ViewOptions = $state.raw(DEFAULT_VIEW_OPTIONS);
  /**
   * Show pinyin glosses (`戰(zhàn)`) as written. Off by default: they are page damage, not text; hidden
   * glosses stay in the DOM (the text still reads back whole). A view preference, not part of the
   * comparison: not saved with it.
   */
  showGlosses: boolean = $state(false);
  selectedTheme: string | null = $state(null);
  selectedPhrase: string | null = $state(null);
  hoveredPhrase: string | null = $state(null);
  comparison: Comparison | null = $state.raw(null);
  status: Status = $state('computing');
  error: string | null = $state(null);
  readonly corrections = new CorrectionHistory();

  /** The current phrases in reading order of the left text: what `n`/`p` step through. */
  readonly readingOrder: SharedPhrase[] = $derived(
    this.comparison ? phrasesInReadingOrder(this.comparison.phrases) : [],
  );
  /** The selected theme's row of the current comparison, if it has one. */
  readonly selectedThemeRow: ThemeRow | null = $derived(
    this.comparison?.themes.find((row) => row.theme === this.selectedTheme) ?? null,
  );

  #compare: Comparer;
  #debounceMs: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped on every request so an answer to an older request is dropped even if the comparer returns it. */
  #generation = 0;
  /** A phrase id from `restore()` waiting for the comparison that defines it. */
  #pendingPhrase: string | null = null;
  /** While held, the delay of the latest computation asked for (undefined: none asked for yet). */
  #held: { delayMs: number | undefined } | null = null;

  constructor(settings: WorkspaceSettings) {
    this.#compare = settings.compare;
    this.#debounceMs = settings.debounceMs ?? 180;
    if (settings.hold) this.#held = { delayMs: undefined };
    if (settings.sample && !settings.initial) {
      this.comparison = settings.sample;
      this.status = 'ready';
    } else if (settings.initial) this.restore(settings.initial);
    // Deferred, so a restore() right after construction replaces the sample before any work starts.
    else this.#schedule(0);
  }

  setTexts(next: { left?: NamedText; right?: NamedText }): void {
    if (next.left) this.left = { name: next.left.name, text: next.left.text };
    if (next.right) this.right = { name: next.right.name, text: next.right.text };
    // Corrections name offsets of the texts they were made on.
    this.corrections.replace([]);
    this.#pendingPhrase = null;
    this.selectedPhrase = null;
    this.hoveredPhrase = null;
    this.#schedule(0);
  }

  swap(): void {
    const { left, right } = this;
    this.left = right;
    this.right = left;
    this.corrections.replace(this.corrections.list.map(mirrorCorrection));
    this.#pendingPhrase = null;
    this.selectedPhrase = null;
    this.hoveredPhrase = null;
    this.#schedule(0);
  }

  setMinPhraseLength(n: number): void {
    const minPhraseLength = clampPhraseLength(n, PHRASE_SLIDER_RANGE);
    if (minPhraseLength === this.options.minPhraseLength) return;
    this.options = { ...this.options, minPhraseLength };
    this.#schedule(this.#debounceMs);
  }

  setScript(script: Script): void {
    if (script !== this.options.script) this.options = { ...this.options, script };
  }

  setAlignLevel(level: number | 'auto'): void {
    const alignLevel = resolveAlignLevel(level);
    if (alignLevel === this.options.alignLevel) return;
    this.options = { ...this.options, alignLevel };
    this.#schedule(0);
  }

  setShowGlosses(show: boolean): void {
    this.showGlosses = show;
  }

  selectTheme(key: string | null): void {
    this.selectedTheme = key;
  }

  selectPhrase(id: string | null): void {
    this.selectedPhrase = id;
  }

  hoverPhrase(id: string | null): void {
    this.hoveredPhrase = id;
  }

  /** Selects the next (1) or previous (−1) phrase in reading order, wrapping; returns its id. */
  stepPhrase(step: 1 | -1): string | null {
    this.selectedPhrase = stepPhrase(this.readingOrder, this.selectedPhrase, step);
    return this.selectedPhrase;
  }

  /** Esc: forget the selected phrase and theme. */
  clearSelection(): void {
    this.selectedPhrase = null;
    this.selectedTheme = null;
  }

  correct(correction: Correction): void {
    if (this.corrections.add(correction)) this.#schedule(0);
  }

  undoCorrection(): void {
    if (this.corrections.undo()) this.#schedule(0);
  }

  redoCorrection(): void {
    if (this.corrections.redo()) this.#schedule(0);
  }

  /** Back to the engine's own structure and pairs (undoable). */
  resetCorrections(): void {
    if (this.corrections.reset()) this.#schedule(0);
  }

  dropCorrection(index: number): void {
    if (this.corrections.drop(index)) this.#schedule(0);
  }

  snapshot(): ComparisonSnapshot {
    return {
      left: { name: this.left.name, text: this.left.text },
      right: { name: this.right.name, text: this.right.text },
      options: {
        minPhraseLength: this.options.minPhraseLength,
        script: this.options.script,
        ...(this.options.alignLevel === 'auto' ? {} : { alignLevel: this.options.alignLevel }),
      },
      // A restored phrase waits for its comparison; until then the snapshot still carries it.
      view: { theme: this.selectedTheme, phrase: this.selectedPhrase ?? this.#pendingPhrase },
      ...(this.corrections.list.length > 0 ? { corrections: this.corrections.list } : {}),
    };
  }

  restore(snapshot: ComparisonSnapshot): void {
    this.left = { name: snapshot.left.name, text: snapshot.left.text };
    this.right = { name: snapshot.right.name, text: snapshot.right.text };
    this.options = {
      minPhraseLength: clampPhraseLength(snapshot.options.minPhraseLength, PHRASE_SLIDER_RANGE),
      script: snapshot.options.script === 'simplified' ? 'simplified' : 'original',
      alignLevel: resolveAlignLevel(snapshot.options.alignLevel),
    };
    this.selectedTheme = snapshot.view.theme;
    this.corrections.replace(snapshot.corrections ?? []);
    this.selectedPhrase = null;
    this.hoveredPhrase = null;
    this.#pendingPhrase = snapshot.view.phrase;
    const current = this.comparison;
    if (
      current &&
      this.status === 'ready' &&
      current.left.text === this.left.text &&
      current.right.text === this.right.text &&
      current.options.minPhraseLength === this.options.minPhraseLength &&
      (current.options.alignLevel ?? 'auto') === this.options.alignLevel
    ) {
      // Already computed (a reload of the sample, back to the same texts): only the view changes, so
      // nothing is recomputed and the page never flashes "computing".
      clearTimeout(this.#timer);
      this.#generation++;
      this.#reconcileSelection(current);
      return;
    }
    this.#schedule(0);
  }

  resetToSample(): void {
    this.restore({
      left: SAMPLE_LEFT,
      right: SAMPLE_RIGHT,
      options: { minPhraseLength: DEFAULT_OPTIONS.minPhraseLength, script: 'original' },
      view: { theme: null, phrase: null },
    });
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#generation++;
  }

  release(): void {
    const held = this.#held;
    this.#held = null;
    if (held?.delayMs !== undefined) this.#schedule(held.delayMs);
  }

  #schedule(delayMs: number): void {
    clearTimeout(this.#timer);
    this.status = 'computing';
    this.error = null;
    if (this.#held) {
      this.#held.delayMs = delayMs;
      return;
    }
    this.#timer = setTimeout(() => void this.#run(), delayMs);
  }

  async #run(): Promise<void> {
    const generation = ++this.#generation;
    const options: CompareOptions = {
      ...DEFAULT_OPTIONS,
      minPhraseLength: this.options.minPhraseLength,
      alignLevel: this.options.alignLevel,
      corrections: this.corrections.list,
    };
    try {
      const comparison = await this.#compare(this.left.text, this.right.text, options);
      if (comparison === null || generation !== this.#generation) return;
      this.comparison = comparison;
      this.#reconcileSelection(comparison);
      this.status = 'ready';
    } catch (error) {
      if (generation !== this.#generation) return;
      this.status = 'error';
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  /** Drops selections the new comparison no longer defines (a phrase id from a longer minimum). */
  #reconcileSelection(comparison: Comparison): void {
    const defined = (id: string | null): id is string =>
      id !== null && comparison.phrases.some((phrase) => phrase.id === id);
    const wanted = this.#pendingPhrase ?? this.selectedPhrase;
    this.#pendingPhrase = null;
    this.selectedPhrase = defined(wanted) ? wanted : null;
    if (!defined(this.hoveredPhrase)) this.hoveredPhrase = null;
    if (this.selectedTheme !== null && !comparison.themes.some((row) => row.theme === this.selectedTheme)) {
      this.selectedTheme = null;
    }
  }
}
