/**
 * What the reader points at and asks to see: hovering and selecting shared phrases, and bringing a
 * phrase, a section or a place of a report into view. One module for the whole page: the reading view,
 * the phrase list, the minimap, the theme chart's navigator, the summary's notes and the keyboard all
 * go through it, and none of them queries the document for another component's elements.
 *
 * The reading view draws only what is on screen, so "show me" cannot be "find the element": the
 * reading view registers a `ReadingPort` that scrolls to a range of a report (drawing it on the way),
 * then rings and, if asked, focuses what is there. Hover and selection live in the `Workspace` (the
 * selection is part of a saved comparison); the reading view draws their classes from it.
 *
 *   interaction.clickMark('left', 'p7')     select p7, show its counterpart on the right
 *   interaction.step(1)                     next phrase in reading order, focused on the left
 *   interaction.revealSection('R-task-3')   the section's card, at the top of the view
 */
import type { Range, Side, Warning } from '../core/types';
import { phraseById } from '../view/phrases';
import type { Workspace } from './workspace.svelte';

export interface RevealOptions {
  /** The phrase to ring (and focus) at that place; without it, the place itself is rung. */
  phrase?: string;
  /** Move keyboard focus to the phrase's mark. */
  focus?: boolean;
  /** Where the range should land in the view. Default: the middle. */
  block?: 'center' | 'start';
}

/** What the reading view offers: bring a range of one report into view. Resolves once it is drawn. */
export interface ReadingPort {
  reveal(side: Side, range: Range, options: RevealOptions): Promise<boolean>;
}

export function otherSide(side: Side): Side {
  return side === 'left' ? 'right' : 'left';
}

/** `L-task-3` → left, `R-closing` → right (section ids carry their side, src/core/types.ts). */
export function sideOfSection(id: string): Side {
  return id.startsWith('R-') ? 'right' : 'left';
}

export class Interaction {
  #workspace: Workspace;
  #port: ReadingPort | null = null;

  constructor(workspace: Workspace) {
    this.#workspace = workspace;
  }

  /** The reading view plugs itself in; returns the function that unplugs it. */
  attach(port: ReadingPort): () => void {
    this.#port = port;
    return () => {
      if (this.#port === port) this.#port = null;
    };
  }

  hover(phrase: string | null): void {
    if (this.#workspace.hoveredPhrase !== phrase) this.#workspace.hoverPhrase(phrase);
  }

  /** A click on a mark: select its phrase and show the counterpart in the other column. */
  clickMark(side: Side, phrase: string): Promise<boolean> {
    this.#workspace.selectPhrase(phrase);
    return this.revealPhrase(otherSide(side), phrase);
  }

  /** A phrase picked from the list: selected, focused on the left; a moved one shown on the right too. */
  async pickPhrase(phrase: string): Promise<boolean> {
    this.#workspace.selectPhrase(phrase);
    const shown = await this.revealPhrase('left', phrase, { focus: true });
    const comparison = this.#workspace.comparison;
    const kind = comparison ? phraseById(comparison.phrases, phrase)?.kind : undefined;
    // The counterpart of a moved phrase is elsewhere; bring it into view without stealing focus.
    if (kind === 'moved') await this.revealPhrase('right', phrase);
    return shown;
  }

  /** `n` / `p`: the next or previous phrase in reading order, selected and focused in the left column. */
  async step(step: 1 | -1): Promise<string | null> {
    const id = this.#workspace.stepPhrase(step);
    if (id) await this.revealPhrase('left', id, { focus: true });
    return id;
  }

  revealPhrase(side: Side, phrase: string, options: { focus?: boolean } = {}): Promise<boolean> {
    const comparison = this.#workspace.comparison;
    const found = comparison ? phraseById(comparison.phrases, phrase) : undefined;
    if (!found) return Promise.resolve(false);
    return this.#reveal(side, found[side], { ...options, phrase });
  }

  revealSection(sectionId: string): Promise<boolean> {
    const side = sideOfSection(sectionId);
    const section = this.#workspace.comparison?.[side].sections.find((s) => s.id === sectionId);
    if (!section) return Promise.resolve(false);
    return this.#reveal(side, { start: section.start, end: section.end }, { block: 'start' });
  }

  /** A place of a report (a note's range, a click on the minimap between ticks). */
  revealOffset(side: Side, offset: number): Promise<boolean> {
    return this.#reveal(side, { start: offset, end: offset + 1 }, {});
  }

  /**
   * The place a note on a report points at. A note about pinyin glosses shows them first: hidden, the
   * gloss it points at has no place on screen.
   */
  revealWarning(side: Side, warning: Warning): Promise<boolean> {
    if (!warning.range) return Promise.resolve(false);
    if (warning.code === 'gloss-stripped') this.#workspace.setShowGlosses(true);
    return this.revealOffset(side, warning.range.start);
  }

  /** Any range, e.g. a hit of the find bar. */
  revealRange(side: Side, range: Range, options: RevealOptions = {}): Promise<boolean> {
    return this.#reveal(side, range, options);
  }

  /** Esc: no phrase, no theme, nothing hovered. */
  clear(): void {
    this.#workspace.clearSelection();
    this.#workspace.hoverPhrase(null);
  }

  #reveal(side: Side, range: Range, options: RevealOptions): Promise<boolean> {
    return this.#port ? this.#port.reveal(side, range, options) : Promise.resolve(false);
  }
}
