/**
 * A hand-made `Comparison` of two tiny reports, for testing state and view code without the engine.
 *
 *   left  (Traditional, one pinyin gloss):  畢節會議 / 要凝聚共識，統一戰(zhàn)線。 / 要脫貧攻堅。
 *   right (Simplified):                     攀枝花会议 / 一是统一战线，凝聚共识。 / 二是扶贫攻坚。 / 会议结束。
 *
 * Ranges are located with `indexOf` on strings written out by hand below (a missing one throws), and the
 * normalized text comes from a ten-character T→S table plus gloss stripping, so `normalized`/`map` obey
 * the OffsetMap contract: `統一戰(zhàn)線` normalizes to `统一战线`, the gloss owning no normalized unit.
 */
import type { Comparison, OffsetMap, PairReason, Range, Report, Section } from '../../src/core/types';

export const LEFT_TEXT = '畢節會議\n要凝聚共識，統一戰(zhàn)線。\n要脫貧攻堅。';
export const RIGHT_TEXT = '攀枝花会议\n一是统一战线，凝聚共识。\n二是扶贫攻坚。\n会议结束。';

const T2S: Record<string, string> = {
  畢: '毕',
  節: '节',
  會: '会',
  議: '议',
  識: '识',
  統: '统',
  戰: '战',
  線: '线',
  脫: '脱',
  貧: '贫',
  堅: '坚',
};

/** Gloss stripping + the table above; one normalized unit per kept original unit. */
export function fakeNormalize(text: string): { normalized: string; map: OffsetMap; glosses: Range[] } {
  let normalized = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const glosses: Range[] = [];
  for (let i = 0; i < text.length; i++) {
    const gloss = /^\([a-zà-ǜ]+\)/u.exec(text.slice(i));
    if (gloss) {
      glosses.push({ start: i, end: i + gloss[0].length });
      i += gloss[0].length - 1;
      continue;
    }
    const ch = text[i]!;
    normalized += T2S[ch] ?? ch;
    starts.push(i);
    ends.push(i + 1);
  }
  return {
    normalized,
    map: { normStart: Int32Array.from(starts), normEnd: Int32Array.from(ends) },
    glosses,
  };
}

export function rangeOf(text: string, part: string, from = 0): Range {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`fixture: "${part}" is not in the text`);
  return { start, end: start + part.length };
}

function section(text: string, id: string, kind: Section['kind'], line: string, ordinal?: number): Section {
  const { start, end } = rangeOf(text, line);
  return {
    id,
    kind,
    label: line.slice(0, 6),
    level: 1,
    start,
    end,
    ...(ordinal ? { ordinal, marker: line.slice(0, 1) } : {}),
  };
}

function report(text: string, title: string, sections: Section[]): Report {
  const { normalized, map, glosses } = fakeNormalize(text);
  return {
    text,
    normalized,
    map,
    meta: { title: { value: title, range: rangeOf(text, title) }, lines: [rangeOf(text, title)] },
    outline: [],
    parts: { body: null, opening: null, closing: null, annex: null },
    sections,
    glosses,
    warnings: [],
  };
}

export function fixtureComparison(minPhraseLength = 4): Comparison {
  const left = report(LEFT_TEXT, '畢節會議', [
    section(LEFT_TEXT, 'L-task-1', 'task', '要凝聚共識，統一戰(zhàn)線。', 1),
    section(LEFT_TEXT, 'L-task-2', 'task', '要脫貧攻堅。', 2),
  ]);
  const right = report(RIGHT_TEXT, '攀枝花会议', [
    section(RIGHT_TEXT, 'R-task-1', 'task', '一是统一战线，凝聚共识。', 1),
    section(RIGHT_TEXT, 'R-task-2', 'task', '二是扶贫攻坚。', 2),
    section(RIGHT_TEXT, 'R-closing', 'closing', '会议结束。'),
  ]);
  const phrases: Comparison['phrases'] = [
    {
      id: 'p1',
      text: '凝聚共识',
      hanLength: 4,
      left: rangeOf(LEFT_TEXT, '凝聚共識'),
      right: rangeOf(RIGHT_TEXT, '凝聚共识'),
      kind: 'moved' as const,
    },
    {
      id: 'p2',
      text: '统一战线',
      hanLength: 4,
      left: rangeOf(LEFT_TEXT, '統一戰(zhàn)線'),
      right: rangeOf(RIGHT_TEXT, '统一战线'),
      kind: 'aligned' as const,
    },
    {
      id: 'p3',
      text: '攻坚',
      hanLength: 2,
      left: rangeOf(LEFT_TEXT, '攻堅'),
      right: rangeOf(RIGHT_TEXT, '攻坚'),
      kind: 'aligned' as const,
    },
  ].filter((phrase) => phrase.hanLength >= minPhraseLength);
  // A pair's reason names only the phrases kept at this minimum length, as the engine's does.
  const reason = (score: number, themes: string[], terms: string[], ids: string[]): PairReason => {
    const kept = ids.filter((id) => phrases.some((phrase) => phrase.id === id));
    return { score, words: score, themes, terms, phrases: kept, phraseCount: kept.length };
  };
  const side = (count: number, per1000: number, sections: string[], mentions: Range[]) => ({
    count,
    per1000,
    sections,
    mentions,
  });
  return {
    left,
    right,
    pairs: [
      {
        left: ['L-task-1'],
        right: ['R-task-1'],
        kind: 'task',
        similarity: 0.8,
        why: reason(0.8, ['united-front'], ['凝聚共识', '统一战线'], ['p1', 'p2']),
      },
      {
        left: ['L-task-2'],
        right: ['R-task-2'],
        kind: 'task',
        similarity: 0.4,
        why: reason(0.4, [], ['攻坚'], ['p3']),
      },
      { left: [], right: ['R-closing'], kind: 'closing', similarity: 0 },
    ],
    phrases,
    themes: [
      {
        theme: 'united-front',
        label: { zh: '统一战线', en: 'United front' },
        terms: ['统一战线', '统战'],
        left: side(1, 50, ['L-task-1'], [rangeOf(LEFT_TEXT, '統一戰(zhàn)線')]),
        right: side(1, 40, ['R-task-1'], [rangeOf(RIGHT_TEXT, '统一战线')]),
      },
      {
        theme: 'poverty',
        label: { zh: '脱贫攻坚', en: 'Poverty alleviation' },
        terms: ['脱贫', '扶贫'],
        left: side(1, 50, ['L-task-2'], [rangeOf(LEFT_TEXT, '脫貧')]),
        right: side(1, 40, ['R-task-2'], [rangeOf(RIGHT_TEXT, '扶贫')]),
      },
      {
        theme: 'meetings',
        label: { zh: '会议', en: 'Meetings' },
        terms: ['会议'],
        left: side(0, 0, [], []),
        right: side(2, 80, ['R-closing'], [rangeOf(RIGHT_TEXT, '会议'), rangeOf(RIGHT_TEXT, '会议', 6)]),
      },
    ],
    stats: {
      left: { covered: 14, share: 0.5 },
      right: { covered: 8, share: 0.35 },
      pairs: [
        { left: { covered: 14, share: 0.9 }, right: { covered: 8, share: 0.8 } },
        { left: { covered: 0, share: 0 }, right: { covered: 0, share: 0 } },
        { left: { covered: 0, share: 0 }, right: { covered: 0, share: 0 } },
      ],
      phraseCount: phrases.length,
      alignedCount: phrases.filter((phrase) => phrase.kind === 'aligned').length,
      movedCount: phrases.filter((phrase) => phrase.kind === 'moved').length,
      pairedSections: 2,
      elapsedMs: 0,
    },
    options: { minPhraseLength, diffTimeoutSeconds: 0 },
    corrections: [],
    level: 1,
  };
}
