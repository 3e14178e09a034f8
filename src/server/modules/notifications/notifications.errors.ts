import { createErrorFactory } from '../../platform/http/errors.js';

export const notificationsErrors = {
  notFound: createErrorFactory({
    code: 'notifications.not_found',
    status: 404,
    message: { 'zh-CN': '没有找到这条消息', en: 'This notice was not found' },
  }),
};
