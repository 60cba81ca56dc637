/**
 * Every export of the menu, built in the browser: the plain-TS builders of src/core/export do the
 * work; this module adds what needs the page (fonts fetched, the PNG drawn on a canvas). Loaded only
 * when the reader first exports something (`import('./run')`), so none of it weighs on the first paint.
 */
import { chartStrings, chartSvg } from '../core/export/chart-svg';
import { EXPORT_MIME, exportFileName, type ExportKind } from '../core/export/names';
import { outlineJson } from '../core/export/outline';
import { reportHtml } from '../core/export/report-html';
import { phraseRecords, phrasesCsv, phrasesJson, type ExportContext } from '../core/export/phrases';
import { themesCsv } from '../core/export/themes';
import { reportRef } from '../core/export/where';
import type { Comparison } from '../core/types';
import { layoutThemeChart } from '../view/themeChart';
import { chartOutliner } from './chartFont';
import { svgToPng } from './png';

export interface ExportRequest {
  comparison: Comparison;
  /** The texts' file names (or paste labels): the download's name and the reports' `name` field. */
  files: { left: string; right: string };
  /** What the page calls each report (its place, else its file name): the chart's legend. */
  labels: { left: string; right: string };
  now?: Date;
}

export interface BuiltExport {
  blob: Blob;
  fileName: string;
}

/** The chart's size in the file: wider than the sidebar's, so English labels rarely need cutting. */
export const CHART_FILE_LAYOUT = { width: 640, labelWidth: 168, rowHeight: 40, top: 26 };

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export async function buildChartSvg(
  request: ExportRequest,
): Promise<{ svg: string; width: number; height: number }> {
  const { comparison, labels } = request;
  const layout = layoutThemeChart(comparison.themes, CHART_FILE_LAYOUT);
  const title = (side: 'left' | 'right') => {
    const ref = reportRef(comparison[side], request.files[side]);
    return ref.title ?? ref.name;
  };
  const footer = `来源 Sources: ${title('left')} · ${title('right')} · duizhao ${isoDay(request.now ?? new Date())}`;
  const text = { left: labels.left, right: labels.right, footer };
  const outliner = chartOutliner();
  await outliner.prepare(chartStrings(layout, text));
  const svg = chartSvg(layout, text, outliner);
  const size = /width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  return { svg, width: Number(size?.[1] ?? layout.width), height: Number(size?.[2] ?? layout.height) };
}

export async function buildExport(kind: ExportKind, request: ExportRequest): Promise<BuiltExport> {
  const context: ExportContext = {
    comparison: request.comparison,
    names: request.files,
    exportedAt: request.now ?? new Date(),
  };
  const fileName = exportFileName(kind, request.files);
  const text = (content: string) => ({ blob: new Blob([content], { type: EXPORT_MIME[kind] }), fileName });
  switch (kind) {
    case 'phrases-csv':
      return text(phrasesCsv(phraseRecords(request.comparison)));
    case 'phrases-json':
      return text(phrasesJson(context));
    case 'outline-json':
      return text(outlineJson(context));
    case 'themes-csv':
      return text(themesCsv(request.comparison.themes));
    case 'chart-svg':
      return text((await buildChartSvg(request)).svg);
    case 'chart-png': {
      const chart = await buildChartSvg(request);
      return { blob: await svgToPng(chart.svg, chart.width, chart.height), fileName };
    }
    case 'report-html': {
      const chart = await buildChartSvg(request);
      return text(reportHtml({ ...request, exportedAt: context.exportedAt, chartSvg: chart.svg }));
    }
  }
}
