import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseLight } from '../../../../contracts/cases.contract.js';

const COLORS: Record<CaseLight, string> = {
  green: 'success',
  yellow: 'warning',
  red: 'error',
  none: 'default',
};

/** A shape per light, so that it reads without colour: a tick, a clock, a cross; none for none. */
function LightIcon({ light }: { light: CaseLight }) {
  const common = {
    width: 12,
    height: 12,
    viewBox: '0 0 12 12',
    'aria-hidden': true,
    focusable: false,
    style: { marginRight: 4, verticalAlign: '-1px' },
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: 1.6,
  } as const;
  if (light === 'green')
    return (
      <svg {...common}>
        <path d="M2 6.5 5 9.2 10 3" />
      </svg>
    );
  if (light === 'yellow')
    return (
      <svg {...common}>
        <circle cx="6" cy="6" r="4.8" />
        <path d="M6 3.2V6l2 1.4" />
      </svg>
    );
  if (light === 'red')
    return (
      <svg {...common}>
        <circle cx="6" cy="6" r="4.8" />
        <path d="m4 4 4 4M8 4 4 8" />
      </svg>
    );
  return null;
}

/** The deadline light as words and an icon; the colour only helps. */
export function LightTag({ light }: { light: CaseLight }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[light]} data-light={light}>
      <LightIcon light={light} />
      {t(`worklist.lights.${light}`)}
    </Tag>
  );
}
