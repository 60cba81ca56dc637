import { describe, expect, it } from 'vitest';
import { frameHeadPairs, itemPairsUnderHeads } from '../../src/core/align/frame-heads';
import type { AlignSection } from '../../src/core/align/index';

/**
 * A side written as `node/part` strings in text order: `2/head` is the head of node 2, `2.1` a whole
 * item of it, `2/tail` its text after its last item, `opening` the opening.
 */
function side(prefix: 'L' | 'R', parts: string[]): AlignSection[] {
  return parts.map((spec, i) => {
    if (spec === 'opening' || spec === 'closing') return { id: `${prefix}-${spec}`, kind: spec };
    const [node, part = 'whole'] = spec.split('/');
    return { id: `${prefix}-s${i}`, kind: 'task', node: `${prefix}-${node}`, part } as AlignSection;
  });
}

// Left: a chapter 2 holding four items and a tail; right: chapters 4 and 5, each holding items, 4.2
// holding one of its own.
const leftParts = ['opening', '1', '2/head', '2.1', '2.2', '2.3', '2.4', '2/tail'];
const rightParts = ['opening', '4/head', '4.1', '4.2/head', '4.2.1', '5/head', '5.1', '5.2', '5.3'];
const left = side('L', leftParts);
const right = side('R', rightParts);
const indexIn = (parts: string[]) => (spec: string) => {
  const i = parts.indexOf(spec);
  if (i < 0) throw new Error(`no section ${spec}`);
  return i;
};
const L = indexIn(leftParts);
const R = indexIn(rightParts);

describe('frameHeadPairs', () => {
  const cases: { name: string; drafts: { left: number[]; right: number[] }[]; heads: [string, string][] }[] =
    [
      {
        name: 'two item pairs from one frame into one frame: the heads pair',
        drafts: [
          { left: [L('2.1')], right: [R('5.2')] },
          { left: [L('2.3'), L('2.4')], right: [R('5.1')] },
        ],
        heads: [['2/head', '5/head']],
      },
      {
        name: 'items pairing into a frame and a frame inside it: the outer frame is the partner',
        drafts: [
          { left: [L('2.1')], right: [R('4.1')] },
          { left: [L('2.2')], right: [R('4.2.1')] },
        ],
        heads: [['2/head', '4/head']],
      },
      {
        name: 'a tail counts as in its frame',
        drafts: [
          { left: [L('2.1')], right: [R('5.2')] },
          { left: [L('2/tail')], right: [R('5.3')] },
        ],
        heads: [['2/head', '5/head']],
      },
      {
        name: 'one item pair only: could be a coincidence of words, no head pair',
        drafts: [{ left: [L('2.1')], right: [R('5.2')] }],
        heads: [],
      },
      {
        name: "the left frame's items pair into two frames: neither is its partner",
        drafts: [
          { left: [L('2.1')], right: [R('5.2')] },
          { left: [L('2.2')], right: [R('5.1')] },
          { left: [L('2.3')], right: [R('4.1')] },
        ],
        heads: [],
      },
      {
        name: 'one draft holding items of two frames: its frame is unknown, the rest still counts',
        drafts: [
          { left: [L('2.1')], right: [R('5.2')] },
          { left: [L('2.2')], right: [R('5.1')] },
          { left: [L('2.3')], right: [R('4.1'), R('5.3')] },
        ],
        heads: [],
      },
      {
        name: 'a head already paired stays in its pair',
        drafts: [
          { left: [L('2.1')], right: [R('5.2')] },
          { left: [L('2.2')], right: [R('5.1')] },
          { left: [L('1')], right: [R('5/head')] },
        ],
        heads: [],
      },
      {
        name: 'top-level units pairing with items: no frame on the left, no head pair',
        drafts: [
          { left: [L('1')], right: [R('5.2')] },
          { left: [L('opening')], right: [R('opening')] },
        ],
        heads: [],
      },
      {
        name: 'unpaired sections (one side empty) are not item pairs',
        drafts: [
          { left: [L('2.1')], right: [] },
          { left: [L('2.2')], right: [] },
          { left: [], right: [R('5.1')] },
        ],
        heads: [],
      },
    ];
  it.each(cases)('$name', ({ drafts, heads }) => {
    const made = frameHeadPairs(drafts, left, right);
    expect(made).toEqual(heads.map(([l, r]) => ({ left: [L(l)], right: [R(r)] })));
  });
});

describe('itemPairsUnderHeads', () => {
  const pair = (l: number[], r: number[]) => ({ leftIndex: l, rightIndex: r });
  it('counts, for each pair of two heads, the pairs wholly under their two nodes', () => {
    const pairs = [
      pair([L('opening')], [R('opening')]), // 0: not heads
      pair([L('2/head')], [R('4/head')]), // 1: heads of 2 and 4
      pair([L('2.1')], [R('4.1')]), // under 2 and 4
      pair([L('2.2'), L('2.3')], [R('4.2.1')]), // under 2 and 4 (4.2.1 is in 4.2, in 4)
      pair([L('2.4')], [R('5.1')]), // under 2, not under 4
      pair([L('2/tail')], []), // one side only
      pair([L('1')], [R('4.2/head')]), // 6: a head on the right only
    ];
    expect([...itemPairsUnderHeads(pairs, left, right)]).toEqual([[1, 2]]);
  });

  it('leaves out two heads with nothing under both', () => {
    const pairs = [pair([L('2/head')], [R('5/head')]), pair([L('2.1')], [R('4.1')])];
    expect(itemPairsUnderHeads(pairs, left, right).size).toBe(0);
  });
});
