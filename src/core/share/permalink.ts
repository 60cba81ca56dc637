/**
 * Permalinks: a whole comparison in the URL fragment, so a link opens it anywhere with no server (the
 * fragment never leaves the browser).
 *
 * Two forms:
 *
 *   #v3.<base64url(envelope)>                            any comparison
 *   #sample  or  #sample?min=5&script=simplified&level=1&theme=poverty&phrase=p3&fix=<base64url(JSON)>
 *                                                        the two shipped sample reports: the texts
 *                                                        ship with the app, so only options, view and
 *                                                        the reader's corrections (`fix`) travel
 *
 * Versions: v3 links may carry the alignment level the reader chose (`options.alignLevel`), v2 links the
 * reader's corrections (`ComparisonSnapshot.corrections`); v1 links, made before either existed, have
 * the same envelope and open as they always did, as do v2 links. The version goes up with each field
 * that changes what the reader sees, so that an older page refuses a newer link ("made by a newer
 * version") rather than opening it with the reader's choices silently gone. (A sample link's `level`
 * cannot do that: a page from before v3 ignores it and shows the engine's own level.)
 *
 * The envelope, in bytes (v1 to v3):
 *
 *   0..3   length of the deflated part, uint32 big-endian  → a link cut short is told from a damaged one
 *   4..7   CRC-32 of the JSON bytes, uint32 big-endian     → deflate-raw has no checksum; this catches
 *                                                            changed bytes that still inflate
 *   8..    deflate-raw(UTF-8 JSON of the ComparisonSnapshot)
 *
 * JSON.stringify escapes lone surrogates (`\ud800`), so every JS string, well-formed or not, round-trips
 * exactly. Decoding is defensive: size limits before and while inflating, strict base64url, a schema
 * check (`validate.ts`), and one error code per way a link can be broken, each with a message that
 * says what to do. A snapshot decoded from a link is untrusted text: the UI only ever renders it as text.
 *
 * Example: encodeSnapshot(sampleSnapshot, { sample }) → 'sample?theme=poverty';
 *          decodeSnapshot('#v4.AAAA') → { ok: false, error: { code: 'newer-version', message: 'This link was made by a newer version…' } }
 */
import { DEFAULT_OPTIONS, type ComparisonSnapshot, type Correction } from '../types';
import { checkCorrections } from '../corrections/shape';
import { ALIGN_LEVEL_MAX } from '../options';
import { fromBase64url, toBase64url } from './base64url';
import { encodeSampleLink, isSampleSnapshot, SAMPLE_FRAGMENT, type SampleTexts } from './sample-link';
import { snapToCodePoint } from '../text/code-points';
import { crc32 } from './crc32';
import { deflateRaw, deflateRawStored, inflateRaw } from './deflate';
import { isolateName } from '../names';
import {
  MAX_ID_CHARS,
  MAX_PHRASE_LENGTH_ALLOWED,
  MIN_PHRASE_LENGTH_ALLOWED,
  checkedForWriting,
  validateSnapshot,
} from './validate';
import { groupedDigits } from '../text/digits';

export const PERMALINK_VERSION = 3;
/** The oldest link format still opened. */
export const OLDEST_PERMALINK_VERSION = 1;
/** Longest fragment we try to read: Chromium's URL limit (2 MiB); longer links cannot be opened anyway. */
export const MAX_FRAGMENT_CHARS = 2 * 1024 * 1024;
/** Inflated JSON stops here: two 1M-character texts in UTF-8 with JSON escapes fit with room to spare. */
export const MAX_JSON_BYTES = 8 * 1024 * 1024;
const HEADER_BYTES = 8;

export type { SampleTexts };

export type PermalinkErrorCode =
  | 'empty'
  | 'not-a-permalink'
  | 'newer-version'
  | 'not-base64'
  | 'truncated'
  | 'damaged'
  | 'checksum'
  | 'too-large'
  | 'not-json'
  | 'invalid'
  | 'no-sample';

export interface PermalinkError {
  code: PermalinkErrorCode;
  message: string;
}

export type PermalinkResult =
  { ok: true; snapshot: ComparisonSnapshot; kind: 'sample' | 'full' } | { ok: false; error: PermalinkError };

const SAMPLE = SAMPLE_FRAGMENT;
const VERSIONED = /^v(\d{1,6})\.([\s\S]*)$/;

function fail(code: PermalinkErrorCode, message: string): PermalinkResult {
  return { ok: false, error: { code, message } };
}

/**
 * Whitespace a link picks up on its way (a mail program wraps it over lines; a browser then writes the
 * break or space as `%0A` / `%20`), raw or percent-encoded: no character of a link is whitespace, so
 * all of it goes before anything else looks at the link. NBSP is UTF-8 `%C2%A0` once encoded.
 */
const LINK_WHITESPACE = /%(?:20|09|0a|0d|0c|c2%a0|e3%80%80)|\s+/giu;

function stripHash(fragment: string): string {
  const f = fragment.replace(LINK_WHITESPACE, '');
  return f.startsWith('#') ? f.slice(1) : f;
}

/** Whether a fragment is meant as a permalink (so the UI can ignore `#top`-style fragments). */
export function looksLikePermalink(fragment: string): boolean {
  const f = stripHash(fragment);
  return VERSIONED.test(f) || f === SAMPLE || f.startsWith(`${SAMPLE}?`);
}

/** The corrections a sample link's `fix` holds, or why they cannot be read. */
function decodeFix(fix: string): Correction[] | string {
  const json = /^[A-Za-z0-9_-]*$/.test(fix) ? fromBase64url(fix) : null;
  if (json === null) return 'its corrections do not decode';
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return 'its corrections do not decode';
  }
  const checked = checkCorrections(parsed);
  return typeof checked === 'string' ? `its corrections are not valid (${checked})` : checked;
}

function decodeSample(query: string, sample: SampleTexts | undefined): PermalinkResult {
  if (!sample)
    return fail('no-sample', 'This link points to the sample comparison, which this page does not have.');
  const params = new URLSearchParams(query);
  let minPhraseLength = DEFAULT_OPTIONS.minPhraseLength;
  const min = params.get('min');
  if (min !== null) {
    const n = /^\d{1,3}$/.test(min) ? Number(min) : NaN;
    if (!(n >= MIN_PHRASE_LENGTH_ALLOWED && n <= MAX_PHRASE_LENGTH_ALLOWED)) {
      return fail(
        'invalid',
        `This sample link asks for a shortest shared phrase of “${min.slice(0, snapToCodePoint(min, 20))}”; it must be a whole ` +
          `number from ${MIN_PHRASE_LENGTH_ALLOWED} to ${MAX_PHRASE_LENGTH_ALLOWED}. The link was changed or damaged.`,
      );
    }
    minPhraseLength = n;
  }
  const script = params.get('script') ?? 'original';
  if (script !== 'original' && script !== 'simplified') {
    return fail(
      'invalid',
      'This sample link names an unknown script setting. The link was changed or damaged.',
    );
  }
  const level = params.get('level');
  const alignLevel = level === null ? undefined : /^[1-9]$/.test(level) ? Number(level) : NaN;
  if (alignLevel !== undefined && !(alignLevel <= ALIGN_LEVEL_MAX)) {
    return fail(
      'invalid',
      `This sample link asks for an alignment level that does not exist; it must be a whole number from 1 to ${ALIGN_LEVEL_MAX}. ` +
        'The link was changed or damaged.',
    );
  }
  const theme = params.get('theme');
  const phrase = params.get('phrase');
  if ((theme?.length ?? 0) > MAX_ID_CHARS || (phrase?.length ?? 0) > MAX_ID_CHARS) {
    return fail(
      'invalid',
      'This sample link names a theme or phrase that cannot exist. The link was changed or damaged.',
    );
  }
  const snapshot: ComparisonSnapshot = {
    left: { ...sample.left },
    right: { ...sample.right },
    options: { minPhraseLength, script, ...(alignLevel === undefined ? {} : { alignLevel }) },
    view: { theme, phrase },
  };
  const fix = params.get('fix');
  if (fix !== null) {
    const corrections = decodeFix(fix);
    if (typeof corrections === 'string')
      return fail('invalid', `This sample link was changed or damaged: ${corrections}.`);
    snapshot.corrections = corrections;
  }
  return { ok: true, kind: 'sample', snapshot };
}

function envelope(json: Uint8Array, deflated: Uint8Array, version = PERMALINK_VERSION): string {
  const out = new Uint8Array(HEADER_BYTES + deflated.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, deflated.length);
  view.setUint32(4, crc32(json));
  out.set(deflated, HEADER_BYTES);
  return `v${version}.${toBase64url(out)}`;
}

/** The envelope around arbitrary bytes (exported for tests that build broken links on purpose). */
export async function encodeEnvelope(json: Uint8Array, version = PERMALINK_VERSION): Promise<string> {
  return envelope(json, await deflateRaw(json), version);
}

function jsonBytes(s: ComparisonSnapshot): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(checkedForWriting(s)));
}

/**
 * The fragment for a snapshot, without the leading '#'. Throws `InvalidSnapshotError` for a snapshot
 * the decoder would refuse (the same `validateSnapshot` runs both ways).
 */
export async function encodeSnapshot(
  s: ComparisonSnapshot,
  opts: { sample?: SampleTexts } = {},
): Promise<string> {
  if (isSampleSnapshot(s, opts.sample)) return encodeSampleLink(checkedForWriting(s));
  return encodeEnvelope(jsonBytes(s));
}

/**
 * The same link made at once, without compression (deflate "stored" blocks): for the last moment of a
 * page (`pagehide`), when an asynchronous compressor would never finish. It opens like any v1 link;
 * it is only longer.
 */
export function encodeSnapshotNow(s: ComparisonSnapshot, opts: { sample?: SampleTexts } = {}): string {
  if (isSampleSnapshot(s, opts.sample)) return encodeSampleLink(checkedForWriting(s));
  const json = jsonBytes(s);
  return envelope(json, deflateRawStored(json));
}

const DAMAGED =
  'This link is damaged: its contents do not decode. It may have been changed when it was copied. ' +
  'Ask for the link again, or for the comparison file.';

/** A v1, v2 or v3 envelope (the same bytes; v2 and later may hold corrections, v3 an alignment level). */
async function decodeEnvelope(text: string): Promise<PermalinkResult> {
  const bad = /[^A-Za-z0-9_-]/.exec(text);
  if (bad) {
    return fail(
      'not-base64',
      `This link holds a character that does not belong in it (“${isolateName(bad[0])}” at position ${bad.index + 1} of the ` +
        'data): it may have picked up punctuation or been changed. Copy the link exactly as it was sent.',
    );
  }
  // A cut can leave a length no byte string encodes to; decode what arrived and let the length tell.
  const bytes = fromBase64url(text.length % 4 === 1 ? text.slice(0, -1) : text)!;
  const truncated = (expectedChars: number | null) =>
    fail(
      'truncated',
      'This link is cut short' +
        (expectedChars !== null
          ? `: ${groupedDigits(text.length)} of its ${groupedDigits(expectedChars)} characters arrived`
          : '') +
        '. Chat apps and mail programs often cut long links: copy the whole link, or ask for the comparison file.',
    );
  if (bytes.length < HEADER_BYTES) return truncated(null);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const deflatedLength = view.getUint32(0);
  const expectedCrc = view.getUint32(4);
  const arrived = bytes.length - HEADER_BYTES;
  if (deflatedLength > arrived) return truncated(Math.ceil(((HEADER_BYTES + deflatedLength) * 4) / 3));
  if (deflatedLength < arrived) return fail('damaged', DAMAGED);

  const json = await inflateRaw(bytes.subarray(HEADER_BYTES), MAX_JSON_BYTES);
  if (json === 'too-large') {
    return fail(
      'too-large',
      `This link unpacks to more than ${MAX_JSON_BYTES / 1024 / 1024} MB, more than any comparison duizhao makes. ` +
        'It was not opened.',
    );
  }
  if (json === 'damaged') return fail('damaged', DAMAGED);
  if (crc32(json) !== expectedCrc) {
    return fail(
      'checksum',
      'This link was changed or damaged: its contents do not match its checksum, so it was not opened. ' +
        'Ask for the link again, or for the comparison file.',
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return fail('not-json', 'This link holds data that is not a duizhao comparison. It was not opened.');
  }
  const checked = validateSnapshot(parsed);
  if (!checked.ok) {
    return fail(
      'invalid',
      `This link holds a comparison duizhao cannot open: ${checked.problem}. It was not opened.`,
    );
  }
  return { ok: true, kind: 'full', snapshot: checked.snapshot };
}

export async function decodeSnapshot(
  fragment: string,
  opts: { sample?: SampleTexts } = {},
): Promise<PermalinkResult> {
  const f = stripHash(fragment);
  if (f === '') return fail('empty', 'The link has no comparison in it (nothing after “#”).');
  if (f.length > MAX_FRAGMENT_CHARS) {
    return fail(
      'too-large',
      `This link is ${groupedDigits(f.length)} characters long, longer than a browser can open. It was not opened.`,
    );
  }
  if (f === SAMPLE) return decodeSample('', opts.sample);
  if (f.startsWith(`${SAMPLE}?`)) return decodeSample(f.slice(SAMPLE.length + 1), opts.sample);
  const versioned = VERSIONED.exec(f);
  if (!versioned) {
    return fail(
      'not-a-permalink',
      `This is not a duizhao link: a comparison link ends in “#v${PERMALINK_VERSION}.” followed by letters and digits, or in “#sample”.`,
    );
  }
  const version = Number(versioned[1]);
  if (version > PERMALINK_VERSION) {
    return fail(
      'newer-version',
      `This link was made by a newer version of duizhao (link format v${version}; this page reads ` +
        `v${PERMALINK_VERSION}). Reload the page to get the newest version, or ask for the comparison file.`,
    );
  }
  if (version < OLDEST_PERMALINK_VERSION) {
    return fail(
      'not-a-permalink',
      `There is no duizhao link format v${version}: the link was changed or damaged.`,
    );
  }
  return decodeEnvelope(versioned[2]!);
}
