/**
 * Candidate lists from who speaks: the paragraph points of a news report (`会议指出，…`, `会议强调，…`,
 * `张剡指出，…`) and, when several people speak, each speaker's part.
 *
 * A POINT is a paragraph opened by a speech lead-in (`./speech-act`: `会议强调，`, `习近平在讲话中指出，`,
 * `他表示，`); in a report written as one long paragraph, a sentence opened by one. The first paragraph
 * (the lead) never holds a point, nor do the first two sentences of a one-paragraph report; a pronoun
 * (`他指出，`) opens a point only after a named one. A point holds everything up to the next point.
 *
 * A SPEAKER part opens where a new person starts speaking: a lead-in naming someone else than the
 * part before (`俞正声在讲话中指出，` after Xi's points), a sentence saying who spoke (`在认真听取大家发言后，
 * 习近平发表了重要讲话。`), a roll of other speakers (`…先后发言。`), or who presided and set out the work
 * (`李干杰主持会议并作工作部署，表示…`). With two speakers or more, each part is a node (level 1) and
 * the points of a part with two points or more are nodes inside it; a point that opens its part begins
 * after its lead-in, so the two never start at one place. With one speaker (or only `会议`), the points
 * are the list, one list under each heading line (`./lists-headings`) when the report heads its
 * topics so. Scores: speakers 92, points 89 (above every list they may hold).
 */

import { closeItems, type Candidate } from './candidate';
import { isHeadingLine } from './lists-headings';
import { leadInEnd, wishAt } from './speech-act';
import type { Body } from './units';

interface Unit {
  start: number;
  /** Where the lead-in ends (-1 when the unit is a speaker opening without one). */
  leadEnd: number;
  speaker: string;
  /** True when the unit opens a speaker's part even without a lead-in. */
  opensPart: boolean;
}

const PRONOUN = /^[他她]/;
const PART_OPENER =
  /(?:发表了?重要讲话|作了?重要讲话|先后发言|作了?发言|主持(?:会议|座谈会)并(?:作|讲话|发表)|作工作部署|作了?说明|充分肯定)/;
const SINGLE_PARAGRAPH_SKIP = 2;
/** UTF-16 units of a sentence searched for a part opener (`…先后发言。` ends a long roll). */
const OPENER_SCAN = 400;
/**
 * `会议听取了…汇报。`, `会议审议通过了…`, `会议确定了以下重点任务：`, `会议要求加强…`: a point with no comma
 * after its verb (State Council reports open each topic so). The point's text starts after the verb.
 */
const AGENDA = /^会议(?:听取|审议|讨论|研究|要求|确定|部署|决定|强调|指出|认为)(?:通过)?了?/;

/** The speaker of a lead-in: the last name-like characters before `在…`, `主持` or the verb. */
function speakerOf(text: string, start: number, leadEnd: number): string {
  const before = text.slice(start, leadEnd).replace(/[，,：:\s]+$/, '');
  if (PRONOUN.test(before)) return '他';
  if (before.startsWith('会议')) return '会议';
  const cut = before.search(/在|主持|先后|作|发表|[强指表要提认希说确决]/);
  const name = (cut > 0 ? before.slice(0, cut) : before).replace(/^.*[、，,]/, '');
  return name.slice(-3);
}

function unitAt(text: string, span: { start: number; end: number }): Unit | null {
  let lead = leadInEnd(text, span);
  const head = text.slice(span.start, Math.min(span.end, span.start + OPENER_SCAN));
  // `习近平希望各民主党派…`: a wish with no comma after the verb; the point's text starts at `希望`.
  if (lead < 0) lead = wishAt(text, span);
  const agenda = lead < 0 ? AGENDA.exec(head) : null;
  if (agenda) lead = span.start + agenda[0].length;
  const opener = lead < 0 ? PART_OPENER.exec(head) : null;
  if (lead < 0 && !opener) return null;
  const speaker = speakerOf(text, span.start, lead >= 0 ? lead : span.start + (opener?.index ?? 0));
  return { start: span.start, leadEnd: lead, speaker, opensPart: opener !== null };
}

export function speechLists(body: Body, regionEnd: number): Candidate[] {
  const { text, paragraphs } = body;
  const region = paragraphs.filter((p) => p.start < regionEnd);
  const units: Unit[] = [];
  /** Starts of the heading lines between points: the points under each heading are a list of their own. */
  const headings: number[] = [];
  if (region.length >= 3) {
    region.slice(1).forEach((para, i) => {
      if (isHeadingLine(body, para, region[i + 2])) headings.push(para.start);
      const first = para.sentences[0];
      const unit = first ? unitAt(text, first) : null;
      if (unit) units.push(unit);
    });
  } else {
    for (const para of region) {
      para.sentences.forEach((s, i) => {
        if (para.index === 0 && i < SINGLE_PARAGRAPH_SKIP) return;
        const unit = s.start < regionEnd ? unitAt(text, s) : null;
        if (unit) units.push(unit);
      });
    }
  }
  // Pronouns speak for the named speaker before them; before any, they are the lead's.
  let named: string | null = null;
  const speaking = units.filter((u) => {
    if (u.speaker === '他') {
      if (named === null) return false;
      u.speaker = named;
    } else if (u.speaker !== '会议') named = u.speaker;
    return true;
  });
  if (speaking.length === 0) return [];

  const parts: Unit[][] = [];
  for (const u of speaking) {
    const part = parts.at(-1);
    if (part && part[0]!.speaker === u.speaker && !(u.opensPart && u.leadEnd < 0)) part.push(u);
    else parts.push([u]);
  }
  const speakers = new Set(parts.map((p) => p[0]!.speaker).filter((s) => s !== '会议'));
  const candidates: Candidate[] = [];
  const asItems = (list: { start: number; labelFrom: number }[], limit: number) =>
    closeItems(
      body,
      list.map((u, i) => ({ ...u, ordinal: i + 1 })),
      limit,
      true,
    );

  if (speakers.size >= 2 && parts.length >= 2) {
    const partItems = asItems(
      parts.map((p) => ({ start: p[0]!.start, labelFrom: Math.max(p[0]!.start, p[0]!.leadEnd) })),
      regionEnd,
    );
    candidates.push({ style: 'speaker', items: partItems, score: 92, alwaysOpen: true });
    parts.forEach((part, k) => {
      const points = part.filter((u) => u.leadEnd >= 0);
      if (points.length < 2) return;
      const starts = points.map((u) => {
        const start = u.start === part[0]!.start ? u.leadEnd : u.start;
        return { start, labelFrom: Math.max(start, u.leadEnd) };
      });
      candidates.push({
        style: 'news-point',
        items: asItems(starts, partItems[k]!.end),
        score: 89,
        alwaysOpen: true,
      });
    });
    return candidates;
  }
  const points = speaking.filter((u) => u.leadEnd >= 0);
  // An executive meeting's report heads each topic with a line (`研究部署进一步实施促进中部地区崛起战略`)
  // and reports its points under it: one list a heading, so no list runs across a topic.
  const groups: Unit[][] = [];
  let next = 0;
  for (const u of points) {
    let opened = groups.length === 0;
    while (next < headings.length && headings[next]! < u.start) {
      opened = true;
      next++;
    }
    if (opened) groups.push([]);
    groups.at(-1)!.push(u);
  }
  for (const group of groups) {
    if (group.length < 2) continue;
    const end = headings.find((h) => h > group.at(-1)!.start) ?? regionEnd;
    const items = asItems(
      group.map((u) => ({ start: u.start, labelFrom: u.leadEnd })),
      end,
    );
    candidates.push({ style: 'news-point', items, score: 89, alwaysOpen: true });
  }
  return candidates;
}
