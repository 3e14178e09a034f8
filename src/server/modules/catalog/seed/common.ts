/**
 * Building blocks shared by the domain seed files: the materials and contact lines that recur
 * across many items, written once so that every item states them the same way.
 */
import type { CityCode, SeedFormField, SeedMaterial } from './seed-item.js';

export const CHENGDU: CityCode = '510100';
export const DEYANG: CityCode = '510600';
export const MEISHAN: CityCode = '511400';
export const ZIYANG: CityCode = '512000';

export function option(value: string, label: string, labelEn: string) {
  return { value, label, labelEn };
}

/** 居民身份证 of the applicant; electronic ID (电子身份证照) is accepted instead of the card. */
export function idCard(overrides: Partial<SeedMaterial> = {}): SeedMaterial {
  return {
    key: 'id_card',
    name: '申请人居民身份证',
    requirement: 'required',
    form: 'original',
    copies: 1,
    replaceableBy: 'resident_id_card',
    note: '可出示电子身份证照',
    ...overrides,
  };
}

/** The two materials every item asks for when someone applies on another person's behalf. */
export function proxyMaterials(condition = '委托他人办理的'): SeedMaterial[] {
  return [
    {
      key: 'power_of_attorney',
      name: '授权委托书',
      requirement: 'conditional',
      condition,
      form: 'original',
      copies: 1,
      note: '须由委托人本人签名',
    },
    {
      key: 'agent_id_card',
      name: '受托人居民身份证',
      requirement: 'conditional',
      condition,
      form: 'original',
      copies: 1,
      replaceableBy: 'resident_id_card',
    },
  ];
}

/** 营业执照 of the applying unit; the electronic business licence replaces it. */
export function businessLicence(overrides: Partial<SeedMaterial> = {}): SeedMaterial {
  return {
    key: 'business_licence',
    name: '营业执照（或其他主体资格证明）',
    requirement: 'required',
    form: 'original',
    copies: 1,
    replaceableBy: 'business_license',
    note: '可使用电子营业执照；事业单位、社会组织提供相应法人登记证书',
    ...overrides,
  };
}

/** What a unit's clerk (经办人) brings: own ID card and the unit's letter of authorisation. */
export function unitHandlerMaterials(): SeedMaterial[] {
  return [
    {
      key: 'handler_id_card',
      name: '经办人居民身份证',
      requirement: 'required',
      form: 'original',
      copies: 1,
      replaceableBy: 'resident_id_card',
    },
    {
      key: 'unit_authorisation',
      name: '单位授权委托书（加盖单位公章）',
      requirement: 'conditional',
      condition: '非法定代表人本人到窗口办理的；使用电子营业执照登录线上办理的无需提供',
      form: 'original',
      copies: 1,
    },
  ];
}

export const phoneField: SeedFormField = {
  key: 'contactPhone',
  label: '联系电话',
  labelEn: 'Contact telephone',
  type: 'text',
  required: true,
  maxLength: 20,
};

export const creditCodeField: SeedFormField = {
  key: 'creditCode',
  label: '统一社会信用代码',
  labelEn: 'Unified social credit code',
  type: 'text',
  required: true,
  maxLength: 18,
};

export const unitNameField: SeedFormField = {
  key: 'unitName',
  label: '单位名称',
  labelEn: 'Name of the unit',
  type: 'text',
  required: true,
  maxLength: 100,
};

export const HOTLINE_12345 = '政务服务便民热线 12345';

export const consultation = {
  gjj: '住房公积金服务热线 12329；政务服务便民热线 12345',
  rsj: '人力资源社会保障服务热线 12333；政务服务便民热线 12345',
  ybj: '医疗保障服务热线 12393；政务服务便民热线 12345',
  gaj: '政务服务便民热线 12345；户籍所在地或居住地公安派出所户政窗口',
  traffic: '公安交通管理服务热线 12123；政务服务便民热线 12345',
  scjgj: '市场监管热线 12315；政务服务便民热线 12345',
  mzj: '政务服务便民热线 12345；各县（市、区）婚姻登记处、民政服务窗口',
  zrzyj: '政务服务便民热线 12345；各市不动产登记中心服务窗口',
  wjw: '卫生健康服务热线 12320；政务服务便民热线 12345',
  jyj: '政务服务便民热线 12345；各县（市、区）教育局招生咨询电话（每年招生公告公布）',
  zjj: '政务服务便民热线 12345；各市住房和城乡建设局政务服务窗口',
  swj: '纳税缴费服务热线 12366；政务服务便民热线 12345',
} as const;

export const complaint = {
  general: '12345 政务服务便民热线；四川政务服务网（天府通办）“好差评”及投诉建议；各市政务服务中心投诉窗口',
  gaj: '公安机关监督举报电话 12389；12345 政务服务便民热线；天府通办“好差评”',
  scjgj: '12315 市场监管投诉举报热线；12345 政务服务便民热线；天府通办“好差评”',
  swj: '12366 纳税缴费服务热线；12345 政务服务便民热线；电子税务局“好差评”',
} as const;
