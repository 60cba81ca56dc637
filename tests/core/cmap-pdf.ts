/**
 * A PDF written by hand whose Chinese text uses a font that is NOT embedded, encoded with Adobe's
 * predefined character map UniGB-UCS2-H (how many PDFs from Chinese office software are made). Its text
 * can only be read with that map (and Adobe-GB1-UCS2 to get back to Unicode), which pdf.js fetches: the
 * site must ship them.
 *
 * Each paragraph is set from the left margin, wrapped every 30 characters (14 pt type: 420 pt, inside
 * an A4 page's 595), one line every 24 pt.
 *
 * Example: cmapPdf(['关于加强基层治理的报告', '一、总体要求']) → bytes of a one-page PDF, one line each.
 */
const PER_LINE = 30;
const hexUcs2 = (text: string) =>
  [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()).join('');

export function cmapPdf(paragraphs: string[]): Uint8Array {
  const lines = paragraphs.flatMap((paragraph) => {
    const chars = [...paragraph];
    const wrapped: string[] = [];
    for (let at = 0; at < chars.length; at += PER_LINE) wrapped.push(chars.slice(at, at + PER_LINE).join(''));
    return wrapped;
  });
  if (lines.length > 30) throw new Error('cmapPdf writes one page: at most 30 lines');
  const content = lines
    .map((line, i) => `BT /F1 14 Tf 72 ${760 - i * 24} Td <${hexUcs2(line)}> Tj ET`)
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ' +
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] ' +
      '/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf); // ASCII only: one byte per character, so the offsets hold
}
