import type { z } from 'zod';
import type { Actor } from '../../platform/actor.js';
import type { Config } from '../../platform/config.js';
import type { Database, Tx } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/errors.js';
import { platformErrors } from '../../platform/http/platform-errors.js';
import type { SessionContext } from '../../platform/http/request-context.js';
import { hashToken, newId, newSecretToken } from '../../platform/ids.js';
import type { DemoAccount } from '../../demo-accounts.js';
import type {
  AccountView,
  citizenRegistrationSchema,
  enterpriseRegistrationSchema,
  SessionView,
  staffCreationSchema,
} from '../../../contracts/identity.contract.js';
import type { DirectoryModule } from '../directory/index.js';
import { identityErrors, type UniqueField } from './identity.errors.js';
import { can, grantRequirementProblems, lockoutMinutes, type RoleGrantInput } from './identity.policy.js';
import {
  toAccountView,
  toActor,
  toApplicantProfile,
  type ApplicantProfile,
  type NamedGrant,
} from './identity.presenter.js';
import {
  scrubDatabaseError,
  uniqueViolationField,
  type AccountRow,
  type IdentityRepository,
  type NewAccountRow,
  type RoleGrantRow,
} from './identity.repository.js';
import { loginLookups, type LoginLookup } from './login-identifiers.js';
import { createSessionCache } from './session-cache.js';
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from './passwords.js';

export type CitizenRegistrationForm = z.output<typeof citizenRegistrationSchema>;
export type EnterpriseRegistrationForm = z.output<typeof enterpriseRegistrationSchema>;
export type StaffCreationForm = z.output<typeof staffCreationSchema>;

/** Where a sign-in comes from: the cookie it already carried and what the session row records. */
export interface SignInContext {
  previousToken: string | null;
  client: { ipAddress: string | null; userAgent: string | null };
}

/** A new session: the cookie token (never stored) and the owner's view of it. */
export interface SignedIn {
  token: string;
  session: SessionView;
}

type DirectoryLookups = Pick<DirectoryModule, 'findOrganisation' | 'findOrganisationByKey' | 'findCity'>;

/** last_seen_at is written at most this often, so that busy sessions do not write on every request. */
const TOUCH_INTERVAL_MS = 60_000;
/**
 * How long this process trusts a session it read without reading it again. A session ended in
 * another process (sign-out, a disabled account, changed roles) stops working here within this time.
 */
export const SESSION_CACHE_TTL_MS = 5_000;
const SESSION_CACHE_MAX_ENTRIES = 20_000;
/** Longer cookie values are not ours; they are refused before hashing. */
const MAX_TOKEN_LENGTH = 128;

/**
 * Keeps the caller's errors, turns a unique-index race into the same 409 the pre-check gives,
 * and strips query parameters (personal data) from any other database error before it is logged.
 */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) throw error;
    const field = uniqueViolationField(error);
    if (field) throw identityErrors.alreadyRegistered([field]);
    throw scrubDatabaseError(error);
  }
}

function lockedError(lockedUntil: Date, at: Date) {
  const seconds = Math.max(1, Math.ceil((lockedUntil.getTime() - at.getTime()) / 1000));
  return identityErrors.locked({
    params: { minutes: Math.ceil(seconds / 60) },
    headers: { 'retry-after': String(seconds) },
  });
}

/** Accounts, credentials, sessions and staff roles. */
export function createIdentityService({
  database,
  config,
  directory,
  repository,
  now = () => new Date(),
  sessionCacheTtlMs = SESSION_CACHE_TTL_MS,
}: {
  database: Database;
  config: Pick<Config, 'SESSION_IDLE_MINUTES' | 'SESSION_ABSOLUTE_HOURS'>;
  directory: DirectoryLookups;
  repository: IdentityRepository;
  now?: () => Date;
  /** 0 turns the cache off: every request reads its session. */
  sessionCacheTtlMs?: number;
}) {
  const idleMs = config.SESSION_IDLE_MINUTES * 60_000;
  const absoluteMs = config.SESSION_ABSOLUTE_HOURS * 3_600_000;
  const sessionCache = createSessionCache({
    ttlMs: sessionCacheTtlMs,
    maxEntries: SESSION_CACHE_MAX_ENTRIES,
  });

  async function nameGrants(tx: Tx, grants: RoleGrantRow[]): Promise<NamedGrant[]> {
    const names = new Map<string, string | null>();
    for (const { orgId } of grants) {
      if (orgId !== null && !names.has(orgId)) {
        names.set(orgId, (await directory.findOrganisation(tx, orgId))?.name ?? null);
      }
    }
    return grants.map((g) => ({
      role: g.role,
      cityCode: g.cityCode,
      orgId: g.orgId,
      orgName: g.orgId === null ? null : (names.get(g.orgId) ?? null),
    }));
  }

  async function accountView(tx: Tx, account: AccountRow, viewer: Actor | 'owner'): Promise<AccountView> {
    const grants = account.kind === 'staff' ? await repository.listRoleGrants(tx, account.id) : [];
    const unmasked = viewer === 'owner' || can(viewer, 'account.view_unmasked', { accountId: account.id });
    return toAccountView(account, await nameGrants(tx, grants), { unmasked });
  }

  /** Opens a session for the account; the one the request came with is deleted (a new id at every sign-in). */
  async function openSession(tx: Tx, account: AccountRow, context: SignInContext): Promise<SignedIn> {
    const at = now();
    if (context.previousToken) {
      const previous = hashToken(context.previousToken);
      sessionCache.forgetTokenHash(previous);
      await repository.deleteSessionByTokenHash(tx, previous);
    }
    sessionCache.forgetAccount(account.id);
    await repository.deleteStaleSessions(tx, account.id, at, new Date(at.getTime() - idleMs));
    const token = newSecretToken();
    const csrfToken = newSecretToken();
    const expiresAt = new Date(at.getTime() + absoluteMs);
    await repository.insertSession(tx, {
      id: newId(),
      tokenHash: hashToken(token),
      accountId: account.id,
      csrfToken,
      createdAt: at,
      lastSeenAt: at,
      expiresAt,
      ipAddress: context.client.ipAddress,
      userAgent: context.client.userAgent,
    });
    return {
      token,
      session: {
        account: await accountView(tx, account, 'owner'),
        csrfToken,
        expiresAt: expiresAt.toISOString(),
      },
    };
  }

  async function findTakenFields(
    tx: Tx,
    identifiers: { citizenIdNumber?: string; citizenMobile?: string; creditCode?: string; username?: string },
  ): Promise<UniqueField[]> {
    const holders = await repository.listAccountsHoldingIdentifiers(tx, identifiers);
    const citizens = holders.filter((h) => h.kind === 'citizen');
    const taken: UniqueField[] = [];
    if (identifiers.citizenIdNumber && citizens.some((h) => h.idNumber === identifiers.citizenIdNumber)) {
      taken.push('idNumber');
    }
    if (identifiers.citizenMobile && citizens.some((h) => h.mobile === identifiers.citizenMobile)) {
      taken.push('mobile');
    }
    if (identifiers.creditCode && holders.some((h) => h.creditCode === identifiers.creditCode)) {
      taken.push('creditCode');
    }
    if (identifiers.username && holders.some((h) => h.username === identifiers.username)) {
      taken.push('username');
    }
    return taken;
  }

  async function register(
    row: Omit<NewAccountRow, 'id' | 'passwordHash'>,
    password: string,
    identifiers: Parameters<typeof findTakenFields>[1],
    context: SignInContext,
  ): Promise<SignedIn> {
    // Hashing takes tens of milliseconds: done before the transaction opens, not inside it.
    const passwordHash = await hashPassword(password);
    return guarded(() =>
      database.withSystem(async (tx) => {
        const taken = await findTakenFields(tx, identifiers);
        if (taken.length > 0) throw identityErrors.alreadyRegistered(taken);
        const at = now();
        const id = newId();
        await repository.insertAccount(tx, {
          ...row,
          id,
          passwordHash,
          createdAt: at,
          passwordChangedAt: at,
        });
        const account = await repository.findAccountById(tx, id);
        if (!account) throw new Error('identity: the new account was not found in its own transaction');
        return openSession(tx, account, context);
      }),
    );
  }

  async function findLoginAccount(lookups: LoginLookup[]): Promise<AccountRow | null> {
    if (lookups.length === 0) return null;
    return guarded(() =>
      database.withSystem(async (tx) => {
        for (const lookup of lookups) {
          const account = await repository.findAccountByLookup(tx, lookup);
          if (account) return account;
        }
        return null;
      }),
    );
  }

  /** Counts a failed password; answers the lock's end when this failure locks the account. */
  async function recordFailure(accountId: string, at: Date): Promise<Date | null> {
    return guarded(() =>
      database.withSystem(async (tx) => {
        const minutes = lockoutMinutes(await repository.incrementFailedLogins(tx, accountId));
        if (minutes === null) return null;
        const lockedUntil = new Date(at.getTime() + minutes * 60_000);
        await repository.updateLockedUntil(tx, accountId, lockedUntil);
        return lockedUntil;
      }),
    );
  }

  async function grantProblems(tx: Tx, grants: RoleGrantInput[]) {
    const problems: { index: number; field: 'cityCode' | 'orgId'; code: string }[] = [];
    for (const [index, grant] of grants.entries()) {
      for (const p of grantRequirementProblems(grant)) problems.push({ index, ...p });
      if (grant.cityCode !== null && !(await directory.findCity(tx, grant.cityCode))) {
        problems.push({ index, field: 'cityCode', code: 'identity.grant_city_unknown' });
      }
      if (grant.orgId !== null) {
        const org = await directory.findOrganisation(tx, grant.orgId);
        if (!org) problems.push({ index, field: 'orgId', code: 'identity.grant_org_unknown' });
        else if (grant.cityCode !== null && org.cityCode !== grant.cityCode) {
          problems.push({ index, field: 'orgId', code: 'identity.grant_org_wrong_city' });
        }
      }
    }
    return problems;
  }

  async function demoGrants(tx: Tx, demo: Extract<DemoAccount, { kind: 'staff' }>) {
    const grants: RoleGrantInput[] = [];
    for (const { role, cityCode, orgKey } of demo.roles) {
      let orgId: string | null = null;
      if (orgKey !== null) {
        const org = cityCode === null ? null : await directory.findOrganisationByKey(tx, cityCode, orgKey);
        if (!org) {
          throw new Error(
            `demo account ${demo.login}: no organisation "${orgKey}" in ${cityCode}; seed the directory first`,
          );
        }
        orgId = org.id;
      }
      grants.push({ role, cityCode, orgId });
    }
    return grants;
  }

  function demoLookup(demo: DemoAccount): LoginLookup {
    if (demo.kind === 'citizen') return { by: 'citizenIdNumber', value: demo.idNumber };
    if (demo.kind === 'enterprise') return { by: 'creditCode', value: demo.creditCode };
    return { by: 'username', value: demo.login };
  }

  function demoRow(demo: DemoAccount) {
    switch (demo.kind) {
      case 'citizen':
        return {
          kind: demo.kind,
          displayName: demo.realName,
          idNumber: demo.idNumber,
          mobile: demo.mobile,
        };
      case 'enterprise':
        return {
          kind: demo.kind,
          displayName: demo.enterpriseName,
          creditCode: demo.creditCode,
          legalRepresentative: demo.legalRepresentative,
          idNumber: demo.legalRepresentativeIdNumber,
          mobile: demo.mobile,
        };
      case 'staff':
        return { kind: demo.kind, displayName: demo.displayName, username: demo.login };
    }
  }

  return {
    /** Registers a citizen by 身份证号 and mobile and signs them in. */
    registerCitizen: ({ form, context }: { form: CitizenRegistrationForm; context: SignInContext }) =>
      register(
        { kind: 'citizen', displayName: form.realName, idNumber: form.idNumber, mobile: form.mobile },
        form.password,
        { citizenIdNumber: form.idNumber, citizenMobile: form.mobile },
        context,
      ),

    /**
     * Registers an enterprise by its credit code and signs it in. Its mobile and its legal
     * representative's ID number need not be unique: one person may represent several firms.
     */
    registerEnterprise: ({ form, context }: { form: EnterpriseRegistrationForm; context: SignInContext }) =>
      register(
        {
          kind: 'enterprise',
          displayName: form.enterpriseName,
          creditCode: form.creditCode,
          legalRepresentative: form.legalRepresentative,
          idNumber: form.legalRepresentativeIdNumber,
          mobile: form.mobile,
        },
        form.password,
        { creditCode: form.creditCode },
        context,
      ),

    /**
     * Checks the password and opens a session. Unknown account and wrong password answer alike
     * and take alike long; a locked account is refused without looking at the password.
     */
    async signIn({
      account: typed,
      password,
      context,
    }: {
      account: string;
      password: string;
      context: SignInContext;
    }): Promise<SignedIn> {
      const account = await findLoginAccount(loginLookups(typed));
      if (!account) {
        await verifyAgainstDummy(password);
        throw identityErrors.invalidCredentials();
      }
      const at = now();
      if (account.lockedUntil && account.lockedUntil > at) throw lockedError(account.lockedUntil, at);
      if (!(await verifyPassword(account.passwordHash, password))) {
        const lockedUntil = await recordFailure(account.id, at);
        throw lockedUntil ? lockedError(lockedUntil, at) : identityErrors.invalidCredentials();
      }
      // Told only to someone who knows the password, so it reveals nothing to a guesser.
      if (account.disabledAt) throw identityErrors.accountDisabled();
      const rehashed = needsRehash(account.passwordHash) ? await hashPassword(password) : null;
      return guarded(() =>
        database.withSystem(async (tx) => {
          await repository.resetFailedLogins(tx, account.id);
          if (rehashed) await repository.updatePasswordHash(tx, account.id, rehashed);
          return openSession(tx, account, context);
        }),
      );
    },

    /** Ends the session; signing out without a session does nothing. */
    async signOut({
      actor,
      session,
    }: {
      actor: Actor | null;
      session: SessionContext | null;
    }): Promise<void> {
      if (!actor || !session) return;
      sessionCache.forgetSession(session.id);
      await guarded(() => database.withActor(actor, (tx) => repository.deleteSession(tx, session.id)));
    },

    /** The signed-in account's own view of its session. */
    async getSession({ actor, session }: { actor: Actor; session: SessionContext }): Promise<SessionView> {
      return guarded(() =>
        database.withActor(actor, async (tx) => {
          const row = await repository.findSessionById(tx, session.id);
          const account = await repository.findAccountById(tx, actor.userId);
          if (!row || !account) throw platformErrors.authenticationRequired();
          return {
            account: await accountView(tx, account, 'owner'),
            csrfToken: row.csrfToken,
            expiresAt: row.expiresAt.toISOString(),
          };
        }),
      );
    },

    /**
     * Turns a session cookie into the acting account, or null. Sessions past their absolute or
     * idle limit, and sessions of disabled accounts, are deleted on sight. A session this process
     * read less than the cache TTL ago is served from memory, its limits checked against the
     * clock; otherwise one statement reads it, outside any transaction (nothing here needs one).
     */
    async resolveSession(token: string): Promise<{ actor: Actor; session: SessionContext } | null> {
      if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) return null;
      const at = now();
      const atMs = at.getTime();
      const tokenHash = hashToken(token);
      const cached = sessionCache.get(tokenHash, atMs);
      if (cached) {
        const lastSeen = Math.max(cached.storedLastSeen, cached.lastSeen);
        if (cached.expiresAt > atMs && atMs - lastSeen < idleMs) {
          cached.lastSeen = atMs;
          if (atMs - cached.storedLastSeen >= TOUCH_INTERVAL_MS) {
            cached.storedLastSeen = atMs;
            await guarded(() => repository.updateSessionLastSeen(database.db, cached.sessionId, at));
          }
          // A copy per request, so nothing a request does to its actor reaches the next one.
          const actor = { ...cached.actor, roles: [...cached.actor.roles], orgIds: [...cached.actor.orgIds] };
          return { actor, session: { id: cached.sessionId, csrfToken: cached.csrfToken } };
        }
        // Past a limit by this process's reckoning: the database decides, and deletes it if so.
        sessionCache.forgetTokenHash(tokenHash);
      }
      return guarded(async () => {
        const row = await repository.findSessionByTokenHash(database.db, tokenHash);
        if (!row) return null;
        const { session, account, grants } = row;
        const idleFor = atMs - session.lastSeenAt.getTime();
        if (session.expiresAt <= at || idleFor >= idleMs || account.disabledAt) {
          await repository.deleteSession(database.db, session.id);
          return null;
        }
        const touched = idleFor >= TOUCH_INTERVAL_MS;
        if (touched) await repository.updateSessionLastSeen(database.db, session.id, at);
        const actor = toActor(account, grants);
        sessionCache.set(tokenHash, {
          sessionId: session.id,
          accountId: account.id,
          actor: { ...actor, roles: [...actor.roles], orgIds: [...actor.orgIds] },
          csrfToken: session.csrfToken,
          expiresAt: session.expiresAt.getTime(),
          storedLastSeen: touched ? atMs : session.lastSeenAt.getTime(),
          lastSeen: atMs,
          loadedAt: atMs,
        });
        return { actor, session: { id: session.id, csrfToken: session.csrfToken } };
      });
    },

    /**
     * Creates a staff account with its role grants; only a system administrator may, and the
     * writes run under row-level security as that administrator.
     */
    async createStaff({ actor, form }: { actor: Actor; form: StaffCreationForm }): Promise<AccountView> {
      if (!can(actor, 'staff.create')) throw platformErrors.forbidden();
      const passwordHash = await hashPassword(form.password);
      return guarded(() =>
        database.withActor(actor, async (tx) => {
          const problems = await grantProblems(tx, form.roles);
          if (problems.length > 0) throw identityErrors.invalidGrants(problems);
          const taken = await findTakenFields(tx, { username: form.username });
          if (taken.length > 0) throw identityErrors.alreadyRegistered(taken);
          const at = now();
          const id = newId();
          await repository.insertAccount(tx, {
            id,
            kind: 'staff',
            displayName: form.displayName,
            username: form.username,
            mobile: form.mobile ?? null,
            passwordHash,
            createdAt: at,
            passwordChangedAt: at,
          });
          await repository.insertRoleGrants(
            tx,
            form.roles.map((g) => ({ id: newId(), accountId: id, ...g, createdAt: at })),
          );
          const account = await repository.findAccountById(tx, id);
          if (!account) throw new Error('identity: the new account was not found in its own transaction');
          return accountView(tx, account, actor);
        }),
      );
    },

    /** One account: its owner sees it whole, a system administrator masked, anyone else not at all. */
    async getAccount({ actor, accountId }: { actor: Actor; accountId: string }): Promise<AccountView> {
      if (!can(actor, 'account.view', { accountId })) throw identityErrors.accountNotFound();
      return guarded(() =>
        database.withActor(actor, async (tx) => {
          const account = await repository.findAccountById(tx, accountId);
          if (!account) throw identityErrors.accountNotFound();
          return accountView(tx, account, actor);
        }),
      );
    },

    /**
     * Creates the demo accounts that do not exist yet, all with one password (hashed once).
     * Staff organisations are found by key, so the directory must be seeded first.
     */
    async seedDemoAccounts({ accounts, password }: { accounts: DemoAccount[]; password: string }) {
      const missing = await guarded(() =>
        database.withSystem(async (tx) => {
          const absent: DemoAccount[] = [];
          for (const demo of accounts) {
            if (!(await repository.findAccountByLookup(tx, demoLookup(demo)))) absent.push(demo);
          }
          return absent;
        }),
      );
      if (missing.length === 0) return;
      const passwordHash = await hashPassword(password);
      await guarded(() =>
        database.withSystem(async (tx) => {
          for (const demo of missing) {
            const at = now();
            const id = newId();
            const grants = demo.kind === 'staff' ? await demoGrants(tx, demo) : [];
            const row = { ...demoRow(demo), id, passwordHash, createdAt: at, passwordChangedAt: at };
            // Another process starting at the same time may have written it first; that is fine.
            if (!(await repository.insertAccountIfAbsent(tx, row))) continue;
            if (grants.length > 0) {
              await repository.insertRoleGrants(
                tx,
                grants.map((g) => ({ id: newId(), accountId: id, ...g, createdAt: at })),
              );
            }
          }
        }),
      );
    },

    /**
     * The active citizen account holding this 身份证号, for a window clerk filing on the holder's
     * behalf (异地代收代办). Read as the owner in its own transaction, because row-level security
     * rightly shows staff no citizen's account; the caller must already have checked the role.
     */
    async findCitizenByIdNumber(idNumber: string): Promise<ApplicantProfile | null> {
      const account = await guarded(() =>
        database.withSystem((tx) =>
          repository.findAccountByLookup(tx, { by: 'citizenIdNumber', value: idNumber }),
        ),
      );
      return account && account.disabledAt === null ? toApplicantProfile(account) : null;
    },

    /** The applicant's account, read in the caller's transaction (row-level security applies). */
    async findApplicantProfile(tx: Tx, accountId: string): Promise<ApplicantProfile | null> {
      const account = await repository.findAccountById(tx, accountId);
      return account ? toApplicantProfile(account) : null;
    },
  };
}

export type IdentityService = ReturnType<typeof createIdentityService>;
