import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../contracts/cases.contract.js';
import type { FormField } from '../../../../contracts/catalog.contract.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { useItem } from '../../catalog/catalog.api.js';
import { useCityName } from '../../directory/directory.api.js';

/** The answers of the application, labelled from the implementation's field definitions. */
export function CaseFormValues({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const cityName = useCityName();
  // Labels come from the catalogue; until it answers (or for a field since removed) the key is shown.
  const { data: item } = useItem(detail.itemCode);
  const fields = item?.implementations.find((impl) => impl.cityCode === detail.cityCode)?.form ?? [];
  const fieldByKey = new Map<string, FormField>(fields.map((f) => [f.key, f]));

  const display = (key: string, value: string | number): string => {
    const field = fieldByKey.get(key);
    if (field?.type === 'city') return cityName(String(value));
    const option = field?.options?.find((o) => o.value === String(value));
    if (option) return language === 'en' ? option.labelEn : option.label;
    return String(value);
  };
  // In the order of the form's definition; answers to fields no longer defined come last.
  const position = (key: string) => {
    const index = fields.findIndex((f) => f.key === key);
    return index === -1 ? fields.length : index;
  };
  const entries = Object.entries(detail.form).sort(([a], [b]) => position(a) - position(b));
  if (entries.length === 0) return <p>{t('common.none')}</p>;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      items={entries.map(([key, value]) => {
        const field = fieldByKey.get(key);
        return {
          key,
          label: field ? (language === 'en' ? field.labelEn : field.label) : key,
          children: display(key, value),
        };
      })}
    />
  );
}
