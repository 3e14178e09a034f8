import { createErrorFactory } from '../../platform/http/errors.js';
import { registerMessages } from '../../platform/http/i18n.js';

export const evaluationsErrors = {
  caseNotFound: createErrorFactory({
    code: 'evaluations.case_not_found',
    status: 404,
    message: { 'zh-CN': '未找到该办件', en: 'No such case' },
  }),
  notFound: createErrorFactory({
    code: 'evaluations.not_found',
    status: 404,
    message: { 'zh-CN': '未找到该评价', en: 'No such rating' },
  }),
  taskNotFound: createErrorFactory({
    code: 'evaluations.task_not_found',
    status: 404,
    message: { 'zh-CN': '未找到该整改任务', en: 'No such rectification task' },
  }),
  hallNotFound: createErrorFactory({
    code: 'evaluations.hall_not_found',
    status: 404,
    message: { 'zh-CN': '未找到该政务服务大厅', en: 'No such service hall' },
  }),
  onlyRaters: createErrorFactory({
    code: 'evaluations.only_raters',
    status: 403,
    message: {
      'zh-CN': '请使用办事人本人的个人或企业账户评价',
      en: 'Ratings are given by the person served, with their personal or enterprise account',
    },
  }),
  notYourCase: createErrorFactory({
    code: 'evaluations.not_your_case',
    status: 403,
    message: {
      'zh-CN': '只有申请人本人可以评价该办件',
      en: 'Only the applicant may rate this case',
    },
  }),
  caseNotClosed: createErrorFactory({
    code: 'evaluations.case_not_closed',
    status: 409,
    message: {
      'zh-CN': '办件办结后才能评价',
      en: 'A case can be rated once it is closed',
    },
  }),
  alreadyRated: createErrorFactory({
    code: 'evaluations.already_rated',
    status: 409,
    message: {
      'zh-CN': '您已评价过本次服务，每项服务只能评价一次',
      en: 'You have already rated this service; each service is rated once',
    },
  }),
  visitDateInvalid: createErrorFactory({
    code: 'evaluations.visit_date_out_of_range',
    status: 400,
    message: {
      'zh-CN': '办事日期须为近 30 天内，且不晚于今天',
      en: 'The visit must be within the last 30 days and not in the future',
    },
  }),
  actionNotAllowed: createErrorFactory({
    code: 'evaluations.action_not_allowed',
    status: 409,
    message: {
      'zh-CN': '该整改任务当前状态下不能执行此操作',
      en: 'This action is not possible in the task’s current state',
    },
  }),
  callbackTimeInvalid: createErrorFactory({
    code: 'evaluations.callback_time_invalid',
    status: 400,
    message: {
      'zh-CN': '回访时间须在差评提交之后，且不晚于现在',
      en: 'The call-back must be after the rating and not in the future',
    },
  }),
};

registerMessages({
  'evaluations.grade_required': { 'zh-CN': '请选择评价等级', en: 'Choose a grade' },
  'evaluations.indicator_required': {
    'zh-CN': '请为每项指标选择 1 至 5 分',
    en: 'Give each indicator a score from 1 to 5',
  },
  'evaluations.subject_required': {
    'zh-CN': '请指明评价的办件或窗口服务（二者选一）',
    en: 'Name either the case or the window visit you rate, not both',
  },
  'evaluations.comment_required': {
    'zh-CN': '选择“不满意”或“非常不满意”时，请写明原因（至少 5 个字），以便部门核实整改',
    en: 'For a “dissatisfied” rating, say what went wrong (at least 5 characters) so the department can put it right',
  },
  'evaluations.window_invalid': {
    'zh-CN': '请填写窗口编号，如 A01',
    en: 'Enter the window number, e.g. A01',
  },
  'evaluations.hall_required': { 'zh-CN': '请选择政务服务大厅', en: 'Choose the service hall' },
  'evaluations.response_too_short': {
    'zh-CN': '请写明核实情况和整改措施（至少 10 个字）',
    en: 'Describe what was verified and what was changed (at least 10 characters)',
  },
  'evaluations.called_at_invalid': { 'zh-CN': '请填写回访时间', en: 'Enter when the call-back took place' },
  'evaluations.outcome_required': {
    'zh-CN': '请填写回访情况（至少 4 个字）',
    en: 'Record what the rater said (at least 4 characters)',
  },
  'evaluations.rater_satisfied_required': {
    'zh-CN': '请选择评价人对整改是否满意',
    en: 'Record whether the rater is satisfied with the rectification',
  },
  'evaluations.appeal_reason_required': {
    'zh-CN': '请写明申诉理由和依据（至少 10 个字）',
    en: 'Give the grounds of the appeal (at least 10 characters)',
  },
  'evaluations.decision_required': {
    'zh-CN': '请选择申诉是否成立',
    en: 'Choose whether the appeal is upheld',
  },
  'evaluations.decision_reason_required': {
    'zh-CN': '请写明审核意见（至少 4 个字）',
    en: 'Give the reasons for the decision (at least 4 characters)',
  },
});
