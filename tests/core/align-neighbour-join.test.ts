/**
 * A unit left over within paired chapters joins the pair of the unit beside it (src/core/align
 * `NEIGHBOUR_JOIN`, `pairPool`'s `neighbour`): one report says in one item what the other says in two
 * items side by side. Here the province's `（二）` covers the city's industry item `（二）` and, in other
 * words, its research item `（三）`, which scores under the floor of an ordinary join. Texts written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/index';
import { pairLines } from './pair-lines';

const LEFT = [
  '某市二〇二五年工作安排',
  '一、全力抓好今年各项重点工作',
  '（一）持续扩大有效需求。开展消费品以旧换新活动，培育餐饮住宿、文化旅游、养老托育等服务消费新场景，办好城市购物节和夜间消费季。扩大有效投资，谋划建设一批交通、水利、能源重大项目，用好超长期特别国债和地方政府专项债券，激发民间投资活力。',
  '（二）加快建设现代化产业体系。推动汽车、装备、化工、建材等传统产业智能化改造和数字化转型，实施设备更新和技术改造工程，培育新能源汽车、低空经济、生物医药、新型储能等新兴产业集群，实施制造业重点产业链高质量发展行动，新建一批智能工厂、数字化车间和绿色工厂，壮大链主企业和专精特新企业，推动先进制造业和现代服务业深度融合，发展工业设计、检验检测、现代物流等生产性服务业，建设一批特色产业园区，提高亩均产出和单位能耗产出。',
  '（三）增强科技创新能力。建设省级实验室和新型研发机构，支持高校院所开展基础研究，组织关键核心技术攻关，完善科技成果转移转化机制，落实研发费用加计扣除政策，培育高新技术企业，引进培养青年科技人才和创新团队，建好用好大型科研仪器共享平台，办好科技活动周。',
  '（四）全面推进乡村振兴。稳定粮食播种面积，建设高标准农田，发展特色种养业和农产品加工业，推进农村人居环境整治，完善乡村道路、供水、电网等基础设施，深化农村集体产权制度改革，促进农民持续增收，巩固拓展脱贫攻坚成果。',
  '（五）持续改善生态环境。深入打好蓝天、碧水、净土保卫战，推进重点行业超低排放改造，加强河湖长制和流域综合治理，开展国土绿化和矿山生态修复，推动能源结构调整和节能降碳，发展绿色建筑和公共交通，倡导简约适度的绿色生活方式。',
  '二、加强政府自身建设',
  '（一）坚持依法行政。严格执行重大行政决策程序，自觉接受人大监督和政协民主监督，深化政务公开。',
  '（二）持续改进作风。坚持过紧日子，严控一般性支出，整治形式主义为基层减负，狠抓工作落实。',
  '各位代表！让我们团结一心，奋力完成全年目标任务。',
].join('\n');
const RIGHT = [
  '某省二〇二五年工作安排',
  '一、扎实做好今年经济社会发展工作',
  '（一）着力扩大国内需求。实施提振消费专项行动，落实消费品以旧换新政策，发展服务消费和文化旅游消费，培育夜间经济和首发经济。扩大有效投资，推进交通、水利、能源重大项目建设，用好超长期特别国债和专项债券，鼓励民间资本参与重大项目。',
  '（二）以产业升级带动全面振兴。推动汽车、装备、化工等传统产业智能化改造，鼓励企业更换老旧生产线，培育新能源汽车、低空经济、生物医药等新兴产业集群，支持龙头企业兼并重组、做大做强，引导中小企业走专业化道路，发展研发设计、会展、仓储配送等服务业，提升开发区承载能力，盘活闲置厂房和低效用地，提高单位土地产出。鼓励企业设立研究院，与大学共建联合创新平台，攻克一批卡脖子难题，让更多实验室成果在本地落地转化，壮大科技型企业队伍，集聚一批优秀青年科技人才，营造尊重知识、尊重人才的良好氛围，推动人才链、创新链和产业链紧密衔接，设立天使投资基金，为初创团队提供场地、贷款贴息和法律咨询等一站式帮扶，让敢闯敢试的年轻人安心干事创业，建设人才公寓和国际社区，解决好子女入学、配偶就业、看病就医等后顾之忧，让各类人才引得进、留得住、用得好。',
  '（三）推进乡村全面振兴。稳定粮食生产，建设高标准农田，发展特色产业和农产品加工，整治农村人居环境，完善乡村道路、供水、电网等基础设施，深化农村改革，拓宽农民增收渠道，守住不发生规模性返贫的底线。',
  '（四）推动绿色低碳发展。打好蓝天、碧水、净土保卫战，推进重点行业超低排放改造，落实河湖长制，开展国土绿化和生态修复，推动能源结构调整和节能降碳，发展绿色建筑和公共交通，倡导绿色生活方式。',
  '二、全面加强政府建设',
  '（一）推进法治政府建设。严格落实重大行政决策程序，依法接受人大监督和政协民主监督，全面推进政务公开。',
  '（二）锻造过硬作风。带头过紧日子，压减一般性支出，持续为基层减负，以钉钉子精神抓落实。',
  '各位代表！让我们团结奋斗，确保全年目标任务圆满完成。',
].join('\n');
/** The province's talent paragraph cut: its item now holds fewer characters than the city's two. */
const SHORT_RIGHT = RIGHT.replace(
  '，建设人才公寓和国际社区，解决好子女入学、配偶就业、看病就医等后顾之忧，让各类人才引得进、留得住、用得好。',
  '。',
);

/**
 * The city adds an item on young talent (`（四）`) that the province's `（二）` also covers: the ordinary
 * join gives it to that pair, and the research item `（三）` left between the two joins them too.
 */
const TALENT_LEFT = LEFT.replace(
  '（四）全面推进乡村振兴',
  '（四）建设青年人才友好城市。设立天使投资基金，为初创团队提供场地、贷款贴息和法律咨询等一站式帮扶，建设人才公寓和国际社区，解决好子女入学、配偶就业、看病就医等后顾之忧，举办创新创业大赛和人才招聘周，让各类人才引得进、留得住、用得好。\n（五）全面推进乡村振兴',
).replace('（五）持续改善', '（六）持续改善');
const TALENT_RIGHT = RIGHT.replace(
  '让各类人才引得进、留得住、用得好。',
  '让各类人才引得进、留得住、用得好，每年举办创新创业大赛和人才招聘周，对落户的高层次人才给予购房补贴和生活津贴，为外籍专家办理签证和居留提供便利，开放共享大型科研仪器，建设人才服务中心实行一站式办理，定期走访慰问各类人才，听取意见建议并及时解决实际困难。',
);

describe('a unit left over beside a paired unit', () => {
  it('joins its pair when the partner says in one item what it says in two', () => {
    // The research item alone scores under an ordinary join's floor: without the rule it stays unpaired.
    expect(pairLines(compare(LEFT, RIGHT))).toContain('（二）加快建+（三）增强科 ↔ （二）以产业');
  });

  it('stays unpaired when the partner holds fewer characters than the two together', () => {
    const lines = pairLines(compare(LEFT, SHORT_RIGHT));
    expect(lines).toContain('（二）加快建 ↔ （二）以产业');
    expect(lines).toContain('（三）增强科 ↔ ∅');
  });

  it('fills the gap between two units of one pair', () => {
    const lines = pairLines(compare(TALENT_LEFT, TALENT_RIGHT));
    expect(lines).toContain('（二）加快建+（三）增强科+（四）建设青 ↔ （二）以产业');
  });

  it('leaves the other items paired one to one', () => {
    const lines = pairLines(compare(LEFT, RIGHT));
    expect(lines).toContain('（一）持续扩 ↔ （一）着力扩');
    expect(lines).toContain('（四）全面推 ↔ （三）推进乡');
    expect(lines).toContain('（五）持续改 ↔ （四）推动绿');
  });
});
