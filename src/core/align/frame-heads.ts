/**
 * Two frames whose items answer each other answer each other too. A frame (an outline node holding
 * items) that found no partner whole is opened and its items get second chances (`alignWith`'s opened
 * pool, `pairOrphanLists`, `strayWith`). When those items pair only into ONE frame of the other report,
 * and that frame's items only into it, the two frames are about the same thing even if their headings
 * and whole texts scored too low to say so, and their heads pair: the reader sees the two headings side
 * by side above the items they hold. Called by `finish`, so every pass of the aligner gets it.
 *
 * A frame's partner is the innermost frame holding all its items' partners, so items that pair into
 * a chapter and into a frame inside it (四's items and 四.5's points) make the chapter the partner.
 *
 * On the corpus (`npm run eval`) it pairs six such heads, none judged wrong: gd's last 2026 item on the
 * government's own conduct with hun's chapter 四 on it (labelled: pair agreement 0.8151 → 0.8167), tw-sp
 * 2016's 為年輕人打造一個更好的國家 with 2024's 樂民之樂，憂民之憂 (pensions, food safety, the wealth
 * gap pair one by one), and the government-conduct points js, gs, gz and nx keep inside a chapter with
 * the chapter sh, hlj, cq and xj give them (the labels pair those item by item only).
 *
 *   frameHeadPairs(drafts, left, right)  →  [{ left: [headL], right: [headR] }]   (heads both unpaired)
 *
 * Example: drafts {L-2.9, L-2.11}↔{R-5.3} and {L-2.10}↔{R-5.2}, no other pair touching L-2 or R-5
 * items, L-2's and R-5's heads unpaired → one new pair, L-2's head with R-5's head.
 */
import type { AlignSection } from './index';

/**
 * Fewest item pairs between two frames that pair their heads: one pair can be a coincidence of words.
 * At 1 (`npm run eval`): mn 2018×2024 found its labelled 8 ↔ 8 (agreement 0.667 → 0.697), but on the
 * labelled structure ln×sx paired two frames wrongly (wrong pairs on labels 0.024 → 0.028).
 */
export const FRAME_HEAD_MIN_ITEM_PAIRS = 2;

interface SectionDraft {
  left: number[];
  right: number[];
}

/** A node and the nodes holding it, innermost first: `L-3.14.2` → `L-3.14.2`, `L-3.14`, `L-3`. */
function selfAndAncestors(node: string): string[] {
  const nodes = [node];
  for (let at = node.lastIndexOf('.'); at > 0; at = node.lastIndexOf('.', at - 1))
    nodes.push(node.slice(0, at));
  return nodes;
}

/**
 * The frames (outline node ids) a section sits in, innermost first: `L-3.14.2` → `L-3.14`, `L-3`; a
 * tail sits in its own node first. Empty at the top level or without a node.
 */
function framesOf(section: AlignSection): string[] {
  if (section.kind !== 'task' || section.node === undefined) return [];
  const nodes = selfAndAncestors(section.node);
  return section.part === 'tail' ? nodes : nodes.slice(1);
}

/** The innermost frame holding both (`L-4.5` and `L-4.1` → `L-4`), or null when none does. */
function commonFrame(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return null;
  const x = a.split('.');
  const y = b.split('.');
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n === 0 ? null : x.slice(0, n).join('.');
}

/** The innermost frame holding all `indices`, or null when one of them is in none. */
function frameOfAll(sections: readonly AlignSection[], indices: readonly number[]): string | null {
  let frame: string | null = null;
  for (const [k, i] of indices.entries()) {
    const own = framesOf(sections[i]!)[0] ?? null;
    frame = k === 0 ? own : commonFrame(frame, own);
    if (frame === null) return null;
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
  /**
   * Per frame of one side: the innermost frame of the other side holding every partner of its items
   * (null once two of them sit under no common frame), and how many item pairs it took part in.
   */
  const partnerOf = { left: new Map<string, string | null>(), right: new Map<string, string | null>() };
  const pairsOf = { left: new Map<string, number>(), right: new Map<string, number>() };
  const note = (side: 'left' | 'right', frames: Set<string>, partner: string | null) => {
    for (const frame of frames) {
      const before = partnerOf[side].get(frame);
      partnerOf[side].set(frame, before === undefined ? partner : commonFrame(before, partner));
      pairsOf[side].set(frame, (pairsOf[side].get(frame) ?? 0) + 1);
    }
  };
  const paired = { left: new Set<number>(), right: new Set<number>() };
  for (const draft of drafts) {
    draft.left.forEach((i) => paired.left.add(i));
    draft.right.forEach((i) => paired.right.add(i));
    if (draft.left.length === 0 || draft.right.length === 0) continue;
    note('left', new Set(draft.left.flatMap((i) => framesOf(left[i]!))), frameOfAll(right, draft.right));
    note('right', new Set(draft.right.flatMap((i) => framesOf(right[i]!))), frameOfAll(left, draft.left));
  }
  const leftHeads = headsByNode(left);
  const rightHeads = headsByNode(right);
  const made: SectionDraft[] = [];
  for (const [l, r] of partnerOf.left) {
    if (r === null || partnerOf.right.get(r) !== l) continue;
    if ((pairsOf.left.get(l) ?? 0) < FRAME_HEAD_MIN_ITEM_PAIRS) continue;
    const headL = leftHeads.get(l);
    const headR = rightHeads.get(r);
    if (headL === undefined || headR === undefined) continue;
    if (paired.left.has(headL) || paired.right.has(headR)) continue;
    made.push({ left: [headL], right: [headR] });
  }
  return made;
}

/**
 * For each pair of two heads, how many other pairs lie wholly under their two nodes (left sections
 * under the left head's node, right under the right's): what `PairReason.items` tells the reader.
 * Pairs are the final ones, sections by index; the result is by pair index, zeros left out.
 */
export function itemPairsUnderHeads(
  pairs: readonly { leftIndex: readonly number[]; rightIndex: readonly number[] }[],
  left: readonly AlignSection[],
  right: readonly AlignSection[],
): Map<number, number> {
  const under = new Map<string, number>();
  const chain = (frame: string | null) => (frame === null ? [] : selfAndAncestors(frame));
  for (const pair of pairs) {
    if (pair.leftIndex.length === 0 || pair.rightIndex.length === 0) continue;
    for (const l of chain(frameOfAll(left, pair.leftIndex)))
      for (const r of chain(frameOfAll(right, pair.rightIndex)))
        under.set(`${l}\n${r}`, (under.get(`${l}\n${r}`) ?? 0) + 1);
  }
  const counts = new Map<number, number>();
  pairs.forEach((pair, i) => {
    if (pair.leftIndex.length !== 1 || pair.rightIndex.length !== 1) return;
    const a = left[pair.leftIndex[0]!]!;
    const b = right[pair.rightIndex[0]!]!;
    if (a.part !== 'head' || b.part !== 'head' || a.node === undefined || b.node === undefined) return;
    const n = under.get(`${a.node}\n${b.node}`) ?? 0;
    if (n > 0) counts.set(i, n);
  });
  return counts;
}
