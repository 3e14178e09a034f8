import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLogout, useSession } from '../../modules/identity/identity.api.js';
import { NotificationsLink } from './NotificationsLink.js';
import { DataAccessMenuLink } from '../../modules/access-records/components/DataAccessMenuLink.js';

/** Who is signed in, with sign-out; or the sign-in and registration links. */
export function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const account = session.data?.account;

  if (!account) {
    return (
      <>
        <Link to="/login">{t('layout.signIn')}</Link>
        <Link to="/register">{t('layout.register')}</Link>
      </>
    );
  }
  const signOut = () => logout.mutate(undefined, { onSettled: () => void navigate('/') });
  return (
    <>
      <NotificationsLink />
      <DataAccessMenuLink />
      <span className="masthead-user">
        {t('layout.signedInAs', {
          name: account.displayName,
          kind: t(`identity.accountKinds.${account.kind}`),
        })}
      </span>
      <button type="button" className="masthead-button" onClick={signOut} disabled={logout.isPending}>
        {t('layout.signOut')}
      </button>
    </>
  );
}
