/**
 * `{@attach open && dismiss(close)}` on a pop-up's root (the element holding both its button and its
 * panel): while it is open, a pointer press anywhere outside the root calls `close('outside')`, and
 * Escape pressed inside it calls `close('escape')` (stopped there, so the page's own Escape, which
 * clears the reader's selection, does not also run). Attached only while open, so a page of section
 * cards holds one window listener for the one open menu, not one per card.
 */
import type { Attachment } from 'svelte/attachments';

export function dismiss(close: (how: 'outside' | 'escape') => void): Attachment<HTMLElement> {
  return (root) => {
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.contains(event.target)) close('outside');
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      close('escape');
    };
    window.addEventListener('pointerdown', onPointer);
    root.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointerdown', onPointer);
      root.removeEventListener('keydown', onKey);
    };
  };
}
