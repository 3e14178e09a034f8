import { useId, useState, type ReactNode } from 'react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * A chart with its title, what it shows, and its data table. Charts are not accessible by
 * themselves: the table is always in the page for screen readers, and shown to everyone on request.
 */
export function ChartSection({
  name,
  title,
  description,
  chart,
  table,
}: {
  name: string;
  title: string;
  description: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [shown, setShown] = useState(false);
  return (
    <section className="page-panel statistics-section" aria-labelledby={`${id}-title`} data-section={name}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="muted">{description}</p>
      {chart}
      <Button
        className="statistics-table-toggle"
        aria-expanded={shown}
        aria-controls={`${id}-table`}
        onClick={() => setShown((s) => !s)}
      >
        {shown ? t('statistics.table.hide') : t('statistics.table.show')}
      </Button>
      <div
        id={`${id}-table`}
        className={shown ? 'table-scroll statistics-table' : 'visually-hidden'}
        {...(shown ? { role: 'region', 'aria-label': title, tabIndex: 0 } : {})}
      >
        {table}
      </div>
    </section>
  );
}
