import type { TFunction } from 'i18next';
import type { NotificationView } from '../../../contracts/notifications.contract.js';
import type { Language } from '../../i18n/index.js';

/** The kinds the web has its own short wording for; others read as "your case has news". */
const KNOWN_KINDS = [
  'submitted',
  'accept',
  'not_accept',
  'request_supplement',
  'supplement',
  'begin_review',
  'grant',
  'refuse',
  'deliver',
  'close',
  'withdraw',
  // 差评整改 (evaluations module)
  'rectification_opened',
  'rectification_responded',
  'rectification_appeal_upheld',
  'rectification_appeal_rejected',
  // 转办 and deadline alerts (cases module)
  'transfer',
  'transfer_in',
  'deadline_yellow',
  'deadline_red',
] as const;
type KnownKind = (typeof KNOWN_KINDS)[number];

function isKnownKind(kind: string): kind is KnownKind {
  return (KNOWN_KINDS as readonly string[]).includes(kind);
}

/** The short heading of a notice: 申请已受理, or Application accepted. */
export function noticeTitle(t: TFunction, notice: Pick<NotificationView, 'kind'>): string {
  return isKnownKind(notice.kind) ? t(`notifications.kinds.${notice.kind}`) : t('notifications.kinds.other');
}

const chineseTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const beijingParts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});
const englishDateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** When a notice arrived, Beijing time: 2026年3月12日 14:05, or 12 Mar 2026, 14:05. */
export function formatNoticeTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (language === 'en') return englishDateTime.format(date);
  const part = (type: string) => beijingParts.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}年${part('month')}月${part('day')}日 ${chineseTime.format(date)}`;
}
