import { createErrorFactory } from '../../platform/http/errors.js';
import { registerMessages } from '../../platform/http/i18n.js';

export const calendarErrors = {
  yearNotFound: createErrorFactory({
    code: 'calendar.year_not_found',
    status: 404,
    message: {
      'zh-CN': '工作日历尚未收录该年度的节假日安排',
      en: 'The calendar does not yet hold that year’s official arrangement',
    },
  }),
  arrangementInvalid: createErrorFactory({
    code: 'calendar.arrangement_invalid',
    status: 400,
    message: { 'zh-CN': '节假日安排有误，请按提示修改', en: 'The arrangement needs correcting' },
  }),
};

registerMessages({
  'calendar.date_invalid': {
    'zh-CN': '请输入有效日期（年-月-日）',
    en: 'Enter a valid date (year-month-day)',
  },
  'calendar.date_outside_year': { 'zh-CN': '日期不在该年度内', en: 'This date is not in that year' },
  'calendar.date_duplicate': { 'zh-CN': '该日期重复出现', en: 'This date is listed twice' },
  'calendar.makeup_not_weekend': {
    'zh-CN': '调休上班日只能是星期六或星期日',
    en: 'A make-up working day must be a Saturday or Sunday',
  },
});
