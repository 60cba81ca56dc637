/**
 * deflate-raw through the platform's CompressionStream / DecompressionStream (browsers since 2023,
 * Node 18+; no library in the bundle), plus a synchronous "stored" (uncompressed) deflate for the
 * moment a page is being hidden, when nothing asynchronous gets to finish.
 *
 * Inflating is bounded in output AND in memory: a small link can expand into gigabytes (a "zip bomb";
 * deflate reaches about 1:1032), and a decompressor handed its whole input at once inflates all of it
 * before we see the first byte. So the input goes in slices of INFLATE_SLICE_BYTES, the next slice only
 * after the output of the previous one was read, and reading stops at the first byte past `maxBytes`.
 * Memory held is at most `maxBytes` plus what one slice can inflate to (1,032 × 1 KiB ≈ 1 MiB).
 *
 * Example: inflateRaw(bombOf1GB, 8 MiB) → 'too-large' after ~8 KiB of input, ~9 MiB of output.
 */

/** Input per step of the decompressor: 1 KiB inflates to at most ~1 MiB (deflate's maximum ratio). */
export const INFLATE_SLICE_BYTES = 1024;

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** A stream of `bytes` in slices, each produced only when the consumer pulls (highWaterMark 0). */
function slicesOf(bytes: Uint8Array, slice: number): ReadableStream<BufferSource> {
  let at = 0;
  return new ReadableStream<BufferSource>(
    {
      pull(controller) {
        if (at >= bytes.length) {
          controller.close();
          return;
        }
        controller.enqueue(bytes.slice(at, at + slice)); // a copy backed by a plain ArrayBuffer
        at += slice;
      },
    },
    { highWaterMark: 0 },
  );
}

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
      // Cancelling the readable side also cancels the source: no further slice is read or inflated.
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const out = await readAll(
    slicesOf(bytes, 64 * 1024).pipeThrough(new CompressionStream('deflate-raw')),
    Infinity,
  );
  return out as Uint8Array;
}

/** The inflated bytes; 'too-large' past `maxBytes`; 'damaged' when the data is not valid deflate. */
export async function inflateRaw(
  bytes: Uint8Array,
  maxBytes: number,
): Promise<Uint8Array | 'too-large' | 'damaged'> {
  try {
    const inflated = slicesOf(bytes, INFLATE_SLICE_BYTES).pipeThrough(new DecompressionStream('deflate-raw'));
    return await readAll(inflated, maxBytes);
  } catch {
    return 'damaged';
  }
}

/** Largest stored block (RFC 1951 §3.2.4: LEN is 16 bits). */
const STORED_BLOCK_BYTES = 0xffff;

/**
 * deflate-raw made of stored blocks (no compression), synchronously: each block is a header byte
 * (BFINAL, BTYPE 00), LEN and its one's complement NLEN (little-endian), then the bytes as they are.
 */
export function deflateRawStored(bytes: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(bytes.length / STORED_BLOCK_BYTES));
  const out = new Uint8Array(bytes.length + blocks * 5);
  let o = 0;
  for (let b = 0; b < blocks; b++) {
    const start = b * STORED_BLOCK_BYTES;
    const length = Math.min(STORED_BLOCK_BYTES, bytes.length - start);
    out[o++] = b === blocks - 1 ? 1 : 0;
    out[o++] = length & 0xff;
    out[o++] = length >> 8;
    out[o++] = ~length & 0xff;
    out[o++] = (~length >> 8) & 0xff;
    out.set(bytes.subarray(start, start + length), o);
    o += length;
  }
  return out;
}
