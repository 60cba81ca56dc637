/**
 * What every stretch of one column needs to cut and draw its spans (see TextRun.svelte). Hover and
 * selection are deliberately absent: they change on every pointer move, and passing them here would
 * re-cut every stretch each time (ReadingView toggles the `lit`/`selected` classes directly instead).
 */
import type { PhraseKind, Range, Report } from '../../core/types';
import type { Script } from '../../view/script';
import type { PhraseRange } from '../../view/spans';

export interface RunContext {
  report: Pick<Report, 'text' | 'normalized' | 'map'>;
  /** The column's side of every shared phrase. */
  phrases: readonly PhraseRange[];
  /** Mentions of the selected theme in this column. */
  mentions: readonly Range[];
  kinds: Readonly<Record<string, PhraseKind>>;
  script: Script;
}
