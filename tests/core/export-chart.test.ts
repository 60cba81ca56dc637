/**
 * The theme chart as a file: built from the same layout maths as the page's chart, every word outlined
 * with glyphs of the shipped font (read here from node_modules, as the build ships it).
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { parse } from 'opentype.js/dist/opentype.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartStrings, chartSvg } from '../../src/core/export/chart-svg';
import { TextOutliner, parseSliceRanges, pathData } from '../../src/core/export/glyphs';
import { woffToSfnt } from '../../src/core/export/woff';
import { compare } from '../../src/core/index';
import { layoutThemeChart } from '../../src/view/themeChart';
import { BIJIE, PANZHIHUA } from './samples';

const fontDir = new URL('../../node_modules/@fontsource/noto-sans-sc/', import.meta.url);
const css = readFileSync(new URL('500.css', fontDir), 'utf8');
const readSlice = async (id: string) => {
  const bytes = readFileSync(new URL(`files/noto-sans-sc-${id}-500-normal.woff`, fontDir));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};

describe('font slices', () => {
  it('reads every slice’s unicode ranges from the Fontsource CSS, numbered and named', () => {
    const { slices } = parseSliceRanges(css);
    expect(slices).toHaveLength(css.match(/@font-face/g)!.length);
    expect(slices.length).toBeGreaterThan(100);
    expect(slices.map((s) => s.id)).toEqual(expect.arrayContaining(['4', '119', 'latin', 'latin-ext']));
    const cover = (char: string) =>
      slices.filter((s) => s.ranges.some(([a, b]) => char.codePointAt(0)! >= a && char.codePointAt(0)! <= b));
    for (const char of '战戰畢节攀A') expect(cover(char).length).toBeGreaterThan(0);
  });

  it('unwraps WOFF so every slice parses, including the one opentype.js’s own inflater rejects (101)', async () => {
    const font = parse(await woffToSfnt(await readSlice('101')));
    expect(font.unitsPerEm).toBe(1000);
    expect(() => parse(new Uint8Array([0x77, 0x4f, 0x46, 0x46]).buffer)).toThrow();
  });
});

describe('pathData: compact relative path data', () => {
  it('rounds to a tenth, moves relatively, and drops separators a sign or a second dot makes', () => {
    const d = pathData([
      { type: 'M', x: 1.04, y: 2 },
      { type: 'L', x: 1.5, y: 1.46 },
      { type: 'Q', x1: 2, y1: 2, x: 3, y: 1.5 },
      { type: 'Z' },
    ]);
    expect(d).toBe('M1 2l.5-.5q.5.5 1.5 0z');
  });
});

describe('the chart as SVG', () => {
  const comparison = compare(BIJIE, PANZHIHUA);
  const layout = layoutThemeChart(comparison.themes, { width: 640, labelWidth: 168, rowHeight: 40, top: 26 });
  const text = { left: '毕节', right: '攀枝花', footer: '来源 Sources: 畢節召開… · duizhao 2026-01-02' };
  let svg = '';
  let doc: Document;

  beforeAll(async () => {
    const outliner = new TextOutliner(parseSliceRanges(css), readSlice);
    await outliner.prepare(chartStrings(layout, text));
    svg = chartSvg(layout, text, outliner);
    const window = new Window();
    doc = new window.DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
  });

  it('is well-formed SVG with a title naming both reports', () => {
    expect(doc.documentElement.tagName.toLowerCase()).toBe('svg');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('title')?.textContent).toContain('毕节 · 攀枝花');
  });

  it('has one group per mentioned theme, in the page chart’s order, each titled with its labels and rates', () => {
    const groups = [...doc.querySelectorAll('g[data-theme]')];
    expect(groups.map((g) => g.getAttribute('data-theme'))).toEqual(layout.bars.map((bar) => bar.key));
    for (const [i, group] of groups.entries()) {
      const row = layout.bars[i]!.row;
      const title = group.querySelector('title')?.textContent ?? '';
      expect(title).toContain(row.label.zh);
      expect(title).toContain(row.label.en);
    }
  });

  it('draws every word as outlines (no <text> left to need a font), with no broken numbers', () => {
    expect(doc.querySelectorAll('text')).toHaveLength(0);
    const paths = [...doc.querySelectorAll('path')].map((p) => p.getAttribute('d') ?? '');
    expect(paths.length).toBeGreaterThan(layout.bars.length * 2);
    for (const d of paths) expect(d).toMatch(/^M[-\d.]+[ -][-\d.]+[Mmlqcz\d .-]*$/);
    expect(svg).not.toMatch(/NaN|undefined/);
  });

  it('draws the bars from the layout: solid where both reports mention a theme, hatched where one does', () => {
    const both = layout.bars.find((bar) => bar.presence === 'both')!;
    const group = doc.querySelector(`g[data-theme="${both.key}"]`)!;
    const fills = [...group.querySelectorAll('rect')].map((r) => r.getAttribute('fill'));
    expect(fills).toEqual(['#0c6a70', '#a23d22']);
    const one = layout.bars.find((bar) => bar.presence !== 'both')!;
    const oneFills = [...doc.querySelector(`g[data-theme="${one.key}"]`)!.querySelectorAll('rect')].map((r) =>
      r.getAttribute('fill'),
    );
    expect(oneFills).toEqual([`url(#hatch-${one.presence})`]);
  });
});
