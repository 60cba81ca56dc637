/**
 * CRC-32 (IEEE 802.3, the one zip and PNG use). A permalink carries the CRC of its JSON so that a link
 * damaged in a way deflate does not notice (deflate-raw has no checksum of its own) is reported as
 * damaged rather than opened with altered text. Not a defence against a deliberate edit: anyone can
 * recompute it. Example: `crc32(new TextEncoder().encode('123456789'))` is 0xCBF43926.
 */

let table: Uint32Array | null = null;

function makeTable(): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}

export function crc32(bytes: Uint8Array): number {
  table ??= makeTable();
  let crc = 0xffffffff;
  for (const b of bytes) crc = table[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
