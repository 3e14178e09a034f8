import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * A router link that looks like a button. Wrapping an antd Button in a Link would nest two
 * interactive elements, which screen readers announce badly (axe: nested-interactive).
 */
export function LinkButton({
  to,
  children,
  variant = 'primary',
}: {
  to: string;
  children: ReactNode;
  variant?: 'primary' | 'default';
}) {
  return (
    <Link to={to} className={`link-button link-button-${variant}`}>
      {children}
    </Link>
  );
}
