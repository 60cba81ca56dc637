/**
 * What every drawn piece of one column needs to cut its text into spans and draw them (see
 * TextRun.svelte): the report, the column's pieces, and the marks as range indexes, so a piece asks only
 * for the ranges touching it. Hover and selection are read from the workspace by each mark's class, so
 * hovering re-cuts nothing.
 */
import type { Comparison, Range, Report, Side } from '../../core/types';
import type { PhraseMark } from '../../view/prepare';
import type { Workspace } from '../../state/workspace.svelte';
import type { RangeIndex } from '../../view/rangeIndex';
import type { SidePieces } from '../../view/readingModel';
import type { Script } from '../../view/script';
import type { MeasureTarget } from './virtualReading.svelte';
import type { Attachment } from 'svelte/attachments';

export type { PhraseMark } from '../../view/prepare';

export interface RunContext {
  side: Side;
  report: Pick<Report, 'text' | 'normalized' | 'map'>;
  /** Both reports' sections and the pairs: what a section's correction menu offers. */
  comparison: Pick<Comparison, 'left' | 'right' | 'pairs'>;
  pieces: SidePieces;
  /** The column's side of every shared phrase. */
  phrases: RangeIndex<PhraseMark>;
  /** Mentions of the selected theme in this column. */
  theme: RangeIndex<Range>;
  /** Hits of the find bar in this column, and the one it is on. */
  find: RangeIndex<Range>;
  current: Range | null;
  /** The report's pinyin glosses (drawn in their own spans, hidden by the view unless asked for). */
  glosses: RangeIndex<Range>;
  script: Script;
  /** For the `lit` and `selected` classes (hovered and selected phrase). */
  workspace: Workspace;
  measure: (target: MeasureTarget) => Attachment<Element>;
}
