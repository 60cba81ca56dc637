/**
 * A stray none of whose items pairs stays open (src/core/index.ts `strayRound`): a point that holds a
 * list and answers nothing in the other report shows its items, each without a partner, rather than
 * one block. Labelled: a reader comparing the two meetings looks for the three hopes the left
 * speaker voices, and the right says nothing of them. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/index';
import { pairLines } from './pair-lines';

const LEFT = [
  '本报讯 5月6日，某市召开党外人士座谈会。市委书记王某主持座谈会并讲话。',
  '会议指出，过去一年全市党外人士围绕经济社会发展建言献策，提出许多有价值的意见建议，为全市发展作出积极贡献。',
  '王某强调，要认真总结经验，扎实做好今年的协商工作，把各方面的智慧和力量凝聚起来。',
  '王某希望，各民主党派和无党派人士继续发挥作用。一是深入基层开展调研，摸清群众急难愁盼。二是围绕乡村旅游提出建议，帮助山区群众增收。三是加强自身队伍建设，培养年轻骨干。',
  '座谈会上，市政协主席李某、民盟市委主委张某等先后发言。',
].join('\n');
const RIGHT = [
  '本报讯 6月9日，某县召开党外人士座谈会。县委书记赵某主持座谈会并讲话。',
  '会议指出，一年来全县党外人士积极建言献策，为全县经济社会发展作出积极贡献，提出不少有价值的意见建议。',
  '赵某强调，要认真总结经验，扎实做好今年的协商工作，广泛凝聚各方面的智慧和力量。',
  '座谈会上，县政协主席钱某、民进县委主委孙某等先后发言。',
].join('\n');

describe('a point left unpaired whole, none of whose items pairs', () => {
  it('shows its items, each without a partner', () => {
    const lines = pairLines(compare(LEFT, RIGHT));
    expect(lines).toContain('一是深入基层 ↔ ∅');
    expect(lines).toContain('二是围绕乡村 ↔ ∅');
    expect(lines).toContain('三是加强自身 ↔ ∅');
  });

  it('keeps the other pairs', () => {
    const lines = pairLines(compare(LEFT, RIGHT));
    expect(lines).toContain('会议指出，过 ↔ 会议指出，一');
    expect(lines).toContain('王某强调，要 ↔ 赵某强调，要');
  });
});
