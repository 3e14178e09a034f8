import { createErrorFactory } from '../../platform/http/errors.js';
import { registerMessages } from '../../platform/http/i18n.js';

export const catalogErrors = {
  itemNotFound: createErrorFactory({
    code: 'catalog.item_not_found',
    status: 404,
    message: { 'zh-CN': '未找到该事项', en: 'No such service item' },
  }),
  implementationInvalid: createErrorFactory({
    code: 'catalog.implementation_invalid',
    status: 400,
    message: { 'zh-CN': '实施清单有误，请按提示修改', en: 'The implementation needs correcting' },
  }),
  noDraft: createErrorFactory({
    code: 'catalog.no_draft',
    status: 404,
    message: { 'zh-CN': '该城市没有此事项的草稿', en: 'There is no draft of this item for the city' },
  }),
};

registerMessages({
  'catalog.department_invalid': {
    'zh-CN': '实施主体须为本市的职能部门',
    en: 'The competent department must be one of the city’s departments',
  },
});

registerMessages({
  'catalog.field_required': { 'zh-CN': '此项为必填项', en: 'This field is required' },
  'catalog.field_too_long': { 'zh-CN': '内容过长', en: 'This is too long' },
  'catalog.field_number_invalid': { 'zh-CN': '请输入数字', en: 'Enter a number' },
  'catalog.field_date_invalid': {
    'zh-CN': '请输入有效日期（年-月-日）',
    en: 'Enter a valid date (year-month-day)',
  },
  'catalog.field_option_invalid': { 'zh-CN': '请从列表中选择', en: 'Choose one of the options' },
});

registerMessages({
  'catalog.promised_exceeds_statutory': {
    'zh-CN': '承诺时限不能超过法定时限',
    en: 'The promised limit cannot exceed the statutory limit',
  },
  'catalog.instant_needs_zero_days': {
    'zh-CN': '即办事项的承诺时限应为 0 个工作日',
    en: 'An item decided at once has a promised limit of 0 working days',
  },
  'catalog.fee_invalid': {
    'zh-CN': '收费金额格式不正确（元，最多两位小数）',
    en: 'Enter the fee in yuan, at most two decimals',
  },
  'catalog.key_invalid': {
    'zh-CN': '标识只能使用英文字母、数字，以小写字母开头',
    en: 'Keys use letters and digits and start with a lower-case letter',
  },
  'catalog.key_duplicate': { 'zh-CN': '标识重复', en: 'This key is used twice' },
  'catalog.condition_required': {
    'zh-CN': '容缺或条件性材料须写明适用情形',
    en: 'Say when a conditional material is needed',
  },
  'catalog.options_required': { 'zh-CN': '下拉选择字段须至少有一个选项', en: 'A choice field needs options' },
  'catalog.options_only_for_select': {
    'zh-CN': '只有下拉选择字段可以设置选项',
    en: 'Only choice fields have options',
  },
  'catalog.off_site_city_invalid': {
    'zh-CN': '异地受理城市须为都市圈内的其他城市',
    en: 'Off-site cities must be other cities of the area',
  },
  'catalog.delivery_required': {
    'zh-CN': '至少选择一种结果送达方式',
    en: 'Choose at least one delivery option',
  },
});
