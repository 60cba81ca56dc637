/**
 * The self-contained HTML report: both texts side by side with their shared phrasing marked, the
 * legend, the figures and the theme chart, in ONE file that opens from disk in any browser, offline.
 * For archives, and for comparisons too long for a link.
 *
 * Built only from escaped pieces: every character of the reports, names and labels passes through
 * `escapeHtml`; the only markup is the template's and the chart SVG (itself built from escaped pieces).
 * A Content-Security-Policy forbids every request (`default-src 'none'`) and allows one script, the
 * report's own hover linking (`REPORT_SCRIPT`, pinned by its SHA-256), so nothing in the file can load
 * or run anything else even if opened from a web server.
 *
 * Rows come from the reading view's own maths (`buildRows`, `splitSpans` in src/view/), so the report
 * pairs and marks exactly what the page showed. Example:
 *   reportHtml({ comparison, files, labels, exportedAt, chartSvg }) → '<!doctype html><html lang="zh">…'
 */
import type { Comparison, Side } from '../types';
import { buildRows, type Cell, type RowKind } from '../../view/rows';
import type { Block } from '../../view/blocks';
import { columnLang } from '../../view/language';
import { splitSpans } from '../../view/spans';
import { escapeHtml as e } from './escape';
import { reportDates, reportRef, sectionName } from './where';

export interface ReportInput {
  comparison: Comparison;
  files: Record<Side, string>;
  labels: Record<Side, string>;
  exportedAt: Date;
  /** The theme chart (chart-svg.ts), inlined as is; '' to leave it out. */
  chartSvg: string;
}

/**
 * Hover or focus a mark: every mark of the same phrase lights on both sides. Click: the counterpart
 * in the other column scrolls into view. Kept free of any data: it reads `data-phrases` only.
 */
export const REPORT_SCRIPT = `
(function () {
  var lit = [];
  function ids(mark) { return (mark.getAttribute('data-phrases') || '').split(' ').filter(Boolean); }
  function light(mark) {
    lit.forEach(function (m) { m.classList.remove('lit'); });
    lit = [];
    if (!mark) return;
    ids(mark).forEach(function (id) {
      document.querySelectorAll('mark[data-phrases~="' + id + '"]').forEach(function (m) { m.classList.add('lit'); lit.push(m); });
    });
  }
  function markOf(event) { return event.target.closest ? event.target.closest('mark[data-phrases]') : null; }
  document.addEventListener('mouseover', function (event) { light(markOf(event)); });
  document.addEventListener('focusin', function (event) { light(markOf(event)); });
  document.addEventListener('click', function (event) {
    var mark = markOf(event);
    if (!mark) return;
    var side = mark.closest('[data-side]').getAttribute('data-side');
    var other = document.querySelector('[data-side="' + (side === 'left' ? 'right' : 'left') + '"] mark[data-phrases~="' + ids(mark)[0] + '"]');
    if (other) other.scrollIntoView({ block: 'center', behavior: 'smooth' });
  });
})();
`;

/** SHA-256 of REPORT_SCRIPT, base64 (checked by a unit test: change the script, update this). */
export const REPORT_SCRIPT_SHA256 = 'AfM20MR+lqhaayFd8u6RnAS0up3RM235zUcmyM330Qs=';

const STYLE = `
:root { color-scheme: light dark; --paper: #f7f6f2; --surface: #fff; --ink: #1c1e21; --muted: #5f6670;
  --rule: #dcd8ce; --left: #0c6a70; --right: #a23d22; --aligned-bg: #fbe7a6; --aligned-line: #a87a00;
  --moved-bg: #dfe6fa; --moved-line: #4660b8; --lit-bg: #ffc94d; }
@media (prefers-color-scheme: dark) { :root { --paper: #131519; --surface: #1b1e23; --ink: #e8e6e1;
  --muted: #a3a7ae; --rule: #343941; --left: #5cc3c8; --right: #f08b6b; --aligned-bg: #4a3b0c;
  --aligned-line: #e2b53a; --moved-bg: #26325a; --moved-line: #8ea6f2; --lit-bg: #8a6508; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1400px; padding: 24px clamp(12px, 3vw, 40px); background: var(--paper); color: var(--ink);
  font: 15px/1.6 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 10px; }
.lede { color: var(--muted); margin: 0 0 18px; font-size: 13px; }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.card { background: var(--surface); border: 1px solid var(--rule); border-radius: 8px; padding: 12px 16px; }
.card.left { border-top: 3px solid var(--left); } .card.right { border-top: 3px solid var(--right); }
.card h3 { margin: 0 0 6px; font-size: 16px; } dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 12px; margin: 0; font-size: 13px; }
dt { color: var(--muted); } dd { margin: 0; overflow-wrap: anywhere; }
.figures { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 16px 0; font-size: 14px; }
.figures strong { font-size: 20px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 18px; padding: 0; list-style: none; font-size: 13px; }
.chart svg { max-width: 100%; height: auto; }
table.rows { width: 100%; border-collapse: separate; border-spacing: 0 10px; table-layout: fixed; }
.rows th.band { text-align: left; font-size: 16px; padding-top: 14px; border-bottom: 2px solid var(--ink); }
.rows td { vertical-align: top; background: var(--surface); border: 1px solid var(--rule); border-radius: 8px; padding: 10px 14px; }
.rows td.gutter { width: 64px; background: none; border: 0; text-align: center; color: var(--muted); font-size: 12px; }
.rows td.empty { background: none; border-style: dashed; color: var(--muted); font-size: 13px; text-align: center; }
.section-head { font-size: 13px; font-weight: 600; color: var(--muted); margin: 0 0 4px; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: 'Noto Serif CJK SC', 'Songti SC', 'SimSun', serif; font-size: 16px; line-height: 1.85; margin: 0 0 8px; }
:lang(zh-Hant) .text { font-family: 'Noto Serif CJK TC', 'Songti TC', 'PMingLiU', serif; }
.meta .text { font-family: inherit; font-size: 13px; color: var(--muted); line-height: 1.5; }
mark { color: inherit; border-radius: 2px; cursor: pointer; }
mark.aligned { background: var(--aligned-bg); box-shadow: inset 0 -2px 0 var(--aligned-line); }
mark.moved { background: var(--moved-bg); box-shadow: inset 0 -1px 0 var(--moved-line); }
mark.lit { background: var(--lit-bg); outline: 1px solid var(--ink); }
.key { padding: 0 4px; }
footer { margin-top: 28px; font-size: 12px; color: var(--muted); }
@media (max-width: 760px) { .cards { grid-template-columns: 1fr; } .rows td.gutter { width: 36px; } .text { font-size: 15px; } }
@page { size: A4 landscape; margin: 12mm; }
@media print { body { background: #fff; max-width: none; padding: 0; } .rows tr { break-inside: avoid; } mark.lit { outline: 0; } }
`;

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

const langOf = (report: Comparison['left']) => columnLang(report);

function spansHtml(input: ReportInput, side: Side, block: Block): string {
  const { comparison } = input;
  const report = comparison[side];
  const kinds = new Map(comparison.phrases.map((p) => [p.id, p.kind]));
  const ranges = comparison.phrases.map((p) => ({ id: p.id, ...p[side] }));
  return splitSpans(report.text, block.start, block.end, ranges)
    .map((span) => {
      const text = e(span.text);
      if (span.phrases.length === 0) return text;
      const kind = kinds.get(span.phrases[0]!) ?? 'moved';
      return `<mark class="${kind}" tabindex="0" data-phrases="${e(span.phrases.join(' '))}">${text}</mark>`;
    })
    .join('');
}

function blockHtml(input: ReportInput, side: Side, block: Block): string {
  if (block.blank) return '';
  return `<p class="text" data-start="${block.start}" data-end="${block.end}">${spansHtml(input, side, block)}</p>`;
}

function cellHtml(input: ReportInput, side: Side, cell: Cell): string {
  const parts = cell.loose.map((block) => blockHtml(input, side, block));
  for (const item of cell.sections) {
    const name = sectionName({
      ...item.section,
      ordinal: item.section.ordinal ?? null,
      marker: null,
      path: [],
    });
    const topic = item.section.kind === 'task' ? ` · ${e(item.section.label)}` : '';
    parts.push(
      `<div data-section-id="${e(item.section.id)}"><p class="section-head">${e(name.zh)} ${e(name.en)}${topic}</p>` +
        blockHtml(input, side, item.block) +
        item.trailing.map((block) => blockHtml(input, side, block)).join('') +
        '</div>',
    );
  }
  if (parts.length === 0)
    return `<td class="empty" data-side="${side}">${e(input.labels[side])}：无对应段落 no counterpart</td>`;
  return `<td data-side="${side}" lang="${langOf(input.comparison[side])}">${parts.join('')}</td>`;
}

const BANDS: Record<RowKind, string> = {
  preamble: '正文前 Before the body',
  opening: '开头 Opening',
  task: '任务 Tasks',
  closing: '结尾 Closing',
  annex: '附件 Annex',
};

export function reportHtml(input: ReportInput): string {
  const { comparison, labels, files } = input;
  const refs = {
    left: reportRef(comparison.left, files.left),
    right: reportRef(comparison.right, files.right),
  };
  const day = input.exportedAt.toISOString().slice(0, 10);
  const layout = buildRows(comparison);
  const { stats } = comparison;

  const card = (side: Side) => {
    const ref = refs[side];
    const row = (label: string, value: string | null) =>
      value ? `<dt>${label}</dt><dd>${e(value)}</dd>` : '';
    return (
      `<section class="card ${side}"><h3>${side === 'left' ? '左' : '右'} · ${e(labels[side])}</h3><dl>` +
      row('标题 Title', ref.title) +
      row('地点 Place', ref.place) +
      row('日期 Date', reportDates(ref)) +
      row('来源 Source', ref.source) +
      row('网址 URL', ref.url) +
      row('文件 File', ref.name) +
      '</dl></section>'
    );
  };

  const rows: string[] = [];
  const meta = (side: Side) => layout.meta[side].map((block) => blockHtml(input, side, block)).join('');
  if (layout.meta.left.length + layout.meta.right.length > 0) {
    rows.push(
      `<tr class="meta"><td data-side="left" lang="${langOf(comparison.left)}">${meta('left')}</td><td class="gutter"></td>` +
        `<td data-side="right" lang="${langOf(comparison.right)}">${meta('right')}</td></tr>`,
    );
  }
  for (const band of layout.bands) {
    rows.push(`<tr><th class="band" colspan="3">${BANDS[band.kind]}</th></tr>`);
    for (const row of band.rows) {
      const gauge = row.similarity === null ? '—' : `${Math.round(row.similarity * 100)}%<br>相似`;
      rows.push(
        `<tr>${cellHtml(input, 'left', row.left)}<td class="gutter">${gauge}</td>${cellHtml(input, 'right', row.right)}</tr>`,
      );
    }
  }

  const title = `对照 ${labels.left} · ${labels.right}`;
  return `<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${REPORT_SCRIPT_SHA256}'">
<meta name="generator" content="duizhao">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>对照 duizhao · 比较报告 <span lang="en">Comparison report</span></h1>
<p class="lede">${e(day)} · 最短 min. phrase ${comparison.options.minPhraseLength} 字 · hover a highlight to light its counterpart, click to jump to it</p>
<div class="cards">${card('left')}${card('right')}</div>
<div class="figures">
<span><strong>${percent(stats.left.share)} · ${percent(stats.right.share)}</strong> 共享措辞占比 of each text in shared phrasing</span>
<span><strong>${stats.phraseCount}</strong> 共享短语 shared phrases (${stats.alignedCount} aligned, ${stats.movedCount} moved)</span>
<span><strong>${stats.pairedSections}</strong> 段落配对 sections paired</span>
</div>
<ul class="legend" aria-label="Legend">
<li><mark class="aligned key">同位</mark> aligned: same place in the paired section</li>
<li><mark class="moved key">移位</mark> moved: elsewhere in the other report</li>
<li><span style="color: var(--left)">■</span> ${e(labels.left)} <span style="color: var(--right)">■</span> ${e(labels.right)}</li>
</ul>
</header>
${input.chartSvg ? `<section class="chart"><h2>主题分布 Themes</h2>${input.chartSvg}</section>` : ''}
<main>
<h2>对照阅读 Side by side</h2>
<table class="rows">
<colgroup><col><col style="width: 64px"><col></colgroup>
<thead><tr><th>${e(labels.left)}</th><th></th><th>${e(labels.right)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</main>
<footer>对照 duizhao · ${e(day)} · 文件 Files: ${e(files.left)} / ${e(files.right)} · offsets in data-start/data-end are UTF-16 units of the original texts</footer>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}
