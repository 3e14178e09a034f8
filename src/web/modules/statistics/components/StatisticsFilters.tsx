import { useState, type FormEvent } from 'react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCityName, useMetroArea } from '../../directory/directory.api.js';
import type { StatisticsFilters as Filters } from '../statistics.api.js';

/** The period (whole months) and the deciding city; applied on 查询, so the URL can be shared. */
export function StatisticsFilters({
  value,
  period,
  onChange,
}: {
  value: Filters;
  /** The period the figures shown cover, to fill the fields when the URL names none. */
  period: { from: string; to: string } | undefined;
  onChange: (filters: Filters) => void;
}) {
  const { t } = useTranslation();
  const cityName = useCityName();
  const { data: area } = useMetroArea();
  const [from, setFrom] = useState(value.from ?? '');
  const [to, setTo] = useState(value.to ?? '');
  const [city, setCity] = useState(value.city ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(city ? { city } : {}),
    });
  };
  return (
    <form className="statistics-filters" onSubmit={submit}>
      <fieldset>
        <legend>{t('statistics.filters.legend')}</legend>
        <label>
          <span>{t('statistics.filters.from')}</span>
          <input type="month" value={from || period?.from || ''} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          <span>{t('statistics.filters.to')}</span>
          <input type="month" value={to || period?.to || ''} onChange={(e) => setTo(e.target.value)} />
        </label>
        <label>
          <span>{t('statistics.filters.city')}</span>
          <select value={city} onChange={(e) => setCity(e.target.value)}>
            <option value="">{t('statistics.filters.allCities')}</option>
            {(area?.cities ?? []).map((c) => (
              <option key={c.code} value={c.code}>
                {cityName(c.code)}
              </option>
            ))}
          </select>
        </label>
        <Button type="primary" htmlType="submit">
          {t('statistics.filters.apply')}
        </Button>
      </fieldset>
    </form>
  );
}
