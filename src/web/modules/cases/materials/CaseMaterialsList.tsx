import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, CaseMaterialView } from '../../../../contracts/cases.contract.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLanguage } from '../../../shared/preferences/use-language.js';
import { formatSize } from './material-values.js';
import './materials.css';

/**
 * What was supplied for the case, in order: the material, the file (or electronic certificate),
 * its format and size, when it came (with the application or a 补正) and a preview that opens the
 * file in a new window. The server decides who may open it: whoever may read the case.
 */
export function CaseMaterialsList({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const materials = detail.materials ?? [];
  if (materials.length === 0) return <p className="case-materials-empty">{t('materials.list.empty')}</p>;
  const contentUrl = (m: CaseMaterialView) =>
    `/api/v1/cases/${encodeURIComponent(detail.id)}/materials/${encodeURIComponent(m.id)}/content`;
  return (
    <Table<CaseMaterialView>
      size="small"
      pagination={false}
      rowKey="id"
      dataSource={materials}
      onRow={(m) => ({ 'data-material-id': m.id, 'data-material-code': m.code }) as object}
      columns={[
        { key: 'name', title: t('materials.list.material'), dataIndex: 'name' },
        {
          key: 'file',
          title: t('materials.list.file'),
          render: (_value, m) =>
            m.source === 'upload'
              ? m.displayName
              : `${t('materials.list.certificate')}（${m.certificateType ?? ''}）`,
        },
        {
          key: 'format',
          title: t('materials.list.format'),
          render: (_value, m) =>
            m.mediaType && m.size !== null
              ? `${t(`materials.types.${m.mediaType}`)} · ${formatSize(m.size)}`
              : '—',
        },
        {
          key: 'when',
          title: t('materials.list.when'),
          render: (_value, m) =>
            `${m.eventSeq === 1 ? t('materials.list.atApplication') : t('materials.list.atSupplement')} · ${formatDateTime(m.suppliedAt, language)}`,
        },
        {
          key: 'action',
          title: t('materials.list.action'),
          render: (_value, m) =>
            m.source === 'upload' ? (
              <a
                href={contentUrl(m)}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={t('materials.list.previewOf', { name: m.displayName ?? m.name })}
              >
                {t('materials.list.preview')}
              </a>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}
