import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImplementationView } from '../../../../contracts/catalog.contract.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useCityName } from '../../directory/directory.api.js';
import { useCatalogLabel, useFeeLabel, useWorkingDaysLabel } from '../catalog.labels.js';
import { MaterialsTable } from '../components/MaterialsTable.js';
import '../components/catalog.css';

/** One version of a city's implementation, read only: terms, materials and form fields. */
export function ImplementationSummary({
  implementation,
  headingLevel,
}: {
  implementation: ImplementationView;
  headingLevel: 3 | 4;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const label = useCatalogLabel();
  const fee = useFeeLabel();
  const days = useWorkingDaysLabel();
  const cityName = useCityName();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const list = (values: string[]) =>
    values.length ? values.join(t('common.listSeparator')) : t('common.none');
  return (
    <div data-version={implementation.version} data-status={implementation.status}>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'org', label: t('catalog.admin.org'), children: implementation.orgName },
          {
            key: 'statutory',
            label: t('catalog.compare.statutoryDays'),
            children: days(implementation.statutoryDays),
          },
          {
            key: 'promised',
            label: t('catalog.compare.promisedDays'),
            children: <span data-testid="promised-days">{days(implementation.promisedDays)}</span>,
          },
          { key: 'fee', label: t('catalog.compare.fee'), children: fee(implementation.feeYuan) },
          {
            key: 'instant',
            label: t('catalog.compare.instant'),
            children: implementation.instant
              ? t('catalog.compare.instantYes')
              : t('catalog.compare.instantNo'),
          },
          {
            key: 'delivery',
            label: t('catalog.compare.delivery'),
            children: list(implementation.delivery.map((d) => label('delivery', d))),
          },
          {
            key: 'offSite',
            label: t('catalog.compare.offSite'),
            children: list(implementation.offSiteCityCodes.map((c) => cityName(c))),
            span: 'filled',
          },
        ]}
      />
      <Heading>{t('catalog.admin.materials')}</Heading>
      <MaterialsTable
        materials={implementation.materials}
        caption={t('catalog.guide.materialsCaption', { city: cityName(implementation.cityCode) })}
      />
      <Heading>{t('catalog.admin.formFields')}</Heading>
      {implementation.form.length === 0 ? (
        <p>{t('common.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('catalog.admin.fieldsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">
                  {language === 'en' ? t('catalog.admin.fieldLabelEn') : t('catalog.admin.fieldLabel')}
                </th>
                <th scope="col">{t('catalog.admin.key')}</th>
                <th scope="col">{t('catalog.admin.fieldType')}</th>
                <th scope="col">{t('catalog.admin.fieldRequired')}</th>
              </tr>
            </thead>
            <tbody>
              {implementation.form.map((field) => (
                <tr key={field.key}>
                  <th scope="row">{language === 'en' ? field.labelEn : field.label}</th>
                  <td>
                    <code>{field.key}</code>
                  </td>
                  <td>
                    {label('fieldTypes', field.type)}
                    {field.options?.length ? (
                      <div className="muted">
                        {field.options
                          .map((o) => (language === 'en' ? o.labelEn : o.label))
                          .join(t('common.listSeparator'))}
                      </div>
                    ) : null}
                  </td>
                  <td>{label('fieldPresence', field.required ? 'required' : 'optional')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
