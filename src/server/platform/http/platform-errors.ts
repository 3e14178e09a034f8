import { createErrorFactory } from './errors.js';
import { registerMessages } from './i18n.js';

/** Errors of the HTTP kernel itself, shared by every module. */
export const platformErrors = {
  invalidRequest: createErrorFactory({
    code: 'request.invalid',
    status: 400,
    message: { 'zh-CN': '提交的信息有误，请按提示修改', en: 'Some of the information is not valid' },
  }),
  malformedJson: createErrorFactory({
    code: 'request.malformed_json',
    status: 400,
    message: { 'zh-CN': '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  }),
  tooLarge: createErrorFactory({
    code: 'request.too_large',
    status: 413,
    message: { 'zh-CN': '提交的内容过大', en: 'The request body is too large' },
  }),
  unsupportedMediaType: createErrorFactory({
    code: 'request.unsupported_media_type',
    status: 415,
    message: { 'zh-CN': '不支持该内容类型', en: 'This content type is not supported' },
  }),
  routeNotFound: createErrorFactory({
    code: 'request.not_found',
    status: 404,
    message: { 'zh-CN': '请求的地址不存在', en: 'There is nothing at this address' },
  }),
  badRequest: createErrorFactory({
    code: 'request.bad',
    status: 400,
    message: { 'zh-CN': '请求无法处理', en: 'The request cannot be processed' },
  }),
  rateLimited: createErrorFactory({
    code: 'request.rate_limited',
    status: 429,
    message: { 'zh-CN': '操作过于频繁，请稍后再试', en: 'Too many requests; please try again shortly' },
  }),
  authenticationRequired: createErrorFactory({
    code: 'auth.required',
    status: 401,
    message: { 'zh-CN': '请先登录', en: 'Please sign in first' },
  }),
  forbidden: createErrorFactory({
    code: 'auth.forbidden',
    status: 403,
    message: { 'zh-CN': '您没有执行此操作的权限', en: 'You are not allowed to do this' },
  }),
  csrfInvalid: createErrorFactory({
    code: 'auth.csrf_invalid',
    status: 403,
    message: {
      'zh-CN': '页面已过期，请刷新后重试',
      en: 'This page has expired; please reload and try again',
    },
  }),
  internal: createErrorFactory({
    code: 'internal',
    status: 500,
    message: {
      'zh-CN': '系统暂时无法处理，请稍后再试；如持续出现请拨打 12345',
      en: 'Something went wrong on our side; please try again later',
    },
  }),
};

registerMessages({
  'request.unrecognized_key': { 'zh-CN': '不接受此字段', en: 'This field is not accepted' },
});
