/**
 * Each way of enumerating tasks, on small documents written for the purpose. For every case the
 * expected markers and the text each task starts with were written by hand from the document.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/normalize';
import { parseStructure } from '../../src/core/structure';

const parse = (text: string) => parseStructure(normalize(text), 'L');
const LEAD = '5月6日，某市召开工作会议，市委书记王五出席并讲话。';

interface Case {
  label: string;
  text: string;
  /** Markers as found, in order; ordinals are then 1..n. */
  markers: string[];
  /** The text each task starts with (each occurs once in `text`). */
  starts: string[];
  /** Section kinds in order, when the case is about them. */
  kinds?: string[];
}

const cases: Case[] = [
  {
    label: 'GB/T 9704 headings 一、 with （一） inside: the outer level',
    text: [
      '关于加强统战工作的意见',
      '为做好新时代统战工作，提出如下意见。',
      '一、总体要求',
      '（一）指导思想。坚持党的领导。',
      '（二）基本原则。坚持团结民主。',
      '二、主要任务',
      '（一）加强思想引领。深化理论武装。',
      '三、组织保障',
      '加强组织领导，压实工作责任。',
    ].join('\n'),
    markers: ['一、', '二、', '三、'],
    starts: ['一、总体要求', '二、主要任务', '三、组织保障'],
    kinds: ['opening', 'task', 'task', 'task'],
  },
  {
    label: '（一） headings, written with ASCII parentheses',
    text: [LEAD, '(一)加强领导。内容一。', '(二)突出重点。内容二。', '(三)强化保障。内容三。'].join('\n'),
    markers: ['(一)', '(二)', '(三)'],
    starts: ['(一)加强领导', '(二)突出重点', '(三)强化保障'],
  },
  {
    label: '第一，第二，第三， inline in one paragraph',
    text: '张三指出，要做好三件事。第一，加强领导，压实责任。第二，突出重点，扎实推进。第三，强化保障，形成合力。',
    markers: ['第一，', '第二，', '第三，'],
    starts: ['第一，加强领导', '第二，突出重点', '第三，强化保障'],
    kinds: ['opening', 'task', 'task', 'task'],
  },
  {
    label: '1. 2. 3. numbered paragraphs',
    text: [
      '会议纪要',
      '会议研究了以下事项。',
      '1.加强领导。内容。',
      '2.突出重点。内容。',
      '3.强化保障。内容。',
    ].join('\n'),
    markers: ['1.', '2.', '3.'],
    starts: ['1.加强领导', '2.突出重点', '3.强化保障'],
  },
  {
    label: '1、 2、 numbered paragraphs',
    text: [LEAD, '1、加强领导。内容。', '2、突出重点。内容。'].join('\n'),
    markers: ['1、', '2、'],
    starts: ['1、加强领导', '2、突出重点'],
  },
  {
    label: '（1）（2）（3） after a colon and semicolons',
    text: '会议要求：（1）加强领导；（2）突出重点；（3）强化保障。',
    markers: ['（1）', '（2）', '（3）'],
    starts: ['（1）加强领导', '（2）突出重点', '（3）强化保障'],
  },
  {
    label: '一要 二要 三要 after a lead-in',
    text: '张三强调，一要加强领导，压实责任；二要突出重点，扎实推进；三要强化保障，形成合力。',
    markers: ['一要', '二要', '三要'],
    starts: ['一要加强领导', '二要突出重点', '三要强化保障'],
  },
  {
    label: '首先 其次 最后',
    text: '李四指出，做好工作要抓住三点。首先，要加强领导。其次，要突出重点。最后，要强化保障。',
    markers: ['首先', '其次', '最后'],
    starts: ['首先，要加强领导', '其次，要突出重点', '最后，要强化保障'],
  },
  {
    label: 'a run of topic-opening 要 sentences, then a closing',
    text: [
      '某市召开工作会议',
      LEAD,
      '王五强调，要提高认识，统一思想。全市上下要把思想统一到部署上来。',
      '要突出重点，狠抓落实。各级各部门要细化措施，确保取得实效。',
      '要加强领导，强化保障。各级党委要切实履行主体责任。',
      '会上，有关部门作了交流发言。',
    ].join('\n'),
    markers: ['要', '要', '要'],
    starts: ['要提高认识', '要突出重点', '要加强领导'],
    kinds: ['opening', 'task', 'task', 'task', 'closing'],
  },
  {
    label: '要 sub-points right after a topic, and long 要 sentences, are not topics',
    text: [
      LEAD,
      '王五强调，要加强领导，形成合力。要高度重视，加强领导，做到两个带头。要各负其责，增强合力，坚持统一领导原则，构建工作机制，同部署、同检查。',
      '王五要求，要提高素质，建强队伍。各级要关心爱护干部。',
    ].join('\n'),
    markers: ['要', '要'],
    starts: ['要加强领导', '要提高素质'],
  },
  {
    label: 'an explicit enumeration wins over 要 topics before it',
    text: [
      LEAD,
      '王五强调，要突出重点，扎实推进。要按照部署，认真落实各项要求，形成强大合力，推动发展，确保成效。',
      '一是要加强领导。内容。',
      '二是要强化保障。内容。',
    ].join('\n'),
    markers: ['一是', '二是'],
    starts: ['一是要加强领导', '二是要强化保障'],
  },
  {
    label: 'a speech-act paragraph after the last item opens the closing (closing remarks), not a task',
    text: [
      LEAD,
      '一是加强领导。内容。',
      '二是突出重点。内容。',
      '王五强调，要强化保障，形成合力。内容。',
      '王五要求，各级党委要高度重视。',
      '会上，有关部门作了发言。',
      '各部门负责同志参加会议。',
    ].join('\n'),
    markers: ['一是', '二是'],
    starts: ['一是加强领导', '二是突出重点'],
    kinds: ['opening', 'task', 'task', 'closing'],
  },
  {
    label: 'an inner 一是 list inside an item does not break the outer chain',
    text: [
      LEAD,
      '一是加强领导。具体而言，一是健全机制，二是压实责任。',
      '二是突出重点。内容。',
      '三是强化保障。内容。',
    ].join('\n'),
    markers: ['一是', '二是', '三是'],
    starts: ['一是加强领导', '二是突出重点', '三是强化保障'],
  },
  {
    label: '（1） inside an 一是 item is nested: 一是 is the outer level',
    text: [LEAD, '一是加强领导：（1）健全机制；（2）压实责任。', '二是突出重点。内容。'].join('\n'),
    markers: ['一是', '二是'],
    starts: ['一是加强领导', '二是突出重点'],
  },
  {
    label: '第一 beats an 一是 list in the lead, which it is not nested in',
    text: [
      '5月6日，某市召开会议。会议总结了成绩：一是经济增长，二是民生改善。',
      '第一，加强领导。内容。',
      '第二，突出重点。内容。',
    ].join('\n'),
    markers: ['第一，', '第二，'],
    starts: ['第一，加强领导', '第二，突出重点'],
  },
];

describe('enumeration styles', () => {
  it.each(cases)('$label', ({ text, markers, starts, kinds }) => {
    const { sections, warnings } = parse(text);
    const tasks = sections.filter((s) => s.kind === 'task');
    expect(tasks.map((t) => t.marker)).toEqual(markers);
    expect(tasks.map((t) => t.ordinal)).toEqual(markers.map((_, i) => i + 1));
    for (const start of starts) expect(text.indexOf(start, text.indexOf(start) + 1), start).toBe(-1);
    expect(tasks.map((t) => t.start)).toEqual(starts.map((s) => text.indexOf(s)));
    expect(tasks.map((t) => t.id)).toEqual(markers.map((_, i) => `L-task-${i + 1}`));
    if (kinds) expect(sections.map((s) => s.kind)).toEqual(kinds);
    expect(warnings).toEqual([]);
  });

  it.each([
    {
      label: 'plain prose with a closing',
      text: [
        '某市召开会议',
        '5月6日，某市召开会议，研究部署工作。会议认为，各项工作进展顺利。',
        '会议强调，各级各部门务必高度重视，抓好落实。',
        '会上，有关部门作了发言。',
      ].join('\n'),
      kinds: ['opening', 'closing'],
    },
    {
      label: 'false friends: 第一书记, 统一是, 最后一公里, 再次强调',
      text: '5月6日，某村召开会议。第一书记张三讲话。统一是基础，团结是保障。要打通最后一公里，再次强调责任。',
      kinds: ['opening'],
    },
    {
      label: 'a single 要 topic is not a list',
      text: [LEAD, '王五强调，要提高认识，统一思想。全市上下要把思想统一到部署上来。'].join('\n'),
      kinds: ['opening'],
    },
  ])('no enumeration: $label', ({ text, kinds }) => {
    const { sections, warnings } = parse(text);
    expect(sections.map((s) => s.kind)).toEqual(kinds);
    expect(sections[0]!.start).toBe(text.indexOf('5月6日'));
    expect(warnings.map((w) => w.code)).toEqual(['no-structure']);
  });
});
