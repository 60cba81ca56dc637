/**
 * The sections a theme navigator offers as jumps: the first `limit` of a theme row's section ids that
 * the comparison shown has, and how many more it lists. Bounded by `limit`, not by the number of
 * sections: a theme of a long report is mentioned in thousands, and a theme click looked every one of
 * them up to show 24.
 *
 * Example: firstJumps(['s1', 's9', 's2', 's3'], byId, 2) → { shown: [s1, s2], more: 1 } when the
 * comparison has no section s9 (the insights column may show the comparison before for a frame).
 */
export function firstJumps<T>(
  ids: readonly string[],
  byId: ReadonlyMap<string, T>,
  limit: number,
): { shown: T[]; more: number } {
  const shown: T[] = [];
  let i = 0;
  for (; i < ids.length && shown.length < limit; i++) {
    const found = byId.get(ids[i]!);
    if (found !== undefined) shown.push(found);
  }
  return { shown, more: ids.length - i };
}
