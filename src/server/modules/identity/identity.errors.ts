import { createErrorFactory, registerFieldMessages } from '../../platform/http/errors.js';
import { platformErrors } from '../../platform/http/platform-errors.js';

/** Fields of an account that must be unique, as the API names them. */
export type UniqueField = 'idNumber' | 'mobile' | 'creditCode' | 'username';

const takenCodes: Record<UniqueField, string> = {
  idNumber: 'identity.id_number_taken',
  mobile: 'identity.mobile_taken',
  creditCode: 'identity.credit_code_taken',
  username: 'identity.username_taken',
};

const alreadyRegistered = createErrorFactory({
  code: 'identity.already_registered',
  status: 409,
  message: {
    'zh-CN': '该信息已注册过账号，可直接登录；忘记密码请拨打 12345 咨询',
    en: 'An account already exists with these details; you can sign in instead',
  },
});

export const identityErrors = {
  /** 409 naming each field that is already taken, so the form can point at it. */
  alreadyRegistered: (fields: UniqueField[]) =>
    alreadyRegistered({
      fieldErrors: fields.map((field) => ({ field: `body.${field}`, code: takenCodes[field] })),
    }),
  /** 400 pointing at the role grants of a staff form that do not fit their role or the directory. */
  invalidGrants: (problems: { index: number; field: 'cityCode' | 'orgId'; code: string }[]) =>
    platformErrors.invalidRequest({
      fieldErrors: problems.map((p) => ({ field: `body.roles.${p.index}.${p.field}`, code: p.code })),
    }),
  invalidCredentials: createErrorFactory({
    code: 'identity.invalid_credentials',
    status: 401,
    message: {
      'zh-CN': '账号或密码不正确',
      en: 'The account or password is not correct',
    },
  }),
  locked: createErrorFactory({
    code: 'identity.locked',
    status: 429,
    message: {
      'zh-CN': '密码连续输错次数过多，账号已临时锁定，请 {minutes} 分钟后再试',
      en: 'Too many wrong passwords in a row; the account is locked for now. Please try again in {minutes} min',
    },
  }),
  accountDisabled: createErrorFactory({
    code: 'identity.account_disabled',
    status: 403,
    message: {
      'zh-CN': '该账号已停用，如有疑问请拨打 12345 或联系所在单位管理员',
      en: 'This account has been disabled; please call 12345 or your administrator',
    },
  }),
  accountNotFound: createErrorFactory({
    code: 'identity.account_not_found',
    status: 404,
    message: { 'zh-CN': '未找到该账号', en: 'There is no such account' },
  }),
};

/** Messages of the contract's field checks and of the server's own checks, for citizens to read. */
registerFieldMessages({
  'identity.id_number_format': {
    'zh-CN': '身份证号应为 18 位，前 17 位是数字，最后一位是数字或 X',
    en: 'An ID card number has 18 characters: 17 digits, then a digit or X',
  },
  'identity.id_number_region': {
    'zh-CN': '身份证号开头的地区代码不正确，请对照身份证核对',
    en: 'The region code at the start of the ID card number is not valid; please check it against the card',
  },
  'identity.id_number_birth_date': {
    'zh-CN': '身份证号中的出生日期（第 7 至 14 位）不正确，请核对',
    en: 'The date of birth in the ID card number (characters 7 to 14) is not valid; please check it',
  },
  'identity.id_number_checksum': {
    'zh-CN': '身份证号有误（校验位不符），请逐位核对',
    en: 'The ID card number is not valid (its check character does not match); please check each character',
  },
  'identity.credit_code_format': {
    'zh-CN': '统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V），请对照营业执照填写',
    en: 'A unified social credit code has 18 digits or capital letters (without I, O, Z, S, V); please copy it from the business licence',
  },
  'identity.credit_code_checksum': {
    'zh-CN': '统一社会信用代码有误（校验位不符），请对照营业执照逐位核对',
    en: 'The unified social credit code is not valid (its check character does not match); please check it against the business licence',
  },
  'identity.mobile_invalid': {
    'zh-CN': '请填写 11 位中国大陆手机号码',
    en: 'Please enter an 11-digit mainland China mobile number',
  },
  'identity.password_too_short': {
    'zh-CN': '密码至少需要 10 位',
    en: 'The password needs at least 10 characters',
  },
  'identity.password_too_long': {
    'zh-CN': '密码不能超过 128 位',
    en: 'The password can have at most 128 characters',
  },
  'identity.password_common': {
    'zh-CN': '这个密码太常见，很容易被猜到，请换一个',
    en: 'This password is too common and easy to guess; please choose another',
  },
  'identity.password_contains_identifier': {
    'zh-CN': '密码不能包含您的手机号、身份证号或用户名',
    en: 'The password must not contain your mobile number, ID card number or username',
  },
  'identity.name_invalid': {
    'zh-CN': '请填写 2 至 50 个字的姓名，与证件上一致',
    en: 'Please enter the name as on the ID card, 2 to 50 characters',
  },
  'identity.enterprise_name_invalid': {
    'zh-CN': '请填写 2 至 100 个字的企业名称，与营业执照上一致',
    en: 'Please enter the enterprise name as on the business licence, 2 to 100 characters',
  },
  'identity.username_invalid': {
    'zh-CN': '用户名为 3 至 64 位，以小写字母开头，只能包含小写字母、数字和 . _ -',
    en: 'A username has 3 to 64 characters, starts with a lower-case letter and uses only lower-case letters, digits and . _ -',
  },
  'identity.id_number_taken': {
    'zh-CN': '该身份证号已注册，请直接登录',
    en: 'This ID card number is already registered; please sign in',
  },
  'identity.mobile_taken': {
    'zh-CN': '该手机号已被其他账号使用',
    en: 'This mobile number is already used by another account',
  },
  'identity.credit_code_taken': {
    'zh-CN': '该统一社会信用代码已注册，请使用企业账号登录',
    en: 'This unified social credit code is already registered; please sign in with the enterprise account',
  },
  'identity.username_taken': {
    'zh-CN': '该用户名已被使用',
    en: 'This username is already taken',
  },
  'identity.grant_org_required': {
    'zh-CN': '窗口人员和审批人员必须指定所属单位',
    en: 'Window clerks and case officers must belong to an organisation',
  },
  'identity.grant_city_required': {
    'zh-CN': '该角色必须指定城市',
    en: 'This role needs a city',
  },
  'identity.grant_city_unknown': {
    'zh-CN': '没有这个城市',
    en: 'There is no such city',
  },
  'identity.grant_org_unknown': {
    'zh-CN': '没有这个单位',
    en: 'There is no such organisation',
  },
  'identity.grant_org_wrong_city': {
    'zh-CN': '该单位不属于所选城市',
    en: 'This organisation is not in the chosen city',
  },
});
