/**
 * Word's automatic numbering, written into the text. A Word list keeps its numbers out of the text (in
 * `word/numbering.xml`), and mammoth drops them; but in a report the numbers ARE the structure
 * (`一、` `（一）` `1.`), so each numbered paragraph gets its label back as a text run at its start,
 * before mammoth reads the document.
 *
 *   parseNumbering(numberingXml)  the lists: `abstracts` (level formats: numFmt, lvlText, start, isLgl,
 *                                 suffix, linked paragraph style) and `nums` (the list instances the
 *                                 paragraphs name, with their start overrides)
 *   parseStyleNumbering(stylesXml) paragraph styles that number (Heading 1 numbered `一、`), basedOn kept
 *   labelParagraphs(documentXml, numbering, styles)  document.xml with a label run in each numbered
 *                                 paragraph, counted as Word counts: in document order, one counter set
 *                                 per list (per abstract list; a list instance with a start override
 *                                 restarts and counts on its own), a level's count restarting whenever
 *                                 a higher level advances, `%1.%2` filled from the counters of levels 1, 2
 *   formatNumber(n, numFmt)       one counter in one of Word's formats
 *
 * Formats written as Word shows them: decimal, decimalZero, decimalFullWidth, upper/lowerRoman,
 * upper/lowerLetter, chineseCounting / chineseCountingThousand / taiwaneseCounting(Thousand) /
 * japaneseCounting (十一, 二十, 一百零一), ideographDigital / taiwaneseDigital (一〇一), chineseLegalSimplified
 * (壹拾壹), ideographLegalTraditional (壹拾壹 in Traditional), ideographTraditional (甲乙丙, cycling after
 * 癸), ideographZodiac (子丑寅), decimalEnclosedCircle(Chinese) (①…⑳), ideographEnclosedCircle (㈠…㈩),
 * decimalEnclosedParen (⑴…⒇), decimalEnclosedFullstop (⒈…⒛); past the enclosed forms' range, and for any
 * other format, decimal. Bullets and `none` write no label (a bullet carries no structure).
 * Not followed: `w:lvlRestart` (a level always restarts under a higher one), legacy list fields
 * (`LISTNUM`, `SEQ`), numbering of the strict OOXML namespace (prefixes other than `w:`).
 *
 * Example: numbering.xml level 0 = { numFmt: 'chineseCounting', lvlText: '%1、' }, level 1 =
 *          { numFmt: 'chineseCounting', lvlText: '（%1）' }; paragraphs at levels 0, 1, 1, 0 →
 *          labels '一、', '（一）', '（二）', '二、'.
 */

export interface NumberingLevel {
  numFmt: string;
  lvlText: string;
  start: number;
  isLgl: boolean;
  suffix: 'tab' | 'space' | 'nothing';
  pStyle: string | null;
}

export interface Numbering {
  /** abstractNumId → levels by ilvl (0–8). */
  abstracts: Map<string, { levels: Map<number, NumberingLevel>; styleLink: string | null }>;
  /** numId → its abstract list and level start overrides. */
  nums: Map<string, { abstractId: string; starts: Map<number, number>; levels: Map<number, NumberingLevel> }>;
}

export interface StyleNumbering {
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-f]+|#\d+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return XML_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function escapeXml(value: string): string {
  return value.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** The value of attribute `name` in a start tag's source, unescaped. */
function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? unescapeXml(match[1] ?? match[2] ?? '') : null;
}

/** `w:val` of the first `<w:name …>` in `xml`. */
function valueOf(xml: string, name: string): string | null {
  const tag = new RegExp(`<w:${name}\\b[^>]*>`).exec(xml);
  return tag ? attribute(tag[0], 'w:val') : null;
}

/** Each element `<w:name …>…</w:name>` (not nested in itself) with its start tag and content. */
function* elements(xml: string, name: string): Generator<{ tag: string; body: string }> {
  const pattern = new RegExp(`<w:${name}\\b[^>]*?(/?)>`, 'g');
  const close = `</w:${name}>`;
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) {
    if (match[1] === '/') {
      yield { tag: match[0], body: '' };
      continue;
    }
    const end = xml.indexOf(close, pattern.lastIndex);
    if (end < 0) return;
    yield { tag: match[0], body: xml.slice(pattern.lastIndex, end) };
    pattern.lastIndex = end + close.length;
  }
}

/** Word 2010+ writes new formats in `mc:AlternateContent`: take the first format that is not `custom`. */
function numFmtOf(body: string): string {
  for (const { tag } of elements(body, 'numFmt')) {
    const value = attribute(tag, 'w:val');
    if (value && value !== 'custom') return value;
  }
  return 'decimal';
}

function readLevel(body: string): NumberingLevel {
  const start = Number(valueOf(body, 'start') ?? '1');
  const suffix = valueOf(body, 'suff');
  const isLgl = /<w:isLgl\b/.test(body) && !/<w:isLgl\b[^>]*w:val\s*=\s*["'](0|false|off)["']/.test(body);
  return {
    numFmt: numFmtOf(body),
    lvlText: valueOf(body, 'lvlText') ?? '',
    start: Number.isFinite(start) ? start : 1,
    isLgl,
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
    pStyle: valueOf(body, 'pStyle'),
  };
}

function readLevels(xml: string): Map<number, NumberingLevel> {
  const levels = new Map<number, NumberingLevel>();
  for (const { tag, body } of elements(xml, 'lvl'))
    levels.set(Number(attribute(tag, 'w:ilvl') ?? '0'), readLevel(body));
  return levels;
}

export function parseNumbering(xml: string): Numbering {
  const abstracts: Numbering['abstracts'] = new Map();
  for (const { tag, body } of elements(xml, 'abstractNum')) {
    const id = attribute(tag, 'w:abstractNumId');
    if (id !== null)
      abstracts.set(id, { levels: readLevels(body), styleLink: valueOf(body, 'numStyleLink') });
  }
  const nums: Numbering['nums'] = new Map();
  for (const { tag, body } of elements(xml, 'num')) {
    const id = attribute(tag, 'w:numId');
    const abstractId = valueOf(body, 'abstractNumId');
    if (id === null || abstractId === null) continue;
    const starts = new Map<number, number>();
    const levels = new Map<number, NumberingLevel>();
    for (const override of elements(body, 'lvlOverride')) {
      const ilvl = Number(attribute(override.tag, 'w:ilvl') ?? '0');
      const start = valueOf(override.body, 'startOverride');
      if (start !== null && Number.isFinite(Number(start))) starts.set(ilvl, Number(start));
      const level = readLevels(override.body).get(ilvl);
      if (level) levels.set(ilvl, level);
    }
    nums.set(id, { abstractId, starts, levels });
  }
  return { abstracts, nums };
}

export function parseStyleNumbering(xml: string): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  for (const { tag, body } of elements(xml, 'style')) {
    const id = attribute(tag, 'w:styleId');
    if (id === null) continue;
    const numPr = [...elements(body, 'numPr')][0]?.body ?? '';
    const ilvl = valueOf(numPr, 'ilvl');
    styles.set(id, {
      basedOn: valueOf(body, 'basedOn'),
      numId: valueOf(numPr, 'numId'),
      ilvl: ilvl === null ? null : Number(ilvl),
    });
  }
  return styles;
}

// ---- formats ----

const CHINESE_DIGITS = '〇一二三四五六七八九';
const LEGAL_SIMPLIFIED = { digits: '零壹贰叁肆伍陆柒捌玖', units: ['', '拾', '佰', '仟'] };
const LEGAL_TRADITIONAL = { digits: '零壹貳參肆伍陸柒捌玖', units: ['', '拾', '佰', '仟'] };
const COUNTING = { digits: '零一二三四五六七八九', units: ['', '十', '百', '千'] };

/** 1–9999 in Chinese counting: 十一, 二十, 一百零一, 一千零十 (legal: 壹拾壹, the leading one kept). */
function chineseCounting(
  n: number,
  { digits, units }: { digits: string; units: string[] },
  legal = false,
): string {
  if (n <= 0 || n > 9999) return String(n);
  const parts = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  parts.forEach((digit, i) => {
    const unit = units[parts.length - 1 - i]!;
    if (digit === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += digits[0];
    zero = false;
    out += digit === 1 && unit === units[1] && out === '' && !legal ? unit : digits[digit]! + unit;
  });
  return out;
}

function letters(n: number, base: string): string {
  // Word repeats the letter: 27 → AA, 28 → BB.
  const letter = base[(n - 1) % 26]!;
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, symbol] of table) while (n >= value) [out, n] = [out + symbol, n - value];
  return out;
}

/** A run of enclosed forms for 1..length; beyond it, decimal. */
function enclosed(n: number, first: number, length: number): string {
  return n >= 1 && n <= length ? String.fromCodePoint(first + n - 1) : String(n);
}

const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return n > 0 ? letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') : String(n);
    case 'lowerLetter':
      return n > 0 ? letters(n, 'abcdefghijklmnopqrstuvwxyz') : String(n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return chineseCounting(n, COUNTING);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return n >= 0 ? String(n).replace(/\d/g, (d) => CHINESE_DIGITS[Number(d)]!) : String(n);
    case 'chineseLegalSimplified':
      return chineseCounting(n, LEGAL_SIMPLIFIED, true);
    case 'ideographLegalTraditional':
      return chineseCounting(n, LEGAL_TRADITIONAL, true);
    case 'ideographTraditional':
      return n > 0 ? STEMS[(n - 1) % 10]! : String(n);
    case 'ideographZodiac':
      return n > 0 ? BRANCHES[(n - 1) % 12]! : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(n, 0x2460, 20); // ①
    case 'ideographEnclosedCircle':
      return enclosed(n, 0x3220, 10); // ㈠
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474, 20); // ⑴
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488, 20); // ⒈
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}

// ---- counting through the document ----

const CJK_END = /[\u2E80-\u9FFF\u3000-\u303F\uFF00-\uFFEF\u2460-\u24FF\u3200-\u32FF]$/u;

interface ListRef {
  numId: string;
  ilvl: number;
}

function resolveNum(
  numbering: Numbering,
  numId: string,
  styles: Map<string, StyleNumbering>,
  seen = new Set<string>(),
) {
  const num = numbering.nums.get(numId);
  if (!num || seen.has(numId)) return null;
  seen.add(numId);
  const abstract = numbering.abstracts.get(num.abstractId);
  if (!abstract) return null;
  if (abstract.styleLink !== null && abstract.levels.size === 0) {
    // A list defined by a numbering style: the style names the list that holds the levels.
    const linked = styles.get(abstract.styleLink)?.numId;
    if (linked) return resolveNum(numbering, linked, styles, seen);
  }
  return { num, abstract, abstractId: num.abstractId };
}

function styleList(
  styleId: string,
  styles: Map<string, StyleNumbering>,
  numbering: Numbering,
): ListRef | null {
  const seen = new Set<string>();
  for (let id: string | null = styleId; id !== null && !seen.has(id); id = styles.get(id)?.basedOn ?? null) {
    seen.add(id);
    const style = styles.get(id);
    if (!style?.numId) continue;
    if (style.numId === '0') return null;
    let ilvl = style.ilvl;
    if (ilvl === null) {
      // The level linked to the paragraph's own style (w:pStyle in w:lvl), else the first.
      const abstractId = numbering.nums.get(style.numId)?.abstractId;
      const levels = abstractId ? numbering.abstracts.get(abstractId)?.levels : undefined;
      ilvl = [...(levels ?? [])].find(([, level]) => level.pStyle === styleId)?.[0] ?? 0;
    }
    return { numId: style.numId, ilvl };
  }
  return null;
}

/** The properties Word reads for a paragraph, from its `w:pPr` (tracked former properties left out). */
function paragraphList(
  pPr: string,
  styles: Map<string, StyleNumbering>,
  numbering: Numbering,
): ListRef | null {
  const current = pPr.replace(/<w:pPrChange\b[\s\S]*?<\/w:pPrChange>/g, '');
  const numPr = [...elements(current, 'numPr')][0];
  const styleId = valueOf(current, 'pStyle');
  const fromStyle = styleId ? styleList(styleId, styles, numbering) : null;
  if (numPr) {
    const numId = valueOf(numPr.body, 'numId') ?? fromStyle?.numId ?? null;
    if (numId === null || numId === '0') return null;
    const ilvl = valueOf(numPr.body, 'ilvl');
    return { numId, ilvl: ilvl === null ? (fromStyle?.ilvl ?? 0) : Number(ilvl) };
  }
  return fromStyle;
}

export class ListCounter {
  #numbering: Numbering;
  #styles: Map<string, StyleNumbering>;
  #counters = new Map<string, (number | undefined)[]>();

  constructor(numbering: Numbering, styles: Map<string, StyleNumbering>) {
    this.#numbering = numbering;
    this.#styles = styles;
  }

  /** The label of the next paragraph of list `numId` at level `ilvl`, its separator included. */
  next({ numId, ilvl }: ListRef): string {
    const resolved = resolveNum(this.#numbering, numId, this.#styles);
    if (!resolved || ilvl < 0 || ilvl > 8) return '';
    const { num, abstract, abstractId } = resolved;
    const levelOf = (k: number) => num.levels.get(k) ?? abstract.levels.get(k);
    const level = levelOf(ilvl);
    if (!level) return '';
    // A list instance that overrides a start counts apart from the other instances of its list.
    const key = num.starts.size > 0 ? `num:${numId}` : `abstract:${abstractId}`;
    const counters = this.#counters.get(key) ?? [];
    this.#counters.set(key, counters);
    const startOf = (k: number) => num.starts.get(k) ?? levelOf(k)?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl]! + 1;
    for (let k = ilvl + 1; k < counters.length; k++) counters[k] = undefined;
    const label = level.lvlText.replace(/%([1-9])/g, (_, digit: string) => {
      const k = Number(digit) - 1;
      const value = counters[k] ?? startOf(k);
      const format = level.isLgl && k < ilvl ? 'decimal' : (levelOf(k)?.numFmt ?? 'decimal');
      return formatNumber(value, format);
    });
    if (level.numFmt === 'bullet' || level.numFmt === 'none' || label.trim() === '') return '';
    if (level.suffix === 'nothing' || CJK_END.test(label)) return label;
    return `${label} `;
  }

  /** The label for a paragraph with these properties (`''`: not numbered). */
  forParagraph(pPr: string): string {
    const list = paragraphList(pPr, this.#styles, this.#numbering);
    return list ? this.next(list) : '';
  }
}

const PARAGRAPH = /<w:p(?=[\s>/])[^>]*?(\/?)>/g;
const PPR_TAG = /<(\/?)w:pPr(?=[\s>/])[^>]*?(\/?)>/g;

/** Where a paragraph's `w:pPr` (its first child) ends, or null when it has none. */
function endOfProperties(xml: string, from: number): number | null {
  const start = /^\s*<w:pPr(?=[\s>/])/.exec(xml.slice(from, from + 64));
  if (!start) return null;
  PPR_TAG.lastIndex = from;
  let depth = 0;
  for (let match = PPR_TAG.exec(xml); match; match = PPR_TAG.exec(xml)) {
    if (match[2] === '/') {
      if (depth === 0) return PPR_TAG.lastIndex;
    } else if (match[1] === '/') {
      depth--;
      if (depth === 0) return PPR_TAG.lastIndex;
    } else depth++;
  }
  return null;
}

export function labelParagraphs(
  documentXml: string,
  numbering: Numbering,
  styles: Map<string, StyleNumbering>,
): string {
  const counter = new ListCounter(numbering, styles);
  const out: string[] = [];
  let copied = 0;
  PARAGRAPH.lastIndex = 0;
  for (let match = PARAGRAPH.exec(documentXml); match; match = PARAGRAPH.exec(documentXml)) {
    if (match[1] === '/') continue; // <w:p/>: an empty paragraph, never numbered
    const open = PARAGRAPH.lastIndex;
    const end = endOfProperties(documentXml, open);
    if (end === null) continue;
    const label = counter.forParagraph(documentXml.slice(open, end));
    if (label === '') continue;
    out.push(
      documentXml.slice(copied, end),
      `<w:r><w:t xml:space="preserve">${escapeXml(label)}</w:t></w:r>`,
    );
    copied = end;
    PARAGRAPH.lastIndex = end;
  }
  out.push(documentXml.slice(copied));
  return out.join('');
}
