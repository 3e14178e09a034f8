import { useTranslation } from 'react-i18next';
import type { Material } from '../../../../contracts/catalog.contract.js';
import { useCatalogLabel } from '../catalog.labels.js';
import './compare-table.css';
import './catalog.css';

/** 申请材料 as a guide lists them: name, whether needed (and when), form, copies, substitutes. */
export function MaterialsTable({ materials, caption }: { materials: Material[]; caption: string }) {
  const { t } = useTranslation();
  const label = useCatalogLabel();
  if (materials.length === 0) return <p>{t('catalog.noMaterials')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('catalog.guide.materialName')}</th>
            <th scope="col">{t('catalog.guide.requirement')}</th>
            <th scope="col">{t('catalog.guide.materialForm')}</th>
            <th scope="col">{t('catalog.guide.copies')}</th>
            <th scope="col">{t('catalog.guide.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {materials.map((material) => (
            <tr key={material.key} data-material={material.key}>
              <th scope="row" lang="zh-CN">
                {material.name}
              </th>
              <td>
                {label('requirements', material.requirement)}
                {material.condition && (
                  <div lang="zh-CN">{t('catalog.materialCondition', { condition: material.condition })}</div>
                )}
              </td>
              <td>{label('materialForms', material.form)}</td>
              <td>{t('catalog.guide.copiesValue', { count: material.copies })}</td>
              <td>
                {material.replaceableBy && (
                  <div>
                    {t('catalog.materialReplaceable', {
                      replacement: label('licences', material.replaceableBy),
                    })}
                  </div>
                )}
                {material.note && <div lang="zh-CN">{material.note}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
