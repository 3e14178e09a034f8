import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatisticsOverview } from '../../../../contracts/statistics.contract.js';
import { useCityName } from '../../directory/directory.api.js';
import { useStatisticsFormat } from '../use-statistics-format.js';
import { ChartSection } from './ChartSection.js';
import { baseOption, EChart } from './EChart.js';

type City = StatisticsOverview['cities'][number];

const percent = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);

/** A table of the cities against some of their figures. */
function CityTable({
  caption,
  cities,
  columns,
}: {
  caption: string;
  cities: City[];
  columns: { label: string; value: (c: City) => string }[];
}) {
  const { t } = useTranslation();
  const cityName = useCityName();
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('statistics.table.city')}</th>
          {columns.map((c) => (
            <th key={c.label} scope="col">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {cities.map((city) => (
          <tr key={city.cityCode} data-city={city.cityCode}>
            <th scope="row">{cityName(city.cityCode, city.cityName)}</th>
            {columns.map((c) => (
              <td key={c.label}>{c.value(city)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The per-city charts of the overview: volume, shares, timeliness, satisfaction. */
export function CityCharts({ overview }: { overview: StatisticsOverview }) {
  const { t } = useTranslation();
  const cityName = useCityName();
  const f = useStatisticsFormat();
  const cities = overview.cities;

  const options = useMemo(() => {
    const names = cities.map((c) => cityName(c.cityCode, c.cityName));
    const shareAxis = { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } };
    const shareTooltip = { valueFormatter: (v: number | null) => (v === null ? '—' : `${v}%`) };
    return {
      volume: {
        ...baseOption(),
        xAxis: { type: 'category', data: names },
        yAxis: { type: 'value', axisLabel: { formatter: (v: number) => f.axisCount(v) } },
        series: [
          { type: 'bar', name: t('statistics.summary.submitted'), data: cities.map((c) => c.submitted) },
          { type: 'bar', name: t('statistics.summary.decided'), data: cities.map((c) => c.decided) },
        ],
      },
      shares: {
        ...baseOption(),
        tooltip: { trigger: 'axis', confine: true, ...shareTooltip },
        xAxis: { type: 'category', data: names },
        yAxis: shareAxis,
        series: [
          {
            type: 'bar',
            name: t('statistics.summary.onlineShare'),
            data: cities.map((c) => percent(c.onlineShare)),
          },
          {
            type: 'bar',
            name: t('statistics.summary.offSiteShare'),
            data: cities.map((c) => percent(c.offSiteShare)),
          },
          {
            type: 'bar',
            name: t('statistics.summary.sameDayShare'),
            data: cities.map((c) => percent(c.sameDayShare)),
          },
        ],
      },
      timeliness: {
        ...baseOption(),
        xAxis: { type: 'category', data: names },
        yAxis: [
          shareAxis,
          { type: 'value', name: t('statistics.units.days', { value: '' }).trim(), minInterval: 1 },
        ],
        series: [
          {
            type: 'bar',
            name: t('statistics.summary.onTimeRate'),
            data: cities.map((c) => percent(c.onTimeRate)),
            tooltip: shareTooltip,
          },
          {
            type: 'line',
            name: t('statistics.summary.median'),
            yAxisIndex: 1,
            symbolSize: 10,
            data: cities.map((c) => c.medianWorkingDays),
          },
        ],
      },
      satisfaction: {
        ...baseOption(),
        tooltip: { trigger: 'axis', confine: true, ...shareTooltip },
        xAxis: { type: 'category', data: names },
        yAxis: shareAxis,
        series: [
          {
            type: 'bar',
            name: t('statistics.summary.satisfaction'),
            data: cities.map((c) => percent(c.satisfaction)),
          },
        ],
      },
    };
  }, [cities, cityName, f, t]);

  return (
    <>
      <ChartSection
        name="volume"
        title={t('statistics.charts.volume.title')}
        description={t('statistics.charts.volume.description')}
        chart={<EChart option={options.volume} label={t('statistics.charts.volume.title')} />}
        table={
          <CityTable
            caption={t('statistics.charts.volume.title')}
            cities={cities}
            columns={[
              { label: t('statistics.summary.submitted'), value: (c) => f.count(c.submitted) },
              { label: t('statistics.summary.decided'), value: (c) => f.count(c.decided) },
            ]}
          />
        }
      />
      <ChartSection
        name="shares"
        title={t('statistics.charts.shares.title')}
        description={t('statistics.charts.shares.description')}
        chart={<EChart option={options.shares} label={t('statistics.charts.shares.title')} />}
        table={
          <CityTable
            caption={t('statistics.charts.shares.title')}
            cities={cities}
            columns={[
              { label: t('statistics.summary.onlineShare'), value: (c) => f.share(c.onlineShare) },
              { label: t('statistics.summary.offSiteShare'), value: (c) => f.share(c.offSiteShare) },
              { label: t('statistics.summary.sameDayShare'), value: (c) => f.share(c.sameDayShare) },
            ]}
          />
        }
      />
      <ChartSection
        name="timeliness"
        title={t('statistics.charts.timeliness.title')}
        description={t('statistics.charts.timeliness.description')}
        chart={<EChart option={options.timeliness} label={t('statistics.charts.timeliness.title')} />}
        table={
          <CityTable
            caption={t('statistics.charts.timeliness.title')}
            cities={cities}
            columns={[
              { label: t('statistics.summary.onTimeRate'), value: (c) => f.share(c.onTimeRate) },
              { label: t('statistics.summary.median'), value: (c) => f.days(c.medianWorkingDays) },
            ]}
          />
        }
      />
      <ChartSection
        name="satisfaction"
        title={t('statistics.charts.satisfaction.title')}
        description={t('statistics.charts.satisfaction.description')}
        chart={<EChart option={options.satisfaction} label={t('statistics.charts.satisfaction.title')} />}
        table={
          <CityTable
            caption={t('statistics.charts.satisfaction.title')}
            cities={cities}
            columns={[
              { label: t('statistics.summary.satisfaction'), value: (c) => f.share(c.satisfaction) },
              { label: t('statistics.summary.openComplaints'), value: (c) => f.count(c.openComplaints) },
            ]}
          />
        }
      />
    </>
  );
}
