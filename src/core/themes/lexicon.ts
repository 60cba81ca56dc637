/**
 * The themes a United Front work report is read for: data only.
 *
 * First the twelve groups the Party's United Front Work Regulations (中国共产党统一战线工作条例)
 * name as the objects of the work, in the Regulations' order; then cross-cutting themes these reports
 * carry. Terms are Simplified (they match the normalized text) and are whole words a reader would
 * accept as a mention. When terms overlap in the text, the longest one starting first wins
 * (`非公有制经济人士` counts once, not also as `非公有制经济`), see `./index.ts`.
 *
 * Deliberately left out: `统一战线` and `统战` alone (every sentence of these reports has them) and
 * bare `党外` (it prefixes every group).
 */

export interface Theme {
  /** Stable key, used in permalinks: ascii, kebab-case. */
  key: string;
  zh: string;
  en: string;
  terms: string[];
}

export const LEXICON: readonly Theme[] = [
  {
    key: 'democratic-parties',
    zh: '民主党派',
    en: 'Democratic parties',
    terms: ['民主党派', '各民主党派', '民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '台盟'],
  },
  {
    key: 'non-party',
    zh: '无党派人士',
    en: 'Non-party personages',
    terms: ['无党派人士', '无党派'],
  },
  {
    key: 'intellectuals',
    zh: '党外知识分子',
    en: 'Non-Party intellectuals',
    terms: ['党外知识分子', '知识分子', '网络人士', '新媒体从业人员'],
  },
  {
    key: 'ethnic-minorities',
    zh: '少数民族人士',
    en: 'Ethnic minority figures',
    terms: ['少数民族人士', '少数民族', '各民族', '民族地区', '民族团结', '民族工作', '援藏'],
  },
  {
    key: 'religion',
    zh: '宗教界人士',
    en: 'Religious figures',
    terms: ['宗教界人士', '宗教界', '宗教工作', '信教群众', '宗教'],
  },
  {
    key: 'non-public-economy',
    zh: '非公有制经济人士',
    en: 'Non-public economy figures',
    terms: ['非公有制经济人士', '非公有制经济', '非公经济', '民营企业', '民营经济', '工商联', '经济统战'],
  },
  {
    key: 'new-social-strata',
    zh: '新的社会阶层人士',
    en: 'New social strata',
    terms: ['新的社会阶层人士', '新的社会阶层', '新社会阶层', '新经济组织', '新社会组织'],
  },
  {
    key: 'returned-students',
    zh: '出国和归国留学人员',
    en: 'Students abroad and returnees',
    terms: ['出国和归国留学人员', '归国留学人员', '留学人员', '留学人才', '海归'],
  },
  {
    key: 'hong-kong-macao',
    zh: '港澳同胞',
    en: 'Hong Kong and Macao compatriots',
    terms: ['港澳同胞', '港澳台同胞', '港澳台', '香港同胞', '澳门同胞', '港澳'],
  },
  {
    key: 'taiwan',
    zh: '台湾同胞',
    en: 'Taiwan compatriots',
    terms: ['台湾同胞', '台胞', '台湾', '对台', '港澳台同胞', '港澳台'],
  },
  {
    key: 'overseas-chinese',
    zh: '华侨归侨侨眷',
    en: 'Overseas Chinese and their families',
    terms: ['华侨', '归侨', '侨眷', '海外侨胞', '侨胞', '侨务', '侨心'],
  },
  {
    key: 'others',
    zh: '其他需要联系和团结的人员',
    en: 'Others to unite with',
    terms: ['其他需要联系和团结的人员', '爱国人士', '社会各界人士'],
  },
  {
    key: 'poverty',
    zh: '扶贫脱贫',
    en: 'Poverty alleviation',
    terms: ['扶贫', '脱贫', '贫困', '小康', '精准扶贫', '扶贫攻坚', '脱贫攻坚', '帮扶', '摘帽'],
  },
  {
    key: 'multi-party-cooperation',
    zh: '多党合作',
    en: 'Multi-party cooperation',
    terms: ['多党合作', '政治协商', '政党协商', '参政议政', '民主监督', '合作共事', '建言献策', '政党制度'],
  },
  {
    key: 'non-party-cadres',
    zh: '党外干部',
    en: 'Non-Party cadres',
    terms: ['党外干部', '党外代表人士', '党外人才', '党外后备干部'],
  },
  {
    key: 'party-leadership',
    zh: '党委领导',
    en: 'Party leadership of the work',
    terms: ['党委领导', '党委统一领导', '统战部牵头', '统战部门牵头', '大统战', '党委总揽全局', '齐抓共管'],
  },
  {
    key: 'ethnic-religious',
    zh: '民族宗教',
    en: 'Ethnic and religious work',
    terms: ['民族宗教', '民族宗教工作'],
  },
  {
    key: 'central-line',
    zh: '中央精神',
    en: 'The central line',
    terms: [
      '统一思想',
      '重要讲话精神',
      '系列重要讲话',
      '总书记',
      '重要指示精神',
      '重要批示',
      '中央统战工作会议',
    ],
  },
];
