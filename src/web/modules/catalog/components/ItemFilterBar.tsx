import { useId, type ReactNode } from 'react';
import { Button, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCityName } from '../../directory/directory.api.js';
import {
  CITY_CODES,
  HANDLING_MODES,
  hasFilters,
  ITEM_TYPES,
  LIFE_EVENTS,
  SUBJECTS,
  type ItemFilters,
} from '../catalog.filters.js';
import { useCatalogLabel } from '../catalog.labels.js';
import './catalog.css';

/** A set of mutually exclusive choices, one of them "all", under a visible group label. */
function ChoiceGroup<T extends string>({
  legend,
  value,
  choices,
  onChange,
}: {
  legend: string;
  value: T | undefined;
  choices: { value: T; label: string }[];
  onChange: (value: T | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <Radio.Group
        optionType="button"
        value={value ?? ''}
        onChange={(event) => onChange((event.target.value as T | '') || undefined)}
        options={[{ value: '', label: t('catalog.list.any') }, ...choices]}
      />
    </fieldset>
  );
}

function Labelled({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="filter-select">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

/**
 * Keyword search and the catalogue's filters: city, subject, way of handling, life event and type.
 * Every change goes straight to `onChange`; the page keeps the result in its URL.
 */
export function ItemFilterBar({
  filters,
  onChange,
}: {
  filters: ItemFilters;
  onChange: (next: ItemFilters) => void;
}) {
  const { t } = useTranslation();
  const label = useCatalogLabel();
  const cityName = useCityName();
  const keywordId = useId();
  const lifeEventId = useId();
  const typeId = useId();
  const set = <K extends keyof ItemFilters>(key: K, value: ItemFilters[K]) =>
    onChange({ ...filters, [key]: value });

  return (
    <div role="search" aria-label={t('catalog.list.filtersTitle')} className="item-filters">
      <div className="filter-keyword">
        <label htmlFor={keywordId}>{t('catalog.list.searchLabel')}</label>
        <Input.Search
          id={keywordId}
          // A new keyword from the URL (back button, shared link) replaces what was typed.
          key={filters.keyword ?? ''}
          defaultValue={filters.keyword}
          placeholder={t('catalog.list.keywordPlaceholder')}
          enterButton={t('catalog.list.search')}
          allowClear
          maxLength={50}
          onSearch={(value) => set('keyword', value.trim() || undefined)}
        />
      </div>
      <ChoiceGroup
        legend={t('catalog.list.city')}
        value={filters.cityCode}
        choices={CITY_CODES.map((code) => ({ value: code, label: cityName(code) }))}
        onChange={(value) => set('cityCode', value)}
      />
      <ChoiceGroup
        legend={t('catalog.list.subject')}
        value={filters.subject}
        choices={SUBJECTS.map((subject) => ({ value: subject, label: label('subjectFilters', subject) }))}
        onChange={(value) => set('subject', value)}
      />
      <ChoiceGroup
        legend={t('catalog.list.mode')}
        value={filters.mode}
        choices={HANDLING_MODES.map((mode) => ({ value: mode, label: label('modes', mode) }))}
        onChange={(value) => set('mode', value)}
      />
      <div className="filter-selects">
        <Labelled id={lifeEventId} label={t('catalog.list.lifeEvent')}>
          <Select
            id={lifeEventId}
            value={filters.lifeEvent ?? ''}
            onChange={(value: string) => set('lifeEvent', value || undefined)}
            options={[
              { value: '', label: t('catalog.list.any') },
              ...LIFE_EVENTS.map((event) => ({ value: event, label: label('lifeEvents', event) })),
            ]}
            style={{ minWidth: 200 }}
          />
        </Labelled>
        <Labelled id={typeId} label={t('catalog.list.type')}>
          <Select
            id={typeId}
            value={filters.type ?? ''}
            onChange={(value: string) =>
              set(
                'type',
                (ITEM_TYPES as readonly string[]).includes(value)
                  ? (value as ItemFilters['type'])
                  : undefined,
              )
            }
            options={[
              { value: '', label: t('catalog.list.any') },
              ...ITEM_TYPES.map((type) => ({ value: type, label: label('itemTypes', type) })),
            ]}
            style={{ minWidth: 200 }}
          />
        </Labelled>
        {hasFilters(filters) && (
          <Button onClick={() => onChange({})} className="filter-reset">
            {t('catalog.list.reset')}
          </Button>
        )}
      </div>
    </div>
  );
}
