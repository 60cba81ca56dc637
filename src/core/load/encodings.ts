/**
 * The text encodings duizhao reads, their names for people, and the labels that name them in the
 * wild (an HTML `<meta charset>`, an HTTP-style `content="text/html; charset=gb2312"`).
 *
 * GB2312 and GBK are subsets of GB18030, so one decoder reads all three; `big5` is the WHATWG Big5
 * (with the Hong Kong additions). Example: `encodingFromLabel('GB2312')` is `'gb18030'`.
 */

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export const ENCODINGS: readonly EncodingName[] = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5'];

export const ENCODING_LABELS: Record<EncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  gb18030: 'GB18030 / GBK',
  big5: 'Big5',
};

const LABELS: Record<string, EncodingName> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  'x-gbk': 'gb18030',
  chinese: 'gb18030',
  csgb2312: 'gb18030',
  csiso58gb231280: 'gb18030',
  'iso-ir-58': 'gb18030',
  'euc-cn': 'gb18030',
  cp936: 'gb18030',
  'windows-936': 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'cn-big5': 'big5',
  csbig5: 'big5',
  'x-x-big5': 'big5',
  cp950: 'big5',
};

export function encodingFromLabel(label: string): EncodingName | null {
  return LABELS[label.trim().toLowerCase()] ?? null;
}
