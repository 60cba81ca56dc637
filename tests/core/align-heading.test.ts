/**
 * A section's heading as the aligner compares it (src/core/align/heading.ts). Cases written by hand.
 */
import { describe, expect, it } from 'vitest';
import { HEADING_MAX, headingAt } from '../../src/core/align/heading';

describe('headingAt', () => {
  it.each([
    {
      label: 'a work report item: its title sentence, not the detail run on after it',
      text: '（一）着力扩大内需。坚持把恢复和扩大消费摆在优先位置，实施提振消费专项行动。',
      heading: '着力扩大内需',
    },
    {
      label: 'a run-in heading of two clauses keeps both clauses',
      text: '加强科技创新，驱动能源转型。全年规上原煤产量稳定。',
      heading: '加强科技创新，驱动能源转型',
    },
    {
      label: 'a heading on a line of its own ends at the line',
      text: '一、2026年工作安排\n今年是“十五五”开局之年。',
      heading: '2026年工作安排',
    },
    {
      label: 'a news point: the speaker and verb left out',
      text: '会议指出，当前外部环境变化带来的不利影响加深。我国经济运行仍面临不少困难。',
      heading: '当前外部环境变化带来的不利影响加深',
    },
    { label: 'a 一是 point', text: '一是强化思想政治引领；二是…', heading: '强化思想政治引领' },
    { label: 'a 一要 point', text: '一要坚持政治引领，凝聚共识。', heading: '坚持政治引领，凝聚共识' },
    { label: 'a 第一 point', text: '第一，坚持党的领导。这是根本。', heading: '坚持党的领导' },
    {
      label: 'a long first sentence is read in part',
      text: '坚持以习近平新时代中国特色社会主义思想为指导全面贯彻党的二十大和二十届历次全会精神完整准确全面贯彻新发展理念。',
      heading: '坚持以习近平新时代中国特色社会主义思想为指导全面贯彻党的二十大和二十届历次全会精',
    },
  ])('$label', ({ text, heading }) => {
    expect(headingAt(text, 0, text.length)).toBe(heading);
  });

  it('reads from the section start to its end only', () => {
    const text = '前一节的话。（二）稳定就业。后一节';
    const start = text.indexOf('（二）');
    expect(headingAt(text, start, text.indexOf('后'))).toBe('稳定就业');
    expect(headingAt(text, start, start + 5)).toBe('稳定');
  });

  it('never reads more than HEADING_MAX units', () => {
    const text = '甲'.repeat(100);
    expect(headingAt(text, 0, text.length)).toHaveLength(HEADING_MAX);
  });
});
