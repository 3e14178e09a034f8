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

const gradesZh: Record<number, string> = { 1: '非常不满意', 2: '不满意' };
const gradesEn: Record<number, string> = { 1: 'very dissatisfied', 2: 'dissatisfied' };

/** What was rated: a case, or a visit to a hall's window. */
function subjectZh(p: Params): string {
  return p.caseNumber
    ? `办件 ${p.caseNumber}（“${p.item}”）`
    : `${p.orgName ?? ''} ${p.window ?? ''} 窗口 ${day(p.visitDate, 'zh-CN')} 的服务`;
}
function subjectEn(p: Params): string {
  return p.caseNumber
    ? `case ${p.caseNumber} ("${p.item}")`
    : `the service at window ${p.window ?? ''} of ${p.orgNameEn || p.orgName || ''} on ${day(p.visitDate, 'en')}`;
}

/** 差评整改 notices: to the department when a task opens or its appeal is decided, to the rater when answered. */
export const rectificationWordings: Record<Locale, Record<string, Wording>> = {
  'zh-CN': {
    rectification_opened: {
      title: '收到差评，请核实整改',
      body: (p) =>
        `${subjectZh(p)}收到一条差评（${gradesZh[p.grade ?? 0] ?? '差评'}）。请在 ${day(p.dueDate, 'zh-CN')} 前核实情况、书面答复整改结果并回访评价人；如确属恶意差评，可向同城化办公室申诉。请在“整改任务”中处理。`,
    },
    rectification_responded: {
      title: '您的评价已收到整改答复',
      body: (p) =>
        `您对${subjectZh(p)}的评价，${p.orgName ?? '承办部门'}已核实并答复整改情况，请登录同城在评价详情中查看。工作人员还将与您联系回访。`,
    },
    rectification_appeal_upheld: {
      title: '差评申诉成立',
      body: (p) =>
        `${subjectZh(p)}的差评申诉经同城化办公室审核成立：该评价保留记录，但不计入统计，整改任务结束。`,
    },
    rectification_appeal_rejected: {
      title: '差评申诉不成立，请继续整改',
      body: (p) =>
        `${subjectZh(p)}的差评申诉经同城化办公室审核不成立。请在 ${day(p.dueDate, 'zh-CN')} 前完成书面答复和回访。`,
    },
  },
  en: {
    rectification_opened: {
      title: 'A poor rating to verify and put right',
      body: (p) =>
        `${subjectEn(p).replace(/^./, (c) => c.toUpperCase())} was rated "${gradesEn[p.grade ?? 0] ?? 'poor'}". By ${day(p.dueDate, 'en')}, verify what happened, answer in writing and call the rater back; a malicious rating may be appealed to the coordination office. See "Rectification tasks".`,
    },
    rectification_responded: {
      title: 'Your rating has been answered',
      body: (p) =>
        `${p.orgNameEn || p.orgName || 'The department'} has looked into your rating of ${subjectEn(p)} and answered: sign in to Tongcheng to read it. They will also call you back.`,
    },
    rectification_appeal_upheld: {
      title: 'Appeal upheld',
      body: (p) =>
        `The coordination office upheld the appeal against the rating of ${subjectEn(p)}: the rating stays on record but is left out of the statistics, and the task is closed.`,
    },
    rectification_appeal_rejected: {
      title: 'Appeal rejected: please put it right',
      body: (p) =>
        `The coordination office rejected the appeal against the rating of ${subjectEn(p)}. Answer in writing and call the rater back by ${day(p.dueDate, 'en')}.`,
    },
  },
};
