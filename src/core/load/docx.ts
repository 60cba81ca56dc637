/**
 * A Word document (.docx) → its text, one paragraph a line, read with mammoth. Loaded only when a .docx
 * is dropped (`documents.ts` imports this module dynamically).
 *
 * Before mammoth reads it, the automatic numbering of its lists is written into the paragraphs as text
 * (`docx-numbering.ts`: `一、` `（一）` `1.` as Word shows them), since mammoth drops list numbers and the
 * numbers carry the report's structure. mammoth then turns the document into HTML (paragraphs, list
 * items, table cells, line breaks), which the app's own HTML reader (`html.ts`) turns into lines, so a
 * .docx reads like the same report saved as a web page. Images, footnote marks and comments are left
 * out; headers and footers are not part of mammoth's body (a page header is not the report's text).
 *
 * Parts are found at their usual names (`word/document.xml`, `word/numbering.xml`, `word/styles.xml`),
 * as Word, WPS and LibreOffice write them.
 *
 * Example: readDocx(bytes) → { text: '关于…的通知\n一、总体要求\n（一）指导思想\n…', warnings: [] }.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { labelParagraphs, parseNumbering, parseStyleNumbering } from './docx-numbering';
import { htmlToText } from './html';

export interface DocxRead {
  text: string;
  /** mammoth's own messages that matter to a reader (unreadable parts); style warnings are dropped. */
  warnings: string[];
}

async function partText(zip: JSZip, name: string): Promise<string | null> {
  const part = zip.file(name);
  return part ? part.async('string') : null;
}

/** The .docx with its list labels written into `word/document.xml`, as bytes for mammoth. */
async function withListLabels(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const [documentXml, numberingXml, stylesXml] = await Promise.all([
    partText(zip, 'word/document.xml'),
    partText(zip, 'word/numbering.xml'),
    partText(zip, 'word/styles.xml'),
  ]);
  if (documentXml === null || numberingXml === null) return bytes;
  const labelled = labelParagraphs(
    documentXml,
    parseNumbering(numberingXml),
    parseStyleNumbering(stylesXml ?? ''),
  );
  if (labelled === documentXml) return bytes;
  zip.file('word/document.xml', labelled);
  // Stored, not deflated: mammoth reads it back at once, so compressing would be wasted time.
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

export async function readDocx(bytes: Uint8Array): Promise<DocxRead> {
  const labelled = await withListLabels(bytes);
  // Node's mammoth reads `buffer`, the browser's `arrayBuffer`; both take the bytes as they are.
  const input = { arrayBuffer: labelled, buffer: labelled } as unknown as { arrayBuffer: ArrayBuffer };
  const result = await mammoth.convertToHtml(input, {
    ignoreEmptyParagraphs: true,
    externalFileAccess: false,
    // No image is read or embedded: the text is all the app compares.
    convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
  });
  const warnings = result.messages.filter((m) => m.type === 'error').map((m) => m.message);
  return { text: htmlToText(result.value), warnings };
}
