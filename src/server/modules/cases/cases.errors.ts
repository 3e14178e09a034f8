import { createErrorFactory } from '../../platform/http/errors.js';
import { registerMessages } from '../../platform/http/i18n.js';

export const casesErrors = {
  notFound: createErrorFactory({
    code: 'cases.not_found',
    status: 404,
    message: { 'zh-CN': '未找到该办件', en: 'No such case' },
  }),
  itemNotAvailable: createErrorFactory({
    code: 'cases.item_not_available',
    status: 404,
    message: {
      'zh-CN': '该事项在所选城市暂不可申请',
      en: 'This service cannot be applied for in the chosen city',
    },
  }),
  subjectMismatch: createErrorFactory({
    code: 'cases.subject_mismatch',
    status: 403,
    message: {
      'zh-CN': '该事项的申请人类型与您的账户不符',
      en: 'This service is not for your kind of account',
    },
  }),
  onlyApplicants: createErrorFactory({
    code: 'cases.only_applicants',
    status: 403,
    message: {
      'zh-CN': '请使用个人或企业账户申请',
      en: 'Apply with a personal or enterprise account',
    },
  }),
  transitionNotAllowed: createErrorFactory({
    code: 'cases.transition_not_allowed',
    status: 409,
    message: {
      'zh-CN': '该办件当前状态下不能执行此操作',
      en: 'This action is not possible in the case’s current state',
    },
  }),
  onlyWindowClerks: createErrorFactory({
    code: 'cases.only_window_clerks',
    status: 403,
    message: {
      'zh-CN': '仅政务服务中心窗口人员可代收申请',
      en: 'Only window clerks of a service hall receive applications on someone’s behalf',
    },
  }),
  windowNotAllowed: createErrorFactory({
    code: 'cases.window_not_allowed',
    status: 422,
    message: {
      'zh-CN': '本窗口不能代收该市此事项',
      en: 'This window may not receive applications for this item of that city',
    },
  }),
  applicantAccountNotFound: createErrorFactory({
    code: 'cases.applicant_account_not_found',
    status: 400,
    message: {
      'zh-CN': '未找到与该身份证号和姓名相符的个人账户。请先协助申请人注册同城个人账户，再代收申请',
      en: 'No personal account matches this ID number and name. Help the applicant register first, then file',
    },
  }),
  formInvalid: createErrorFactory({
    code: 'cases.form_invalid',
    status: 400,
    message: { 'zh-CN': '申请表填写有误，请按提示修改', en: 'Some answers on the form need correcting' },
  }),
};

registerMessages({
  'cases.consent_required': {
    'zh-CN': '须记录申请人同意由窗口代为提交',
    en: 'Record that the applicant consents to the window filing for them',
  },
  'cases.identity_check_required': {
    'zh-CN': '请先核验申请人身份证件',
    en: 'Check the applicant’s identity document first',
  },
  'cases.materials_check_required': {
    'zh-CN': '请先核对并扫描申请材料',
    en: 'Check and scan the materials first',
  },
  'cases.reason_required': {
    'zh-CN': '请填写理由（至少 4 个字），申请人将看到它',
    en: 'Give the reason (at least 4 characters); the applicant will see it',
  },
  'cases.city_code_invalid': { 'zh-CN': '请选择办理城市', en: 'Choose the city' },
  'cases.supplement_items_required': {
    'zh-CN': '请一次性列明需要补正的全部材料及要求',
    en: 'List everything the applicant must supply, all at once',
  },
  'cases.delivery_method_required': { 'zh-CN': '请选择送达方式', en: 'Choose how the result is delivered' },
  'cases.tracking_number_required': {
    'zh-CN': '邮寄送达须填写快递单号',
    en: 'Delivery by post needs the tracking number',
  },
  'cases.tracking_number_invalid': {
    'zh-CN': '快递单号应为 6 至 40 位字母、数字或连字符',
    en: 'A tracking number is 6 to 40 letters, digits or hyphens',
  },
});
