/**
 * The Chinese words a city office writes in the workbook for each coded value, and the
 * separators of cells that hold several values. Import, export and the template read them
 * from here, so a value written by the export is always one the import accepts.
 */

/** A two-way table between stored codes and the words shown in the workbook. */
export interface Vocabulary<Code extends string = string> {
  /** Code → the word the export writes. */
  labels: Record<Code, string>;
  /** Further words the import accepts for a code (common variants, and the code itself). */
  aliases?: Partial<Record<Code, string[]>>;
}

export function labelOf<Code extends string>(vocabulary: Vocabulary<Code>, code: Code): string {
  return vocabulary.labels[code];
}

/** The code for a word, or undefined; the stored code itself is accepted too. */
export function codeOf<Code extends string>(vocabulary: Vocabulary<Code>, word: string): Code | undefined {
  for (const [code, label] of Object.entries(vocabulary.labels) as [Code, string][]) {
    if (label === word || code === word || vocabulary.aliases?.[code]?.includes(word)) return code;
  }
  return undefined;
}

export function labelsOf(vocabulary: Vocabulary): string[] {
  return Object.values(vocabulary.labels);
}

export const itemTypeWords: Vocabulary<
  | 'administrative_license'
  | 'administrative_confirmation'
  | 'administrative_payment'
  | 'administrative_filing'
  | 'public_service'
  | 'other'
> = {
  labels: {
    administrative_license: '行政许可',
    administrative_confirmation: '行政确认',
    administrative_payment: '行政给付',
    administrative_filing: '行政备案',
    public_service: '公共服务',
    other: '其他',
  },
  aliases: { other: ['其他行政权力'] },
};

export const subjectWords: Vocabulary<'individual' | 'legal_person' | 'both'> = {
  labels: { individual: '个人', legal_person: '法人', both: '个人和法人' },
  aliases: { individual: ['自然人'], both: ['自然人、法人', '个人、法人'] },
};

export const modeWords: Vocabulary<'fully_online' | 'off_site_window' | 'multi_site' | 'instant'> = {
  labels: {
    fully_online: '全程网办',
    off_site_window: '异地代收代办',
    multi_site: '多地联办',
    instant: '即办',
  },
  aliases: { off_site_window: ['异地窗口代收代办'] },
};

/** The 一件事 themes (see seed-item.ts LifeEvent). */
export const lifeEventWords: Vocabulary<
  | 'birth'
  | 'education'
  | 'employment'
  | 'housing'
  | 'moving'
  | 'medical'
  | 'social_security'
  | 'retirement'
  | 'travel_and_vehicles'
  | 'marriage_and_family'
  | 'starting_a_business'
  | 'running_a_business'
  | 'property'
  | 'identity_documents'
> = {
  labels: {
    birth: '出生',
    education: '教育',
    employment: '就业创业',
    housing: '住房',
    moving: '迁居',
    medical: '就医',
    social_security: '社会保障',
    retirement: '退休养老',
    travel_and_vehicles: '出行',
    marriage_and_family: '婚育',
    starting_a_business: '开办企业',
    running_a_business: '经营',
    property: '不动产',
    identity_documents: '证件',
  },
};

export const requirementWords: Vocabulary<'required' | 'conditional' | 'optional'> = {
  labels: { required: '必需', conditional: '容缺条件', optional: '可选' },
  aliases: { required: ['必要', '必须'], conditional: ['条件', '特定情形下提交'], optional: ['非必要'] },
};

export const materialFormWords: Vocabulary<'original' | 'copy' | 'original_and_copy' | 'electronic'> = {
  labels: { original: '原件', copy: '复印件', original_and_copy: '原件及复印件', electronic: '电子' },
  aliases: { original_and_copy: ['原件和复印件'], electronic: ['电子件', '电子材料'] },
};

export const fieldTypeWords: Vocabulary<'text' | 'textarea' | 'select' | 'date' | 'number' | 'city'> = {
  labels: {
    text: '文本',
    textarea: '多行文本',
    select: '选择',
    date: '日期',
    number: '数字',
    city: '城市',
  },
  aliases: { select: ['下拉选择', '单选'] },
};

export const deliveryWords: Vocabulary<'online' | 'post' | 'window'> = {
  labels: { online: '在线', post: '邮寄', window: '窗口领取' },
  aliases: { online: ['网上送达', '在线送达'], post: ['邮寄送达'] },
};

export const yesNoWords: Vocabulary<'yes' | 'no'> = {
  labels: { yes: '是', no: '否' },
  aliases: { yes: ['Y', 'y', 'TRUE', 'true'], no: ['N', 'n', 'FALSE', 'false'] },
};

/**
 * Electronic certificate types (电子证照) and result types known to the platform, by their
 * Chinese names. A type not listed here is written and read as its code, so nothing is lost.
 */
export const certificateWords: Vocabulary = {
  labels: {
    decision_letter: '办理结果告知书',
    resident_id_card: '居民身份证',
    household_register: '居民户口簿',
    residence_permit: '居住证',
    business_license: '营业执照',
    marriage_certificate: '结婚证',
    real_estate_certificate: '不动产权证书',
    real_estate_record: '不动产登记证明',
    social_security_card: '社会保障卡',
    insurance_certificate: '社会保险参保证明',
    driving_licence: '机动车驾驶证',
    vehicle_licence: '机动车行驶证',
    vehicle_inspection_mark: '机动车检验合格标志',
    construction_planning_permit: '建设工程规划许可证',
    construction_permit: '建筑工程施工许可证',
    birth_medical_certificate: '出生医学证明',
    birth_service_registration: '生育服务登记凭证',
    employment_certificate: '就业创业证',
    food_business_licence: '食品经营许可证',
    labour_dispatch_licence: '劳务派遣经营许可证',
    senior_citizen_card: '老年人优待证',
    special_equipment_certificate: '特种设备使用登记证',
    tax_record: '纳税记录',
  },
};

/** The Chinese name of a certificate type, or the code when the platform does not know it. */
export function certificateLabel(code: string): string {
  return certificateWords.labels[code] ?? code;
}

/** The code of a certificate type written by name or by code; unknown names pass through as codes. */
export function certificateCode(word: string): string {
  return codeOf(certificateWords, word) ?? word;
}

/** Cells holding several short values (办理方式, 主题, 关键词, 送达方式, 异地受理城市). */
export const LIST_SEPARATOR = '、';
const listSeparators = /[、,，;；\n]+/;

export function splitList(text: string): string[] {
  return text
    .split(listSeparators)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Cells holding one entry per line (受理条件, 办理流程, 常见问题, 选项). */
export function splitLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Separates the parts of one line: full-width vertical bar, which ordinary Chinese text does not use. */
export const PART_SEPARATOR = '｜';

export function formatFaq({ q, a }: { q: string; a: string }): string {
  return `问：${q}${PART_SEPARATOR}答：${a}`;
}

/** 「问：…｜答：…」; the first 「｜答：」 ends the question, so an answer may itself contain ｜. */
export function parseFaq(line: string): { q: string; a: string } | undefined {
  const match = /^问[:：]\s*(.+?)\s*[｜|]\s*答[:：]\s*(.+)$/s.exec(line);
  return match?.[1] && match[2] ? { q: match[1], a: match[2].trim() } : undefined;
}

export function formatOption(o: { value: string; label: string; labelEn: string }): string {
  return [o.value, o.label, o.labelEn].join(PART_SEPARATOR);
}

/** 「value｜中文｜English」; the English label may itself contain bars. */
export function parseOption(line: string): { value: string; label: string; labelEn: string } | undefined {
  const match = /^([^｜|]+)[｜|]([^｜|]+)[｜|](.+)$/s.exec(line);
  const [value, label, labelEn] = [match?.[1]?.trim(), match?.[2]?.trim(), match?.[3]?.trim()];
  return value && label && labelEn ? { value, label, labelEn } : undefined;
}
