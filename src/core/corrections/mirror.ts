/**
 * A correction as it reads once the two reports change places (the page's "swap"): sides flip, a
 * pair's lists change hands, and outline node ids take the other side's letter (`L-3.2` → `R-3.2`,
 * the id the same node gets on its new side). Offsets stay, since each report's text is unchanged.
 *
 * Example: mirrorCorrection({ op: 'no-counterpart', side: 'left', section: { start: 12, node: 'L-2' } })
 *   → { op: 'no-counterpart', side: 'right', section: { start: 12, node: 'R-2' } }
 */
import type { Correction, SectionAnchor } from '../types';

const OTHER = { left: 'right', right: 'left' } as const;

export function mirrorCorrection(correction: Correction): Correction {
  switch (correction.op) {
    case 'split':
    case 'merge':
      return { ...correction, side: OTHER[correction.side] };
    case 'no-counterpart':
      return { ...correction, side: OTHER[correction.side], section: mirrorAnchor(correction.section) };
    case 'pair':
      return {
        op: 'pair',
        left: correction.right.map(mirrorAnchor),
        right: correction.left.map(mirrorAnchor),
      };
    case 'unpair':
      return { op: 'unpair', left: mirrorAnchor(correction.right), right: mirrorAnchor(correction.left) };
  }
}

function mirrorAnchor(anchor: SectionAnchor): SectionAnchor {
  if (anchor.node === undefined) return anchor;
  const flipped = anchor.node.replace(/^([LR])-/, (_, letter: string) => (letter === 'L' ? 'R-' : 'L-'));
  return { ...anchor, node: flipped };
}
