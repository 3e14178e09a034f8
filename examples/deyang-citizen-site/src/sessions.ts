import { randomBytes } from 'node:crypto';

/** Someone signed in through Tongcheng, as this site keeps them. */
export interface SignedInPerson {
  sub: string;
  name: string | null;
  phoneNumber: string | null;
  idNumber: string | null;
  idToken: string;
}

/** A sign-in on its way to Tongcheng and back: the checks the answer must pass. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
}

interface SiteSession {
  pending?: PendingSignIn;
  person?: SignedInPerson;
}

export const SESSION_COOKIE = 'dy_session';

/**
 * Sessions in memory: enough for an example. A real site keeps them where all its processes see
 * them, as Tongcheng does in PostgreSQL.
 */
export class SessionStore {
  private readonly sessions = new Map<string, SiteSession>();

  get(id: string | undefined): SiteSession | undefined {
    return id ? this.sessions.get(id) : undefined;
  }

  /** A new session id each time someone signs in, so an id planted before cannot be ridden after. */
  create(session: SiteSession): string {
    const id = randomBytes(32).toString('base64url');
    this.sessions.set(id, session);
    return id;
  }

  delete(id: string | undefined): void {
    if (id) this.sessions.delete(id);
  }
}
