import { useTranslation } from 'react-i18next';
import type { CellStanding } from '../comparison.js';
import './catalog.css';

/**
 * The text (with a symbol) that says how a value stands against the other cities: never colour
 * alone. Nothing for a value most cities share.
 */
export function DifferenceMarker({ standing }: { standing: CellStanding }) {
  const { t } = useTranslation();
  switch (standing) {
    case 'differs':
      return (
        <span className="diff-marker" data-marker="differs">
          <span aria-hidden="true">≠ </span>
          {t('catalog.comparison.differs')}
        </span>
      );
    case 'noMajority':
      return (
        <span className="diff-marker diff-marker-tie" data-marker="no-majority">
          <span aria-hidden="true">≠ </span>
          {t('catalog.comparison.noMajority')}
        </span>
      );
    default:
      return null;
  }
}

/** The marker of a whole row: the same in all four cities, or not (and whether anyone holds a majority). */
export function RowMarker({ uniform, tie }: { uniform: boolean; tie: boolean }) {
  const { t } = useTranslation();
  if (uniform) {
    return (
      <span className="same-marker" data-marker="uniform">
        <span aria-hidden="true">✓ </span>
        {t('catalog.comparison.uniform')}
      </span>
    );
  }
  return (
    <span className="diff-marker" data-marker="not-uniform">
      <span aria-hidden="true">≠ </span>
      {tie ? t('catalog.comparison.tie') : t('catalog.comparison.notUniform')}
    </span>
  );
}
