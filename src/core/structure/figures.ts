/**
 * Whether a stretch of text states a figure: a quantity or a rate (`52万人`, `5.5%`, `第2位`). A list
 * whose items state figures is a table of targets or results, not tasks (`./lists-runs`,
 * `./lists-semicolon`).
 *
 * A year is a date, not a figure: `到2035年，基本实现…；到2050年，全面建成…` is a list of goals by
 * stage, and `2025年` alone says when, not how much.
 *
 *   statesFigure('城镇新增就业52万人') → true     statesFigure('到2035年，基本实现现代化') → false
 */

const FIGURE = /[0-9０-９%％]/g;
const YEAR = /^[0-9０-９]{4}年/;

export function statesFigure(text: string): boolean {
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m !== null; m = FIGURE.exec(text)) {
    const at = m.index;
    // A four-digit run followed by 年, read from its first digit: skip the whole year.
    const digitBefore = at > 0 && /[0-9０-９]/.test(text[at - 1]!);
    if (!digitBefore && YEAR.test(text.slice(at, at + 5))) {
      FIGURE.lastIndex = at + 5;
      continue;
    }
    return true;
  }
  return false;
}
