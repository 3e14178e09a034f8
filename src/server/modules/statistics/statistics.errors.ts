import { createErrorFactory, registerFieldMessages } from '../../platform/http/errors.js';

export const statisticsErrors = {
  queryInvalid: createErrorFactory({
    code: 'statistics.query_invalid',
    status: 400,
    message: { 'zh-CN': '统计条件有误，请按提示修改', en: 'The statistics query is not valid' },
  }),
  departmentsOnlyForSupervisors: createErrorFactory({
    code: 'statistics.departments_forbidden',
    status: 403,
    message: {
      'zh-CN': '仅同城化办公室和市级管理员可查看部门统计，市级管理员仅可查看本市',
      en: 'Department figures are for the coordination office and city administrators (their own city)',
    },
  }),
};

registerFieldMessages({
  'statistics.month_invalid': { 'zh-CN': '月份格式应为 YYYY-MM', en: 'Give the month as YYYY-MM' },
  'statistics.city_invalid': { 'zh-CN': '城市代码应为 6 位数字', en: 'A city code has 6 digits' },
  'statistics.city_unknown': {
    'zh-CN': '该城市不在成德眉资同城化范围内',
    en: 'This city is not one of the metro area’s cities',
  },
  'statistics.period_reversed': {
    'zh-CN': '结束月份不能早于开始月份',
    en: 'The last month cannot come before the first',
  },
  'statistics.period_too_long': {
    'zh-CN': '统计期间最长 60 个月',
    en: 'A period covers at most 60 months',
  },
});
