/** Messages between the page and the link encoder worker (src/worker/encode.worker.ts). */
import type { SampleTexts } from '../core/share/permalink';
import type { ComparisonSnapshot } from '../core/types';

export interface EncodeRequest {
  id: number;
  snapshot: ComparisonSnapshot;
  sample?: SampleTexts;
}

export type EncodeResponse =
  { id: number; ok: true; fragment: string } | { id: number; ok: false; message: string };
