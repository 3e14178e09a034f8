import type { FormFieldDefinition, ItemGuide, MaterialDefinition } from './catalog.tables.js';

/** 住房公积金异地转移接续: applied for in the city where the worker now pays in (转入地). */
export const housingFundTransferItem = {
  code: '000125008000',
  name: '住房公积金异地转移接续',
  nameEn: 'Cross-city transfer of a housing provident fund account',
  type: 'public_service' as const,
  subject: 'individual' as const,
  legalBasis:
    '《住房公积金管理条例》；《住房城乡建设部 财政部 中国人民银行关于印发〈全国住房公积金异地转移接续业务操作规程〉的通知》（建金〔2016〕261号）',
  modes: ['fully_online', 'off_site_window', 'multi_site'],
  summary:
    '职工在成德眉资四市之间（或从外地）变更工作单位后，由转入地住房公积金管理中心通过全国住房公积金异地转移接续平台，将原缴存地的账户余额转入新账户，缴存年限合并计算，无需往返两地。',
  resultType: 'decision_letter',
  guide: {
    conditions: [
      '已在转入地（新工作单位所在城市）建立住房公积金个人账户并正常缴存；',
      '原缴存地的住房公积金账户已封存（原单位已停止为其缴存）；',
      '原缴存地无未结清的住房公积金个人住房贷款，或贷款已结清。',
    ],
    steps: [
      '申请：职工本人通过平台线上申请，或在四市任一政务服务中心跨市通办窗口申请；',
      '受理：转入地住房公积金管理中心核对账户信息后受理；',
      '联系函：转入地中心通过全国转移接续平台向转出地中心发出联系函；',
      '划转：转出地中心核对后将账户余额和缴存信息划转至转入地；',
      '办结：转入地中心确认入账，通知申请人，缴存年限合并计算。',
    ],
    faq: [
      {
        q: '需要回原缴存城市办理吗？',
        a: '不需要。转移接续由转入地中心发起，全程线上流转，申请人无需往返两地。',
      },
      {
        q: '转移后缴存时间会重新计算吗？',
        a: '不会。原缴存地的连续缴存时间合并计算，可作为申请住房公积金贷款的缴存时间依据。',
      },
    ],
    consultation: '住房公积金服务热线 12329；政务服务便民热线 12345',
    complaint: '12345 政务服务便民热线；各市政务服务中心投诉窗口',
  } satisfies ItemGuide,
};

const idCard: MaterialDefinition = {
  key: 'id_card',
  name: '居民身份证',
  required: true,
  form: 'original',
  copies: 1,
  note: '可使用电子身份证照替代',
};

const formFields: FormFieldDefinition[] = [
  {
    key: 'originCity',
    label: '原缴存地城市',
    labelEn: 'City where the account was held',
    type: 'text',
    required: true,
    maxLength: 40,
  },
  {
    key: 'originCentre',
    label: '原缴存地住房公积金管理中心',
    labelEn: 'Provident fund centre of that city',
    type: 'text',
    required: true,
    maxLength: 80,
  },
  {
    key: 'originAccount',
    label: '原个人住房公积金账号',
    labelEn: 'Account number at that centre',
    type: 'text',
    required: false,
    maxLength: 32,
    help: '不清楚可不填，转出地中心将按身份证号查询',
  },
  {
    key: 'employer',
    label: '现工作单位名称',
    labelEn: 'Current employer',
    type: 'text',
    required: true,
    maxLength: 100,
  },
  {
    key: 'reason',
    label: '转移原因',
    labelEn: 'Reason for the transfer',
    type: 'select',
    required: true,
    options: [
      { value: 'job_change', label: '跨市变更工作单位', labelEn: 'Changed employer across cities' },
      { value: 'household_move', label: '户籍迁移', labelEn: 'Household registration moved' },
      { value: 'other', label: '其他', labelEn: 'Other' },
    ],
  },
];

/**
 * Each city's implementation. The differences are honest examples of what the comparison is
 * for: 德阳 still asks for the original account number, and the promised limits differ.
 */
export const housingFundTransferImplementations = [
  { cityCode: '510100', promisedDays: 3, form: formFields, materials: [idCard] },
  {
    cityCode: '510600',
    promisedDays: 5,
    form: formFields.map((f) => (f.key === 'originAccount' ? { ...f, required: true, help: undefined } : f)),
    materials: [idCard],
  },
  { cityCode: '511400', promisedDays: 5, form: formFields, materials: [idCard] },
  { cityCode: '512000', promisedDays: 3, form: formFields, materials: [idCard] },
].map((impl) => ({
  ...impl,
  orgKey: 'gjj',
  statutoryDays: 15,
  feeYuan: '0',
  delivery: ['online'],
  offSiteCityCodes: ['510100', '510600', '511400', '512000'].filter((c) => c !== impl.cityCode),
}));
