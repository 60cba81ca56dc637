/**
 * The words the task-label rule (`./label`) reads at the start of a clause of the NORMALIZED
 * (Simplified) text. Example, the two clauses of the Simplified seed's
 * `要围绕更好地团结和激发党外知识分子干事创业，进一步做好党外知识分子工作。`:
 *   `要围绕更好地…`      `要` is a filler, then `围绕` is a framing word: this clause frames the topic;
 *   `进一步做好…工作`    `进一步` is a filler, then `做好` is a programmatic verb: this clause is the topic.
 *
 * - Fillers: modal and manner adverbs that open nearly every task sentence and say nothing about its
 *   topic. They are stripped one after another (`要切实加强` → `加强`), but never when the next
 *   character makes them part of a longer word (`要求`, `要点`, `积极性`), nor when nothing would remain.
 * - Framing words: prepositions opening an adverbial of aim, basis or setting (`围绕…`, `按照…部署`,
 *   `以…为主线`, `在…中`, `为…`); such a clause frames the topic and is not the topic.
 * - Programmatic verbs: the heads of a work programme (`做好…工作`, `加强…建设`).
 * Lists, not a parser: a word missing here just leaves a clause unrecognised, and the label falls back
 * to the sentence's first clause.
 */

import { UnitSet } from '../text/unit-set';

/** Filler → characters that, right after it, show the filler is part of a longer word. */
const FILLERS: ReadonlyMap<string, string> = new Map([
  ['进一步', ''],
  ['更好地', ''],
  ['要', '求点素害闻务件紧么是员'],
  ['切实', ''],
  ['着力', '点'],
  ['全力', ''],
  ['继续', ''],
  ['大力', ''],
  ['积极', '性'],
  ['认真', ''],
  ['努力', ''],
  ['更加', ''],
  ['不断', ''],
  ['务必', ''],
  ['必须', ''],
  ['扎实', ''],
  ['紧紧', ''],
]);

const FRAMING = [
  '围绕',
  '紧扣',
  '按照',
  '根据',
  '依据',
  '依托',
  '立足',
  '着眼',
  '本着',
  '针对',
  '结合',
  '面对',
  '随着',
  '通过',
  '为了',
  '为',
  '以',
  '在',
];
/** Framing word → continuations that make it another word (`在于` is a verb, `以来` a time). */
const NOT_FRAMING: ReadonlyMap<string, string> = new Map([
  ['在', '于'],
  ['以', '来后前上下及便免'],
  ['为', '主止期'],
]);

const PROGRAMMATIC = [
  '做好',
  '抓好',
  '搞好',
  '办好',
  '加强',
  '推进',
  '推动',
  '强化',
  '深化',
  '完善',
  '建立',
  '健全',
  '提高',
  '提升',
  '落实',
  '坚持',
  '构建',
  '加快',
  '促进',
  '巩固',
  '扩大',
  '优化',
  '规范',
  '增强',
  '发挥',
];

/** The first UTF-16 unit of every filler: a clause opening with none of them has no filler to strip. */
const FILLER_OPENERS = new UnitSet([...FILLERS.keys()].map((filler) => filler[0]).join(''));

/** Where the clause [at, end) starts once its leading fillers are stripped. */
export function skipFillers(text: string, at: number, end: number): number {
  let i = at;
  // Each pass strips one filler, so the loop runs at most (end - at) times.
  for (;;) {
    // Most clauses open with none of the fillers: one table load instead of a try of each.
    if (!FILLER_OPENERS.at(text, i)) return i;
    let stripped = false;
    for (const [filler, notBefore] of FILLERS) {
      const next = i + filler.length;
      if (next >= end || !text.startsWith(filler, i) || notBefore.includes(text[next]!)) continue;
      i = next;
      stripped = true;
      break;
    }
    if (!stripped) return i;
  }
}

export function startsFraming(text: string, at: number): boolean {
  const word = FRAMING.find((w) => text.startsWith(w, at));
  if (word === undefined) return false;
  const next = text[at + word.length];
  return next === undefined || !(NOT_FRAMING.get(word) ?? '').includes(next);
}

export function startsProgrammatic(text: string, at: number): boolean {
  return PROGRAMMATIC.some((verb) => text.startsWith(verb, at));
}
