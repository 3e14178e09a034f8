import { useId } from 'react';
import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** Search the catalogue by name or keyword; results show on /items?q=… (shareable, back-button safe). */
export function ItemSearchBox({ initialKeyword = '' }: { initialKeyword?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const inputId = useId();
  const search = (value: string) => {
    const keyword = value.trim();
    void navigate(keyword ? `/items?${new URLSearchParams({ q: keyword })}` : '/items');
  };
  return (
    <div role="search" style={{ maxWidth: 560 }}>
      <label htmlFor={inputId} style={{ display: 'block', marginBottom: 4 }}>
        {t('catalog.list.searchLabel')}
      </label>
      <Input.Search
        id={inputId}
        key={initialKeyword}
        defaultValue={initialKeyword}
        enterButton={t('catalog.list.search')}
        allowClear
        onSearch={search}
      />
    </div>
  );
}
