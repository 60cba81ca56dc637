import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/normalize';
import { findInReport, MAX_HITS } from '../../src/view/find';

/** A report as the engine would hand it to the page (text, normalized text, offset map). */
function report(text: string) {
  const { normalized, map } = normalize(text);
  return { text, normalized, map };
}

describe('findInReport', () => {
  it('finds the worked example of the module comment both ways', () => {
    const text = '統一戰(zhàn)線，统一战线';
    expect(findInReport(report(text), '统一战线').hits).toEqual([
      { start: 0, end: 10 },
      { start: 11, end: 15 },
    ]);
  });

  it.each([
    { label: 'Traditional as written', text: '加強統一戰線工作', query: '統一戰線', expected: ['統一戰線'] },
    {
      label: 'Simplified query in Traditional text',
      text: '加強統一戰線工作',
      query: '统一战线',
      expected: ['統一戰線'],
    },
    { label: 'Latin in either case', text: 'APEC会议与apec', query: 'Apec', expected: ['APEC', 'apec'] },
    {
      label: 'spaces around the query are ignored',
      text: '要凝聚共识',
      query: '  凝聚 ',
      expected: ['凝聚'],
    },
    { label: 'an empty query finds nothing', text: '要凝聚共识', query: '   ', expected: [] },
    { label: 'repeated hits do not overlap', text: '哈哈哈哈', query: '哈哈', expected: ['哈哈', '哈哈'] },
  ])('$label', ({ text, query, expected }) => {
    const hits = findInReport(report(text), query).hits;
    expect(hits.map((hit) => text.slice(hit.start, hit.end))).toEqual(expected);
  });

  it('stops listing past the limit and says so', () => {
    const result = findInReport(report('甲'.repeat(MAX_HITS + 5)), '甲');
    expect(result.hits).toHaveLength(MAX_HITS);
    expect(result.capped).toBe(true);
  });
});
