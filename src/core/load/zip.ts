/**
 * The names of the parts inside a ZIP container, read from its central directory (the index at the end
 * of the file), so a Word file is known by holding `word/document.xml` wherever the writer put that part
 * (Word writes it near the start, other writers near the end). No part is inflated here.
 *
 * Falls back to the local headers at the start when the end is missing (a truncated file still says
 * what it was meant to be). At most 10,000 names are read: enough for any document, bounded on a bomb.
 *
 * Example: zipPartNames(docxBytes) → ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', …].
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535 bytes. */
const EOCD_SEARCH = 22 + 0xffff;
const MAX_NAMES = 10_000;

const latin1 = new TextDecoder('latin1');

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && [3, 5, 7].includes(bytes[2]!);
}

function centralNames(bytes: Uint8Array): string[] | null {
  const stop = Math.max(0, bytes.length - EOCD_SEARCH);
  for (let at = bytes.length - 22; at >= stop; at--) {
    if (u32(bytes, at) !== EOCD_SIGNATURE) continue;
    const count = u16(bytes, at + 10);
    let entry = u32(bytes, at + 16);
    const names: string[] = [];
    for (let i = 0; i < count && names.length < MAX_NAMES; i++) {
      if (entry + 46 > bytes.length || u32(bytes, entry) !== CENTRAL_SIGNATURE)
        return names.length ? names : null;
      const nameLength = u16(bytes, entry + 28);
      const extraLength = u16(bytes, entry + 30);
      const commentLength = u16(bytes, entry + 32);
      names.push(latin1.decode(bytes.subarray(entry + 46, entry + 46 + nameLength)));
      entry += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  }
  return null;
}

function localNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  let at = 0;
  while (at + 30 <= bytes.length && u32(bytes, at) === LOCAL_SIGNATURE && names.length < MAX_NAMES) {
    const compressed = u32(bytes, at + 18);
    const nameLength = u16(bytes, at + 26);
    const extraLength = u16(bytes, at + 28);
    names.push(latin1.decode(bytes.subarray(at + 30, at + 30 + nameLength)));
    // A streamed entry (flag bit 3) has its size after the data: its end is unknown here, stop.
    if (u16(bytes, at + 6) & 0x08) break;
    at += 30 + nameLength + extraLength + compressed;
  }
  return names;
}

export function zipPartNames(bytes: Uint8Array): string[] {
  if (!isZip(bytes)) return [];
  return centralNames(bytes) ?? localNames(bytes);
}
