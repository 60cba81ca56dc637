/** Runs the load path (`src/core/load`) off the main thread; one answer per request, in order. */
import { loadPasted, readFile } from '../core/load';
import type { LoadRequest, LoadResponse } from './load-protocol';

async function run(request: LoadRequest): Promise<LoadResponse> {
  try {
    const result =
      request.op === 'file'
        ? await readFile(request.name, request.bytes, {
            ...(request.encoding ? { encoding: request.encoding } : {}),
            ...(request.pdfAssetsURL ? { pdfAssetsURL: request.pdfAssetsURL } : {}),
          })
        : loadPasted(request.text, request.name === undefined ? {} : { name: request.name });
    return { id: request.id, ok: true, result };
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** One request at a time, in the order received: a document read awaits its library, and the answers
 *  must still come back in the order asked. */
let queue: Promise<unknown> = Promise.resolve();

self.onmessage = (event: MessageEvent<LoadRequest>) => {
  queue = queue.then(async () => self.postMessage(await run(event.data)));
};
