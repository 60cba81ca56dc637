/** What every stretch of one column needs to cut and draw its spans (see TextRun.svelte). */
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
  /** Phrase id whose marks are lit (hovered or focused). */
  lit: string | null;
  selected: string | null;
}
