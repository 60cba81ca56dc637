/**
 * Opening paired nodes that both enumerate (src/core/index.ts `refinable`, src/core/align `refineWith`):
 * two meeting reports whose 会议强调 points each hold a 一是…三是 list, in another order. Only one of
 * three points holds a list, so both reports are cut at level 1 (`suggestedLevel`); the two 会议强调
 * points pair, and their items then pair by topic inside them. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/index';
import { pairLines } from './pair-lines';

const LEFT = [
  '本报讯 3月5日，某市召开统一战线工作会议。市委书记王某出席会议并讲话。',
  '会议指出，过去一年全市统一战线工作取得新进展，围绕中心服务大局作用更加明显，凝聚人心汇聚力量成效显著。',
  '会议强调，要抓好今年的重点任务。一是做好民主党派工作，支持民主党派加强自身建设，发挥参政议政和民主监督作用。二是做好党外知识分子工作，加强思想政治引领，团结党外知识分子建功立业。三是做好民族宗教工作，铸牢中华民族共同体意识，坚持我国宗教中国化方向。',
  '会议要求，各级党委要加强对统战工作的领导，把统战工作纳入重要议事日程，压实工作责任，建强统战干部队伍。',
  '会议号召，全市统一战线要更加紧密地团结起来，为建设美好家园而努力奋斗。',
].join('\n');
const RIGHT = [
  '本报讯 4月8日，某县召开统一战线工作会议。县委书记李某出席会议并讲话。',
  '会议认为，去年全县统一战线工作成绩明显，服务中心工作有力，凝聚人心汇聚力量作用突出。',
  '会议强调，今年要突出重点。一是做好民族宗教工作，铸牢中华民族共同体意识，坚持我国宗教中国化方向，依法管理宗教事务。二是做好民主党派工作，支持民主党派加强思想政治建设，发挥参政议政作用。三是做好党外知识分子工作，加强思想政治引领，引导党外知识分子建功立业。',
  '会议要求，各级党委要加强对统战工作的领导，压实工作责任，建强统战干部队伍，形成工作合力。',
  '会议号召，全县统一战线要团结一心，为建设美丽县城努力奋斗。',
].join('\n');

describe('paired points that both enumerate are opened', () => {
  it('lines up the items of two paired 会议强调 points by topic, at the automatic level', () => {
    const c = compare(LEFT, RIGHT);
    expect(c.level).toBe(1);
    const lines = pairLines(c);
    expect(lines).toContain('会议强调，要 ↔ 会议强调，今');
    expect(lines).toContain('一是做好民主 ↔ 二是做好民主');
    expect(lines).toContain('二是做好党外 ↔ 三是做好党外');
    expect(lines).toContain('三是做好民族 ↔ 一是做好民族');
    // The points around it keep their pairs.
    expect(lines).toContain('会议要求，各 ↔ 会议要求，各');
  });

  it('keeps the level the reader chose: at level 1 the points pair whole', () => {
    const lines = pairLines(compare(LEFT, RIGHT, { alignLevel: 1 }));
    expect(lines).toContain('会议强调，要 ↔ 会议强调，今');
    expect(lines.some((l) => l.startsWith('一是'))).toBe(false);
  });

  it('still gives every section exactly one pair', () => {
    const c = compare(LEFT, RIGHT);
    for (const [report, side] of [
      [c.left, 'left'],
      [c.right, 'right'],
    ] as const) {
      const held = c.pairs.flatMap((p) => p[side]);
      expect([...held].sort()).toEqual(report.sections.map((s) => s.id).sort());
    }
  });
});
