/**
 * Where a snapshot's permalink fragment is made (`encodeSnapshot`): here for short texts, in a worker
 * for long ones. Encoding is linear in the texts (JSON, CRC-32, deflate, base64url) and a save follows
 * every change of options or view; for two reports of a million characters each that held the page
 * for seconds per theme click. Short texts stay here: no worker to start, and the answer comes sooner.
 *
 *   const encode = linkEncoder();
 *   await encode(snapshot, { sample })   // 'v2.AAAB…' or 'sample?theme=poverty'
 */
import { encodeSnapshot, type SampleTexts } from '../core/share/permalink';
import type { ComparisonSnapshot } from '../core/types';
import type { EncodeRequest, EncodeResponse } from '../worker/encode-protocol';

/** Texts (UTF-16 units, both sides) from which a snapshot is encoded in the worker. */
export const WORKER_FROM_UNITS = 100_000;

export type LinkEncoder = (snapshot: ComparisonSnapshot, opts: { sample?: SampleTexts }) => Promise<string>;

interface Pending {
  resolve: (fragment: string) => void;
  reject: (error: Error) => void;
}

/** The encoder: in a worker started on the first long snapshot (when the page has workers), else here. */
export function linkEncoder(spawn: (() => Worker) | null = defaultSpawn()): LinkEncoder {
  let worker: Worker | null = null;
  /** The texts the running worker was last sent (it holds them: src/worker/encode-protocol.ts). */
  let sent: { left: string; right: string } | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  const started = (make: () => Worker): Worker => {
    if (worker) return worker;
    const made = make();
    made.onmessage = (event: MessageEvent<EncodeResponse>) => {
      const answer = event.data;
      const waiting = pending.get(answer.id);
      pending.delete(answer.id);
      if (answer.ok) waiting?.resolve(answer.fragment);
      else waiting?.reject(new Error(answer.message));
    };
    // A worker that failed to load or died: what it held fails, the next save starts a new one.
    made.onerror = (event) => {
      failAll(new Error(event.message || 'The link encoder stopped unexpectedly.'));
      made.terminate();
      worker = null;
      sent = null;
    };
    worker = made;
    return made;
  };
  return (snapshot, opts) => {
    const units = snapshot.left.text.length + snapshot.right.text.length;
    if (!spawn || units < WORKER_FROM_UNITS) return encodeSnapshot(snapshot, opts);
    const target = started(spawn);
    const id = nextId++;
    return new Promise<string>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      // Strings compare by reference first: the same texts of an option change cost nothing here.
      const sameTexts =
        sent !== null && sent.left === snapshot.left.text && sent.right === snapshot.right.text;
      sent = { left: snapshot.left.text, right: snapshot.right.text };
      const request: EncodeRequest = {
        id,
        snapshot: sameTexts
          ? { ...snapshot, left: { ...snapshot.left, text: '' }, right: { ...snapshot.right, text: '' } }
          : snapshot,
        ...(sameTexts ? { sameTexts } : {}),
        ...(opts.sample ? { sample: opts.sample } : {}),
      };
      target.postMessage(request);
    });
  };
}

function defaultSpawn(): (() => Worker) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('../worker/encode.worker.ts', import.meta.url), { type: 'module' });
}
