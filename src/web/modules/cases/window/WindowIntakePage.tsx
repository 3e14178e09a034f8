import { useState } from 'react';
import { Alert, Input, Radio, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../contracts/cases.contract.js';
import { DocumentTitle } from '../../../shared/components/DocumentTitle.js';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useItem, useItems } from '../../catalog/catalog.api.js';
import { useMetroArea } from '../../directory/directory.api.js';
import { WindowIntakeForm } from './WindowIntakeForm.js';
import { WindowReceipt } from './WindowReceipt.js';
import { useWindowClerk, type WindowClerk } from './useWindowClerk.js';
import './window.css';

const MAX_RESULTS = 20;

/** Search the catalogue and pick the item the applicant asks for. */
function ItemPicker({ value, onChange }: { value: string | undefined; onChange: (code: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [keyword, setKeyword] = useState('');
  const items = useItems(keyword ? { keyword } : {});
  return (
    <section className="page-panel" aria-labelledby="window-item">
      <h2 id="window-item">{t('cases.window.intake.chooseItem')}</h2>
      <Input.Search
        aria-label={t('cases.window.intake.itemPlaceholder')}
        placeholder={t('cases.window.intake.itemPlaceholder')}
        enterButton={t('catalog.list.search')}
        allowClear
        onSearch={(text) => setKeyword(text.trim())}
        style={{ maxWidth: 560, marginBottom: 16 }}
      />
      <QueryState query={items}>
        {(data) => {
          const found = data.pages.flatMap((page) => page.items).slice(0, MAX_RESULTS);
          return found.length === 0 ? (
            <Alert type="info" title={t('catalog.list.empty')} />
          ) : (
            <Radio.Group
              aria-label={t('cases.window.intake.item')}
              className="window-item-results"
              value={value}
              onChange={(event) => onChange(String(event.target.value))}
              options={found.map((item) => ({
                value: item.code,
                label: `${language === 'en' ? item.nameEn : item.name}（${item.code}）`,
              }))}
            />
          );
        }}
      </QueryState>
    </section>
  );
}

function Intake({ clerk }: { clerk: WindowClerk }) {
  const { t } = useTranslation();
  const [itemCode, setItemCode] = useState<string>();
  const [received, setReceived] = useState<CaseDetail | null>(null);
  // A new key after each filing, so the next applicant starts from an empty form.
  const [round, setRound] = useState(0);
  const item = useItem(itemCode);
  const metroArea = useMetroArea();

  if (received?.receipt) {
    return (
      <WindowReceipt
        receipt={received.receipt}
        caseId={received.id}
        onAnother={() => {
          setReceived(null);
          setItemCode(undefined);
          setRound((r) => r + 1);
        }}
      />
    );
  }
  return (
    <div key={round}>
      <p className="window-no-print">{t('cases.window.intake.hall', { hall: clerk.hallName })}</p>
      <ItemPicker value={itemCode} onChange={setItemCode} />
      {itemCode && (
        <QueryState query={item}>
          {(loaded) => (
            <QueryState query={metroArea}>
              {(area) => (
                <WindowIntakeForm
                  key={loaded.code}
                  item={loaded}
                  cities={area.cities}
                  clerk={clerk}
                  onReceived={(detail) => {
                    setReceived(detail);
                    window.scrollTo({ top: 0 });
                  }}
                />
              )}
            </QueryState>
          )}
        </QueryState>
      )}
    </div>
  );
}

/** /window — 窗口收件: a service hall clerk files an application for the person at the window. */
export function WindowIntakePage() {
  const { t } = useTranslation();
  const { clerk, isPending } = useWindowClerk();
  return (
    <>
      <DocumentTitle title={t('cases.window.intake.title')} />
      <section className="page-panel window-no-print">
        <h1>{t('cases.window.intake.title')}</h1>
        <p style={{ marginBottom: 0 }}>{t('cases.window.intake.intro')}</p>
      </section>
      {clerk ? (
        <Intake clerk={clerk} />
      ) : (
        !isPending && <Result status="403" subTitle={t('cases.window.clerksOnly')} />
      )}
    </>
  );
}
