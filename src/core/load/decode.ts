/**
 * Bytes → text, guessing the encoding when the file does not say.
 *
 * Order of evidence, strongest first:
 *   1. a byte-order mark (UTF-8 EF BB BF, UTF-16 FF FE / FE FF, GB18030 84 31 95 33): certain;
 *   2. strict UTF-8 that contains non-ASCII: certain in practice (GBK/Big5 prose is never valid UTF-8
 *      beyond a few characters); pure ASCII is reported as UTF-8 too;
 *   3. the zero-byte pattern of UTF-16 without a BOM (ASCII and newlines leave a 00 in every other
 *      byte), confirmed by the decoded text scoring as plausible;
 *   4. otherwise every candidate is decoded and scored by `plausibility` (common hanzi vs garbage);
 *      a charset declared by the document itself (`<meta charset>`) adds a bonus, so it decides
 *      close calls but not a clear verdict of the content.
 * `override` skips the guessing: the user chose, we decode with that and still report the scores.
 *
 * Example: `decodeBytes(gbkBytesOf('统一战线'))` →
 *   { ok: true, text: '统一战线', encoding: 'gb18030', how: 'scored', confidence: 'high', bom: false,
 *     score: 1, alternatives: [{ encoding: 'gb18030', score: 1 }, { encoding: 'big5', score: … }, …] }
 */
import { ENCODINGS, ENCODING_LABELS, type EncodingName } from './encodings';
import { plausibility } from './plausibility';

export type { EncodingName } from './encodings';

export type Confidence = 'certain' | 'high' | 'low' | 'chosen';
export type DecodeHow = 'bom' | 'utf-8' | 'utf-16-pattern' | 'scored' | 'declared' | 'override';

export interface EncodingScore {
  encoding: EncodingName;
  /** `plausibility` of the decoded start, −2..1 (higher looks more like Chinese text). */
  score: number;
}

export interface DecodeSuccess {
  ok: true;
  text: string;
  encoding: EncodingName;
  how: DecodeHow;
  confidence: Confidence;
  /** Score of the chosen decoding. */
  score: number;
  /** The file began with a byte-order mark (not part of `text`). */
  bom: boolean;
  /** Every encoding with its score, best first (the chosen one included). */
  alternatives: EncodingScore[];
}

export interface DecodeFailure {
  ok: false;
  error: { code: 'unknown-encoding'; message: string };
  alternatives: EncodingScore[];
}

export type DecodeResult = DecodeSuccess | DecodeFailure;

/** Bytes decoded for scoring: enough for a verdict, small enough to score fast on a 5 MB file. */
const SCORING_BYTES = 256 * 1024;
/** Bonus for the encoding the document declares, on the −2..1 plausibility scale. */
const DECLARED_BONUS = 0.15;
/** Best-vs-runner-up gap under which we say the guess is uncertain (the UI then asks to check). */
const CLEAR_MARGIN = 0.2;
/**
 * Below this nothing looks like text in any encoding we know: refuse rather than show garbage. Random
 * high bytes read as GB18030 score about 0.07 (a sixth of all byte pairs are common hanzi); the
 * sample reports decoded right score 0.6–0.9.
 */
const MIN_PLAUSIBLE = 0.25;

const BOMS: { encoding: EncodingName; bytes: number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'gb18030', bytes: [0x84, 0x31, 0x95, 0x33] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

export function detectBom(bytes: Uint8Array): { encoding: EncodingName; length: number } | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b))
      return { encoding: bom.encoding, length: bom.bytes.length };
  }
  return null;
}

/** Non-fatal decode: invalid bytes become U+FFFD (which `plausibility` and the engine flag). */
function decodeWith(encoding: EncodingName, bytes: Uint8Array): string {
  // ignoreBOM: we strip BOMs ourselves (TextDecoder does not strip the GB18030 one).
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return false;
  return true;
}

/**
 * UTF-16 without BOM: ASCII characters and newlines put a 00 in the high byte, i.e. at odd positions
 * for little-endian and even positions for big-endian. Text in GB18030, Big5 or UTF-8 has no 00 byte.
 * Han characters whose code point ends in 00 (一 U+4E00) put some zeros at the other parity, so we ask
 * for one parity to dominate, not for the other to be empty.
 */
export function utf16ByZeroPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 64 * 1024) & ~1;
  if (n < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.02 && oddZeros >= evenZeros * 3) return 'utf-16le';
  if (evenZeros >= pairs * 0.02 && evenZeros >= oddZeros * 3) return 'utf-16be';
  return null;
}

function scoreAll(body: Uint8Array, declared: EncodingName | undefined): EncodingScore[] {
  const start = body.subarray(0, SCORING_BYTES);
  return ENCODINGS.map((encoding) => {
    const raw = plausibility(decodeWith(encoding, start));
    return { encoding, score: encoding === declared ? raw + DECLARED_BONUS : raw };
  }).sort((a, b) => b.score - a.score);
}

function success(
  bytes: Uint8Array,
  encoding: EncodingName,
  how: DecodeHow,
  confidence: Confidence,
  alternatives: EncodingScore[],
  bomLength = 0,
): DecodeSuccess {
  const text = decodeWith(encoding, bytes.subarray(bomLength));
  const score = alternatives.find((a) => a.encoding === encoding)?.score ?? plausibility(text);
  return { ok: true, text, encoding, how, confidence, score, bom: bomLength > 0, alternatives };
}

export function decodeBytes(
  bytes: Uint8Array,
  override?: EncodingName,
  declared?: EncodingName,
): DecodeResult {
  const bom = detectBom(bytes);
  const body = bom ? bytes.subarray(bom.length) : bytes;
  const alternatives = scoreAll(body, declared);

  if (override) {
    const bomLength = bom?.encoding === override ? bom.length : 0;
    return success(bytes, override, 'override', 'chosen', alternatives, bomLength);
  }
  if (bom) return success(bytes, bom.encoding, 'bom', 'certain', alternatives, bom.length);

  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) {
    return {
      ok: true,
      text: utf8,
      encoding: 'utf-8',
      how: 'utf-8',
      confidence: isAscii(bytes) ? 'high' : 'certain',
      score: alternatives.find((a) => a.encoding === 'utf-8')!.score,
      bom: false,
      alternatives,
    };
  }

  const utf16 = utf16ByZeroPattern(bytes);
  if (utf16 && alternatives.find((a) => a.encoding === utf16)!.score >= MIN_PLAUSIBLE) {
    return success(bytes, utf16, 'utf-16-pattern', 'high', alternatives);
  }

  // UTF-8 stays a candidate: a UTF-8 file with a few damaged bytes reads best as UTF-8 with U+FFFD
  // (which the loader then warns about), not as whole-file GB18030 garbage.
  const best = alternatives[0]!;
  const second = alternatives[1]!;
  if (best.score < MIN_PLAUSIBLE) {
    return {
      ok: false,
      error: {
        code: 'unknown-encoding',
        message:
          'This file does not read as Chinese text in any encoding duizhao knows ' +
          `(${ENCODINGS.map((e) => ENCODING_LABELS[e]).join(', ')}). ` +
          'Choose the encoding it was saved in, or save it as UTF-8 text and load it again.',
      },
      alternatives,
    };
  }
  const how: DecodeHow = best.encoding === declared ? 'declared' : 'scored';
  const confidence: Confidence = best.score - second.score >= CLEAR_MARGIN ? 'high' : 'low';
  return success(bytes, best.encoding, how, confidence, alternatives);
}
