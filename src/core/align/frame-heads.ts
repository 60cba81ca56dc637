/**
 * Two frames whose items answer each other answer each other too. A frame (an outline node holding
 * items) that found no partner whole is opened and its items get second chances (`alignWith`'s opened
 * pool, `pairOrphanLists`, `strayWith`). When those items pair only into ONE frame of the other report,
 * and that frame's items only into it, the two frames are about the same thing even if their headings
 * and whole texts scored too low to say so, and their heads pair: the reader sees the two headings side
 * by side above the items they hold. Called by `finish`, so every pass of the aligner gets it.
 *
 * On the corpus (`npm run eval`) it pairs four such heads, none judged wrong, none changing agreement
 * (the labels pair these frames item by item, or with more units): tw-sp 2016's 為年輕人打造一個更好的
 * 國家 with 2024's 樂民之樂，憂民之憂 (pensions, food safety, the wealth gap pair one by one), and the
 * government-conduct points that js, gs and gz keep inside a chapter with the chapter sh, hlj and cq
 * give them.
 *
 *   frameHeadPairs(drafts, left, right)  →  [{ left: [headL], right: [headR] }]   (heads both unpaired)
 *
 * Example: drafts {L-2.9, L-2.11}↔{R-5.3} and {L-2.10}↔{R-5.2}, no other pair touching L-2 or R-5
 * items, L-2's and R-5's heads unpaired → one new pair, L-2's head with R-5's head.
 */
import type { AlignSection } from './index';

/** Fewest item pairs between two frames that pair their heads: one pair can be a coincidence of words. */
export const FRAME_HEAD_MIN_ITEM_PAIRS = 2;

interface SectionDraft {
  left: number[];
  right: number[];
}

/** The frame (outline node id) a section is an item or tail of; null at the top level or without a node. */
function frameOf(section: AlignSection): string | null {
  if (section.kind !== 'task' || section.node === undefined) return null;
  if (section.part === 'tail') return section.node;
  const dot = section.node.lastIndexOf('.');
  return dot < 0 ? null : section.node.slice(0, dot);
}

/** The one frame all `indices` sit in, or null when they sit in none or in several. */
function soleFrame(sections: readonly AlignSection[], indices: readonly number[]): string | null {
  let frame: string | null = null;
  for (const i of indices) {
    const own = frameOf(sections[i]!);
    if (own === null || (frame !== null && own !== frame)) return null;
    frame = own;
  }
  return frame;
}

function headsByNode(sections: readonly AlignSection[]): Map<string, number> {
  const heads = new Map<string, number>();
  sections.forEach((s, i) => {
    if (s.part === 'head' && s.node !== undefined) heads.set(s.node, i);
  });
  return heads;
}

export function frameHeadPairs(
  drafts: readonly SectionDraft[],
  left: readonly AlignSection[],
  right: readonly AlignSection[],
): SectionDraft[] {
  /** Item pairs per left frame → right frame; null once a frame's items pair into two frames or none. */
  const partnerOf = { left: new Map<string, string | null>(), right: new Map<string, string | null>() };
  const count = new Map<string, number>();
  const note = (map: Map<string, string | null>, frame: string, partner: string | null) =>
    map.set(frame, map.has(frame) && map.get(frame) !== partner ? null : partner);
  const paired = { left: new Set<number>(), right: new Set<number>() };
  for (const draft of drafts) {
    draft.left.forEach((i) => paired.left.add(i));
    draft.right.forEach((i) => paired.right.add(i));
    if (draft.left.length === 0 || draft.right.length === 0) continue;
    const l = soleFrame(left, draft.left);
    const r = soleFrame(right, draft.right);
    if (l !== null) note(partnerOf.left, l, r);
    if (r !== null) note(partnerOf.right, r, l);
    if (l !== null && r !== null) count.set(`${l}\n${r}`, (count.get(`${l}\n${r}`) ?? 0) + 1);
  }
  const leftHeads = headsByNode(left);
  const rightHeads = headsByNode(right);
  const made: SectionDraft[] = [];
  for (const [l, r] of partnerOf.left) {
    if (r === null || partnerOf.right.get(r) !== l) continue;
    if ((count.get(`${l}\n${r}`) ?? 0) < FRAME_HEAD_MIN_ITEM_PAIRS) continue;
    const headL = leftHeads.get(l);
    const headR = rightHeads.get(r);
    if (headL === undefined || headR === undefined) continue;
    if (paired.left.has(headL) || paired.right.has(headR)) continue;
    made.push({ left: [headL], right: [headR] });
  }
  return made;
}
