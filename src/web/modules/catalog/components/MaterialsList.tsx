import { useTranslation } from 'react-i18next';
import type { Material } from '../../../../contracts/catalog.contract.js';
import { useCatalogLabel } from '../catalog.labels.js';

/** Application materials: name, whether required (or when), which form, copies, substitutes. */
export function MaterialsList({ materials }: { materials: Material[] }) {
  const { t } = useTranslation();
  const label = useCatalogLabel();
  if (materials.length === 0) return <>{t('catalog.noMaterials')}</>;
  return (
    <ul>
      {materials.map((material) => (
        <li key={material.key}>
          {material.name}
          {t('catalog.materialDetail', {
            requirement: label('requirements', material.requirement),
            form: label('materialForms', material.form),
            count: material.copies,
          })}
          {material.condition && (
            <div>{t('catalog.materialCondition', { condition: material.condition })}</div>
          )}
          {material.replaceableBy && (
            <div>
              {t('catalog.materialReplaceable', { replacement: label('licences', material.replaceableBy) })}
            </div>
          )}
          {material.note && <div>{material.note}</div>}
        </li>
      ))}
    </ul>
  );
}
