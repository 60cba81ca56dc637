/**
 * `CorrectionHistory`: the reader's corrections of one comparison with undo and redo.
 *
 * The list is the truth (what `compare()` applies, what links and files carry); history is kept as the
 * lists before and after each step, so undo and redo are exact whatever the step did (add one
 * correction, drop one that no longer fits, reset to automatic). Replaced whole on every step
 * (`$state.raw`), so the workspace's effects see a new array and the worker gets a plain one.
 *
 *   list       Correction[]     current corrections, in the order made
 *   canUndo / canRedo           whether there is a step to take back / to take again
 *   undoLabel / redoLabel       what that step did (`split`, `pair`, `reset`…), for button labels
 *   add(c) · drop(index) · reset() · undo() · redo()    each returns whether the list changed
 *   replace(list)               a new comparison (texts, link, file): the list, with no history
 *
 * Example: add(split) → add(pair) → undo() → list [split], redoLabel 'pair' → reset() → list [],
 * undoLabel 'reset' → undo() → list [split] again.
 */
import type { Correction } from '../core/types';

export type CorrectionStep = Correction['op'] | 'drop' | 'reset';

interface Entry {
  list: Correction[];
  step: CorrectionStep;
}

/** Steps kept for undo; older ones are forgotten (each entry holds a whole list, usually short). */
const MAX_UNDO = 200;

export class CorrectionHistory {
  list: Correction[] = $state.raw([]);
  #past: Entry[] = $state.raw([]);
  #future: Entry[] = $state.raw([]);

  readonly canUndo: boolean = $derived(this.#past.length > 0);
  readonly canRedo: boolean = $derived(this.#future.length > 0);
  readonly undoLabel: CorrectionStep | null = $derived(this.#past.at(-1)?.step ?? null);
  readonly redoLabel: CorrectionStep | null = $derived(this.#future.at(-1)?.step ?? null);

  add(correction: Correction): boolean {
    return this.#step([...this.list, correction], correction.op);
  }

  /** Drops one correction (one that no longer fits, say). */
  drop(index: number): boolean {
    if (index < 0 || index >= this.list.length) return false;
    return this.#step(
      this.list.filter((_, i) => i !== index),
      'drop',
    );
  }

  /** Back to the engine's structure and pairs; undoable. */
  reset(): boolean {
    return this.list.length > 0 && this.#step([], 'reset');
  }

  undo(): boolean {
    const entry = this.#past.at(-1);
    if (!entry) return false;
    this.#past = this.#past.slice(0, -1);
    this.#future = [...this.#future, { list: this.list, step: entry.step }];
    this.list = entry.list;
    return true;
  }

  redo(): boolean {
    const entry = this.#future.at(-1);
    if (!entry) return false;
    this.#future = this.#future.slice(0, -1);
    this.#past = [...this.#past, { list: this.list, step: entry.step }];
    this.list = entry.list;
    return true;
  }

  replace(list: readonly Correction[]): void {
    this.list = [...list];
    this.#past = [];
    this.#future = [];
  }

  #step(next: Correction[], step: CorrectionStep): boolean {
    this.#past = [...this.#past.slice(-(MAX_UNDO - 1)), { list: this.list, step }];
    this.#future = [];
    this.list = next;
    return true;
  }
}
