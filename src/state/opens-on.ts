/**
 * Whether the page opens on the sample comparison at its default options, decided before any of the
 * page's JavaScript modules run: an inline script in index.html calls this (its source is inlined by
 * tools/vite/prerender.ts) and marks `<html data-opens="restore">` otherwise. Only then may the sample
 * prerendered into the page be shown; a link or a saved comparison must never flash the sample first.
 *
 * Same order as Persistence: a change written as this tab left the same entry (`leaving`, from the tab's
 * sessionStorage) wins, then a fragment in the address bar (or the history entry's), then the copy saved
 * in this browser. Self-contained (no imports, no outer names) because its source is inlined.
 *
 * Example: ('', null) → true; ('#sample', …) → true; ('#v1.AAAA', …) → false;
 *          ('', '{"fragment":"sample","savedAt":"…"}') → true; ('', '{"fragment":"v1.AAAA"…}') → false;
 *          ('#sample', null, '{"entry":"sample","fragment":"v2.BBBB"}') → false.
 */
export function opensOnSample(
  fragment: string,
  stored: string | null,
  leaving: string | null = null,
): boolean {
  const own = fragment.charAt(0) === '#' ? fragment.slice(1) : fragment;
  if (leaving !== null) {
    try {
      const left = JSON.parse(leaving) as { entry?: unknown; fragment?: unknown };
      if (left.entry === own && typeof left.fragment === 'string' && left.fragment !== 'sample') return false;
    } catch {
      // unreadable: ignored, as Persistence ignores it
    }
  }
  if (own !== '') return own === 'sample';
  if (stored === null) return true;
  try {
    return (JSON.parse(stored) as { fragment?: unknown }).fragment === 'sample';
  } catch {
    return false;
  }
}

/**
 * In the page: what the inline script decided (`<html data-opens="restore">` when not the sample). True
 * where there is no document (server-side rendering draws the sample).
 */
export function pageOpensOnSample(): boolean {
  return typeof document === 'undefined' || document.documentElement.dataset.opens !== 'restore';
}
