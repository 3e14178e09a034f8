import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../contracts/cases.contract.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useCityName } from '../../directory/directory.api.js';
import { useCaseLabel } from '../cases.labels.js';
import { CaseStatusTag } from './CaseStatusTag.js';

/** The case's key facts; personal data appear exactly as the API masked them for this viewer. */
export function CaseFacts({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const cityName = useCityName();
  const label = useCaseLabel();
  const items = [
    { key: 'caseNumber', label: t('cases.fields.caseNumber'), children: detail.caseNumber },
    { key: 'status', label: t('cases.fields.status'), children: <CaseStatusTag status={detail.status} /> },
    { key: 'item', label: t('cases.fields.item'), children: detail.itemName },
    {
      key: 'decidingCity',
      label: t('cases.fields.decidingCity'),
      children: `${cityName(detail.cityCode, detail.cityName)} · ${detail.decidingOrgName}`,
    },
    {
      key: 'receivingCity',
      label: t('cases.fields.receivingCity'),
      children: cityName(detail.receivingCityCode),
    },
    { key: 'channel', label: t('cases.fields.channel'), children: label('channels', detail.channel) },
    { key: 'applicant', label: t('cases.fields.applicant'), children: detail.applicantName },
    ...(detail.applicantIdNumber
      ? [{ key: 'idNumber', label: t('cases.fields.applicantIdNumber'), children: detail.applicantIdNumber }]
      : []),
    ...(detail.applicantCreditCode
      ? [
          {
            key: 'creditCode',
            label: t('cases.fields.applicantCreditCode'),
            children: detail.applicantCreditCode,
          },
        ]
      : []),
    ...(detail.applicantMobile
      ? [{ key: 'mobile', label: t('cases.fields.applicantMobile'), children: detail.applicantMobile }]
      : []),
    {
      key: 'submittedAt',
      label: t('cases.fields.submittedAt'),
      children: formatDateTime(detail.submittedAt, language),
    },
    {
      key: 'promisedDays',
      label: t('cases.fields.promisedDays'),
      children: t('catalog.workingDays', { count: detail.promisedDays }),
    },
    ...(detail.decidedAt
      ? [
          {
            key: 'decidedAt',
            label: t('cases.fields.decidedAt'),
            children: formatDateTime(detail.decidedAt, language),
          },
        ]
      : []),
    ...(detail.decisionReason
      ? [{ key: 'reason', label: t('cases.fields.decisionReason'), children: detail.decisionReason }]
      : []),
    ...(detail.delivery
      ? [
          {
            key: 'deliveryMethod',
            label: t('cases.fields.deliveryMethod'),
            children: t(`cases.delivery.methods.${detail.delivery.method}`),
          },
        ]
      : []),
    ...(detail.delivery?.trackingNumber
      ? [
          {
            key: 'trackingNumber',
            label: t('cases.fields.trackingNumber'),
            children: <span data-testid="tracking-number">{detail.delivery.trackingNumber}</span>,
          },
        ]
      : []),
    { key: 'queryCode', label: t('cases.fields.queryCode'), children: detail.queryCode },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />;
}
