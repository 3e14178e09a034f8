import { Navigate, Outlet, useLocation } from 'react-router';
import { QueryState } from '../../../shared/components/QueryState.js';
import { useSession } from '../identity.api.js';
import { loginPathFor } from '../safe-redirect.js';

/** Guards the routes below it: anyone not signed in goes to /login and comes back afterwards. */
export function RequireSignIn() {
  const session = useSession();
  const location = useLocation();
  return (
    <QueryState query={session}>
      {(current) => (current ? <Outlet /> : <Navigate to={loginPathFor(location)} replace />)}
    </QueryState>
  );
}
