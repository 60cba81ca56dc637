/**
 * The theme chart as a standalone SVG file: the same butterfly chart the page draws (its geometry comes
 * from `layoutThemeChart` in src/view/themeChart.ts, the maths the component uses), with a title, a
 * legend naming both reports, the axis, and a footer with the sources and the date, every word outlined
 * (see `glyphs.ts` for why). Colours are the light theme's, written out, since the file leaves the page
 * and its CSS variables behind.
 *
 * Each theme is a `<g data-theme="key">` whose `<title>` gives its labels and both rates in words, so
 * the outlined chart still says what it shows to screen readers, search and text tools.
 *
 * Example: chartSvg(layout, { title…, left: '毕节', right: '攀枝花', footer: '…' }, outliner)
 *   → '<svg xmlns="http://www.w3.org/2000/svg" width="720" height="…" role="img" …><title>…'
 */
import type { ThemeChartLayout } from '../../view/themeChart';
import { escapeHtml } from './escape';
import type { TextOutliner } from './glyphs';

/** The part of the page chart's layout (src/view/themeChart.ts) the file is drawn from. */
export type ChartGeometry = Pick<
  ThemeChartLayout,
  'width' | 'height' | 'centreLeft' | 'centreRight' | 'ticks' | 'bars'
>;

export interface ChartText {
  left: string;
  right: string;
  /** One line under the chart: sources and the export date. */
  footer: string;
}

export const CHART_COLOURS = {
  paper: '#ffffff',
  ink: '#1c1e21',
  muted: '#5f6670',
  rule: '#dcd8ce',
  left: '#0c6a70',
  leftSoft: '#dcecec',
  right: '#a23d22',
  rightSoft: '#f5e3dc',
} as const;

/** Outer margin and the heights of the title/legend block above the chart and the footer below, in px. */
const PAD = 20;
const HEAD = 88;
const FOOT = 34;

const format = (value: number) => (value >= 10 ? value.toFixed(0) : value.toFixed(1));

/** Every string the chart draws, so the outliner can load their glyphs first. */
export function chartStrings(geometry: ChartGeometry, text: ChartText): string[] {
  return [
    TITLE_ZH,
    TITLE_EN,
    SUBTITLE,
    ONE_SIDE,
    '无…',
    text.left,
    text.right,
    text.footer,
    ...geometry.ticks.map((tick) => String(tick.value)),
    ...geometry.bars.flatMap((bar) => [bar.row.label.zh, bar.row.label.en]),
  ];
}

const TITLE_ZH = '主题分布';
const TITLE_EN = 'Themes';
const SUBTITLE = 'Mentions per 1,000 Han characters · 每千字提及次数';
const ONE_SIDE = '只有一方 one side only';

export function chartSvg(geometry: ChartGeometry, text: ChartText, outliner: TextOutliner): string {
  const c = CHART_COLOURS;
  const width = geometry.width + PAD * 2;
  const height = HEAD + geometry.height + FOOT + PAD;
  const out: string[] = [];
  /** Outlined text, or `<text>` when the font lacks a character (then it needs a font where opened). */
  const words = (
    value: string,
    x: number,
    y: number,
    size: number,
    fill: string,
    anchor: 'start' | 'middle' | 'end' = 'start',
  ) => {
    const drawn = outliner.draw(value, { x, y, size, anchor });
    if (drawn.missing.length === 0) return drawn.d ? `<path fill="${fill}" d="${drawn.d}"/>` : '';
    const textAnchor = anchor === 'start' ? '' : ` text-anchor="${anchor}"`;
    return `<text x="${x}" y="${y}" font-size="${size}" fill="${fill}"${textAnchor} font-family="'Noto Sans CJK SC','Noto Sans SC','PingFang SC','Microsoft YaHei',sans-serif">${escapeHtml(value)}</text>`;
  };
  const n = (value: number) => String(Math.round(value * 10) / 10);
  const names = `${text.left} · ${text.right}`;

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${n(height)}" viewBox="0 0 ${width} ${n(height)}" role="img" aria-labelledby="chart-title chart-desc">`,
    `<title id="chart-title">${escapeHtml(`${TITLE_ZH} ${TITLE_EN}: ${names}`)}</title>`,
    `<desc id="chart-desc">${escapeHtml(`${SUBTITLE}. ${text.footer}`)}</desc>`,
    '<defs>',
    ...(['left', 'right'] as const).map(
      (side) =>
        `<pattern id="hatch-${side}" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="${side === 'left' ? c.leftSoft : c.rightSoft}"/><line x1="0" y1="0" x2="0" y2="5" stroke="${c[side]}" stroke-width="2.5"/></pattern>`,
    ),
    `<pattern id="hatch-neutral" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="${c.paper}"/><line x1="0" y1="0" x2="0" y2="5" stroke="${c.muted}" stroke-width="2"/></pattern>`,
    '</defs>',
    `<rect width="100%" height="100%" fill="${c.paper}"/>`,
  );

  // Title, subtitle, legend.
  out.push(words(TITLE_ZH, PAD, PAD + 16, 18, c.ink));
  const titleWidth = outliner.measure(TITLE_ZH, 18);
  out.push(words(TITLE_EN, PAD + titleWidth + 8, PAD + 16, 14, c.muted));
  out.push(words(SUBTITLE, PAD, PAD + 36, 11.5, c.muted));
  let legendX = PAD;
  const legendY = PAD + 50;
  for (const [fill, label] of [
    [c.left, text.left],
    [c.right, text.right],
    ['url(#hatch-neutral)', ONE_SIDE],
  ] as const) {
    out.push(
      `<rect x="${n(legendX)}" y="${legendY}" width="14" height="10" fill="${fill}" stroke="${fill.startsWith('url') ? c.muted : 'none'}"/>`,
    );
    out.push(words(label, legendX + 20, legendY + 9.5, 12, c.ink));
    legendX += 20 + outliner.measure(label, 12) + 18;
  }

  out.push(`<g transform="translate(${PAD} ${HEAD})">`);
  const top = geometry.bars[0] ? geometry.bars[0].y : 26;
  for (const tick of geometry.ticks) {
    for (const x of [geometry.centreLeft - tick.offset, geometry.centreRight + tick.offset]) {
      out.push(
        `<line x1="${n(x)}" x2="${n(x)}" y1="${n(top - 10)}" y2="${n(geometry.height)}" stroke="${c.rule}"/>`,
      );
      out.push(words(String(tick.value), x, top - 14, 10, c.muted, 'middle'));
    }
  }
  const mid = (geometry.centreLeft + geometry.centreRight) / 2;
  const labelRoom = geometry.centreRight - geometry.centreLeft - 8;
  for (const bar of geometry.bars) {
    const { row } = bar;
    const only =
      bar.presence === 'both' ? '' : `, only in ${bar.presence === 'left' ? text.left : text.right}`;
    const described = `${row.label.zh} ${row.label.en}: ${text.left} ${format(row.left.per1000)}, ${text.right} ${format(row.right.per1000)} per 1,000 characters${only}`;
    const centre = bar.y + bar.height / 2;
    out.push(
      `<g data-theme="${escapeHtml(bar.key)}" data-coverage="${bar.presence}"><title>${escapeHtml(described)}</title>`,
    );
    for (const side of ['left', 'right'] as const) {
      const barWidth = side === 'left' ? bar.leftWidth : bar.rightWidth;
      const x = side === 'left' ? bar.leftX : bar.rightX;
      if (barWidth > 0) {
        const fill = bar.presence === 'both' ? c[side] : `url(#hatch-${side})`;
        const stroke = bar.presence === 'both' ? '' : ` stroke="${c[side]}"`;
        out.push(
          `<rect x="${n(x)}" y="${n(bar.y)}" width="${n(barWidth)}" height="${n(bar.height)}" fill="${fill}"${stroke}/>`,
        );
      } else {
        const at = side === 'left' ? geometry.centreLeft - 6 : geometry.centreRight + 6;
        out.push(words('无', at, centre + 4, 11, c.muted, side === 'left' ? 'end' : 'start'));
      }
    }
    out.push(words(row.label.zh, mid, centre - 1, 12.5, c.ink, 'middle'));
    out.push(words(outliner.fit(row.label.en, 9.5, labelRoom), mid, centre + 11, 9.5, c.muted, 'middle'));
    out.push('</g>');
  }
  out.push('</g>');
  out.push(words(outliner.fit(text.footer, 10, geometry.width), PAD, height - PAD + 4, 10, c.muted));
  out.push('</svg>');
  return out.join('\n') + '\n';
}
