/**
 * A citation of one shared phrase: both occurrences with each report's title, place, date, section
 * and paragraph, in a plain form (for notes, mail, plain-text editors) and a formatted one (an HTML
 * table that pastes into Word, Google Docs or a mail client). Labels are Chinese and English.
 *
 * The HTML is built from escaped pieces only: titles, quotes and file names come from the user's files.
 *
 * Example (plain, abridged):
 *   “统一战线工作” — 共享措辞 shared phrasing · 6 字 characters · 同位 aligned
 *   左 Left  标题 Title: 畢節召開加強統一戰線參與建設工作推進會 | 地点 Place: 畢節 | 日期 Date: 12月21日 |
 *            部分 Section: 任务 1 task 1「統一思想,凝聚共識,明確方向」 | 段落 Paragraph: 5 (行 line 6)
 *            原文 Text: “統一戰線工作”
 *   右 Right …
 *   对照 duizhao · 2026-11-30 · 文件 Files: bijie-traditional.txt / panzhihua-simplified.txt
 */
import type { Comparison, Side } from '../types';
import { escapeHtml } from './escape';
import { ReportLocator } from './phrases';
import { visibleText } from './visible';
import { reportDates, reportRef, sectionName, type ReportRef, type SectionRef } from './where';

export interface CitationSide {
  report: ReportRef;
  section: SectionRef | null;
  paragraph: number | null;
  line: number;
  /** The occurrence as the reader sees it: original script, pinyin glosses left out. */
  quote: string;
}

export interface Citation {
  text: string;
  hanLength: number;
  kind: 'aligned' | 'moved';
  left: CitationSide;
  right: CitationSide;
  /** ISO day the citation was made. */
  date: string;
}

export function buildCitation(
  comparison: Comparison,
  phraseId: string,
  files: Record<Side, string>,
  now: Date,
): Citation | null {
  const phrase = comparison.phrases.find((p) => p.id === phraseId);
  if (!phrase) return null;
  const side = (which: Side): CitationSide => {
    const report = comparison[which];
    const located = new ReportLocator(report).side(phrase[which]);
    return {
      report: reportRef(report, files[which]),
      section: located.section,
      paragraph: located.paragraph,
      line: located.line,
      quote: visibleText(report, phrase[which]),
    };
  };
  return {
    text: phrase.text,
    hanLength: phrase.hanLength,
    kind: phrase.kind,
    left: side('left'),
    right: side('right'),
    date: now.toISOString().slice(0, 10),
  };
}

const SIDES: { side: Side; zh: string; en: string }[] = [
  { side: 'left', zh: '左', en: 'Left' },
  { side: 'right', zh: '右', en: 'Right' },
];

const KIND = { aligned: '同位 aligned', moved: '移位 moved' } as const;
const NONE = '—';

/** The rows every form shows, label first, in the order a reader checks them. */
function rows(side: CitationSide): [label: string, value: string][] {
  const section = sectionName(side.section);
  const topic = side.section?.kind === 'task' && side.section.label ? `「${side.section.label}」` : '';
  const paragraph =
    side.paragraph === null ? `${NONE} (行 line ${side.line})` : `${side.paragraph} (行 line ${side.line})`;
  return [
    ['标题 Title', side.report.title ?? side.report.name],
    ['地点 Place', side.report.place ?? NONE],
    ['日期 Date', reportDates(side.report) ?? NONE],
    ['部分 Section', `${section.zh} ${section.en}${topic}`],
    ['段落 Paragraph', paragraph],
    ['原文 Text', `“${side.quote}”`],
  ];
}

function heading(citation: Citation): string {
  return `“${citation.text}” — 共享措辞 shared phrasing · ${citation.hanLength} 字 characters · ${KIND[citation.kind]}`;
}

function footer(citation: Citation): string {
  return `对照 duizhao · ${citation.date} · 文件 Files: ${citation.left.report.name} / ${citation.right.report.name}`;
}

export function citationText(citation: Citation): string {
  const lines = [heading(citation)];
  for (const { side, zh, en } of SIDES) {
    const fields = rows(citation[side]);
    const [quoteLabel, quote] = fields.pop()!;
    lines.push(`${zh} ${en}  ${fields.map(([label, value]) => `${label}: ${value}`).join(' | ')}`);
    lines.push(`    ${quoteLabel}: ${quote}`);
  }
  lines.push(footer(citation));
  return lines.join('\n') + '\n';
}

export function citationHtml(citation: Citation): string {
  const e = escapeHtml;
  const left = rows(citation.left);
  const right = rows(citation.right);
  const body = left
    .map(
      ([label, value], i) =>
        `<tr><th scope="row">${e(label)}</th><td>${e(value)}</td><td>${e(right[i]![1])}</td></tr>`,
    )
    .join('');
  return (
    `<div><p><strong>${e(heading(citation))}</strong></p>` +
    `<table border="1" cellpadding="4" style="border-collapse:collapse">` +
    `<thead><tr><th></th><th scope="col">左 Left</th><th scope="col">右 Right</th></tr></thead>` +
    `<tbody>${body}</tbody></table><p><small>${e(footer(citation))}</small></p></div>`
  );
}
