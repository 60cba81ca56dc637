/**
 * How much a decoded text looks like Chinese prose: the score that picks between candidate decodings
 * of the same bytes (GB18030 and Big5 accept each other's bytes and turn them into garbage; UTF-16
 * read as either turns into garbage too).
 *
 * Each code point gets a weight; the score is their mean over the code points that carry a signal:
 *
 *   +1  common hanzi (`common-hanzi.ts`)                     战 戰 的
 *    0  other Han in the main CJK block, CJK and full-width punctuation, Latin letters with tone marks
 *       (pinyin)                                             淼 。 “ ， à
 *   -1  rare Han (Extension A, compatibility ideographs, astral), kana, Hangul, Greek, Cyrillic,
 *       box drawing, vertical/small punctuation forms, any other symbol
 *   -2  what never occurs in a real text: U+FFFD, private use, C0 controls other than tab/newline,
 *       C1 controls, lone surrogates
 *
 * Whitespace and printable ASCII carry no signal and are skipped: every ASCII-compatible encoding
 * reads them alike, and a report with many Latin words or numbers must not look less Chinese for it.
 * Range −2..1; 0 when nothing is left to score. The sample reports decoded right score
 * 0.6–0.9 (pinyin glosses and Latin letters pull it down); the same bytes decoded wrong score below 0.2.
 * Example: `plausibility('中华人民共和国')` is 1; the UTF-8 bytes of 中国 read as GB18030 give
 * 涓 U+E15E 浗 (a private-use character between two hanzi), which scores −1/3.
 */
import { isCommonHanzi } from './common-hanzi';

/** Only the start is scored: enough to decide, and it keeps detection fast on a 5 MB file. */
export const PLAUSIBILITY_SAMPLE_CHARS = 200_000;

function weight(cp: number): number | null {
  if (cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0x20 || cp === 0x3000 || cp === 0xa0) return null;
  if (cp < 0x20 || cp === 0x7f) return -2;
  if (cp < 0x80) return null;
  if (cp < 0xa0) return -2; // C1 controls
  if (cp >= 0x4e00 && cp <= 0x9fff) return isCommonHanzi(cp) ? 1 : 0;
  if (cp === 0xfffd) return -2;
  if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000) return -2; // private use
  if (cp >= 0xd800 && cp <= 0xdfff) return -2; // lone surrogate (a pair arrives as one code point)
  if (cp <= 0x024f) return 0; // Latin-1 and Latin Extended: pinyin tone marks, ·, ×, é
  if (cp >= 0x2010 && cp <= 0x2027) return 0; // dashes, quotes, …, ‧
  if (cp >= 0x2030 && cp <= 0x203b) return 0; // ‰ ′ ″ ※
  if (cp >= 0x3001 && cp <= 0x3011) return 0; // 、。〈〉《》「」『』【】
  if (cp >= 0x3014 && cp <= 0x301f) return 0; // 〔〕〖〗〝〞
  if (cp === 0x3007) return 0; // 〇 as in 二〇一五
  if (cp >= 0xff01 && cp <= 0xff5e) return 0; // full-width ASCII: ，：；！？（）０-９
  if (cp === 0xffe5 || cp === 0x2460 || (cp > 0x2460 && cp <= 0x2473)) return 0; // ￥ ①–⑳
  return -1;
}

export function plausibility(text: string): number {
  let sum = 0;
  let counted = 0;
  let seen = 0;
  for (const ch of text) {
    if (++seen > PLAUSIBILITY_SAMPLE_CHARS) break;
    const w = weight(ch.codePointAt(0)!);
    if (w === null) continue;
    sum += w;
    counted++;
  }
  return counted === 0 ? 0 : sum / counted;
}
