/**
 * Chapter bands of the reading view: the task rows of a long report grouped under the chapters they
 * belong to (`一、…` `二、…` of a provincial report), so a reader can fold a chapter away, and the
 * navigator and the bands share one unit.
 *
 * A section's chapter is its outermost enclosing section (follow `parent` up to level 1). Chapters of
 * the two reports are one band when their chapter sections pair with each other (the engine pairs
 * chapters first, then items within paired chapters); a chapter that pairs with nothing is a band of
 * its own. A pair goes to the band of its left section's chapter, else its right's, so a row never
 * sits outside the chapter of the text it shows on the left. Body text after a chapter that no node
 * holds (`L-task~2`, a level-1 tail) stays in the chapter before it.
 *
 * Only reports with nesting have chapters: when no task section has a parent (the samples, most
 * meeting news) `groupChapters` returns null and the view keeps its one band of tasks.
 *
 * Example (left chapters L-task-1, L-task-2 with items; right R-task-1, R-task-2):
 *   pairs  0 L-task-1↔R-task-1 · 1 L-task-1.1↔R-task-1.2 · 2 —↔R-task-1.1 · 3 L-task-2↔R-task-2 · 4 L-task-2.1↔—
 *   →  [{ id: 'L-task-1', left: L-task-1, right: R-task-1, pairs: [0, 1, 2] },
 *       { id: 'L-task-2', left: L-task-2, right: R-task-2, pairs: [3, 4] }]
 */
import type { Comparison, Section, SectionPair, Side } from '../core/types';

export interface Chapter {
  /** `data-chapter`: the left chapter section's id, else the right's (`L-task-3`, `R-task-2`). */
  id: string;
  left: Section | null;
  right: Section | null;
  /** Indices into `Comparison.pairs`, in the engine's reading order. */
  pairs: number[];
}

type Input = Pick<Comparison, 'left' | 'right' | 'pairs'>;

/** Chapters of the task pairs, in reading order; null when neither report nests. */
export function groupChapters(comparison: Input): Chapter[] | null {
  const nested = (['left', 'right'] as const).some((side) =>
    comparison[side].sections.some((s) => s.kind === 'task' && s.parent !== undefined),
  );
  if (!nested) return null;
  const roots = { left: rootsOf(comparison.left.sections), right: rootsOf(comparison.right.sections) };

  // Chapter sections that pair with each other share a band.
  const chapterOfRoot = { left: new Map<string, Chapter>(), right: new Map<string, Chapter>() };
  const chapters: Chapter[] = [];
  const chapterFor = (side: Side, rootId: string): Chapter => {
    const known = chapterOfRoot[side].get(rootId);
    if (known) return known;
    const section = roots[side].sections.get(rootId)!;
    const chapter: Chapter = {
      id: rootId,
      left: side === 'left' ? section : null,
      right: side === 'right' ? section : null,
      pairs: [],
    };
    chapterOfRoot[side].set(rootId, chapter);
    chapters.push(chapter);
    return chapter;
  };
  comparison.pairs.forEach((pair, index) => {
    if (pair.kind !== 'task') return;
    const left = rootOfPair(pair, 'left', roots.left);
    const right = rootOfPair(pair, 'right', roots.right);
    let chapter: Chapter;
    if (left !== null) {
      chapter = chapterFor('left', left);
      // A pair of two chapter sections joins the right chapter to the left one's band.
      if (
        right !== null &&
        isRootPair(pair, roots) &&
        chapter.right === null &&
        !chapterOfRoot.right.has(right)
      ) {
        chapter.right = roots.right.sections.get(right)!;
        chapterOfRoot.right.set(right, chapter);
      }
    } else {
      chapter = chapterFor('right', right!);
    }
    chapter.pairs.push(index);
  });
  return chapters.filter((c) => c.pairs.length > 0);
}

interface Roots {
  /** Section id → id of its chapter section. */
  rootOf: Map<string, string>;
  sections: Map<string, Section>;
}

function rootsOf(sections: readonly Section[]): Roots {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const rootOf = new Map<string, string>();
  /** Outline node → the chapter its head (or whole) section belongs to. */
  const rootOfNode = new Map<string, string>();
  let lastRoot: string | null = null;
  for (const section of sections) {
    if (section.kind !== 'task') continue;
    let root = section;
    for (let up = byId.get(section.parent ?? ''); up; up = byId.get(up.parent ?? '')) root = up;
    const tail = root === section && section.part === 'tail';
    // A chapter's own text after its last item (`L-task-1~`, the tail of node L-1) belongs to that
    // chapter; level-1 text no node holds (`L-task~2`) reads on in the chapter before it.
    const ofNode = tail && section.node !== undefined ? rootOfNode.get(section.node) : undefined;
    const loose = tail && ofNode === undefined;
    const id: string = ofNode ?? (loose && lastRoot !== null ? lastRoot : root.id);
    rootOf.set(section.id, id);
    if (section.node !== undefined && !rootOfNode.has(section.node)) rootOfNode.set(section.node, id);
    if (!loose) lastRoot = id;
  }
  return { rootOf, sections: byId };
}

function rootOfPair(pair: SectionPair, side: Side, roots: Roots): string | null {
  const first = pair[side][0];
  return first === undefined ? null : (roots.rootOf.get(first) ?? null);
}

function isRootPair(pair: SectionPair, roots: { left: Roots; right: Roots }): boolean {
  return (
    pair.left.every((id) => roots.left.rootOf.get(id) === id) &&
    pair.right.every((id) => roots.right.rootOf.get(id) === id)
  );
}

/**
 * The chapter showing original offset `offset` of `side` (one of its pairs holds a section of that side
 * covering the offset), or null. For revealing a place inside a folded chapter: unfold it first.
 */
export function chapterHolding(
  chapters: readonly Chapter[],
  comparison: Input,
  side: Side,
  offset: number,
): Chapter | null {
  const sections = new Map(comparison[side].sections.map((s) => [s.id, s]));
  for (const chapter of chapters) {
    for (const index of chapter.pairs) {
      for (const id of comparison.pairs[index]?.[side] ?? []) {
        const section = sections.get(id);
        if (section && section.start <= offset && offset < section.end) return chapter;
      }
    }
  }
  return null;
}
