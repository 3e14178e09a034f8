import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CityPairStatistics } from '../../../../contracts/statistics.contract.js';
import { useCityName } from '../../directory/directory.api.js';
import { useStatisticsFormat } from '../use-statistics-format.js';
import { ChartSection } from './ChartSection.js';
import { baseOption, EChart } from './EChart.js';

/** Receiving city → deciding city: a heatmap and the same matrix as a table. */
export function CityPairMatrix({ data }: { data: CityPairStatistics }) {
  const { t } = useTranslation();
  const cityName = useCityName();
  const f = useStatisticsFormat();
  const title = t('statistics.charts.pairs.title');
  const codes = data.cities.map((c) => c.code);
  const name = (code: string) => cityName(code, data.cities.find((c) => c.code === code)?.name);
  const count = (receiving: string, deciding: string) =>
    data.pairs.find((p) => p.receivingCityCode === receiving && p.decidingCityCode === deciding);

  const option = useMemo(() => {
    const codes = data.cities.map((c) => c.code);
    const name = (code: string) => cityName(code, data.cities.find((c) => c.code === code)?.name);
    const values = data.pairs.map((p) => [
      codes.indexOf(p.decidingCityCode),
      codes.indexOf(p.receivingCityCode),
      p.submitted,
    ]);
    return {
      ...baseOption(),
      tooltip: { trigger: 'item', confine: true },
      grid: { left: 8, right: 16, top: 16, bottom: 64, containLabel: true },
      xAxis: {
        type: 'category',
        data: codes.map(name),
        name: t('statistics.table.deciding'),
        nameLocation: 'middle',
        nameGap: 28,
      },
      yAxis: {
        type: 'category',
        data: codes.map(name),
        name: t('statistics.table.receiving'),
        inverse: true,
      },
      visualMap: {
        min: 0,
        max: Math.max(1, ...data.pairs.map((p) => p.submitted)),
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        inRange: { color: ['#f3f7fc', '#1554a8'] },
        textStyle: { color: '#1f2329' },
      },
      series: [
        {
          type: 'heatmap',
          name: t('statistics.summary.submitted'),
          data: values,
          label: { show: true, formatter: (p: { value: number[] }) => f.count(p.value[2] ?? 0) },
        },
      ],
    };
  }, [data, cityName, f, t]);

  return (
    <ChartSection
      name="pairs"
      title={title}
      description={t('statistics.charts.pairs.description')}
      chart={<EChart option={option} label={title} height={360} />}
      table={
        <table className="data-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{`${t('statistics.table.receiving')} \\ ${t('statistics.table.deciding')}`}</th>
              {codes.map((code) => (
                <th key={code} scope="col">
                  {name(code)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {codes.map((receiving) => (
              <tr key={receiving} data-receiving={receiving}>
                <th scope="row">{name(receiving)}</th>
                {codes.map((deciding) => {
                  const pair = count(receiving, deciding);
                  return (
                    <td key={deciding} data-deciding={deciding}>
                      {pair ? f.count(pair.submitted) : '—'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
