import type { Locale } from '../../platform/http/i18n.js';
import type { NoticeParams } from './notifications.tables.js';
import { rectificationWordings } from './rectification.templates.js';
import { caseStaffWordings } from './case-staff.templates.js';

export interface RenderedNotice {
  title: string;
  body: string;
}

type Template = (p: Required<Pick<NoticeParams, 'caseNumber'>> & NoticeParams & { item: string }) => string;

interface Wording {
  title: string;
  body: Template;
}

const deliveryZh: Record<NonNullable<NoticeParams['method']>, (p: NoticeParams) => string> = {
  online: () => '办理结果已在线送达，请登录同城在办件详情中查看、下载。',
  post: (p) => `办理结果已邮寄给您，快递单号 ${p.trackingNumber ?? ''}，请留意查收。`,
  window: () => '请携带本人有效身份证件到办理窗口领取办理结果。',
};
const deliveryEn: Record<NonNullable<NoticeParams['method']>, (p: NoticeParams) => string> = {
  online: () => 'The result has been delivered online: sign in to Tongcheng to view and download it.',
  post: (p) => `The result has been posted to you; tracking number ${p.trackingNumber ?? ''}.`,
  window: () => 'Please collect the result at the service window, bringing your valid ID card.',
};

const itemList = (p: NoticeParams, zh: boolean) =>
  (p.items ?? []).map((it, i) => `${i + 1}. ${it.name}${zh ? '：' : ': '}${it.requirement}`).join('\n');

/** Written for citizens: what happened, what it means, and what to do next. */
const wordings: Record<Locale, Record<string, Wording>> = {
  'zh-CN': {
    submitted: {
      title: '申请已提交',
      body: (p) =>
        `您申请的“${p.item}”已成功提交，办件编号 ${p.caseNumber}。工作人员审核材料后，会通知您是否受理。`,
    },
    accept: {
      title: '申请已受理',
      body: (p) => `您申请的“${p.item}”（办件编号 ${p.caseNumber}）已受理，我们将在承诺时限内办结。`,
    },
    not_accept: {
      title: '申请未予受理',
      body: (p) =>
        `很抱歉，您申请的“${p.item}”（办件编号 ${p.caseNumber}）未予受理。原因：${p.reason ?? '见办件详情'}。如有疑问，可拨打 12345 政务服务便民热线咨询。`,
    },
    request_supplement: {
      title: '请补正材料',
      body: (p) =>
        `您申请的“${p.item}”（办件编号 ${p.caseNumber}）需要补正以下材料（一次性告知）：\n${itemList(p, true)}\n请登录同城，在办件详情中补正后提交。补正期间，办理时限暂停计算。`,
    },
    supplement: {
      title: '补正材料已提交',
      body: (p) => `您已为“${p.item}”（办件编号 ${p.caseNumber}）提交补正材料，我们将继续办理。`,
    },
    begin_review: {
      title: '申请进入审查',
      body: (p) => `您申请的“${p.item}”（办件编号 ${p.caseNumber}）已进入审查阶段。`,
    },
    grant: {
      title: '申请已获批准',
      body: (p) =>
        `您申请的“${p.item}”（办件编号 ${p.caseNumber}）已审批通过。办理结果送出后，我们会再通知您。`,
    },
    refuse: {
      title: '申请未获批准',
      body: (p) =>
        `很抱歉，您申请的“${p.item}”（办件编号 ${p.caseNumber}）未获批准。理由：${p.reason ?? '见办件详情'}。如对决定不服，可依法申请行政复议或者提起行政诉讼。`,
    },
    deliver: {
      title: '办理结果已送出',
      body: (p) =>
        `您申请的“${p.item}”（办件编号 ${p.caseNumber}）办理结果已送出。${p.method ? deliveryZh[p.method](p) : ''}`,
    },
    close: {
      title: '办件已办结',
      body: (p) => `您申请的“${p.item}”（办件编号 ${p.caseNumber}）已办结。欢迎登录同城对本次服务作出评价。`,
    },
    withdraw: {
      title: '申请已撤回',
      body: (p) => `您已撤回“${p.item}”（办件编号 ${p.caseNumber}）的申请。如仍需办理，可重新提交。`,
    },
    ...rectificationWordings['zh-CN'],
    ...caseStaffWordings['zh-CN'],
  },
  en: {
    submitted: {
      title: 'Application submitted',
      body: (p) =>
        `Your application for "${p.item}" has been submitted; case number ${p.caseNumber}. We will tell you whether it is accepted once the materials have been checked.`,
    },
    accept: {
      title: 'Application accepted',
      body: (p) =>
        `Your application for "${p.item}" (case ${p.caseNumber}) has been accepted and will be decided within the promised time.`,
    },
    not_accept: {
      title: 'Application not accepted',
      body: (p) =>
        `We are sorry: your application for "${p.item}" (case ${p.caseNumber}) was not accepted. Reason: ${p.reason ?? 'see the case details'}. For questions, call the 12345 hotline.`,
    },
    request_supplement: {
      title: 'More materials needed',
      body: (p) =>
        `Your application for "${p.item}" (case ${p.caseNumber}) needs the following, all listed at once:\n${itemList(p, false)}\nSign in to Tongcheng and supply them on the case page. The deadline is paused until you do.`,
    },
    supplement: {
      title: 'Materials supplied',
      body: (p) =>
        `You have supplied the requested materials for "${p.item}" (case ${p.caseNumber}); we will continue with your application.`,
    },
    begin_review: {
      title: 'Application under review',
      body: (p) => `Your application for "${p.item}" (case ${p.caseNumber}) is now under review.`,
    },
    grant: {
      title: 'Application approved',
      body: (p) =>
        `Your application for "${p.item}" (case ${p.caseNumber}) has been approved. We will tell you again when the result is sent.`,
    },
    refuse: {
      title: 'Application refused',
      body: (p) =>
        `We are sorry: your application for "${p.item}" (case ${p.caseNumber}) was refused. Reason: ${p.reason ?? 'see the case details'}. You may apply for administrative reconsideration or bring an administrative lawsuit.`,
    },
    deliver: {
      title: 'Result sent',
      body: (p) =>
        `The result of your application for "${p.item}" (case ${p.caseNumber}) has been sent. ${p.method ? deliveryEn[p.method](p) : ''}`.trim(),
    },
    close: {
      title: 'Case closed',
      body: (p) =>
        `Your case ${p.caseNumber} ("${p.item}") is closed. You are welcome to rate the service in Tongcheng.`,
    },
    withdraw: {
      title: 'Application withdrawn',
      body: (p) =>
        `You have withdrawn your application for "${p.item}" (case ${p.caseNumber}). You may apply again at any time.`,
    },
    ...rectificationWordings.en,
    ...caseStaffWordings.en,
  },
};

const fallback: Record<Locale, Wording> = {
  'zh-CN': { title: '办件有新进展', body: (p) => `您的办件 ${p.caseNumber} 有新进展，请登录同城查看。` },
  en: {
    title: 'Your case has changed',
    body: (p) => `Case ${p.caseNumber} has news; sign in to Tongcheng to see it.`,
  },
};

/** The notice of a case event in one language; an unknown kind gets a plain "your case has news". */
export function renderCaseNotice(kind: string, params: NoticeParams, locale: Locale): RenderedNotice {
  const wording = wordings[locale][kind] ?? fallback[locale];
  const item = (locale === 'en' ? params.itemNameEn : params.itemName) ?? params.itemName ?? '';
  return {
    title: wording.title,
    body: wording.body({ ...params, caseNumber: params.caseNumber ?? '', item }),
  };
}

/** The e-mail: subject in Chinese, body in Chinese then English; no name, ID or phone number. */
export function renderCaseEmail(kind: string, params: NoticeParams): { subject: string; text: string } {
  const zh = renderCaseNotice(kind, params, 'zh-CN');
  const en = renderCaseNotice(kind, params, 'en');
  const text = [
    '您好：',
    '',
    zh.body,
    '',
    '请登录同城查看办件详情。本邮件由系统自动发送，请勿直接回复。',
    '',
    '------------------------------------------------------------',
    '',
    en.title,
    '',
    en.body,
    '',
    'Sign in to Tongcheng to see the case. This message was sent automatically; please do not reply.',
    '',
  ].join('\n');
  return { subject: `【同城】${zh.title}（办件编号 ${params.caseNumber ?? ''}）`, text };
}
