/** Runs the load path (`src/core/load`) off the main thread; one answer per request, in order. */
import { loadFile, loadPasted } from '../core/load';
import type { LoadRequest, LoadResponse } from './load-protocol';

function run(request: LoadRequest): LoadResponse {
  try {
    const result =
      request.op === 'file'
        ? loadFile(request.name, request.bytes, request.encoding ? { encoding: request.encoding } : {})
        : loadPasted(request.text, request.name === undefined ? {} : { name: request.name });
    return { id: request.id, ok: true, result };
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

self.onmessage = (event: MessageEvent<LoadRequest>) => self.postMessage(run(event.data));
