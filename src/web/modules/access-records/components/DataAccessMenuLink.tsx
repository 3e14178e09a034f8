import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../identity/identity.api.js';

/** 数据使用记录 in the signed-in menu, for the people whose data it is (not for staff). */
export function DataAccessMenuLink() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const kind = session?.account.kind;
  if (kind !== 'citizen' && kind !== 'enterprise') return null;
  return <Link to="/me/data-access">{t('accessRecords.menuLink')}</Link>;
}
