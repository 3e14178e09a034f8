import { useState } from 'react';
import { Button, Form, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  caseLightSchema,
  caseStatusSchema,
  type CaseLight,
  type WorklistCounts,
} from '../../../../contracts/cases.contract.js';
import { CITY_CODES } from '../../catalog/catalog.filters.js';
import { useItems } from '../../catalog/catalog.api.js';
import { useCityName } from '../../directory/directory.api.js';
import type { WorklistFilters as Filters } from './worklist.api.js';

/** The item filter: a search over the catalogue; the chosen item stays shown while others load. */
function ItemSelect({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (code: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const [keyword, setKeyword] = useState('');
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const items = useItems(keyword ? { keyword } : {});
  const found = (items.data?.pages ?? [])
    .flatMap((page) => page.items)
    .map((i) => ({ value: i.code, label: i.name }));
  const options =
    value && !found.some((o) => o.value === value)
      ? [chosen?.value === value ? chosen : { value, label: value }, ...found]
      : found;
  return (
    <Select
      id="worklist-item"
      showSearch={{ filterOption: false, onSearch: setKeyword }}
      allowClear
      value={value}
      placeholder={t('worklist.filters.itemPlaceholder')}
      options={options}
      loading={items.isFetching}
      onChange={(code: string | undefined) => {
        setChosen(options.find((o) => o.value === code) ?? null);
        onChange(code);
      }}
      style={{ width: 260 }}
    />
  );
}

/**
 * The worklist's filters with their counts: status (counted under the other filters), item,
 * receiving city and deciding city, and the deadline light. Every change starts from page one.
 */
export function WorklistFilters({
  filters,
  counts,
  onChange,
  cities = ['receivingCityCode', 'cityCode'],
}: {
  filters: Filters;
  counts: WorklistCounts | null;
  onChange: (filters: Filters) => void;
  /** Which city filters make sense here (a hall's received city is always its own). */
  cities?: ('receivingCityCode' | 'cityCode')[];
}) {
  const { t } = useTranslation();
  const cityName = useCityName();
  const set = (change: Partial<Filters>) => onChange({ ...filters, ...change });
  const count = (n: number | undefined) => (counts ? String(n ?? 0) : '…');
  const cityOptions = CITY_CODES.map((code) => ({ value: code, label: cityName(code) }));
  const lightLabel = (light: CaseLight) =>
    t('worklist.filters.lightOption', {
      light: t(`worklist.lights.${light}`),
      count: count(counts?.byLight[light]),
    });

  return (
    <Form
      layout="inline"
      className="worklist-filters"
      aria-label={t('worklist.filters.legend')}
      role="search"
    >
      <Form.Item label={t('worklist.filters.status')} htmlFor="worklist-status">
        <Select
          id="worklist-status"
          value={filters.status ?? ''}
          onChange={(status: string) => set({ status: (status || undefined) as Filters['status'] })}
          options={[
            { value: '', label: t('worklist.filters.allStatuses', { count: count(counts?.total) }) },
            ...caseStatusSchema.options.map((status) => ({
              value: status,
              label: t('worklist.filters.statusOption', {
                status: t(`cases.status.${status}`),
                count: count(counts?.byStatus[status]),
              }),
            })),
          ]}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item label={t('worklist.filters.item')} htmlFor="worklist-item">
        <ItemSelect value={filters.itemCode} onChange={(itemCode) => set({ itemCode })} />
      </Form.Item>
      {cities.includes('receivingCityCode') && (
        <Form.Item label={t('worklist.filters.receivingCity')} htmlFor="worklist-receiving-city">
          <Select
            id="worklist-receiving-city"
            allowClear
            placeholder={t('worklist.filters.allCities')}
            value={filters.receivingCityCode}
            onChange={(receivingCityCode?: string) => set({ receivingCityCode })}
            options={cityOptions}
            style={{ width: 140 }}
          />
        </Form.Item>
      )}
      {cities.includes('cityCode') && (
        <Form.Item label={t('worklist.filters.decidingCity')} htmlFor="worklist-deciding-city">
          <Select
            id="worklist-deciding-city"
            allowClear
            placeholder={t('worklist.filters.allCities')}
            value={filters.cityCode}
            onChange={(cityCode?: string) => set({ cityCode })}
            options={cityOptions}
            style={{ width: 140 }}
          />
        </Form.Item>
      )}
      <Form.Item label={t('worklist.filters.light')}>
        <Radio.Group
          aria-label={t('worklist.filters.light')}
          optionType="button"
          value={filters.light ?? ''}
          onChange={(e) => set({ light: (e.target.value || undefined) as Filters['light'] })}
          options={[
            { value: '', label: t('worklist.filters.allLights') },
            ...caseLightSchema.options.map((light) => ({ value: light, label: lightLabel(light) })),
          ]}
        />
      </Form.Item>
      <Form.Item>
        <Button onClick={() => onChange({})}>{t('worklist.filters.reset')}</Button>
      </Form.Item>
    </Form>
  );
}
