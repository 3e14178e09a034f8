import { Button, Descriptions, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WindowReceipt as Receipt } from '../../../../contracts/cases.contract.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useCityName } from '../../directory/directory.api.js';
import './window.css';

/** 收件告知单: what the window hands the applicant on paper; prints without the site's chrome. */
export function WindowReceipt({
  receipt,
  caseId,
  onAnother,
}: {
  receipt: Receipt;
  caseId: string;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const cityName = useCityName();
  const items = [
    { key: 'caseNumber', label: t('cases.window.receipt.caseNumber'), children: receipt.caseNumber },
    { key: 'queryCode', label: t('cases.window.receipt.queryCode'), children: receipt.queryCode },
    {
      key: 'item',
      label: t('cases.window.receipt.item'),
      children: `${receipt.itemName}（${receipt.itemCode}）`,
    },
    {
      key: 'decidingCity',
      label: t('cases.window.receipt.decidingCity'),
      children: cityName(receipt.decidingCityCode, receipt.decidingCityName),
    },
    { key: 'decidingOrg', label: t('cases.window.receipt.decidingOrg'), children: receipt.decidingOrgName },
    {
      key: 'receivingHall',
      label: t('cases.window.receipt.receivingHall'),
      children: `${cityName(receipt.receivingCityCode, receipt.receivingCityName)} · ${receipt.receivingOrgName}`,
    },
    {
      key: 'receivedAt',
      label: t('cases.window.receipt.receivedAt'),
      children: formatDateTime(receipt.receivedAt, language),
    },
    {
      key: 'promisedDays',
      label: t('cases.window.receipt.promisedDays'),
      children: t('cases.window.receipt.promisedDaysValue', {
        days: t('catalog.workingDays', { count: receipt.promisedDays }),
      }),
    },
    {
      key: 'returns',
      label: t('cases.window.receipt.returns'),
      children: receipt.deliveryOptions
        .map((method) => t(`cases.delivery.methods.${method}`))
        .join(language === 'en' ? ', ' : '、'),
    },
  ];
  return (
    <section
      className="page-panel window-receipt"
      aria-labelledby="window-receipt"
      data-testid="window-receipt"
    >
      <h2 id="window-receipt">{t('cases.window.receipt.title')}</h2>
      <p>{t('cases.window.receipt.intro')}</p>
      <Descriptions bordered size="small" column={1} items={items} />
      <Space wrap className="window-no-print" style={{ marginTop: 16 }}>
        <Button type="primary" onClick={() => window.print()}>
          {t('cases.window.receipt.print')}
        </Button>
        <Link to={`/cases/${encodeURIComponent(caseId)}`}>{t('cases.window.receipt.openCase')}</Link>
        <Button onClick={onAnother}>{t('cases.window.receipt.another')}</Button>
      </Space>
    </section>
  );
}
