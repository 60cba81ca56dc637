/**
 * The find bar's state: what is looked for, where it is in each report, which hit is current. The
 * reading view draws only what is on screen, so the page finds by itself (src/view/find.ts) and brings
 * each hit into view through the Interaction. Hits are listed left report first, then right, each in
 * text order; `next`/`previous` wrap around.
 *
 *   find.show(); find.setQuery('统一战线'); await find.next();   // the first hit, drawn and rung
 */
import type { Range, Side } from '../core/types';
import { findInReport, type FindResult } from '../view/find';
import type { Interaction } from './interaction';
import type { Workspace } from './workspace.svelte';

export interface FindHit {
  side: Side;
  range: Range;
}

const NONE: FindResult = { hits: [], capped: false };

export class Find {
  open = $state(false);
  query = $state('');
  /** Index into `hits` of the current hit; -1 before the first `next`. */
  current = $state(-1);

  readonly results: Record<Side, FindResult> = $derived.by(() => {
    const comparison = this.#workspace.comparison;
    if (!comparison || !this.open) return { left: NONE, right: NONE };
    return {
      left: findInReport(comparison.left, this.query),
      right: findInReport(comparison.right, this.query),
    };
  });
  readonly hits: FindHit[] = $derived([
    ...this.results.left.hits.map((range) => ({ side: 'left' as const, range })),
    ...this.results.right.hits.map((range) => ({ side: 'right' as const, range })),
  ]);
  readonly capped: boolean = $derived(this.results.left.capped || this.results.right.capped);
  readonly currentHit: FindHit | null = $derived(this.hits[this.current] ?? null);

  #workspace: Workspace;
  #interaction: Interaction;

  constructor(workspace: Workspace, interaction: Interaction) {
    this.#workspace = workspace;
    this.#interaction = interaction;
  }

  show(): void {
    this.open = true;
  }

  close(): void {
    this.open = false;
    this.current = -1;
  }

  setQuery(query: string): void {
    this.query = query;
    this.current = -1;
  }

  next(): Promise<boolean> {
    return this.#go(1);
  }

  previous(): Promise<boolean> {
    return this.#go(-1);
  }

  #go(step: 1 | -1): Promise<boolean> {
    const count = this.hits.length;
    if (count === 0) return Promise.resolve(false);
    this.current = this.current < 0 ? (step === 1 ? 0 : count - 1) : (this.current + step + count) % count;
    const hit = this.hits[this.current]!;
    return this.#interaction.revealRange(hit.side, hit.range);
  }
}
