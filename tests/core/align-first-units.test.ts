/**
 * The first units of a pool, both left unpaired by their scores, pair when they share a little
 * (src/core/align `FIRST_UNITS`, `pairPool`'s `first`): two meeting reports open their speech alike,
 * with the record of the place, in their own words. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/index';
import { pairLines } from './pair-lines';

const LEFT = [
  '本报讯 3月2日，某市召开民族工作会议。市委书记王某出席会议并讲话。',
  '王某指出，多年来全市各族干部群众团结奋斗，山区交通条件明显改善，茶叶产业发展壮大，群众收入稳步提高。',
  '王某强调，要做好少数民族干部培养工作，加大少数民族干部选拔力度，把优秀少数民族干部放到重要岗位上锻炼。',
  '王某要求，要加强民族团结进步宣传教育，深入开展民族团结进步创建活动，推动民族团结进步创建进机关、进学校、进社区。',
  '会议号召，全市各族人民要紧密团结起来，为建设美好家园而努力奋斗。',
].join('\n');
const RIGHT = [
  '本报讯 4月9日，某县召开民族工作会议。县委书记李某出席会议并讲话。',
  '李某指出，全县的发展历程很不平凡，各族群众守望相助，一批批党员扎根基层，乡村面貌焕然一新，群众生活越过越好。',
  '李某强调，要深入开展民族团结进步创建活动，加强民族团结进步宣传教育，推动创建活动进机关、进学校、进社区。',
  '李某要求，要重视少数民族干部培养工作，加大少数民族干部选拔力度，让优秀少数民族干部到重要岗位锻炼成长。',
  '会议号召，全县各族群众要团结一心，为建设美丽县城努力奋斗。',
].join('\n');

describe('the first units of two reports, left unpaired by their scores', () => {
  const c = compare(LEFT, RIGHT);
  it('pair: both speeches open with the record of the place', () => {
    const lines = pairLines(c);
    expect(lines).toContain('王某指出，多 ↔ 李某指出，全');
    const pair = c.pairs[lines.indexOf('王某指出，多 ↔ 李某指出，全')]!;
    // Under the floors of a small pool: only the first-units rule pairs them.
    expect(pair.similarity).toBeLessThan(0.1);
  });

  it('leave the other points paired by their topic, whatever their order', () => {
    const lines = pairLines(c);
    expect(lines).toContain('王某强调，要 ↔ 李某要求，要');
    expect(lines).toContain('王某要求，要 ↔ 李某强调，要');
  });
});
