/**
 * Fuzz targets shared by the bounded run in the test suite (`tests/core/fuzz.test.ts`, a few hundred
 * cases each, shrunk on failure) and the long run (`npm run fuzz`, ≥ 100,000 cases each, counted and
 * timed). Each target is an input generator and a check that throws when the code under test
 * misbehaves: throws itself, returns something malformed, or lets through what it must not.
 *
 *   engine     compare() on texts built from pieces that stress it (scripts, glosses, astral hanzi,
 *              lone surrogates, enumeration markers): never throws, every range inside its text
 *   decoders   loadFile() on arbitrary bytes behind real prefixes (BOMs, magic bytes, a doctype, a
 *              comparison file's start): never throws, a refusal always says why, text never holds a BOM
 *   html       htmlToText() on tag soup with a script planted in it: never throws, lines are clean,
 *              the script's text never comes out
 *   permalink  decodeSnapshot() on links: random text, real links cut, bit-flipped, spaced: never
 *              throws, every refusal has a known code and a message, what opens passes validation
 */
import fc from 'fast-check';
import { compare, type Range } from '../../src/core/index';
import { loadFile } from '../../src/core/load';
import { htmlToText } from '../../src/core/load/html';
import { decodeSnapshot, encodeSnapshot } from '../../src/core/share/permalink';
import { validateSnapshot } from '../../src/core/share/validate';
import type { ComparisonSnapshot } from '../../src/core/types';

export interface FuzzTarget<T> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  /** Throws on a failure; may be async. */
  check: (value: T) => void | Promise<void>;
  /** A short printable form of a case, for the slowest-case line. */
  show: (value: T) => string;
}

function fail(message: string): never {
  throw new Error(message);
}

const clip = (s: string, n = 80) => JSON.stringify(s.length > n ? `${s.slice(0, n)}…(${s.length})` : s);

const piece = fc.constantFrom(
  '统一战线',
  '統一戰線',
  '統一戰(zhàn)線',
  '戰?zhàn)',
  '民主党派',
  '把思想和行动统一到中央',
  '𠀀𪚥',
  '要',
  '一是',
  '二是',
  '（一）',
  '第一，',
  '1.',
  '，',
  '。',
  '\n',
  ' ',
  '\u3000',
  '2018年',
  '😀',
  '\ud800',
  '\udc00',
  '会议强调',
  '编辑：',
  '扶贫',
);
const engineText = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

function inside(range: Range, text: string): boolean {
  return (
    Number.isInteger(range.start) && range.start >= 0 && range.start <= range.end && range.end <= text.length
  );
}

export const engine: FuzzTarget<{ left: string; right: string; min: number }> = {
  name: 'engine (compare)',
  arbitrary: fc.record({ left: engineText, right: engineText, min: fc.integer({ min: 2, max: 20 }) }),
  check({ left, right, min }) {
    const c = compare(left, right, { minPhraseLength: min, diffTimeoutSeconds: 0 });
    for (const p of c.phrases) {
      if (!inside(p.left, left) || !inside(p.right, right)) fail(`phrase ${p.id} outside its text`);
      if (p.hanLength < min) fail(`phrase ${p.id} shorter than the minimum`);
    }
    for (const s of c.left.sections) if (!inside(s, left)) fail(`section ${s.id} outside the left text`);
    for (const s of c.right.sections) if (!inside(s, right)) fail(`section ${s.id} outside the right text`);
  },
  show: ({ left, right, min }) => `left ${clip(left, 40)} right ${clip(right, 40)} min ${min}`,
};

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const prefix = fc.constantFrom<number[]>(
  [],
  [0xef, 0xbb, 0xbf],
  [0xff, 0xfe],
  [0xfe, 0xff],
  [0x84, 0x31, 0x95, 0x33],
  ascii('%PDF-1.7\n'),
  [0x50, 0x4b, 0x03, 0x04],
  ascii('<!DOCTYPE html><meta charset="big5">'),
  ascii('<p>'),
  ascii('{"duizhao": "comparison", "version": 1, "snapshot": '),
  [0xe7, 0xbb, 0x9f, 0xe4, 0xb8, 0x80], // 统一 in UTF-8
  [0xcd, 0xb3, 0xd2, 0xbb], // 统一 in GBK
);

export const decoders: FuzzTarget<{ name: string; bytes: Uint8Array }> = {
  name: 'decoders (loadFile)',
  arbitrary: fc.record({
    name: fc.oneof(
      fc.constantFrom('a.txt', 'a.html', 'x\u202e.txt', ''),
      fc.string({ unit: 'binary', maxLength: 300 }),
    ),
    bytes: fc
      .tuple(prefix, fc.uint8Array({ maxLength: 300 }), fc.constantFrom(0, 1, 2))
      .map(([head, body, pad]) => new Uint8Array([...head, ...body, ...new Array(pad).fill(0)])),
  }),
  check({ name, bytes }) {
    const result = loadFile(name, bytes);
    if (!result.ok) {
      if (result.error.message.trim() === '') fail('a refusal without a message');
      return;
    }
    if (result.name.length > 255) fail('a name over 255 characters was kept');
    if (result.kind === 'text' && result.text.startsWith('\ufeff')) fail('the text starts with a BOM');
  },
  show: ({ name, bytes }) =>
    `name ${clip(name, 20)} bytes [${[...bytes.subarray(0, 24)].join(',')}…](${bytes.length})`,
};

const SECRET = 'SCRIPTSECRET';
const tag = fc.constantFrom(
  'p',
  'div',
  'br',
  'span',
  'b',
  'a',
  'li',
  'ul',
  'td',
  'tr',
  'table',
  'header',
  'footer',
  'aside',
  'nav',
  'style',
  'svg',
  'math',
  'rt',
  'ruby',
  'pre',
  'h1',
  'noscript',
  'template',
  'iframe',
  'form',
);
const soupPart = fc.oneof(
  tag.map((t) => `<${t}>`),
  tag.map((t) => `</${t}>`),
  fc.constantFrom(
    '<p hidden>',
    '<div role="navigation">',
    '<a href="x">',
    '<img src=x onerror=alert(1)>',
    '<!--',
    '-->',
  ),
  fc.constantFrom('&amp;', '&#x4e2d;', '&#0;', '&nbsp;', '&lt;script&gt;', '&', '>', '"', "'"),
  fc.constantFrom('统一战线', '戰', 'zhàn', '\n', ' ', '\u3000', 'text'),
  // No `<` of its own: a tag left open would make the planted script an attribute, text in a browser too.
  fc.string({ maxLength: 6 }).map((s) => s.replace(/</g, '＜')),
);
const soup = fc.array(soupPart, { maxLength: 40 }).map((parts) => parts.join(''));
/** After the script anything goes, broken tags included: nothing later can make it text. */
const anything = fc.oneof(soup, fc.string({ unit: 'binary', maxLength: 200 }));

export const html: FuzzTarget<{ before: string; after: string; sourceLines: boolean }> = {
  name: 'html extractor (htmlToText)',
  arbitrary: fc.record({ before: soup, after: anything, sourceLines: fc.boolean() }),
  check({ before, after, sourceLines }) {
    // A comment left open swallows the script with the rest: it is never text either.
    const page = `${before}<script>document.write("${SECRET}")</script>${after}`;
    const out = htmlToText(page, { sourceLines });
    if (out.includes(SECRET)) fail('the text of a script came out');
    for (const line of out === '' ? [] : out.split('\n')) {
      if (line === '' || line !== line.trim()) fail(`an empty or untrimmed line: ${clip(line)}`);
    }
  },
  show: ({ before, after }) => clip(`${before}<script>…</script>${after}`, 100),
};

const snapshot: ComparisonSnapshot = {
  left: { name: '毕节.txt', text: '统一战线是试验区的金字招牌。' },
  right: { name: '攀枝花.txt', text: '统一战线是重要法宝。' },
  options: { minPhraseLength: 5, script: 'original' },
  view: { theme: 'poverty', phrase: 'p3' },
};
let goodLink: string | null = null;
const sample = { left: snapshot.left, right: snapshot.right };

type LinkCase = { kind: 'random'; text: string } | { kind: 'mutated'; at: number; op: number; ch: string };

const CODES = new Set([
  'empty',
  'not-a-permalink',
  'newer-version',
  'not-base64',
  'truncated',
  'damaged',
  'checksum',
  'too-large',
  'not-json',
  'invalid',
  'no-sample',
]);

export const permalink: FuzzTarget<LinkCase> = {
  name: 'permalink parser (decodeSnapshot)',
  arbitrary: fc.oneof(
    fc
      .oneof(
        fc.string({ unit: 'binary', maxLength: 120 }),
        fc.string({ maxLength: 60 }).map((s) => `#v1.${s}`),
        fc.string({ maxLength: 60 }).map((s) => `#sample?${s}`),
      )
      .map((text): LinkCase => ({ kind: 'random', text })),
    fc
      .record({
        at: fc.nat({ max: 400 }),
        op: fc.nat({ max: 3 }),
        ch: fc.constantFrom('A', '_', '%20', ' ', '\n', '%', '.', '\u202e', 'é'),
      })
      .map((m): LinkCase => ({ kind: 'mutated', ...m })),
  ),
  async check(value) {
    goodLink ??= await encodeSnapshot(snapshot);
    let link: string;
    if (value.kind === 'random') link = value.text;
    else {
      const at = value.at % (goodLink.length + 1);
      link =
        value.op === 0
          ? goodLink.slice(0, at) // cut short
          : value.op === 1
            ? goodLink.slice(0, at) + value.ch + goodLink.slice(at) // something inserted
            : value.op === 2
              ? goodLink.slice(0, at) + value.ch + goodLink.slice(at + 1) // a character changed
              : goodLink.slice(0, at) + goodLink.slice(at + 1); // a character lost
    }
    const result = await decodeSnapshot(link, { sample });
    if (result.ok) {
      const again = validateSnapshot(result.snapshot);
      if (!again.ok) fail(`opened a snapshot that fails validation: ${again.problem}`);
    } else {
      if (!CODES.has(result.error.code)) fail(`unknown error code ${result.error.code}`);
      if (result.error.message.trim() === '') fail('a refusal without a message');
    }
  },
  show: (value) => (value.kind === 'random' ? clip(value.text) : `mutated ${JSON.stringify(value)}`),
};

export const TARGETS = [engine, decoders, html, permalink] as FuzzTarget<unknown>[];
