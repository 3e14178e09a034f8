import { createErrorFactory } from '../../platform/http/errors.js';
import { registerMessages } from '../../platform/http/i18n.js';

export const catalogErrors = {
  itemNotFound: createErrorFactory({
    code: 'catalog.item_not_found',
    status: 404,
    message: { 'zh-CN': '未找到该事项', en: 'No such service item' },
  }),
};

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
