import { createErrorFactory } from '../../platform/http/errors.js';
import { registerMessages } from '../../platform/http/i18n.js';

export const newsErrors = {
  articleNotFound: createErrorFactory({
    code: 'portal.article_not_found',
    status: 404,
    message: { 'zh-CN': '未找到该文章', en: 'No such article' },
  }),
  channelNotFound: createErrorFactory({
    code: 'portal.channel_not_found',
    status: 404,
    message: { 'zh-CN': '没有这个栏目', en: 'No such news channel' },
  }),
  articleInvalid: createErrorFactory({
    code: 'portal.article_invalid',
    status: 400,
    message: { 'zh-CN': '稿件内容有误，请按提示修改', en: 'The article needs correcting' },
  }),
  staleRevision: createErrorFactory({
    code: 'portal.article_stale',
    status: 409,
    message: {
      'zh-CN': '稿件已被他人修改（当前为第 {current} 版），请刷新后在最新版本上修改',
      en: 'Someone else changed this article (now revision {current}); reload and edit the latest revision',
    },
  }),
  transitionNotAllowed: createErrorFactory({
    code: 'portal.article_transition_invalid',
    status: 409,
    message: {
      'zh-CN': '稿件当前的状态不能执行此操作，请刷新后查看最新状态',
      en: 'This step is not possible in the article’s current status; reload to see it',
    },
  }),
  ownArticleReview: createErrorFactory({
    code: 'portal.article_review_own',
    status: 403,
    message: {
      'zh-CN': '不能审核自己提交或最后修改的稿件，请由同城化办公室的其他同事审核',
      en: 'You cannot review an article you submitted or last edited; another member of the office must',
    },
  }),
};

registerMessages({
  'portal.asset_url_invalid': {
    'zh-CN': '地址须为本站上传文件（以 / 开头）或 https:// 开头的网址',
    en: 'Use an address on this site (starting with /) or an https:// address',
  },
  'portal.body_empty': {
    'zh-CN': '正文不能为空（脚本等不安全内容会被删除）',
    en: 'The body is empty (unsafe content such as scripts is removed)',
  },
});
