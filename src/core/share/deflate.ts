/**
 * deflate-raw through the platform's CompressionStream / DecompressionStream (browsers since 2023,
 * Node 18+; no library in the bundle). Inflating is bounded: a small link can expand into gigabytes
 * (a "zip bomb"), so we read the stream chunk by chunk and stop as soon as the output passes `maxBytes`.
 */

async function readAll(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array | 'too-large'> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function streamOf(bytes: Uint8Array): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes.slice()); // a copy typed as backed by a plain ArrayBuffer
      controller.close();
    },
  });
}

export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const out = await readAll(streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw')), Infinity);
  return out as Uint8Array;
}

/** The inflated bytes; 'too-large' past `maxBytes`; 'damaged' when the data is not valid deflate. */
export async function inflateRaw(
  bytes: Uint8Array,
  maxBytes: number,
): Promise<Uint8Array | 'too-large' | 'damaged'> {
  try {
    return await readAll(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')), maxBytes);
  } catch {
    return 'damaged';
  }
}
