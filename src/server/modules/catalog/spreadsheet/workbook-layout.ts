/**
 * The documented column layout of the catalogue workbook (实施清单), shared by the import, the
 * export and the template, and described for city offices in docs/catalog-spreadsheet.md.
 * Columns are found by their header, so offices may reorder them or add their own.
 */
import {
  deliveryWords,
  fieldTypeWords,
  itemTypeWords,
  labelsOf,
  lifeEventWords,
  materialFormWords,
  modeWords,
  requirementWords,
  subjectWords,
  yesNoWords,
} from './workbook-vocabulary.js';

export interface ColumnSpec<Key extends string = string> {
  key: Key;
  header: string;
  /** The cell must be filled on every data row (see the help for exceptions). */
  required: boolean;
  /** What the column holds, for the 填写说明 sheet. */
  help: string;
  /** The value of the example row in the 填写说明 sheet. */
  example: string | number;
  width: number;
  /** Holds several lines: wrap the text so they show. */
  wrap?: boolean;
  /** Stored as text so Excel keeps codes' leading zeros. */
  text?: boolean;
  /** Offered as a dropdown; 'cities' means the metro area's city names. */
  choices?: readonly string[] | 'cities';
}

export interface SheetSpec<Key extends string = string> {
  name: string;
  /** One line on what a row of the sheet is. */
  purpose: string;
  columns: readonly ColumnSpec<Key>[];
}

const codeColumn = {
  key: 'code',
  header: '事项编码',
  required: true,
  help: '事项的基本编码（与省级事项目录一致），请设为文本格式以保留开头的 0',
  example: '000125008000',
  width: 16,
  text: true,
} as const;

const cityColumn = {
  key: 'city',
  header: '城市',
  required: true,
  help: '成都市、德阳市、眉山市、资阳市，或 6 位行政区划代码（如 510100）',
  example: '成都市',
  width: 10,
  choices: 'cities',
} as const;

export const itemSheet: SheetSpec<
  | 'code'
  | 'name'
  | 'nameEn'
  | 'type'
  | 'subject'
  | 'legalBasis'
  | 'modes'
  | 'lifeEvents'
  | 'keywords'
  | 'summary'
  | 'summaryEn'
  | 'resultType'
  | 'conditions'
  | 'steps'
  | 'faq'
  | 'consultation'
  | 'complaint'
  | 'city'
  | 'department'
  | 'statutoryDays'
  | 'promisedDays'
  | 'fee'
  | 'instant'
  | 'delivery'
  | 'offSiteCities'
> = {
  name: '事项实施清单',
  purpose: '每个事项在每个城市一行；事项本身的列（事项编码至投诉渠道）在同一事项的各城市行上须完全一致',
  columns: [
    codeColumn,
    {
      key: 'name',
      header: '事项名称',
      required: true,
      help: '事项的规范名称',
      example: '住房公积金异地转移接续',
      width: 28,
    },
    {
      key: 'nameEn',
      header: '英文名称',
      required: false,
      help: '英文名称，供英文页面显示',
      example: 'Cross-city transfer of a housing provident fund account',
      width: 30,
    },
    {
      key: 'type',
      header: '事项类型',
      required: true,
      help: `${labelsOf(itemTypeWords).join('、')} 之一`,
      example: '公共服务',
      width: 10,
      choices: labelsOf(itemTypeWords),
    },
    {
      key: 'subject',
      header: '服务对象',
      required: true,
      help: `${labelsOf(subjectWords).join('、')} 之一`,
      example: '个人',
      width: 10,
      choices: labelsOf(subjectWords),
    },
    {
      key: 'legalBasis',
      header: '设定依据',
      required: true,
      help: '法律、法规、规章或规范性文件',
      example: '《住房公积金管理条例》',
      width: 30,
      wrap: true,
    },
    {
      key: 'modes',
      header: '办理方式',
      required: false,
      help: `可多选，用顿号「、」分隔：${labelsOf(modeWords).join('、')}`,
      example: '全程网办、异地代收代办、多地联办',
      width: 22,
    },
    {
      key: 'lifeEvents',
      header: '主题',
      required: false,
      help: `“一件事”主题，可多选，用「、」分隔：${labelsOf(lifeEventWords).join('、')}`,
      example: '就业创业、迁居、住房',
      width: 18,
    },
    {
      key: 'keywords',
      header: '关键词',
      required: false,
      help: '群众搜索时常用的词，用「、」分隔',
      example: '公积金、公积金转移、换工作',
      width: 20,
    },
    {
      key: 'summary',
      header: '事项简介',
      required: true,
      help: '一两句话说明事项办什么、谁可以办',
      example: '职工在成德眉资四市之间变更工作单位后，由转入地中心将原账户余额转入新账户。',
      width: 40,
      wrap: true,
    },
    {
      key: 'summaryEn',
      header: '英文简介',
      required: false,
      help: '事项简介的英文',
      example: 'A worker who changes employer asks the new city’s fund centre to pull the balance across.',
      width: 40,
      wrap: true,
    },
    {
      key: 'resultType',
      header: '办理结果',
      required: true,
      help: '办理结果的证照或文书名称，如 办理结果告知书、营业执照；平台未收录的证照可填其代码',
      example: '办理结果告知书',
      width: 16,
    },
    {
      key: 'conditions',
      header: '受理条件',
      required: false,
      help: '每条一行（单元格内换行：Alt+Enter）',
      example: '已在转入地建立住房公积金个人账户并正常缴存；\n原缴存地账户已封存。',
      width: 40,
      wrap: true,
    },
    {
      key: 'steps',
      header: '办理流程',
      required: false,
      help: '每个环节一行',
      example:
        '申请：线上或在四市任一跨市通办窗口申请；\n受理：转入地中心核对后受理；\n办结：确认入账并通知申请人。',
      width: 40,
      wrap: true,
    },
    {
      key: 'faq',
      header: '常见问题',
      required: false,
      help: '每个问答一行，写作「问：……｜答：……」（｜为全角竖线）；问答内不要换行',
      example: '问：需要回原缴存城市办理吗？｜答：不需要，全程线上流转。',
      width: 40,
      wrap: true,
    },
    {
      key: 'consultation',
      header: '咨询方式',
      required: false,
      help: '咨询电话或窗口',
      example: '住房公积金服务热线 12329；政务服务便民热线 12345',
      width: 28,
      wrap: true,
    },
    {
      key: 'complaint',
      header: '投诉渠道',
      required: false,
      help: '监督投诉渠道',
      example: '12345 政务服务便民热线',
      width: 28,
      wrap: true,
    },
    {
      ...cityColumn,
      help: `${cityColumn.help}。只登记事项、暂无城市实施时，城市及其后各列留空`,
    },
    {
      key: 'department',
      header: '实施主体',
      required: true,
      help: '该市作出决定的职能部门全称，须与平台机构名录一致（见本表下方名录）',
      example: '成都住房公积金管理中心',
      width: 26,
    },
    {
      key: 'statutoryDays',
      header: '法定时限（工作日）',
      required: true,
      help: '0 至 365 的整数',
      example: 15,
      width: 12,
    },
    {
      key: 'promisedDays',
      header: '承诺时限（工作日）',
      required: true,
      help: '0 至 365 的整数，不得超过法定时限；即办事项填 0',
      example: 3,
      width: 12,
    },
    {
      key: 'fee',
      header: '收费（元）',
      required: false,
      help: '金额（元），最多两位小数；不收费填 0 或留空',
      example: 0,
      width: 10,
    },
    {
      key: 'instant',
      header: '即办',
      required: false,
      help: '是 或 否（留空视为否）；即办事项提交后当场办结',
      example: '否',
      width: 8,
      choices: labelsOf(yesNoWords),
    },
    {
      key: 'delivery',
      header: '送达方式',
      required: true,
      help: `可多选，用「、」分隔：${labelsOf(deliveryWords).join('、')}`,
      example: '在线',
      width: 16,
    },
    {
      key: 'offSiteCities',
      header: '异地受理城市',
      required: false,
      help: '可代收本市该事项的其他城市，用「、」分隔；不含本市',
      example: '德阳市、眉山市、资阳市',
      width: 22,
    },
  ],
};

export const materialSheet: SheetSpec<
  | 'code'
  | 'city'
  | 'key'
  | 'name'
  | 'requirement'
  | 'condition'
  | 'form'
  | 'copies'
  | 'replaceableBy'
  | 'note'
> = {
  name: '申请材料',
  purpose: '某事项在某市的每项申请材料一行；同一事项同一城市各行的先后顺序即向申请人展示的顺序',
  columns: [
    codeColumn,
    cityColumn,
    {
      key: 'key',
      header: '材料标识',
      required: true,
      help: '同一事项同一城市内唯一的英文标识，小写字母开头，可含字母、数字、下划线，如 id_card',
      example: 'id_card',
      width: 18,
    },
    {
      key: 'name',
      header: '材料名称',
      required: true,
      help: '材料名称，最多 100 字',
      example: '申请人居民身份证',
      width: 26,
    },
    {
      key: 'requirement',
      header: '要求',
      required: true,
      help: `${labelsOf(requirementWords).join('、')} 之一；容缺条件须填写适用情形`,
      example: '必需',
      width: 10,
      choices: labelsOf(requirementWords),
    },
    {
      key: 'condition',
      header: '适用情形',
      required: false,
      help: '何种情形下需要提交，如 委托他人办理的',
      example: '',
      width: 24,
      wrap: true,
    },
    {
      key: 'form',
      header: '形式',
      required: true,
      help: `${labelsOf(materialFormWords).join('、')} 之一`,
      example: '原件',
      width: 12,
      choices: labelsOf(materialFormWords),
    },
    {
      key: 'copies',
      header: '份数',
      required: true,
      help: '0 至 20 的整数',
      example: 1,
      width: 8,
    },
    {
      key: 'replaceableBy',
      header: '可替代电子证照',
      required: false,
      help: '可代替本材料的电子证照，如 居民身份证、营业执照；无则留空',
      example: '居民身份证',
      width: 16,
    },
    {
      key: 'note',
      header: '备注',
      required: false,
      help: '给申请人的提示，最多 200 字',
      example: '可出示电子身份证照',
      width: 24,
      wrap: true,
    },
  ],
};

export const fieldSheet: SheetSpec<
  'code' | 'city' | 'key' | 'label' | 'labelEn' | 'type' | 'required' | 'maxLength' | 'options' | 'help'
> = {
  name: '表单字段',
  purpose: '某事项在某市申请表的每个字段一行；同一事项同一城市各行的先后顺序即表单中的顺序',
  columns: [
    codeColumn,
    cityColumn,
    {
      key: 'key',
      header: '字段标识',
      required: true,
      help: '同一事项同一城市内唯一的英文标识，小写字母开头，只含字母和数字，如 originCity',
      example: 'reason',
      width: 16,
    },
    {
      key: 'label',
      header: '字段名称',
      required: true,
      help: '表单上显示的名称，最多 60 字',
      example: '转移原因',
      width: 18,
    },
    {
      key: 'labelEn',
      header: '英文名称',
      required: true,
      help: '字段名称的英文',
      example: 'Reason for the transfer',
      width: 22,
    },
    {
      key: 'type',
      header: '类型',
      required: true,
      help: `${labelsOf(fieldTypeWords).join('、')} 之一`,
      example: '选择',
      width: 10,
      choices: labelsOf(fieldTypeWords),
    },
    {
      key: 'required',
      header: '必填',
      required: true,
      help: '是 或 否',
      example: '是',
      width: 8,
      choices: labelsOf(yesNoWords),
    },
    {
      key: 'maxLength',
      header: '最大长度',
      required: false,
      help: '文本最多可填的字数，1 至 2000 的整数；不限可留空',
      example: '',
      width: 10,
    },
    {
      key: 'options',
      header: '选项',
      required: false,
      help: '仅“选择”类型填写且必须填写：每个选项一行，写作「值｜中文｜English」',
      example: 'job_change｜工作调动｜Change of employer\nother｜其他｜Other',
      width: 36,
      wrap: true,
    },
    {
      key: 'help',
      header: '填写说明',
      required: false,
      help: '显示在字段下方的提示，最多 200 字',
      example: '',
      width: 24,
      wrap: true,
    },
  ],
};

export const catalogSheets = [itemSheet, materialSheet, fieldSheet] as const;

/** The sheet of the template that explains every column. */
export const GUIDE_SHEET_NAME = '填写说明';

/** Excel's letters for a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Headers compared as offices type them: spaces dropped, half-width parentheses made full-width. */
export function normaliseHeader(text: string): string {
  return text.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}
