/** One document's figures (./score-doc.ts) on a short report written for the purpose. */
import { describe, expect, it } from 'vitest';
import { resolveLabel } from '../labels';
import { cellKey, scoreDoc } from './score-doc';
import type { Predicted, PredictedNode } from './predicted';

const text = [
  '下载',
  '某省工作报告',
  '各位代表：现在作报告。',
  '一、过去一年',
  '（一）稳增长。一是扩投资；二是促消费。',
  '（二）惠民生。',
  '二、今年安排',
  '各位代表！让我们奋斗。',
  '相关报道：',
].join('\n');
const at = (quote: string) => text.indexOf(quote);

const doc = resolveLabel(
  {
    id: 'x',
    title: '某省工作报告',
    dates: { published: '2026-01-02' },
    place: '某省',
    bodyStart: '各位代表：现在',
    closingStart: '各位代表！',
    trailStart: '相关报道：',
    outline: [
      { at: '一、过去一年', level: 1, marker: '一、', style: 'chapter' },
      { at: '（一）稳增长', level: 2, marker: '（一）', style: 'paren' },
      { at: '一是扩投资', level: 3, marker: '一是', style: 'shi' },
      { at: '二是促消费', level: 3, marker: '二是', style: 'shi' },
      { at: '（二）惠民生', level: 2, marker: '（二）', style: 'paren' },
      { at: '二、今年安排', level: 1, marker: '二、', style: 'chapter' },
    ],
  },
  text,
);

const node = (quote: string, level: number, style: string, end: number): PredictedNode => ({
  level,
  start: at(quote),
  end,
  style,
  marker: '',
});

function predicted(nodes: PredictedNode[], over: Partial<Predicted> = {}): Predicted {
  return {
    nodes,
    bodyStart: at('各位代表：'),
    bodyEnd: at('相关报道') - 1,
    openingEnd: at('一、'),
    closing: at('各位代表！'),
    annex: null,
    title: '某省工作报告',
    published: { iso: '2026-01-02' },
    place: '某',
    ...over,
  };
}

describe('scoreDoc', () => {
  it('has no resolution problems on its own label', () => {
    expect(doc.problems).toEqual([]);
  });

  it('counts a node found at the wrong level as a miss and a false positive', () => {
    // The engine finds both chapters, puts （一） at level 3 and misses everything else.
    const s = scoreDoc(
      doc,
      predicted([
        node('一、过去', 1, 'chapter', at('二、今年')),
        node('（一）', 3, 'paren', at('（二）')),
        node('二、今年', 1, 'chapter', at('各位代表！')),
      ]),
    );
    expect(s.cells.at(cellKey(1, 'chapter'))).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.cells.at(cellKey(2, 'paren'))).toEqual({ tp: 0, fp: 0, fn: 2 });
    expect(s.cells.at(cellKey(3, 'paren'))).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(s.cells.at(cellKey(3, 'shi'))).toEqual({ tp: 0, fp: 0, fn: 2 });
    // Start only, any level: （一） is found.
    expect(s.anyLevel).toEqual({ tp: 3, fp: 0, fn: 3 });
    expect(s.ends).toEqual({ right: 2, of: 2 });
  });

  it('judges boundaries, title, dates and place', () => {
    const s = scoreDoc(doc, predicted([]));
    expect(s.boundaries).toEqual({ opening: true, closing: true, annex: true, trail: true });
    expect(s.title).toEqual({ right: 1, of: 1 });
    expect(s.untitled).toEqual({ right: 0, of: 0 });
    expect(s.dates).toEqual({ right: 1, of: 1 });
    expect(s.place).toEqual({ right: 1, of: 1 });
  });

  it('calls the opening wrong when the body starts at page clutter', () => {
    const s = scoreDoc(doc, predicted([], { bodyStart: 0, title: '下载', closing: null }));
    expect(s.boundaries.opening).toBe(false);
    expect(s.boundaries.closing).toBe(false);
    expect(s.title).toEqual({ right: 0, of: 1 });
  });

  it('judges the end of the last point of an inline list by its labelled end', () => {
    const swallowing = node('二是促消费', 3, 'shi', at('二、今年'));
    const s = scoreDoc(doc, predicted([swallowing]));
    expect(s.cells.at(cellKey(3, 'shi'))).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(s.ends).toEqual({ right: 0, of: 1 });
  });
});
