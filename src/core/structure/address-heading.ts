/**
 * A part of a work report introduced by an address to the delegates: after the last numbered item of
 * the year's work, `各位代表！“十五五”新的征程已经开启，各级政府都要有新面貌、新作为。我们要…。我们要…`
 * (or the address as its own paragraph, its points in the paragraphs after it) is the government's
 * own conduct, a unit beside the items, not more of the last one. The address paragraph becomes an
 * unnumbered `heading` node at the level of the items, holding the run of points that follows it.
 *
 * Two shapes are found in the tree `./outline-tree` built (normalized offsets):
 *   - the run nested in the last item, after the item's other children: `（八）民生` > [`1.`…, `我们要`×4]
 *     → `（八）民生` > [`1.`…] · heading `各位代表！…` > [`我们要`×4];
 *   - the run as siblings of the items: [`（十）安全`, `着力`×5] → [`（十）安全`, heading > [`着力`×5]].
 * Either way the run must begin in the address paragraph or the paragraph right after it, with no
 * other node between; the points must be one run (same style, two or more, to the end of their parent).
 * Only in the last part of the report, where the government's conduct comes: an address in a review
 * chapter (`各位代表！经过五年接续奋斗…`, then `这是…的五年` paragraphs) opens the review's own runs,
 * which stand beside the year's items without a heading; when the tree nested such a run in the last
 * item, open to the chapter's end, the item ends at the address and the run moves up (`liftReviewRun`).
 * A part with no points at all (`各位代表！` / `“十五五”和开局之年的目标任务，考验着各级政府…。我们一定…`)
 * is a heading too, holding the prose up to the closing; only for `各位代表`, since a speech's `同志们！`
 * inside its last part is rhetoric.
 */

import { PERIOD_FRAME } from './candidate';
import type { TreeNode } from './outline-tree';
import type { Body, Paragraph } from './units';

const ADDRESS = /^(?:各位代表|同志们|各位委员)[！!，,]/;
const BARE = /^(?:各位代表|同志们|各位委员)[！!，,]$/;
/** Least points in the run the address introduces. */
const RUN_MIN = 2;

/** A tree node linked to its parent, while nodes are moved. */
interface Linked extends TreeNode {
  up: Linked | null;
}

export function addressHeadings(tree: readonly TreeNode[], body: Body): readonly TreeNode[] {
  // The longest address (`各位代表！`) is five characters: only a paragraph's opening is read.
  const opening = (p: Paragraph) => body.text.slice(p.start, p.start + 5);
  const addresses = body.paragraphs.filter((p) => ADDRESS.test(opening(p)));
  if (addresses.length === 0) return tree;
  // Fields named, not spread (V8's generic object copy, at every node of the tree).
  const nodes: Linked[] = tree.map((n) => ({
    start: n.start,
    labelFrom: n.labelFrom,
    end: n.end,
    style: n.style,
    ordinal: n.ordinal,
    parent: n.parent,
    level: n.level,
    up: null,
  }));
  tree.forEach((n, i) => (nodes[i]!.up = n.parent < 0 ? null : nodes[n.parent]!));
  const lastRoot = nodes.filter((n) => n.up === null).at(-1);
  let changed = false;
  for (const address of addresses) {
    const holder = smallestHolding(nodes, address.start);
    if (holder && rootOf(holder) !== lastRoot) {
      changed = liftReviewRun(nodes, holder, address, body) || changed;
      continue;
    }
    if (!holder) continue;
    const kids = nodes.filter((n) => n.up === holder);
    const run = kids.filter((n) => n.start > address.start);
    const before = kids.filter((n) => n.start <= address.start);
    // No points at all: the address and the prose after it, to the end of the last item, are the part
    // (`各位代表！` / `“十五五”和开局之年的目标任务，考验着各级政府…。我们一定…。`). Only a work report's
    // address to the delegates: a speech's `同志们！` inside its last part is rhetoric (sp-2017).
    const prose = run.length === 0 && opening(address).startsWith('各位代表');
    if (!prose && (run.length < RUN_MIN || run.some((n) => n.style !== run[0]!.style))) continue;
    if (before.some((n) => n.end > address.start)) continue;
    if (!prose) {
      const first = body.paragraphs.find((p) => p.start <= run[0]!.start && run[0]!.start < p.end);
      if (!first || first.index > address.index + 1) continue;
    }
    const end = prose ? holder.end : Math.max(...run.map((n) => n.end));
    // The address names nothing: the label is read after it (a bare `各位代表！` line: from the next
    // paragraph), so the outline reads `“十五五”新的征程已经开启…`, not `各位代表！“十五五”…`.
    const words = ADDRESS.exec(opening(address))![0].length;
    const bare = BARE.test(body.text.slice(address.start, address.end).trim());
    const labelFrom = bare
      ? (body.paragraphs[address.index + 1]?.start ?? address.start)
      : address.start + words;
    let heading: Linked;
    if (holder.up === null) {
      // The points are siblings of the chapter's items: a heading above them, after the last item.
      const previous = before.at(-1);
      if (!previous) continue;
      heading = headingAt(address.start, labelFrom, end, previous.ordinal + 1, holder);
    } else {
      // The points nested in the chapter's last item: the item ends at the address.
      if (nodes.filter((n) => n.up === holder.up).at(-1) !== holder) continue;
      heading = headingAt(address.start, labelFrom, holder.end, holder.ordinal + 1, holder.up);
      holder.end = address.start;
    }
    for (const n of run) n.up = heading;
    nodes.push(heading);
    changed = true;
  }
  if (!changed) return tree;
  nodes.sort((a, b) => a.start - b.start || b.end - a.end);
  const index = new Map(nodes.map((n, i) => [n, i]));
  const out: TreeNode[] = [];
  for (const n of nodes) {
    const parent = n.up === null ? -1 : index.get(n.up)!;
    const { up: _up, ...node } = n;
    out.push({ ...node, parent, level: parent < 0 ? 1 : out[parent]!.level + 1 });
  }
  return out;
}

/**
 * An address inside an earlier chapter's last item, which runs open to the chapter's end
 * (`五是民生…` > [headings…, `这五年，…`×4] after `各位代表！` / `过去五年，我们…`): the address turns
 * from the year to the five years, and the run after it is the review's own, beside the items, not
 * more of the last one. The item ends at the address and the run moves up to the item's level. The run
 * must be paragraphs, each member opening one (a `；` list inside the address paragraph,
 * `各位代表！今年办好15件实事，包括：…；…`, stays in its item), of one style, two or more, beginning in
 * the paragraph after the address (two after a bare `各位代表！` line), and no other child of the item
 * may reach past the address.
 */
function liftReviewRun(nodes: readonly Linked[], holder: Linked, address: Paragraph, body: Body): boolean {
  const up = holder.up;
  if (up === null || holder.end !== up.end) return false;
  if (nodes.filter((n) => n.up === up).at(-1) !== holder) return false;
  const kids = nodes.filter((n) => n.up === holder);
  const run = kids.filter((n) => n.start > address.start);
  if (run.length < RUN_MIN || run.some((n) => n.style !== run[0]!.style)) return false;
  if (kids.some((n) => n.start <= address.start && n.end > address.start)) return false;
  const paragraphOf = (at: number) => body.paragraphs.find((p) => p.start <= at && at < p.end);
  if (run.some((n) => paragraphOf(n.start)?.start !== n.start)) return false;
  const bare = BARE.test(body.text.slice(address.start, address.end).trim());
  const first = paragraphOf(run[0]!.start)!;
  if (first.index > address.index + (bare ? 2 : 1)) return false;
  // The government's account of its own year (`一年来，我们持续加强政府自身建设…`) after the item's
  // children, before the address, is the chapter's too.
  const after = Math.max(holder.start, ...kids.filter((n) => n.start <= address.start).map((n) => n.end));
  const frame = body.paragraphs.find(
    (p) =>
      p.start >= after && p.start < address.start && PERIOD_FRAME.test(body.text.slice(p.start, p.start + 8)),
  );
  holder.end = frame ? frame.start : address.start;
  for (const n of run) n.up = up;
  return true;
}

function rootOf(node: Linked): Linked {
  let n = node;
  while (n.up !== null) n = n.up;
  return n;
}

function headingAt(start: number, labelFrom: number, end: number, ordinal: number, up: Linked): Linked {
  return { start, labelFrom, end, style: 'heading', ordinal, parent: -1, level: 0, up };
}

/** The smallest node with start < at < end. */
function smallestHolding(nodes: readonly Linked[], at: number): Linked | null {
  let best: Linked | null = null;
  for (const n of nodes)
    if (n.start < at && at < n.end && (best === null || n.end - n.start < best.end - best.start)) best = n;
  return best;
}
