/**
 * Makes the permalink fragment of a snapshot off the main thread (`encodeSnapshot`: JSON, CRC-32,
 * deflate, base64url), for comparisons of long texts: on two reports of a million characters each this
 * is seconds of work per save, and a save follows every theme click, `n` and script toggle.
 */
import { encodeSnapshot } from '../core/share/permalink';
import { heldTexts, type EncodeRequest, type EncodeResponse } from './encode-protocol';

async function run(request: EncodeRequest): Promise<EncodeResponse> {
  try {
    const fragment = await encodeSnapshot(request.snapshot, request.sample ? { sample: request.sample } : {});
    return { id: request.id, ok: true, fragment };
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

const withTexts = heldTexts();

self.onmessage = (event: MessageEvent<EncodeRequest>) => {
  let request: EncodeRequest;
  try {
    request = withTexts(event.data);
  } catch (error) {
    self.postMessage({
      id: event.data.id,
      ok: false,
      message: (error as Error).message,
    } satisfies EncodeResponse);
    return;
  }
  void run(request).then((response) => self.postMessage(response));
};
