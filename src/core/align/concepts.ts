/**
 * Theme terms as shared CONCEPTS for the pair score: two items on one topic in different words
 * (`民营经济` and `非公有制经济`, `总书记重要讲话精神` and `重要指示精神`) share no bigram of it, yet a
 * reader pairs them by the topic. Each mention of a lexicon term (src/core/themes, longest term
 * first) is followed, in a copy of the Han text the scorer counts bigrams in (`./bigram-corpus`), by
 * two code points of the Private Use Area that stand for its theme: every mention of a theme then adds one bigram, the
 * same for all its terms, weighed by tf-idf like any other (a theme every section mentions weighs
 * little). The term's own characters stay, so its bigrams count as before.
 *
 * Not the poverty theme: its terms (`帮扶`, `贫困`, `脱贫`, `小康`) are everyday words of a provincial
 * report's rural, welfare and review items, and a concept of them paired welfare items with rural ones
 * (`npm run eval`: pair agreement 0.7480 → 0.7512 and wrong pairs 0.032 → 0.028 without it; 0.7447
 * and 0.035 with it; its concept alone, 0.7398 and 0.039).
 *
 * Example: `支持民营经济` → 支 持 民 营 经 济 ⟨mark⟩ ⟨non-public-economy⟩; `非公有制经济` gets the
 * same two marks after its characters, so the two share the bigram ⟨mark⟩⟨non-public-economy⟩.
 */
import type { HanText } from './bigram-corpus';
import { LEXICON, type Theme } from '../themes/lexicon';

/** Themes whose terms are not read as concepts (see above). */
export const UNSCORED_THEMES: readonly string[] = ['poverty'];

/** The first mark of a concept, then `THEME_BASE` + the theme's index: Private Use Area, never Han text. */
const MARK = 0xe000;
const THEME_BASE = 0xe100;

/** First code point → terms starting with it, longest first; `starts` says which BMP code points start one. */
interface TermTable {
  terms: Map<number, { codes: Int32Array; theme: number }[]>;
  starts: Uint8Array;
}

function termTable(lexicon: readonly Theme[]): TermTable {
  const terms: TermTable['terms'] = new Map();
  const starts = new Uint8Array(0x10000);
  lexicon.forEach((theme, index) => {
    if (UNSCORED_THEMES.includes(theme.key)) return;
    for (const term of theme.terms) {
      const codes = Int32Array.from([...term], (c) => c.codePointAt(0)!);
      if (codes.length < 2) continue; // so the marks at most double the length
      const list = terms.get(codes[0]!) ?? [];
      list.push({ codes, theme: index });
      terms.set(codes[0]!, list);
      if (codes[0]! < 0x10000) starts[codes[0]!] = 1;
    }
  });
  for (const list of terms.values()) list.sort((x, y) => y.codes.length - x.codes.length);
  return { terms, starts };
}

/** The app's lexicon's table, built on first use. */
let lexiconTable: TermTable | undefined;

/**
 * `text` with the marks of each theme mention added after it. A mark stands, in `norm`, where its
 * term's last character stands, so positions found by normalized index (`BigramCorpus.positionOf`)
 * still start a section at its first character, and a section running to the position past its last
 * character holds the marks of the terms ending inside it.
 */
export function withConcepts(text: HanText, lexicon: readonly Theme[] = LEXICON): HanText {
  const table = lexicon === LEXICON ? (lexiconTable ??= termTable(LEXICON)) : termTable(lexicon);
  const { codes, norm } = text;
  const end = codes.length;
  // Every term has two characters or more, so the marks at most double the length.
  const out = new Int32Array(2 * end);
  const outNorm = new Int32Array(2 * end);
  let n = 0;
  let i = 0;
  while (i < end) {
    const code = codes[i]!;
    // Most characters start no term: the table answers before the map is asked.
    const term = code < 0x10000 && table.starts[code] === 0 ? undefined : termAt(table, codes, i, end);
    if (term === undefined) {
      out[n] = code;
      outNorm[n++] = norm[i++]!;
      continue;
    }
    for (let k = 0; k < term.codes.length; k++) {
      out[n] = term.codes[k]!;
      outNorm[n++] = norm[i++]!;
    }
    const at = norm[i - 1]!;
    out[n] = MARK;
    outNorm[n++] = at;
    out[n] = THEME_BASE + term.theme;
    outNorm[n++] = at;
  }
  return { codes: out.subarray(0, n), norm: outNorm.subarray(0, n) };
}

/** The longest term starting at `i` and ending by `end`, if any. */
function termAt(table: TermTable, codes: Int32Array, i: number, end: number) {
  const candidates = table.terms.get(codes[i]!);
  if (!candidates) return undefined;
  next: for (const term of candidates) {
    if (i + term.codes.length > end) continue;
    for (let k = 1; k < term.codes.length; k++) if (codes[i + k] !== term.codes[k]) continue next;
    return term;
  }
  return undefined;
}
