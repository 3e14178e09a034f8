import { createErrorFactory, registerFieldMessages } from '../../platform/http/errors.js';

export const oidcErrors = {
  clientNotFound: createErrorFactory({
    code: 'oidc.client_not_found',
    status: 404,
    message: { 'zh-CN': '没有找到这个接入网站', en: 'This site is not registered' },
  }),
  clientIdTaken: createErrorFactory({
    code: 'oidc.client_id_taken',
    status: 409,
    message: { 'zh-CN': '该网站标识已被使用', en: 'This client ID is already in use' },
  }),
  interactionNotFound: createErrorFactory({
    code: 'oidc.interaction_not_found',
    status: 404,
    message: {
      'zh-CN': '登录请求已过期或不属于本浏览器，请回到原网站重新点击登录',
      en: 'This sign-in request has expired or belongs to another browser; go back to the site and sign in again',
    },
  }),
  interactionStep: createErrorFactory({
    code: 'oidc.interaction_step',
    status: 409,
    message: {
      'zh-CN': '登录请求已进入下一步，请刷新页面',
      en: 'This sign-in request has moved on; please reload the page',
    },
  }),
  staffAccount: createErrorFactory({
    code: 'oidc.staff_account',
    status: 403,
    message: {
      'zh-CN': '工作人员账号不能登录其他网站，请使用个人或法人账号',
      en: 'Staff accounts cannot sign in to other sites; please use a personal or business account',
    },
  }),
};

registerFieldMessages({
  'oidc.client_id_format': {
    'zh-CN': '网站标识为 3 至 64 位小写字母、数字或连字符，以字母或数字开头',
    en: 'A client ID has 3 to 64 lower-case letters, digits or hyphens, starting with a letter or digit',
  },
  'oidc.client_name_length': {
    'zh-CN': '网站名称为 2 至 60 个字',
    en: 'A site name has 2 to 60 characters',
  },
  'oidc.redirect_uri_rule': {
    'zh-CN': '回调地址须为完整的 https 地址（仅本机调试可用 http://localhost），不含 # 和通配符',
    en: 'A redirect address must be a full https address (http://localhost only for local testing), without # or wildcards',
  },
  'oidc.redirect_uris_required': {
    'zh-CN': '至少填写一个登录回调地址',
    en: 'Give at least one sign-in redirect address',
  },
  'oidc.uris_repeated': { 'zh-CN': '地址重复', en: 'An address is repeated' },
  'oidc.scopes_repeated': { 'zh-CN': '授权范围重复', en: 'A scope is repeated' },
});
