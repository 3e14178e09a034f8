import { createErrorFactory } from '../../platform/http/errors.js';
import { registerMessages } from '../../platform/http/i18n.js';

/** Problems of the staff side: worklists, transfer (转办) and bulk actions. */
export const caseStaffErrors = {
  transferTargetInvalid: createErrorFactory({
    code: 'cases.transfer_target_invalid',
    status: 422,
    message: {
      'zh-CN': '所选部门不是该事项的实施主体，不能转办给它',
      en: 'The chosen department does not handle this item, so the case cannot be transferred to it',
    },
  }),
  cursorInvalid: createErrorFactory({
    code: 'cases.cursor_invalid',
    status: 400,
    message: {
      'zh-CN': '分页位置无效，请从第一页重新加载',
      en: 'The page position is not valid; load the list again from the first page',
    },
  }),
};

registerMessages({
  'cases.transfer_target_required': { 'zh-CN': '请选择转办的部门', en: 'Choose the department' },
  'cases.bulk_too_many': {
    'zh-CN': '一次最多批量处理 50 件',
    en: 'At most 50 cases can be handled at once',
  },
  'cases.bulk_duplicate': { 'zh-CN': '同一办件不能重复选择', en: 'Each case may be chosen only once' },
});
