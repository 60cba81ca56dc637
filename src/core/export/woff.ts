/**
 * WOFF 1.0 → plain OpenType (SFNT) bytes, inflating each table with the platform's DecompressionStream.
 * opentype.js reads WOFF itself, but its bundled inflater rejects valid zlib streams in some Fontsource
 * slices ("Data error" on noto-sans-sc-101), so tables are inflated here and the font handed over
 * unwrapped. Checksums are copied, not recomputed: nothing that reads the result checks them.
 *
 * Layout (WOFF spec §4–5): a 44-byte header (signature `wOFF`, flavor, numTables at 12), then 20-byte
 * table entries (tag, offset, compLength, origLength, origChecksum); a table is zlib-compressed when
 * compLength < origLength.
 */

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes.slice()]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function woffToSfnt(woff: ArrayBuffer): Promise<ArrayBuffer> {
  const view = new DataView(woff);
  if (view.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 font');
  const numTables = view.getUint16(12);
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20;
    const offset = view.getUint32(entry + 4);
    const compLength = view.getUint32(entry + 8);
    const origLength = view.getUint32(entry + 12);
    const raw = new Uint8Array(woff, offset, compLength);
    tables.push({
      tag: view.getUint32(entry),
      checksum: view.getUint32(entry + 16),
      data: compLength < origLength ? await inflate(raw) : raw,
    });
  }
  const headerSize = 12 + numTables * 16;
  const padded = (n: number) => (n + 3) & ~3;
  const size = tables.reduce((sum, table) => sum + padded(table.data.length), headerSize);
  const out = new Uint8Array(size);
  const sfnt = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(numTables));
  sfnt.setUint32(0, view.getUint32(4)); // flavor: 0x00010000 (TrueType) or 'OTTO'
  sfnt.setUint16(4, numTables);
  sfnt.setUint16(6, 16 * 2 ** entrySelector);
  sfnt.setUint16(8, entrySelector);
  sfnt.setUint16(10, numTables * 16 - 16 * 2 ** entrySelector);
  let at = headerSize;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    sfnt.setUint32(record, table.tag);
    sfnt.setUint32(record + 4, table.checksum);
    sfnt.setUint32(record + 8, at);
    sfnt.setUint32(record + 12, table.data.length);
    out.set(table.data, at);
    at += padded(table.data.length);
  });
  return out.buffer;
}
