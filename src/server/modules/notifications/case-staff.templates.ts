import type { Locale } from '../../platform/http/i18n.js';
import type { NoticeParams } from './notifications.tables.js';

type Params = Required<Pick<NoticeParams, 'caseNumber'>> & NoticeParams & { item: string };

interface Wording {
  title: string;
  body: (p: Params) => string;
}

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 'YYYY-MM-DD' as people read it: 2026年3月12日, or 12 Mar 2026. */
function day(date: string | undefined, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  if (!match) return date ?? '';
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return locale === 'en'
    ? `${dayOfMonth} ${ENGLISH_MONTHS[month - 1]} ${year}`
    : `${year}年${month}月${dayOfMonth}日`;
}

/**
 * Notices of the case engine to staff: deadline alerts to the deciding department and its
 * supervisor, a transferred case to the department receiving it; and to the applicant, that
 * their case was transferred.
 */
export const caseStaffWordings: Record<Locale, Record<string, Wording>> = {
  'zh-CN': {
    deadline_yellow: {
      title: '办件即将到期',
      body: (p) =>
        `办件 ${p.caseNumber}（“${p.item}”）将于 ${day(p.dueDate, 'zh-CN')} 到达承诺办结时限，请抓紧办理，避免超期。`,
    },
    deadline_red: {
      title: '办件已超期',
      body: (p) =>
        `办件 ${p.caseNumber}（“${p.item}”）的承诺办结时限为 ${day(p.dueDate, 'zh-CN')}，现已超期，请立即办理并说明原因。`,
    },
    transfer_in: {
      title: '收到转办件',
      body: (p) =>
        `${p.orgName ?? '其他部门'}将办件 ${p.caseNumber}（“${p.item}”）转至本部门办理，请在审批工作台受理。承诺时限自本部门受理之日起计算。`,
    },
    transfer: {
      title: '申请已转办',
      body: (p) =>
        `您申请的“${p.item}”（办件编号 ${p.caseNumber}）已转至${p.orgName ?? '有权部门'}办理。原因：${p.reason ?? '见办件详情'}。承诺时限自该部门受理之日起计算，您无需重新提交。`,
    },
  },
  en: {
    deadline_yellow: {
      title: 'Case due soon',
      body: (p) =>
        `Case ${p.caseNumber} ("${p.item}") reaches its promised time limit on ${day(p.dueDate, 'en')}. Please finish it in time.`,
    },
    deadline_red: {
      title: 'Case overdue',
      body: (p) =>
        `Case ${p.caseNumber} ("${p.item}") was due on ${day(p.dueDate, 'en')} and is now overdue. Please handle it at once and record why.`,
    },
    transfer_in: {
      title: 'Case transferred to you',
      body: (p) =>
        `${p.orgNameEn || p.orgName || 'Another department'} transferred case ${p.caseNumber} ("${p.item}") to your department. Accept it in the worklist; the promised time runs from your acceptance.`,
    },
    transfer: {
      title: 'Application transferred',
      body: (p) =>
        `Your application for "${p.item}" (case ${p.caseNumber}) was transferred to ${p.orgNameEn || p.orgName || 'the competent department'}. Reason: ${p.reason ?? 'see the case details'}. The promised time runs from that department's acceptance; you need not apply again.`,
    },
  },
};
