/**
 * What the correction controls offer, computed from the text: where a section can be split (the start
 * of each sentence and line inside it, so a keyboard or screen-reader user picks a point from a list
 * instead of placing a caret), and how to name a section in a menu.
 *
 * Example: section `要统一思想。要凝聚共识；\n要明确方向。` at 0 →
 *   splitPoints: [{ at: 6, preview: '要凝聚共识；' }, { at: 13, preview: '要明确方向。' }]
 */
import type { Range, Section } from '../core/types';
import { snapToCodePoint } from '../core/text/code-points';

export interface SplitPoint {
  /** Original offset of the first character of the new section. */
  at: number;
  /** The text from there, up to its sentence end or PREVIEW_CHARS, pinyin glosses left out. */
  preview: string;
}

/** Characters of a point's preview (UTF-16 units, cut between characters). */
export const PREVIEW_CHARS = 24;
/** Points listed for one section at most (a 10,000-character section has hundreds of sentences). */
export const MAX_SPLIT_POINTS = 400;

const SENTENCE_END = /[。！？；!?;\n]/u;
const SPACE = /\s/u;

export function splitPoints(
  text: string,
  section: Pick<Section, 'start' | 'end'>,
  glosses: readonly Range[] = [],
): SplitPoint[] {
  const points: SplitPoint[] = [];
  let i = section.start;
  while (i < section.end && points.length < MAX_SPLIT_POINTS) {
    if (!SENTENCE_END.test(text[i]!)) {
      i++;
      continue;
    }
    let at = i + 1;
    // Closing quotes and brackets stay with the sentence they end; blanks go to neither.
    while (at < section.end && /[”’」』）)]/u.test(text[at]!)) at++;
    while (at < section.end && SPACE.test(text[at]!)) at++;
    if (at < section.end && /\S/u.test(text.slice(section.start, at).replace(/\s/gu, '')))
      points.push({ at, preview: previewAt(text, at, section.end, glosses) });
    i = Math.max(at, i + 1);
  }
  return points;
}

/** Up to PREVIEW_CHARS of the text at `at`, ending after a sentence end, glosses left out. */
export function previewAt(text: string, at: number, end: number, glosses: readonly Range[] = []): string {
  let out = '';
  let i = at;
  while (i < end && out.length < PREVIEW_CHARS) {
    const gloss = glosses.find((g) => g.start === i);
    if (gloss) {
      i = gloss.end;
      continue;
    }
    const ch = text[i]!;
    if (ch === '\n') break;
    out += ch;
    i++;
    if (SENTENCE_END.test(ch)) break;
  }
  out = out.slice(0, snapToCodePoint(out, out.length));
  return i < end && !SENTENCE_END.test(out.at(-1) ?? '') ? `${out}…` : out;
}

const PART_NAMES = { opening: '开头', closing: '结尾', annex: '附件' } as const;

/**
 * How a menu or dialog names a section: `（三）扩大内需`, `一是 实施提振消费…`, `开头`; a chapter's own
 * text resumed after one of its items (a tail) is `（续）` before the chapter's name, so the outline and the
 * pair menu do not list one name several times for different text.
 */
export function sectionTitle(
  section: Pick<Section, 'kind' | 'marker' | 'ordinal' | 'label'> & Partial<Pick<Section, 'part'>>,
): string {
  if (section.kind !== 'task') return PART_NAMES[section.kind];
  return section.part === 'tail' ? `（续）${taskTitle(section)}` : taskTitle(section);
}

function taskTitle(section: Pick<Section, 'marker' | 'ordinal' | 'label'>): string {
  const marker = section.marker?.trim() || (section.ordinal !== undefined ? `${section.ordinal}.` : '');
  const label = section.label.trim();
  if (!marker) return label || '—';
  if (!label || label.startsWith(marker)) return label || marker;
  return /[、，,.：:）)]$/u.test(marker) ? `${marker}${label}` : `${marker} ${label}`;
}
