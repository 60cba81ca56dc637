/**
 * A correction as it reads once the two reports change places (the page's "swap"): sides flip, a
 * pair's lists change hands. Offsets stay, since each report's text is unchanged.
 *
 * Example: mirrorCorrection({ op: 'split', side: 'left', at: 12 }) → { op: 'split', side: 'right', at: 12 }
 */
import type { Correction } from '../types';

export function mirrorCorrection(correction: Correction): Correction {
  switch (correction.op) {
    case 'split':
    case 'merge':
    case 'no-counterpart':
      return { ...correction, side: correction.side === 'left' ? 'right' : 'left' };
    case 'pair':
    case 'unpair':
      return { ...correction, left: correction.right, right: correction.left } as Correction;
  }
}
