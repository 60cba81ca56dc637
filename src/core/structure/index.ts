/**
 * The structure stage: metadata, outline, parts (opening, closing, annex) and the reading partition of
 * one report.
 *
 * `parseStructure(normalized, 'L')` reads the NORMALIZED text (Simplified, folded, one `\n` per original
 * line) and returns every range in the ORIGINAL text. For the Simplified seed (攀枝花):
 *   meta.title  `攀枝花市召开市委统战工作会议`, meta.date `2015-08-19` (dateline), meta.place `攀枝花`
 *   outline     the speech points `张剡指出，…` / `张剡强调，…` (level 1); under the third, the six
 *               tasks `一是` … `六是` (level 2), and under those the `要…` points they list (level 3)
 *   parts       opening: the lead; closing: `会上，…` and `市委常委，…参加会议。`; no annex
 *   sections    (level 1) R-opening, R-task-1 … R-task-4, R-closing
 *
 * How (design: ../shared/design.md, "an outline from scored candidates"):
 *   1. zones: page clutter and metadata lines at the head and tail (`./meta-lines`, `./clutter`); the
 *      rest is the body, read into paragraphs, sentences, clauses and `；` pieces (`./units`);
 *   2. boundaries: the annex and the closing (`./boundaries`);
 *   3. every way the body may enumerate is proposed as a scored candidate list (`./lists-*`);
 *   4. the candidates that fit together are kept and nested into a tree (`./outline-tree`);
 *   5. ranges go back to the original (`./original-text`), labels are read (`./label`), and the tree
 *      is cut into the level-1 reading partition (`./sections-at`).
 *
 * Never throws, whatever the string: every scan is a single pass over lines, sentences or clause
 * starts, and the regular expressions are anchored or bounded (no nested quantifiers).
 */

import type { Normalized, OutlineNode, Range, ReportMeta, ReportParts, Section, Warning } from '../types';
import { addressHeadings } from './address-heading';
import { findBoundaries } from './boundaries';
import type { Candidate } from './candidate';
import { agencyTagLength } from './clutter';
import { taskLabel } from './label';
import { headingLists } from './lists-headings';
import { numberedLists } from './lists-numbered';
import { runLists } from './lists-runs';
import { semicolonLists } from './lists-semicolon';
import { speechLists } from './lists-speech';
import { findMarkers } from './markers';
import { buildMeta } from './meta-fields';
import { splitZones } from './meta-lines';
import { statesProblems } from './problem-statement';
import { originalClean, originalEnd, originalLineRange, originalStart } from './original-text';
import { buildTree, type TreeNode } from './outline-tree';
import { sectionsAt } from './sections-at';
import { splitLines, type Span } from './text-spans';
import { readBody, type Body } from './units';

export { sectionIdOf, sectionsAt, type OutlineSource } from './sections-at';
export { suggestedLevel } from './reading-level';

export interface Structure {
  meta: ReportMeta;
  outline: OutlineNode[];
  parts: ReportParts;
  /** The reading partition at level 1 (`sectionsAt(structure, side, 1)`). */
  sections: Section[];
  warnings: Warning[];
}

/** With fewer paragraphs, the first is not a lead but the report itself (a one-paragraph transcript). */
const LEAD_MIN_PARAGRAPHS = 3;

const NO_PARTS: ReportParts = { body: null, opening: null, closing: null, annex: null };

/** Every list the text may hold, from every proposer, inside the region [0, regionEnd). */
function proposeLists(body: Body, regionParagraphs: number, regionEnd: number): Candidate[] {
  const markers = findMarkers(body, 0, regionParagraphs).filter((m) => m.start < regionEnd);
  const numberedParagraphs = new Set(markers.filter((m) => m.place === 'P').map((m) => m.paragraph));
  return [
    ...numberedLists(body, markers, regionEnd),
    ...headingLists(body, markers, regionEnd),
    ...runLists(body, regionEnd, numberedParagraphs),
    ...speechLists(body, regionEnd),
    ...semicolonLists(body, regionEnd),
  ].filter((c) => c.items[0]!.start < regionEnd && !inLead(body, c) && !inProblems(body, c));
}

/** Unnumbered lists that are the parallel phrasing of a statement of problems (`./problem-statement`). */
const UNNUMBERED: ReadonlySet<string> = new Set(['semicolon', 'lead-phrase', 'topic-run']);

function inProblems(body: Body, candidate: Candidate): boolean {
  return UNNUMBERED.has(candidate.style) && statesProblems(body, candidate.items[0]!.start);
}

/**
 * A list wholly inside a report's first paragraph, when more follow: the lead summing up
 * (`会议总结了成绩：一是经济增长，二是民生改善。`), which stays in the opening.
 */
function inLead(body: Body, candidate: Candidate): boolean {
  const second = body.paragraphs[1];
  return (
    body.paragraphs.length >= LEAD_MIN_PARAGRAPHS &&
    second !== undefined &&
    candidate.items.at(-1)!.start < second.start
  );
}

/** Path ids (`L-3.1`) for tree nodes in text order. */
function pathIds(tree: readonly TreeNode[], side: 'L' | 'R'): string[] {
  const counts = new Map<number, number>();
  const ids: string[] = [];
  tree.forEach((node, i) => {
    const n = (counts.get(node.parent) ?? 0) + 1;
    counts.set(node.parent, n);
    ids[i] = node.parent < 0 ? `${side}-${n}` : `${ids[node.parent]}.${n}`;
  });
  return ids;
}

/** Body lines with a news agency's tag (`央视网消息（新闻联播）：`) cut off the first one; the tag's span. */
function untagged(text: string, lines: readonly Span[]): { lines: Span[]; tag: Span | null } {
  const first = lines[0]!;
  const tag = agencyTagLength(text.slice(first.start, first.end));
  if (tag === 0 || tag >= first.end - first.start) return { lines: [...lines], tag: null };
  return {
    lines: [{ start: first.start + tag, end: first.end }, ...lines.slice(1)],
    tag: { start: first.start, end: first.start + tag },
  };
}

/**
 * A bracketed credit closing the last paragraph, `…参加会议。（贵州统一战线宣传联席办 毕节市委统战部）` or
 * `…其他事项。(视频编辑：谢佳欣 文字编辑：刘禛)`: metadata (its source), not body.
 */
const TRAILING_NOTE = /[。！？!?]\s*([（(][^（()）。！？]{2,40}[）)])\s*$/;

function trailingNote(text: string, line: Span): Span | null {
  const m = TRAILING_NOTE.exec(text.slice(line.start, line.end));
  if (!m) return null;
  const start = line.start + m.index + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}

/**
 * Body lines where a line holding only an opening bracket is joined to the line after it: a page's
 * markup can break `（三）改革开放…` into `（` and `三）改革开放…` (gwr2026-yn), which then reads as
 * neither a marker nor a heading. The joined line keeps the line break inside its span; the paren
 * markers allow white space within their brackets (`./markers`).
 */
const LONE_BRACKET = /^\s*[（(]\s*$/;

function joinBrokenBrackets(text: string, lines: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (next && LONE_BRACKET.test(text.slice(line.start, line.end))) {
      out.push({ start: line.start, end: next.end });
      i++;
    } else out.push(line);
  }
  return out;
}

export function parseStructure(input: Normalized, side: 'L' | 'R'): Structure {
  const text = input.normalized;
  const zones = splitZones(text, splitLines(text));
  const meta = buildMeta(input, [...zones.head, ...zones.tail], zones.body);
  const lastLine = zones.body.at(-1);
  if (!lastLine) return { meta, outline: [], parts: NO_PARTS, sections: [], warnings: [] };

  const { lines, tag } = untagged(text, joinBrokenBrackets(text, zones.body));
  const note = trailingNote(text, lines.at(-1)!);
  if (note) lines[lines.length - 1] = { start: lines.at(-1)!.start, end: note.start };
  for (const span of [tag, note]) {
    if (!span) continue;
    const range = { start: originalStart(input, span.start), end: originalEnd(input, span.end) };
    meta.lines = [...meta.lines, range].sort((a, b) => a.start - b.start);
  }
  const body = readBody(text, lines);
  const bounds = findBoundaries(body);
  const bodyEndNorm = lines.at(-1)!.end;
  const regionEnd = bounds.closing ?? bounds.annex ?? bodyEndNorm;
  const tree = addressHeadings(
    buildTree(proposeLists(body, bounds.annexParagraph, regionEnd), regionEnd),
    body,
  );

  const bodyStart = originalStart(input, lines[0]!.start);
  const bodyEnd = Math.max(
    bodyStart,
    note ? originalStart(input, note.start) : originalLineRange(input, lastLine).end,
  );
  const toOriginal = (n: number) => (n >= bodyEndNorm ? bodyEnd : Math.min(bodyEnd, originalStart(input, n)));

  const closingStart = bounds.closing === null ? null : toOriginal(bounds.closing);
  const annexStart = bounds.annex === null ? null : toOriginal(bounds.annex);
  const ids = pathIds(tree, side);
  const outline: OutlineNode[] = tree.map((node, i) => {
    let marker = originalClean(input, { start: node.start, end: node.labelFrom }).trim();
    // A lead-in is its speaker and verb (`会议强调`), without the comma that ends it.
    if (node.style === 'news-point' || node.style === 'speaker') marker = marker.replace(/[，,：:]$/, '');
    return {
      id: ids[i]!,
      level: node.level,
      parent: node.parent < 0 ? null : ids[node.parent]!,
      children: [],
      ordinal: node.ordinal,
      marker,
      style: node.style,
      label: taskLabel(input, node.labelFrom, node.end) || marker,
      start: toOriginal(node.start),
      end: toOriginal(node.end),
    };
  });
  const kept = dropEmpty(outline);
  closeBlankGaps(input.original, kept, closingStart ?? annexStart ?? bodyEnd);

  const outlineEnd = closingStart ?? annexStart ?? bodyEnd;
  const range = (start: number, end: number): Range | null => (end > start ? { start, end } : null);
  const parts: ReportParts = {
    body: { start: bodyStart, end: bodyEnd },
    opening: range(bodyStart, kept[0]?.start ?? outlineEnd),
    closing: closingStart === null ? null : range(closingStart, annexStart ?? bodyEnd),
    annex: annexStart === null ? null : range(annexStart, bodyEnd),
  };

  const warnings: Warning[] = [];
  if (kept.length === 0) {
    warnings.push({
      code: 'no-structure',
      message: 'No enumerated tasks were found: the body before the closing is one opening section.',
    });
  }
  return { meta, outline: kept, parts, sections: sectionsAt({ outline: kept, parts }, side, 1), warnings };
}

/**
 * A node whose own text ends in white space only before its parent's end (the indentation of the
 * next line) reaches that end, so no reading section is made of blanks: the last child takes the
 * gap to its parent's end, a level-1 node the gap to the next one or to `outlineEnd`.
 */
function closeBlankGaps(original: string, outline: OutlineNode[], outlineEnd: number): void {
  const byId = new Map(outline.map((n) => [n.id, n]));
  const roots = outline.filter((n) => n.parent === null);
  const blank = (from: number, to: number) => to > from && original.slice(from, to).trim() === '';
  // Shallowest first, so a parent's end is settled before its children look at it.
  for (const node of [...outline].sort((a, b) => a.level - b.level)) {
    const siblings =
      node.parent === null
        ? roots
        : node.parent
          ? byId.get(node.parent)!.children.map((id) => byId.get(id)!)
          : [];
    const next = siblings[siblings.indexOf(node) + 1];
    const limit = next ? next.start : node.parent === null ? outlineEnd : byId.get(node.parent)!.end;
    if (blank(node.end, limit)) node.end = limit;
  }
}

/** Nodes a degenerate offset map collapsed are dropped with their children; children lists are filled. */
function dropEmpty(outline: OutlineNode[]): OutlineNode[] {
  const gone = new Set<string>();
  const kept = outline.filter((n) => {
    const drop = n.end <= n.start || (n.parent !== null && gone.has(n.parent));
    if (drop) gone.add(n.id);
    return !drop;
  });
  const byId = new Map(kept.map((n) => [n.id, n]));
  for (const n of kept) if (n.parent !== null) byId.get(n.parent)?.children.push(n.id);
  return kept;
}
