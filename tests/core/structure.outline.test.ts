/**
 * The outline, one short document per way of enumerating and per failure named in issue 7, each
 * written for the purpose. Every expectation was worked out by reading the fixture, not copied from
 * the program: an outline line is `<two spaces per level below 1><the words the node starts with>
 * <style>`, so a failing case prints both outlines side by side in the same notation.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/normalize';
import { parseStructure } from '../../src/core/structure';
import { expectOutlineContract } from './outline-invariants';

interface Case {
  label: string;
  lines: string[];
  /** Expected outline, in the notation of the module comment. */
  outline: string[];
  /** Words the closing starts with (null: no closing); unchecked when absent. */
  closing?: string | null;
  /** Words the annex starts with. */
  annex?: string | null;
  /** Words the body starts with (after page clutter and metadata). */
  body?: string;
}

const LEAD = '5月6日，某市召开工作会议，市委书记王五出席并讲话。';

/** The outline as notation lines: each node's first characters, as many as the expected line quotes. */
function render(
  text: string,
  expected: readonly string[],
  nodes: readonly { level: number; start: number; style: string }[],
) {
  return nodes.map((n, i) => {
    const want = expected[i]?.trim().split(' ')[0] ?? '';
    const words = text.slice(n.start, n.start + Math.max(2, Array.from(want).length));
    return `${'  '.repeat(n.level - 1)}${words} ${n.style}`;
  });
}

/** Where `words` first occur at or after `from`; fails the test when they do not. */
function at(text: string, words: string, from = 0): number {
  const i = text.indexOf(words, from);
  expect(i, `"${words}" is in the fixture`).toBeGreaterThanOrEqual(0);
  return i;
}

const cases: Case[] = [
  // ── one fixture per style ───────────────────────────────────────────────────────────────
  {
    label: 'chapter 一、 holding paren （一） items (an official document)',
    lines: [
      '关于加强统战工作的意见',
      '为做好新时代统战工作，提出如下意见。',
      '一、总体要求',
      '（一）指导思想。坚持党的领导，巩固团结。',
      '（二）基本原则。坚持大团结大联合。',
      '二、主要任务',
      '（一）加强思想引领。深化理论武装，筑牢共同基础。',
      '（二）做好党外人士工作。加强联系，广交朋友。',
      '三、组织保障',
      '加强组织领导，压实工作责任。',
    ],
    outline: [
      '一、总体要求 chapter',
      '  （一）指导 paren',
      '  （二）基本 paren',
      '二、主要任务 chapter',
      '  （一）加强 paren',
      '  （二）做好 paren',
      '三、组织保障 chapter',
    ],
    closing: null,
  },
  {
    label: 'arabic 1. and paren-arabic （1） inside it',
    lines: [
      '会议纪要',
      '会议研究了以下事项。',
      '1.加强领导。会议要求：（1）健全机制；（2）压实责任。',
      '2.突出重点。抓好两项工作。',
      '3.强化保障。落实经费。',
    ],
    outline: [
      '1.加强领导 arabic',
      '  （1）健全 paren-arabic',
      '  （2）压实 paren-arabic',
      '2.突出重点 arabic',
      '3.强化保障 arabic',
    ],
  },
  {
    label: 'di 第一， paragraphs',
    lines: [
      LEAD,
      '王五指出，做好今年工作，要把握三点。',
      '第一，加强领导，压实责任。各级要高度重视。',
      '第二，突出重点，扎实推进。抓好关键环节。',
      '第三，强化保障，形成合力。各方协同配合。',
    ],
    outline: ['第一，加强 di', '第二，突出 di', '第三，强化 di'],
  },
  {
    label: 'di 第一个阶段， paragraphs: a counter and a noun before the comma',
    lines: [
      '某市发展规划',
      '从现在到本世纪中叶，可以分两个阶段来安排。',
      '第一个阶段，从二〇二〇年到二〇三五年，基本实现现代化。到那时，经济实力大幅跃升，人民生活更为宽裕。',
      '第二个阶段，从二〇三五年到本世纪中叶，建成现代化强市。',
      '为此，全市上下要团结奋斗。',
    ],
    outline: ['第一个阶段 di', '第二个阶段 di'],
  },
  {
    label: 'shi 一是 inline after a lead, the last item ending with its paragraph',
    lines: [
      LEAD,
      '王五强调，要抓好三项工作：一是加强领导，压实责任；二是突出重点，扎实推进；三是强化保障，形成合力。',
      '会上，有关部门作了交流发言。',
    ],
    outline: ['一是加强 shi', '二是突出 shi', '三是强化 shi'],
    closing: '会上',
  },
  {
    label: 'verb 一要 after a subject and lead-in',
    lines: [
      LEAD,
      '王五要求，全县党员一要加强学习，提高本领；二要转变作风，深入基层；三要廉洁自律，守住底线。',
    ],
    outline: ['一要加强 verb', '二要转变 verb', '三要廉洁 verb'],
  },
  {
    label: 'sequence 首先 其次 最后',
    lines: [LEAD, '李四指出，做好工作要抓住三点。首先，要加强领导。其次，要突出重点。最后，要强化保障。'],
    outline: ['首先，要 sequence', '其次，要 sequence', '最后，要 sequence'],
  },
  {
    label: 'mixed numerals in one list: 一是 … 第二， … 三是',
    lines: [
      LEAD,
      '一是加强领导。各级要高度重视。',
      '第二，突出重点。抓好关键环节。',
      '三是强化保障。落实经费人员。',
    ],
    outline: ['一是加强 shi', '第二，突出 di', '三是强化 shi'],
  },
  {
    label: 'topic-run: paragraphs opening with 要',
    lines: [
      LEAD,
      '会议要求，明年要稳中求进，守正创新。',
      '要实施积极的财政政策。提高赤字率，加大支出强度。',
      '要实施适度宽松的货币政策。保持流动性充裕。',
      '要打好政策组合拳。加强协调配合。',
    ],
    outline: ['要实施积极 topic-run', '要实施适度 topic-run', '要打好政策 topic-run'],
  },
  {
    label: 'topic-run: programmatic 要 sentences in a speech point, their details left inside',
    lines: [
      LEAD,
      '王五指出，去年工作成效明显。',
      '王五强调，要统一思想，凝聚共识。全市上下要把思想统一到部署上来。要创新方法，探索模式。要建立完善机制，使工作制度化、常态化、规范化，建立好帮扶机制，完善共享机制。要健全机制，推动发展。',
    ],
    outline: [
      '王五指出 news-point',
      '王五强调 news-point',
      '  要统一思想 topic-run',
      '  要创新方法 topic-run',
      '  要健全机制 topic-run',
    ],
  },
  {
    label: 'topic-run: 要 sentences that are all topics, though few are short enough to look programmatic',
    lines: [
      LEAD,
      '会议强调，经济长期向好的态势不会改变。要全面正确把握宏观政策、结构性政策、社会政策取向。要实施好积极的财政政策和稳健的货币政策，有效缓解企业融资难问题。要着力优化营商环境，深入推进改革。要瞄准全面建成小康社会硬任务，推进脱贫攻坚和乡村振兴。要持续释放内需潜力，推动区域协调发展。要推进更高水平对外开放，着力稳外贸、稳外资。要突出保基本兜底线，更好保障和改善民生。',
    ],
    outline: [
      '要全面 topic-run',
      '要实施 topic-run',
      '要着力 topic-run',
      '要瞄准 topic-run',
      '要持续 topic-run',
      '要推进 topic-run',
      '要突出 topic-run',
    ],
  },
  {
    label:
      'news-point: an executive meeting heads each topic with a line, its points (会议确定了以下…：, 会议要求… with no comma) under it',
    lines: [
      '国务院总理主持召开国务院常务会议，研究部署两项工作。',
      '研究部署促进中部地区发展',
      '会议讨论通过《关于促进中部地区发展的意见》。会议指出，中部地区发展成效显著。',
      '会议确定了以下重点任务：(一)加强粮食生产基地建设。建设现代农业示范区。(二)统筹发展各种运输方式。加快航道建设。(三)支持重点地区发展。培育新的经济增长带。',
      '会议要求加强对中部地区的政策支持。加大财政转移支付力度。',
      '加强和改进最低生活保障工作',
      '会议决定完善低保对象认定条件。会议强调，要规范审核审批程序，健全监管机制。',
      '会议要求加强低保工作能力建设，充实基层力量。',
    ],
    outline: [
      '研究部署 heading',
      '  会议讨论通过 news-point',
      '  会议确定 news-point',
      '    (一) paren',
      '    (二) paren',
      '    (三) paren',
      '  会议要求加强对 news-point',
      '加强和改进 heading',
      '  会议决定 news-point',
      '  会议要求加强低保 news-point',
    ],
  },
  {
    label: 'lead-phrase: clauses repeating 着力 inside one sentence',
    lines: [
      LEAD,
      '王五表示，要着力坚持好多党合作制度，着力抓实民族团结工作，着力推进宗教工作法治化，着力做好港澳台侨工作。',
    ],
    outline: [
      '着力坚持好 lead-phrase',
      '着力抓实 lead-phrase',
      '着力推进 lead-phrase',
      '着力做好 lead-phrase',
    ],
  },
  {
    label: 'lead-phrase: clauses repeating 坚持 after a speaker who says 要 with no comma (表示要坚持…)',
    lines: [
      LEAD,
      '副市长赵六主持会议并作工作部署，表示要坚持党的领导、完善工作格局，坚持凝心聚力、加强政治引领，坚持依法依规、推动工作规范化，为新的一年凝聚人心、凝聚力量。',
    ],
    outline: ['坚持党的 lead-phrase', '坚持凝心 lead-phrase', '坚持依法 lead-phrase'],
  },
  {
    label: 'lead-phrase: sentences headed by a short clause, however much detail lies between them',
    lines: [
      '某省政府工作报告',
      '一、今年的主要任务',
      '（一）壮大现代产业体系。打造新材料产业集群。推进资源精深加工。依托本地丰富的铝土矿和锰矿资源延伸加工产业链条。支持龙头企业牵头组建覆盖上下游的产业联盟和创新联合体。培育专精特新企业。打造数字经济产业集群。建设算力中心。围绕政务服务和城市治理需要开放一批典型应用场景。鼓励平台企业在本省设立区域总部和研发中心。发展数据标注。打造白酒产业集群。稳定市场价格。拓展海外市场。打造装备制造产业集群。壮大配套企业。',
      '（二）扩大有效需求。提振居民消费。',
      '二、保障措施',
      '加强组织领导。',
    ],
    outline: [
      '一、今年 chapter',
      '  （一）壮大 paren',
      '    打造新材料 lead-phrase',
      '    打造数字 lead-phrase',
      '    打造白酒 lead-phrase',
      '    打造装备 lead-phrase',
      '  （二）扩大 paren',
      '二、保障 chapter',
    ],
  },
  {
    label: 'failure: three headed sentences far apart (积极…) are a point’s detail, not its points',
    lines: [
      '某省政府工作报告',
      '一、今年的主要任务',
      '（一）扩大高水平对外开放。积极申建开放平台，争取更多国家级开放平台落地。依托中欧班列持续拓展国际物流通道和海外仓网络布局。支持外贸企业开拓新兴市场和共建国家市场。推动口岸提质扩能，提升通关便利化水平。积极参与区域合作，深化与周边省份的协作。围绕主导产业开展精准招商和以商招商工作。鼓励跨国公司在本省设立地区总部和功能性机构。办好各类展会，扩大开放合作的影响力。积极承接产业转移，建设承接产业转移示范区。',
      '（二）扩大有效需求。提振居民消费。',
      '二、保障措施',
      '加强组织领导。',
    ],
    outline: ['一、今年 chapter', '  （一）扩大 paren', '  （二）扩大 paren', '二、保障 chapter'],
  },
  {
    label: 'lead-phrase: a run of headed sentences does not skip a member whose opening clause is long',
    lines: [
      '某省政府工作报告',
      '一、过去五年的工作',
      '五年来，我们收获了宝贵经验。我们始终坚持发展第一要务。抓住机遇加快发展。我们始终坚持把群众的冷暖安危放在心中最重要的位置。办好民生实事。我们始终坚持改革开放。我们始终坚持依法行政。我们始终坚持勤俭节约。',
      '二、今年的主要任务',
      '扩大有效需求。提振居民消费。',
    ],
    outline: [
      '一、过去 chapter',
      '  我们始终坚持发展 lead-phrase',
      '  我们始终坚持把群众 lead-phrase',
      '  我们始终坚持改革 lead-phrase',
      '  我们始终坚持依法 lead-phrase',
      '  我们始终坚持勤俭 lead-phrase',
      '二、今年 chapter',
    ],
  },
  {
    label: 'semicolon: parallel clauses after 会议要求：',
    lines: [
      LEAD,
      '会议要求：各级党委要把统战工作摆上重要位置；各级政府要支持统战部门开展工作；各有关部门要密切配合形成合力。',
    ],
    outline: ['各级党委 semicolon', '各级政府 semicolon', '各有关部门 semicolon'],
  },
  {
    label: 'news-point: paragraphs opened by the meeting, a list inside one, then 会议号召 and the roll',
    lines: [
      '某会议在京举行',
      '某会议12月10日在北京举行。有关领导出席会议并讲话。',
      '会议认为，今年各项工作取得新成绩。',
      '会议指出，当前形势复杂严峻，困难不少。',
      '会议确定，明年要抓好以下重点任务。',
      '一是扩大国内需求。提振消费，扩大投资。',
      '二是发展新质生产力。加强基础研究。',
      '会议号召，全党全国要更加紧密团结，奋力完成目标任务。',
      '各地区各部门主要负责同志参加会议。',
    ],
    outline: [
      '会议认为 news-point',
      '会议指出 news-point',
      '会议确定 news-point',
      '  一是扩大 shi',
      '  二是发展 shi',
    ],
    closing: '会议号召',
  },
  {
    label: 'speaker: two people speak, each part holding its points',
    lines: [
      '某座谈会在京召开。主要领导出席并讲话。',
      '张三在讲话中指出，统一战线是重要法宝。',
      '张三强调，要做好党外人士工作。',
      '张三指出，要加强自身建设。',
      '李四在总结讲话中指出，要认真学习讲话精神。',
      '李四强调，要狠抓落实，务求实效。',
      '有关部门负责同志出席会议。',
    ],
    outline: [
      '张三在讲话 speaker',
      '  统一战线 news-point',
      '  张三强调 news-point',
      '  张三指出 news-point',
      '李四在总结 speaker',
      '  要认真学习 news-point',
      '  李四强调 news-point',
    ],
    closing: '有关部门',
  },
  {
    label: 'heading lines holding paragraph headings',
    lines: [
      '各位代表：',
      '现在，我代表市政府报告工作，请予审议。',
      '过去五年工作回顾',
      '五年来，我们顶住压力，完成了主要目标。',
      '今年主要任务',
      '扩大有效投资。抓好重大项目，用好专项债券。',
      '提振居民消费。实施消费专项行动，扩大服务消费。',
      '稳定外贸外资。支持企业开拓市场，优化营商环境。',
      '各位代表！让我们团结奋斗，再创佳绩！',
    ],
    outline: [
      '过去五年工作回顾 heading',
      '今年主要任务 heading',
      '  扩大有效投资 heading',
      '  提振居民消费 heading',
      '  稳定外贸外资 heading',
    ],
    body: '各位代表：',
    closing: '各位代表！让',
  },
  {
    label: 'topic-run: dash bullets ——这五年',
    lines: [
      '各位代表：',
      '一、过去五年回顾',
      '五年来，我们接续奋斗，成绩显著。',
      '——这五年，综合实力大幅跃升。经济总量迈上新台阶。',
      '——这五年，创新动能更加强劲。研发投入持续增长。',
      '——这五年，人民生活更加美好。收入稳步提高。',
      '二、今年工作安排',
      '（一）扩大内需。抓好消费和投资。',
      '（二）发展产业。培育新兴产业。',
      '各位代表！让我们奋勇前进！',
    ],
    outline: [
      '一、过去 chapter',
      '  ——这五年，综合 topic-run',
      '  ——这五年，创新 topic-run',
      '  ——这五年，人民 topic-run',
      '二、今年 chapter',
      '  （一）扩大 paren',
      '  （二）发展 paren',
    ],
    closing: '各位代表！让',
  },
  {
    label: 'heading: paragraphs headed by two verb phrases, three in a row (加强科技创新，驱动能源转型。)',
    lines: [
      '2025年，全省经济运行稳中有进，主要目标任务全面完成。',
      '加强科技创新，驱动能源转型。全年原煤产量增长百分之二，新建项目九个。',
      '狠抓项目建设，支撑产业升级。汽车、光伏等产业提质升级成效明显。',
      '深化改革攻坚，激发市场活力。年度重点改革任务扎实推进。',
      '这些成绩的取得，是全省人民团结奋斗的结果。',
    ],
    outline: ['加强科技 heading', '狠抓项目 heading', '深化改革 heading'],
  },
  {
    // Two sayings may be rhetoric; nothing else here says they are the paragraphs' topics.
    label: 'failure: two paragraphs opening with a saying in two halves are not yet a list',
    lines: [
      '2025年，全省经济运行稳中有进，主要目标任务全面完成。',
      '加强科技创新，驱动能源转型。全年原煤产量增长百分之二，新建项目九个。',
      '狠抓项目建设，支撑产业升级。汽车、光伏等产业提质升级成效明显。',
      '这些成绩的取得，是全省人民团结奋斗的结果。',
    ],
    outline: [],
  },
  {
    // They open differently (抢抓, 大抓, 激发) and end alike; a sentence of detail lies between two.
    label: 'lead-phrase: sentences whose opening clauses end alike (…稳投资，…稳投资，…稳投资，)',
    lines: [
      '今年，我们将全力扩大有效投资，推动经济持续回升向好。',
      '抢抓机遇稳投资，积极争取国家资金支持，做好专项债券工作。大抓项目稳投资，抓好省重点项目建设，加快高铁和高速公路建设。同时，加快重大水利工程建设。激发活力稳投资，支持民营企业参与重大项目建设。',
      '各位代表！让我们团结奋斗。',
    ],
    outline: ['抢抓机遇 lead-phrase', '大抓项目 lead-phrase', '激发活力 lead-phrase'],
    closing: '各位代表！让',
  },
  {
    // The chapter 第三、 and the inline points both wait for a third; the chapter stands where chapters do.
    label: 'failure: a chapter 第三、 was taken for the third of the inline points 第一，第二， before it',
    lines: [
      '第一、經濟結構的轉型',
      '我們要推動產業創新，讓經濟脫胎換骨，創造更多就業機會。',
      '第二、兩岸關係',
      '兩岸對話的基礎包括：第一，歷史事實與求同存異的共同認知；第二，現行憲政體制與民主原則。',
      '第三、外交與全球性議題',
      '我們會積極參與國際經貿合作，堅定維護全球和平。',
    ],
    outline: ['第一、 di', '第二、 di', '  第一， di', '  第二， di', '第三、 di'],
  },
  {
    label: 'paren (一) with ASCII brackets, and arabic 1、',
    lines: [
      LEAD,
      '(一)加强领导。内容一。',
      '1、健全机制。内容。',
      '2、压实责任。内容。',
      '(二)突出重点。内容二。',
    ],
    outline: ['(一)加强 paren', '  1、健全 arabic', '  2、压实 arabic', '(二)突出 paren'],
  },
  {
    // A page's markup broke the third item's marker across two lines; the item is still the third.
    label:
      'failure: a marker broken after its opening bracket (`（` alone on a line) let the last item run on',
    lines: [
      '过去一年，我们主要做了以下工作。',
      '（一）经济运行稳中有进。全年增长百分之五。',
      '（二）产业发展提质增效。新增企业一千家。',
      '（',
      '三）改革开放持续深化。营商环境不断优化。',
      '（四）民生保障稳步增进。新增就业十万人。',
      '各位代表！回望过去，我们更加深刻体会到：加强理论武装是管根本的基础工作，必须学深悟透；党的领导是事业发展的根本保证，必须坚决维护党中央权威；安全是发展的前提，必须守牢底线，防范化解重大风险。',
      '各位代表！让我们团结奋斗，再创佳绩！',
    ],
    closing: '各位代表！让',
    // Its items are one paragraph each, so the last ends with its paragraph: the lessons are not in it.
    outline: [
      '（一）经济 paren',
      '（二）产业 paren',
      '（\n三）改革 paren',
      '（四）民生 paren',
      '加强理论 semicolon',
      '党的领导 semicolon',
      '安全是发 semicolon',
    ],
  },
  {
    label: 'an inner 一是 list inside an item stays inside it; （1） inside 一是 too',
    lines: [
      LEAD,
      '一是加强领导。具体而言，一是健全机制，二是压实责任。',
      '二是突出重点：（1）抓项目；（2）抓招商。',
      '三是强化保障。内容。',
    ],
    outline: [
      '一是加强 shi',
      '  一是健全 shi',
      '  二是压实 shi',
      '二是突出 shi',
      '  （1）抓项目 paren-arabic',
      '  （2）抓招商 paren-arabic',
      '三是强化 shi',
    ],
  },
  {
    label: 'a 一是 list summing up in the lead stays in the opening; the 第一 paragraphs are the outline',
    lines: [
      '5月6日，某市召开会议。会议总结了成绩：一是经济增长，二是民生改善。',
      '第一，加强领导。内容。',
      '第二，突出重点。内容。',
    ],
    outline: ['第一，加强 di', '第二，突出 di'],
  },
  // ── one fixture per failure named in the issue ─────────────────────────────────────────
  {
    label:
      'failure: a provincial report found only its chapters (（一） items and their headings are the outline below)',
    lines: [
      '下载',
      '打印',
      '【字号：',
      '】',
      '2026年某省政府工作报告',
      '——2026年1月20日在某省人民代表大会上',
      '来源：某省日报',
      '省长 赵六',
      '各位代表：',
      '现在，我代表省人民政府报告工作。',
      '一、2025年工作回顾',
      '过去一年，全省经济稳中有进。',
      '各位代表！成绩来之不易，我们倍加珍惜。',
      '二、2026年重点工作',
      '（一）扩大内需。',
      '提振消费。开展专项行动，发放消费券。',
      '扩大投资。抓好重点项目，用好专项债券。',
      '（二）发展产业。',
      '培育新兴产业。壮大集群，引育企业。',
      '改造传统产业。实施技术改造，推动转型。',
      '各位代表！让我们团结奋斗，奋力谱写新篇章！',
      '名词解释',
      '1.“两新”：设备更新和消费品以旧换新。',
      '2.“两重”：重大战略和重点领域安全能力建设。',
      '相关报道：',
    ],
    outline: [
      '一、2025 chapter',
      '二、2026 chapter',
      '  （一）扩大 paren',
      '    提振消费 heading',
      '    扩大投资 heading',
      '  （二）发展 paren',
      '    培育新兴 heading',
      '    改造传统 heading',
    ],
    body: '各位代表：',
    closing: '各位代表！让',
    annex: '名词解释',
  },
  {
    label:
      'failure: the last item of an inline 一是 list swallowed every paragraph after it, closing included',
    lines: [
      LEAD,
      '王五指出，今年重点抓好几项工作。一是加强领导。二是突出重点。三是强化保障。',
      '王五强调，各级要以实干担当推动发展，确保完成全年目标。',
      '会上，三个单位作了交流发言。',
      '市直有关部门负责同志参加会议。',
    ],
    outline: [
      '王五指出 news-point',
      '  一是加强 shi',
      '  二是突出 shi',
      '  三是强化 shi',
      '王五强调 news-point',
    ],
    closing: '会上',
  },
  {
    label: 'failure: an aside’s three-item list was taken for the speech’s parts',
    lines: [
      LEAD,
      '第一，统一思想。去年成绩显著，一是经济增长，二是民生改善，三是环境向好。今年要再接再厉。',
      '第二，突出重点。抓好项目建设。',
      '第三，加强作风。改进会风文风。',
      '第四，防范风险。守住安全底线。',
      '第五，强化保障。落实人财物。',
    ],
    outline: [
      '第一，统一 di',
      '  一是经济 shi',
      '  二是民生 shi',
      '  三是环境 shi',
      '第二，突出 di',
      '第三，加强 di',
      '第四，防范 di',
      '第五，强化 di',
    ],
  },
  {
    label: 'failure: a restarted list under a new lead was dropped as nested',
    lines: [
      '各位代表：',
      '一、发展形势',
      '当前面临的有利条件是：',
      '一是政策机遇叠加。国家支持力度加大。',
      '二是产业基础坚实。集群加快成势。',
      '落实中要把握两个方面：',
      '一是坚持创新驱动。加强科技攻关。',
      '二是坚持改革开放。激发市场活力。',
      '二、今年任务',
      '抓好各项重点工作。',
    ],
    outline: [
      '一、发展 chapter',
      '  一是政策 shi',
      '  二是产业 shi',
      '  一是坚持创新 shi',
      '  二是坚持改革 shi',
      '二、今年 chapter',
    ],
  },
  {
    label: 'failure: closing remarks (会上, the attendee roll) were absorbed into the last task',
    lines: [
      LEAD,
      '王五强调，要做好三件事。',
      '一是要加强领导。各级党委要高度重视。',
      '二是要狠抓落实。建立工作台账。',
      '会上，市委组织部、某县委作了交流发言。',
      '市委常委，各县区委书记等参加会议。',
    ],
    outline: ['一是要加强 shi', '二是要狠抓 shi'],
    closing: '会上',
  },
  {
    label: 'failure: a 各位代表！ in the middle of the body is not the closing; the last one is',
    lines: [
      '各位代表：',
      '一、回顾',
      '去年工作成效显著。',
      '各位代表！五年来成绩来之不易。',
      '二、任务',
      '今年重点抓好扩大内需。',
      '各位代表！',
      '蓝图已经绘就，让我们团结奋斗！',
    ],
    outline: ['一、回顾 chapter', '二、任务 chapter'],
    closing: '各位代表！\n蓝图',
  },
  {
    label: 'failure: goals by stage (到2030年…；到2035年…；到2050年…) were read as a table of figures',
    lines: [
      '某会议在京举行',
      '某会议12月10日在北京举行。有关领导出席会议并讲话。',
      '会议认为，今年各项工作取得新成绩。',
      '会议提出，今后一个时期的目标任务是：到2030年，制度框架基本形成，重点领域取得突破；到2035年，体系更加完善，整体水平明显提升；到2050年，全面实现目标，走在世界前列。',
      '会议指出，要狠抓落实。',
    ],
    outline: [
      '会议认为 news-point',
      '会议提出 news-point',
      '  到2030年 semicolon',
      '  到2035年 semicolon',
      '  到2050年 semicolon',
      '会议指出 news-point',
    ],
  },
  {
    label: 'failure: a phrase ending every `；` piece (实现由…的转变) was taken for the items',
    lines: [
      LEAD,
      '王五强调，我们从解决群众反映强烈的问题入手，注重标本兼治，实现由单项整治到系统治理的转变；坚持压实各方面的责任，不断增强工作自觉性，实现由被动应对到主动作为的转变；坚持放眼长远发展大局，承担应尽的责任，实现由参与者到引领者的转变。',
    ],
    outline: ['我们从解决 semicolon', '坚持压实 semicolon', '坚持放眼 semicolon'],
  },
  {
    // The speaker asks the parties something, with no comma between addressee and request.
    label: 'semicolon: the first item begins after a request and its addressee (王五希望各民主党派…把…)',
    lines: [
      '10月13日，某市召开党外人士座谈会，市委书记王五主持并讲话。',
      '王五指出，坚持统一战线是一条重要历史经验，新时代的成就是全市上下共同努力的结果。',
      '王五强调，听取党外人士意见建议，是政治协商的重要内容，要认真研究吸纳大家的建议。',
      '王五希望各民主党派市委、市工商联和无党派人士把思想和行动统一到市委部署上来，形成团结奋进的生动局面；坚持正确政治方向，发挥在化解社会矛盾中的积极作用；深化政治交接，传承多党合作的优良传统。',
      '副市长李四出席座谈会。',
    ],
    outline: [
      '王五指出 news-point',
      '王五强调 news-point',
      '王五希望 news-point',
      '  把思想 semicolon',
      '  坚持正确 semicolon',
      '  深化政治 semicolon',
    ],
    closing: '副市长',
  },
  {
    // Every piece opening alike, the first after its lead, is the run of `./lists-runs` (lead-phrase, as
    // the labels call gwr2026-gs's 什么时候 lessons); the `；` list finds the same three items.
    label: 'semicolon: the first item begins where the first piece opens like the others, after its lead',
    lines: [
      LEAD,
      '王五说，多年的实践启示我们，什么时候把创新摆在首位，发展就快、后劲就足；什么时候把群众放在心上，事业就兴、人心就齐；什么时候把规矩挺在前面，风气就正、干劲就大。',
    ],
    outline: ['什么时候把创新 lead-phrase', '什么时候把群众 lead-phrase', '什么时候把规矩 lead-phrase'],
  },
  {
    label: 'lead-phrase: clauses repeating a content verb after a 要 that announces them',
    lines: [
      LEAD,
      '王五强调，做好明年工作，要坚持党对工作的全面领导，坚持以人民为中心的发展思想，坚持统筹发展和安全两件大事，坚持因地制宜、分类施策。',
    ],
    outline: [
      '坚持党对 lead-phrase',
      '坚持以人民 lead-phrase',
      '坚持统筹 lead-phrase',
      '坚持因地 lead-phrase',
    ],
  },
  {
    label:
      'failure: a content verb repeated in the clauses of one sentence (坚持…，坚持…) is rhythm, not a list',
    lines: [
      LEAD,
      '王五表示，全市上下坚持稳中求进的工作总基调，坚持完整准确全面贯彻新发展理念，坚持以改革开放为根本动力，坚持统筹发展和安全，推动各项事业取得新成效。',
    ],
    outline: [],
  },
  {
    label:
      'semicolon: items announced by a count (办好10件实事，包括：…) stay a list though they state figures',
    lines: [
      '某省政府工作报告',
      '一、今年的主要任务',
      '今年经济社会发展的主要预期目标是：地区生产总值增长5%左右；城镇新增就业50万人以上；居民消费价格涨幅2%左右。',
      '今年我们将办好10件民生实事，包括：改造城镇老旧小区300个；新建社区养老服务中心20个；为5万名中小学生开展视力筛查。',
      '二、保障措施',
      '加强组织领导。',
    ],
    outline: [
      '一、今年 chapter',
      '  改造城镇 semicolon',
      '  新建社区 semicolon',
      '  为5万名 semicolon',
      '二、保障 chapter',
    ],
  },
  {
    label: 'failure: the `；` pieces of a statement of problems were taken for tasks',
    lines: [
      '某省政府工作报告',
      '各位代表：',
      '一、过去一年的工作',
      '一年来，全省经济稳中有进，民生持续改善。',
      '我们也清醒看到，发展中还存在不少困难和问题，主要是：消费需求依然偏弱，投资增长乏力；部分企业经营困难，创新能力不强；民生领域还有短板，公共服务不够均衡。',
      '二、今年的主要任务',
      '今年重点抓好以下工作：扩大有效需求，提振居民消费；培育新兴产业，推动转型升级；保障改善民生，办好民生实事。',
    ],
    // The problems stay the chapter's text; the same form after a lead announcing tasks is a list.
    outline: [
      '一、过去 chapter',
      '二、今年 chapter',
      '  扩大有效 semicolon',
      '  培育新兴 semicolon',
      '  保障改善 semicolon',
    ],
  },
  {
    label: 'failure: a lead said to see problems soberly, written inside the first piece',
    lines: [
      '某省政府工作报告',
      '一、过去一年的工作',
      '一年来，各项工作取得新进展。',
      '在看到成绩的同时，我们也清醒认识到，产业结构还不够优化，转型任务较重；城乡区域发展还不平衡，差距较大；政府工作效能还有提升空间。',
      '二、今年的主要任务',
      '扩大有效需求。提振居民消费。',
    ],
    outline: ['一、过去 chapter', '二、今年 chapter'],
  },
  {
    label: 'failure: clauses opening alike that state figures are a table of results, not topics',
    lines: [
      '某省政府工作报告',
      '一、过去一年的工作',
      '全年主要指标完成良好，城镇新增就业人数达到52万人并超额完成目标，城镇调查失业率全年平均控制在5.2%以内，城镇居民人均可支配收入增长5.6%左右，农村居民收入增长更快。',
      '二、今年的主要任务',
      '扩大有效需求。提振居民消费。',
    ],
    outline: ['一、过去 chapter', '二、今年 chapter'],
  },
  {
    label: 'failure: a news agency’s tag is metadata, not the start of the body',
    lines: [
      '央视网消息（新闻联播）：某会议12月3日在京召开。有关领导出席会议。',
      '会议指出，形势总体向好。',
      '会议强调，要狠抓落实。',
    ],
    outline: ['会议指出 news-point', '会议强调 news-point'],
    body: '某会议12月3日',
  },
  {
    label: 'failure: a broadcast’s 本台消息 after the site’s tag is the source too',
    lines: [
      '中国网络电视台消息(新闻联播)：本台消息，国务院总理某某今天主持召开会议。',
      '会议指出，形势总体向好。',
      '会议强调，要狠抓落实。',
    ],
    outline: ['会议指出 news-point', '会议强调 news-point'],
    body: '国务院总理某某',
  },
  {
    label:
      'failure: paragraphs opening on the same time frame (过去一年，) are a review, not a list of topics',
    lines: [
      '各位代表：',
      '一、过去一年的工作',
      '过去一年，全省上下认真贯彻中央部署，圆满完成全年主要目标任务。',
      '过去一年，面对复杂形势，我们迎难而上，全省经济稳中有进，地区生产总值增长5.3%。',
      '过去一年，各项事业取得一系列标志性成果。一年来，我们重点抓了三个方面工作：',
      '一是稳住经济大盘，发展质量稳步提升。组织开展扩大投资专项行动。',
      '二是推进乡村振兴，城乡融合迈出新步伐。粮食总产量再创新高。',
      '三是守护生态底线，美丽家园建设交出新答卷。空气质量持续改善。',
      '二、今年的主要任务',
      '扩大有效需求。提振居民消费。',
    ],
    outline: ['一、过去 chapter', '  一是稳住 shi', '  二是推进 shi', '  三是守护 shi', '二、今年 chapter'],
  },
  {
    label: 'sentences naming their area in a first clause ending 方面 are the points, the longest head too',
    lines: [
      '（一）推动能源转型',
      '抓实能源科技创新四条路径。煤炭开采方面，抓好产能接续。新建智能化煤矿。新能源开发方面，布局大型风光基地。煤电升级方面，支持机组改造。天然气方面，加快增储上产。推广先进技术。碳捕集利用与封存规模化示范应用方面，加强技术攻关。',
      '（二）推进产业升级',
      '优化传统产业。',
    ],
    outline: [
      '（一）推动 paren',
      '  煤炭开采方面 lead-phrase',
      '  新能源开发方面 lead-phrase',
      '  煤电升级方面 lead-phrase',
      '  天然气方面 lead-phrase',
      '  碳捕集利用 lead-phrase',
      '（二）推进 paren',
    ],
  },
  {
    label:
      'an address to the delegates before the last run of points is a heading holding them; in an earlier chapter it stays text',
    lines: [
      '一、2025年工作回顾',
      '各位代表！经过一年奋斗，成绩来之不易。',
      '我们坚持稳中求进，经济回升向好。',
      '我们坚持改革创新，活力持续增强。',
      '我们坚持人民至上，民生不断改善。',
      '二、2026年重点工作',
      '（一）扩大内需。提振消费，扩大有效投资，推动重大项目建设。',
      '（二）保障和改善民生',
      '稳定扩大就业。新增城镇就业50万人，帮扶困难人员就业。',
      '办好人民满意教育。新建幼儿园100所，改善农村学校条件。',
      '各位代表！新的征程已经开启，各级政府都要有新作为。',
      '要永葆忠诚。坚持用党的创新理论凝心铸魂。',
      '要厉行法治。忠实履行宪法法律赋予的职责。',
      '要恪守清廉。纵深推进党风廉政建设。',
      '各位代表！蓝图已经绘就。让我们团结一心，奋勇前进！',
    ],
    outline: [
      '一、2025 chapter',
      '  我们坚持稳中 topic-run',
      '  我们坚持改革 topic-run',
      '  我们坚持人民 topic-run',
      '二、2026 chapter',
      '  （一）扩大 paren',
      '  （二）保障 paren',
      '  各位代表！新的征程 heading',
      '    要永葆忠诚 topic-run',
      '    要厉行法治 topic-run',
      '    要恪守清廉 topic-run',
    ],
    closing: '各位代表！蓝图',
  },
  {
    label:
      'an address to the delegates before the closing with only prose after it (no points) is a heading too; a 同志们！ in a speech is not',
    lines: [
      '一、2025年工作回顾',
      '过去一年，全省经济回升向好。',
      '二、2026年重点工作',
      '（一）扩大内需。提振消费，扩大有效投资，推动重大项目建设。',
      '（二）保障和改善民生。稳定扩大就业，办好人民满意教育。',
      '一以贯之支持国防和军队现代化建设，巩固军政军民团结。',
      '各位代表！',
      '新的目标任务，考验着各级政府的责任担当。我们一定坚守忠诚，依法行政，勤政廉政。',
      '各位代表！蓝图已经绘就。让我们团结一心，奋勇前进！',
    ],
    outline: [
      '一、2025 chapter',
      '二、2026 chapter',
      '  （一）扩大 paren',
      '  （二）保障 paren',
      '  各位代表！ heading',
    ],
    closing: '各位代表！蓝图',
  },
  {
    label: 'a speech’s 同志们！ inside its last part is rhetoric, not a heading',
    lines: [
      '一、总结过去',
      '过去五年，成绩显著。',
      '二、部署今后工作',
      '（一）坚持党的领导。加强理论武装。',
      '（二）加强党的建设。全面从严治党。',
      '同志们！伟大的事业必须有坚强的党来领导。我们要勇于自我革命。',
      '同志们！让我们团结奋斗！',
    ],
    outline: ['一、总结 chapter', '二、部署 chapter', '  （一）坚持 paren', '  （二）加强 paren'],
    closing: '同志们！让',
  },
  {
    label: 'a paragraph headed by a saying that numbers its own points is a heading among the headings',
    lines: [
      '（一）保障和改善民生',
      '促进居民就业增收。稳定重点群体就业。',
      '构建优质教育体系。推进教育强省建设。',
      '悠悠万事，民生为大。今年再办好五件民生实事：一是提供免费产前筛查。二是资助残疾学生。三是加装电梯600部。四是维修农村供水工程。五是送戏下乡1万场。我们要用心破解群众急难愁盼问题。',
      '（二）守牢安全稳定底线',
      '强化公共安全治理。压实各方责任。',
      '大道至简，实干为要。我们要大力弘扬实干精神，努力实现良好开局。',
    ],
    outline: [
      '（一）保障 paren',
      '  促进居民 heading',
      '  构建优质 heading',
      '  悠悠万事 heading',
      '    一是 shi',
      '    二是 shi',
      '    三是 shi',
      '    四是 shi',
      '    五是 shi',
      '（二）守牢 paren',
    ],
  },
  {
    label: 'failure: a speech ends on a rally, its closing, with the cheers after it',
    lines: [
      '各位親愛的父老兄弟姊妹，大家好！',
      '一、感謝與承擔',
      '我們要感謝每一位投票的國人，民主的成果屬於大家。',
      '二、振興經濟',
      '政府將全力推動經濟成長，照顧弱勢，讓青年看到希望。',
      '台灣的振興不只要靠政府的努力，更要靠人民的力量。讓我們心連心、手牽手，大家一起來奮鬥！',
      '現在，請大家跟我一起高呼：',
      '台灣民主萬歲！',
    ],
    outline: ['一、感謝 chapter', '二、振興 chapter'],
    closing: '台灣的振興',
  },
  {
    label: 'failure: ；-pieces that each repeat a time frame (过去的五年，) are rhythm, not items',
    lines: [
      '一、过去五年的工作',
      '过去的五年，我们脚踏实地前行；过去的五年，我们开拓创新奋进；过去的五年，我们的发展向上向新向优。',
      '二、今年的主要任务',
      '扩大有效需求。提振居民消费。',
    ],
    outline: ['一、过去 chapter', '二、今年 chapter'],
  },
  {
    label: 'failure: a 要 that governs a 着力 clause list leads it; it is not a second 要 topic',
    lines: [
      '某会议23日在京召开。某某出席会议并讲话。',
      '某某表示，要把学习贯彻重要思想抓紧抓好，加强党的全面领导。要着力完善政党制度，着力抓实民族工作，着力推进宗教工作，着力做好侨务工作。',
      '有关部门负责同志参加会议。',
    ],
    outline: ['着力完善 lead-phrase', '着力抓实 lead-phrase', '着力推进 lead-phrase', '着力做好 lead-phrase'],
  },
  {
    label: 'failure: the first 必须 of a `；` run follows the lead in its own piece',
    lines: [
      '一、过去五年的工作',
      '五年历程告诉我们，做好各项工作，必须把群众冷暖放在心上，办好身边实事；必须把改革创新当作根本动力，破除体制障碍；必须把实干担当当作鲜明导向，推动任务落地。',
      '二、今年的主要任务',
      '（一）扩大有效需求。提振居民消费。',
      '（二）建设现代产业体系。培育新兴产业。',
    ],
    outline: [
      '一、过去 chapter',
      '  必须把群众 lead-phrase',
      '  必须把改革 lead-phrase',
      '  必须把实干 lead-phrase',
      '二、今年 chapter',
      '  （一）扩大 paren',
      '  （二）建设 paren',
    ],
  },
  {
    label: 'failure: the first 必须 sentence of a run follows the lead in the paragraph’s first sentence',
    lines: [
      '一、过去五年的工作',
      '回顾五年历程，我们深切体会到，做好政府工作，必须坚持人民至上，把群众冷暖放在心上。必须坚持改革开放，不断激发发展活力。必须坚持实干为先，一张蓝图绘到底。',
      '二、今年的主要任务',
      '（一）扩大有效需求。提振居民消费。',
      '（二）建设现代产业体系。培育新兴产业。',
    ],
    outline: [
      '一、过去 chapter',
      '  必须坚持人民 lead-phrase',
      '  必须坚持改革 lead-phrase',
      '  必须坚持实干 lead-phrase',
      '二、今年 chapter',
      '  （一）扩大 paren',
      '  （二）建设 paren',
    ],
  },
  {
    label: 'failure: a run of 深切感受到 sentences whose first member follows 我们 in the sentence before',
    lines: [
      '一、过去五年的工作',
      '各位代表！成绩来之不易，我们深切感受到，人民群众是我们最大的底气。深切感受到，改革开放是发展的关键一招。深切感受到，团结奋斗是成功的必由之路。在此，我代表市政府表示感谢！',
      '二、今年的主要任务',
      '（一）扩大有效需求。提振居民消费。',
      '（二）建设现代产业体系。培育新兴产业。',
    ],
    outline: [
      '一、过去 chapter',
      '  深切感受到，人民 lead-phrase',
      '  深切感受到，改革 lead-phrase',
      '  深切感受到，团结 lead-phrase',
      '二、今年 chapter',
      '  （一）扩大 paren',
      '  （二）建设 paren',
    ],
  },
  {
    label: 'failure: the first 坚决做到 member opens its sentence after 我们要',
    lines: [
      '一、今年的主要任务',
      '（一）扩大有效需求。提振居民消费。',
      '（二）建设现代产业体系。培育新兴产业。',
      '二、加强政府自身建设',
      '新形势对政府工作提出了更高要求。我们要坚决做到忠诚担当，把党的领导贯穿工作全过程。坚决做到人民至上，把群众期盼变成工作实效。坚决做到依法行政，让权力在阳光下运行。',
    ],
    outline: [
      '一、今年 chapter',
      '  （一）扩大 paren',
      '  （二）建设 paren',
      '二、加强 chapter',
      '  坚决做到忠诚 lead-phrase',
      '  坚决做到人民 lead-phrase',
      '  坚决做到依法 lead-phrase',
    ],
  },
  {
    label: 'failure: 必须…要求， opens no speech: the 必须 sentence stays in its run',
    lines: [
      '一、过去五年的工作',
      '我们坚持稳中求进。必须把发展质量放在首位，推动结构优化。必须把安全生产作为首要要求，压实各方责任。必须把民生改善落到实处，办好惠民实事。',
      '二、今年的主要任务',
      '（一）扩大有效需求。提振居民消费。',
      '（二）建设现代产业体系。培育新兴产业。',
    ],
    outline: [
      '一、过去 chapter',
      '  必须把发展 lead-phrase',
      '  必须把安全 lead-phrase',
      '  必须把民生 lead-phrase',
      '二、今年 chapter',
      '  （一）扩大 paren',
      '  （二）建设 paren',
    ],
  },
  {
    label:
      'a lead holding two 必须 clauses is a clause list of its own, not the lead of the sentences after it',
    lines: [
      '一、过去五年的工作',
      '走好振兴之路，必须重塑新型城乡关系格局，走融合发展之路，必须巩固完善农村基本经营制度，走共同富裕之路。必须深化农业供给侧改革，走质量兴农之路。必须坚持人与自然和谐共生，走生态优先之路。',
      '二、今年的主要任务',
      '（一）扩大有效需求。提振居民消费。',
      '（二）建设现代产业体系。培育新兴产业。',
    ],
    outline: [
      '一、过去 chapter',
      '  必须重塑 lead-phrase',
      '  必须巩固 lead-phrase',
      '  必须深化 lead-phrase',
      '  必须坚持 lead-phrase',
      '二、今年 chapter',
      '  （一）扩大 paren',
      '  （二）建设 paren',
    ],
  },
  {
    label: 'one 必须 sentence after a lead’s 必须 clause is not a run',
    lines: [
      '一、过去五年的工作',
      '（一）坚持新发展理念。发展是第一要务，发展必须是科学发展，必须坚定贯彻新发展理念。必须坚持和完善基本经济制度，更好发挥政府作用。',
      '（二）坚持人民当家作主。发展全过程人民民主。',
      '二、今年的主要任务',
      '（一）扩大有效需求。提振居民消费。',
      '（二）建设现代产业体系。培育新兴产业。',
    ],
    outline: [
      '一、过去 chapter',
      '  （一）坚持 paren',
      '  （二）坚持 paren',
      '二、今年 chapter',
      '  （一）扩大 paren',
      '  （二）建设 paren',
    ],
  },
  {
    label: 'failure: 要紧扣 is the topic mark 要 before the verb 紧扣, not the word 要紧',
    lines: [
      LEAD,
      '王五强调，要统一思想，凝聚共识，形成推动发展的强大合力。要紧扣年度目标任务，逐项抓好落实。要加强组织领导，层层压实责任。',
    ],
    outline: ['要统一 topic-run', '要紧扣 topic-run', '要加强 topic-run'],
  },
  {
    label: 'failure: a 要 topic’s detail of three sentences does not cut the 要 run',
    lines: [
      LEAD,
      '王五强调，要坚定不移稳住经济增长大盘，保持合理增速。财政政策加力提效。货币政策适度宽松。各项政策协同发力。要千方百计扩大国内有效需求，提振居民消费。要进一步加强组织领导，压实各方责任。',
    ],
    outline: ['要坚定 topic-run', '要千方 topic-run', '要进一 topic-run'],
  },
  {
    label: 'failure: two 要 sentences inside a numbered item are its detail, not a list',
    lines: [
      '一、今年的主要任务',
      '（一）做好知识分子工作。要持续加强对知识分子的政治引领，凝聚广泛共识。要积极搭建各类建言献策平台，发挥人才智力优势。',
      '（二）做好民族宗教工作。促进各民族交往交流交融，引导宗教健康发展。',
      '二、加强自身建设',
      '（一）加强思想建设。深化理论武装。',
      '（二）加强作风建设。持续改进作风。',
    ],
    outline: [
      '一、今年 chapter',
      '  （一）做好 paren',
      '  （二）做好 paren',
      '二、加强 chapter',
      '  （一）加强 paren',
      '  （二）加强 paren',
    ],
  },
  {
    label: 'failure: sentences whose subjects end alike before 要 (财政政策要 / 货币政策要 / 就业政策要)',
    lines: [
      LEAD,
      '王五指出，财政政策要加力提效，适当扩大支出规模。货币政策要适度宽松，保持流动性合理充裕。就业政策要突出重点，稳住就业基本盘。',
    ],
    outline: ['财政政策要 topic-run', '货币政策要 topic-run', '就业政策要 topic-run'],
  },
  {
    label: 'failure: a line with no Han character, broken off a paragraph, does not cut a paragraph run',
    lines: [
      '一、过去五年的工作',
      '这是经济持续发展的五年。',
      '地区生产总值稳步增长，产业结构不断优化。',
      '这是生态持续改善的五年。',
      '森林覆盖率明显提高，空气中PM',
      '2.5',
      '平均浓度持续下降，水质优良比例提高。',
      '这是民生持续改善的五年。',
      '居民收入稳步增长，公共服务更加均衡。',
      '二、今年的主要任务',
      '（一）扩大有效需求。提振居民消费。',
      '（二）建设现代产业体系。培育新兴产业。',
    ],
    outline: [
      '一、过去 chapter',
      '  这是经济 topic-run',
      '  这是生态 topic-run',
      '  这是民生 topic-run',
      '二、今年 chapter',
      '  （一）扩大 paren',
      '  （二）建设 paren',
    ],
  },
  {
    label: '要紧的是 is the word 要紧: no topic of its own',
    lines: [
      LEAD,
      '王五强调，要统一思想，凝聚共识，形成推动发展的强大合力。要紧的是抓好落实，务求实效。要加强组织领导，层层压实责任。',
    ],
    outline: ['要统一 topic-run', '要加强 topic-run'],
  },
  {
    label:
      'failure: after an address in the review, the five-year run is beside the year’s items, not in the last',
    lines: [
      '一、过去一年和五年的工作',
      '一年来，我们扎实推进各项工作，完成了全年目标任务。',
      '一是稳住经济大盘。',
      '投资较快增长。全年新开工重大项目一批。',
      '消费持续回暖。社会消费品零售总额稳步增长。',
      '外贸稳中提质。进出口总额创历史新高。',
      '二是改善民生福祉。',
      '就业形势稳定。城镇新增就业人数超过预期。',
      '教育质量提升。新建改扩建一批中小学校。',
      '医疗服务改善。基层医疗机构服务能力增强。',
      '各位代表！',
      '过去五年，我们攻坚克难、砥砺前行，取得了显著成就。',
      '这五年，我市综合实力更加雄厚。经济总量迈上新台阶，产业结构持续优化。',
      '这五年，我市城乡面貌更加美丽。生态环境明显改善，城市品质不断提升。',
      '这五年，我市人民生活更加幸福。居民收入稳步增长，公共服务更加均衡。',
      '二、今年的主要任务',
      '（一）扩大有效需求。提振居民消费。',
      '（二）建设现代产业体系。培育新兴产业。',
    ],
    outline: [
      '一、过去 chapter',
      '  一是稳住 shi',
      '    投资较快 heading',
      '    消费持续 heading',
      '    外贸稳中 heading',
      '  二是改善 shi',
      '    就业形势 heading',
      '    教育质量 heading',
      '    医疗服务 heading',
      '  这五年，我市综合 topic-run',
      '  这五年，我市城乡 topic-run',
      '  这五年，我市人民 topic-run',
      '二、今年 chapter',
      '  （一）扩大 paren',
      '  （二）建设 paren',
    ],
  },
  {
    label: 'an address announcing a `；` list inside the last item of a chapter leaves the list in the item',
    lines: [
      '一、今年的主要任务',
      '（一）扩大有效需求。',
      '提振居民消费。开展消费品以旧换新。',
      '扩大有效投资。推进重大项目建设。',
      '稳定外贸外资。支持企业开拓市场。',
      '（二）增进民生福祉。',
      '落实就业优先政策。稳定重点群体就业。',
      '办好人民满意教育。推进义务教育优质均衡。',
      '各位代表！今年，我们将办好一批民生实事，包括：改造老旧小区一百个；新建养老服务中心二十个；新增普惠托位五百个。',
      '二、加强政府自身建设',
      '（一）加强思想建设。深化理论武装。',
      '（二）加强作风建设。持续改进作风。',
    ],
    outline: [
      '一、今年 chapter',
      '  （一）扩大 paren',
      '    提振居民 heading',
      '    扩大有效 heading',
      '    稳定外贸 heading',
      '  （二）增进 paren',
      '    落实就业 heading',
      '    办好人民 heading',
      '    改造老旧 semicolon',
      '    新建养老 semicolon',
      '    新增普惠 semicolon',
      '二、加强 chapter',
      '  （一）加强 paren',
      '  （二）加强 paren',
    ],
  },
  {
    label: 'an executive meeting opens each agenda point with 会议听取了 / 会议审议通过了 (no comma)',
    lines: [
      '国务院总理某某今天主持召开国务院常务会议，听取一项汇报，部署两项工作。',
      '会议听取了有关部门关于防汛工作的汇报。指出，要压实责任。',
      '会议审议通过了《某某条例（草案）》。决定由国务院公布施行。',
      '会议指出，要深化医改。一是完善医保，二是改革医院。',
    ],
    outline: [
      '会议听取 news-point',
      '会议审议 news-point',
      '会议指出 news-point',
      '  一是 shi',
      '  二是 shi',
    ],
  },
  {
    label: 'after the appeal, a note of the document discussed and the group photo are the closing',
    lines: [
      '某会议28日至29日在京召开。某某出席会议并讲话。',
      '会议指出，形势总体向好。',
      '会议强调，要狠抓落实，要加强领导。',
      '会议号召，全党全国要更加紧密地团结起来。',
      '会议讨论了《关于某某工作的意见（讨论稿）》。',
      '有关部门负责同志参加会议。',
      '某某等与大家合影留念。',
    ],
    outline: ['会议指出 news-point', '会议强调 news-point'],
    closing: '会议号召',
  },
];

describe('outline, per style and per failure', () => {
  it.each(cases)('$label', ({ lines, outline, closing, annex, body }) => {
    const text = lines.join('\n');
    const structure = parseStructure(normalize(text), 'L');
    expect(render(text, outline, structure.outline)).toEqual(outline);
    expectOutlineContract(structure.outline, structure.parts, 'L', text.length);
    if (closing !== undefined) {
      expect(structure.parts.closing?.start ?? null).toBe(closing === null ? null : at(text, closing));
    }
    if (annex !== undefined)
      expect(structure.parts.annex?.start ?? null).toBe(annex === null ? null : at(text, annex));
    if (body !== undefined) expect(structure.parts.body?.start).toBe(at(text, body));
  });

  it('a run keyed by 要 has 要 as its marker; a run keyed by its first words has none, its label starts with them', () => {
    const text = [
      '一、过去五年的工作',
      '五年来，我们坚定不移推动高质量发展。经济总量迈上新台阶。',
      '五年来，我们持续优化营商环境。市场主体明显增加。',
      '五年来，我们加快推进城乡融合。乡村面貌焕然一新。',
      '二、今年的主要任务',
      '会议强调，要统一思想，凝聚共识。要狠抓落实，务求实效。',
    ].join('\n');
    const { outline } = parseStructure(normalize(text), 'L');
    const run = outline.filter((n) => n.style === 'topic-run' || n.style === 'lead-phrase');
    expect(run.map((n) => [n.marker, n.label.slice(0, 5)])).toEqual([
      ['', '五年来，我'],
      ['', '五年来，我'],
      ['', '五年来，我'],
      ['要', '统一思想，'],
      ['要', '狠抓落实，'],
    ]);
  });

  it('the last of a paragraph’s one-sentence items takes one sentence, not the remark after the list', () => {
    const text = [
      '（一）保障和改善民生',
      '今年再办好三件民生实事：一是提供免费产前筛查。二是资助残疾学生，每人每年5000元。三是加装电梯600部。我们要用心破解群众急难愁盼问题。',
      '（二）守牢安全稳定底线',
      '强化公共安全治理。',
    ].join('\n');
    const { outline } = parseStructure(normalize(text), 'L');
    const third = outline.find((n) => n.marker === '三是');
    expect(third && text.slice(third.start, third.end)).toBe('三是加装电梯600部。');
  });

  it.each([
    {
      label: 'a list closed by its items’ length',
      lines: [
        '一、过去一年的工作',
        '（一）稳住经济大盘。经济运行总体平稳。',
        '投资和消费稳步回暖，外贸保持增长。',
        '新动能加快成长，产业结构持续优化。',
        '（二）改善民生福祉。就业形势保持稳定。',
        '教育医疗服务水平持续提升。',
        '一年来，我们持续加强政府自身建设，依法接受人大监督和政协民主监督。',
        '二、今年的主要任务',
        '（一）扩大有效需求。提振居民消费。',
        '（二）建设现代产业体系。培育新兴产业。',
      ],
      last: '（二）改善民生福祉。就业形势保持稳定。\n教育医疗服务水平持续提升。',
    },
    {
      label: 'a last item cut at the address that turns to the five years',
      lines: [
        '一、过去一年和五年的工作',
        '一是稳住经济大盘。',
        '投资较快增长。全年新开工重大项目一批。',
        '消费持续回暖。社会消费品零售总额稳步增长。',
        '外贸稳中提质。进出口总额创历史新高。',
        '二是改善民生福祉。',
        '就业形势稳定。城镇新增就业人数超过预期。',
        '教育质量提升。新建改扩建一批中小学校。',
        '一年来，我们持续加强政府自身建设，依法接受人大监督和政协民主监督。',
        '各位代表！',
        '过去五年，我们攻坚克难、砥砺前行，取得了显著成就。',
        '这五年，我市综合实力更加雄厚。经济总量迈上新台阶。',
        '这五年，我市城乡面貌更加美丽。生态环境明显改善。',
        '这五年，我市人民生活更加幸福。居民收入稳步增长。',
        '二、今年的主要任务',
        '（一）扩大有效需求。提振居民消费。',
        '（二）建设现代产业体系。培育新兴产业。',
      ],
      last: '二是改善民生福祉。\n就业形势稳定。城镇新增就业人数超过预期。\n教育质量提升。新建改扩建一批中小学校。',
    },
  ])('failure: the year’s last item ends before 一年来，我们… ($label)', ({ lines, last }) => {
    const text = lines.join('\n');
    const { outline } = parseStructure(normalize(text), 'L');
    const item = outline.find((n) => text.startsWith(last.slice(0, 4), n.start));
    expect(item && text.slice(item.start, item.end).trim()).toBe(last);
  });

  it('ends a clause run where its parallel form ends: the purpose clause after it is the sentence’s', () => {
    const text = [
      LEAD,
      '副市长赵六表示要坚持党的领导、完善工作格局，坚持凝心聚力、加强政治引领，坚持依法依规、推动工作规范化，为新的一年凝聚人心。',
    ].join('\n');
    const { outline } = parseStructure(normalize(text), 'L');
    expect(outline.map((n) => text.slice(n.start, n.end))).toEqual([
      '坚持党的领导、完善工作格局，',
      '坚持凝心聚力、加强政治引领，',
      '坚持依法依规、推动工作规范化，',
    ]);
  });

  it.each([
    {
      label: 'plain prose with a closing',
      lines: [
        '某市召开会议',
        '5月6日，某市召开会议，研究部署工作。会议认为，各项工作进展顺利。',
        '会上，有关部门作了发言。',
      ],
    },
    {
      label: 'false friends: 第一书记, 统一是, 最后一公里, 再次强调',
      lines: [
        '5月6日，某村召开会议。第一书记张三讲话。统一是基础，团结是保障。要打通最后一公里，再次强调责任。',
      ],
    },
    {
      label: 'a single 要 topic is not a list',
      lines: [LEAD, '王五强调，要提高认识，统一思想。全市上下要把思想统一到部署上来。'],
    },
  ])('no enumeration: $label', ({ lines }) => {
    const text = lines.join('\n');
    const { outline, parts, warnings } = parseStructure(normalize(text), 'L');
    expect(outline).toEqual([]);
    expect(parts.opening?.start).toBe(text.indexOf('5月6日'));
    expect(warnings.map((w) => w.code)).toEqual(['no-structure']);
  });
});
