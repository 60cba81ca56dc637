/**
 * Finding and showing highlights in the reading view. Marks carry every phrase id they belong to in
 * `data-phrases` (space-separated), so `~=` finds a phrase even where it overlaps another.
 */
import type { Section, Side } from '../../core/types';
import { sectionAt } from '../../view/phrases';

export function otherSide(side: Side): Side {
  return side === 'left' ? 'right' : 'left';
}

/** The first rendered mark of `phrase` in a column (a mark inside a hidden blank run is skipped). */
export function findMark(side: Side, phrase: string): HTMLElement | null {
  const marks = document.querySelectorAll<HTMLElement>(
    `[data-side="${side}"] mark[data-phrases~="${CSS.escape(phrase)}"]`,
  );
  for (const mark of marks) if (mark.checkVisibility()) return mark;
  return null;
}

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Scrolls an element to the middle of the viewport and briefly rings it; optionally moves focus. */
export function reveal(element: HTMLElement, options: { focus?: boolean } = {}): void {
  if (options.focus) element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  element.classList.remove('flash');
  // Reading layout restarts the animation when the class is added back.
  void element.offsetWidth;
  element.classList.add('flash');
}

export function revealPhrase(side: Side, phrase: string, options: { focus?: boolean } = {}): boolean {
  const mark = findMark(side, phrase);
  if (mark) reveal(mark, options);
  return mark !== null;
}

export function revealSection(sectionId: string): boolean {
  const element = document.querySelector<HTMLElement>(`[data-section-id="${CSS.escape(sectionId)}"]`);
  if (element) reveal(element);
  return element !== null;
}

/** Shows the place of an original offset: its section, else the visible piece of text holding it. */
export function revealOffset(side: Side, report: { sections: readonly Section[] }, offset: number): boolean {
  const section = sectionAt(report.sections, offset);
  if (section && revealSection(section.id)) return true;
  const pieces = document.querySelectorAll<HTMLElement>(`[data-side="${side}"] [data-start]`);
  const piece = [...pieces].find(
    (element) => Number(element.dataset.end) > offset && element.checkVisibility(),
  );
  if (piece) reveal(piece);
  return piece !== undefined;
}
