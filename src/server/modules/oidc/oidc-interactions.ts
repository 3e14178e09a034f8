import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type Provider from 'oidc-provider';
import type { Actor } from '../../platform/actor.js';
import { platformErrors } from '../../platform/http/platform-errors.js';
import { CSRF_HEADER, SESSION_COOKIE, type SessionResolver } from '../../platform/http/request-context.js';
import {
  oidcScopes,
  restrictedOidcScopes,
  type OidcInteraction,
  type OidcScope,
} from '../../../contracts/oidc.contract.js';
import { oidcErrors } from './oidc.errors.js';
import type { ProviderHolder } from './oidc-provider-holder.js';

type InteractionDetails = Awaited<ReturnType<Provider['interactionDetails']>>;

function sameToken(sent: unknown, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const left = Buffer.from(sent);
  const right = Buffer.from(expected);
  return left.length === right.length && timingSafeEqual(left, right);
}

const isKnownScope = (scope: string): scope is OidcScope => (oidcScopes as readonly string[]).includes(scope);

/** Sites are for citizens and enterprises; staff accounts work in Tongcheng only. */
const canSignInToSites = (actor: Actor) => actor.kind === 'citizen' || actor.kind === 'enterprise';

/**
 * The login and consent steps of a sign-in at a site. The pending request is found through the
 * provider's interaction cookie, so only the browser that started it can answer it; the person
 * is whoever holds a live Tongcheng session in that browser.
 */
export function createInteractionService({
  holder,
  resolveSession,
}: {
  holder: ProviderHolder;
  resolveSession: SessionResolver;
}) {
  async function load(request: FastifyRequest, reply: FastifyReply, uid: string) {
    const provider = await holder.get();
    let interaction: InteractionDetails;
    try {
      interaction = await provider.interactionDetails(request.raw, reply.raw);
    } catch (error) {
      // The library's SessionNotFound: no interaction cookie, or its interaction has expired.
      if (error instanceof Error && error.name === 'SessionNotFound') throw oidcErrors.interactionNotFound();
      throw error;
    }
    if (interaction.uid !== uid) throw oidcErrors.interactionNotFound();
    return { provider, interaction };
  }

  async function signedIn(request: FastifyRequest) {
    const token = request.cookies[SESSION_COOKIE];
    return token ? resolveSession(token) : null;
  }

  /** State-changing steps echo the Tongcheng session's CSRF token, as the API's requests do. */
  async function signedInWithCsrf(request: FastifyRequest): Promise<Actor | null> {
    const resolved = await signedIn(request);
    if (!resolved) return null;
    if (!sameToken(request.headers[CSRF_HEADER], resolved.session.csrfToken))
      throw platformErrors.csrfInvalid();
    return resolved.actor;
  }

  function requestedScopes(interaction: InteractionDetails): OidcScope[] {
    const scope = typeof interaction.params.scope === 'string' ? interaction.params.scope : '';
    return [...new Set(scope.split(' ').filter(isKnownScope))];
  }

  /**
   * The step due now. The consent step belongs to the account that did the login step; if this
   * browser's Tongcheng session is gone or is someone else's now, the login step is due again.
   */
  function stepDue(interaction: InteractionDetails, actor: Actor | null): 'login' | 'consent' {
    if (interaction.prompt.name === 'login') return 'login';
    return actor && actor.userId === interaction.session?.accountId ? 'consent' : 'login';
  }

  async function finishLogin(request: FastifyRequest, reply: FastifyReply, provider: Provider, actor: Actor) {
    if (!canSignInToSites(actor)) throw oidcErrors.staffAccount();
    return provider.interactionResult(request.raw, reply.raw, {
      login: { accountId: actor.userId, amr: ['pwd'], remember: false },
    });
  }

  return {
    /**
     * For the page itself: when the login step is pending and this browser is signed in to
     * Tongcheng with an account that may sign in to sites, the step is done at once ("redirect");
     * when nobody is signed in, the person signs in first ("login"); otherwise the page shows.
     */
    async visit(
      request: FastifyRequest,
      reply: FastifyReply,
      uid: string,
    ): Promise<{ next: 'redirect'; to: string } | { next: 'login' } | { next: 'page' }> {
      let loaded;
      try {
        loaded = await load(request, reply, uid);
      } catch {
        return { next: 'page' };
      }
      const resolved = await signedIn(request);
      if (stepDue(loaded.interaction, resolved?.actor ?? null) !== 'login') return { next: 'page' };
      if (!resolved) return { next: 'login' };
      if (!canSignInToSites(resolved.actor)) return { next: 'page' };
      return { next: 'redirect', to: await finishLogin(request, reply, loaded.provider, resolved.actor) };
    },

    async details(request: FastifyRequest, reply: FastifyReply, uid: string): Promise<OidcInteraction> {
      const { provider, interaction } = await load(request, reply, uid);
      const clientId = String(interaction.params.client_id);
      const client = await provider.Client.find(clientId);
      if (!client) throw oidcErrors.interactionNotFound();
      const resolved = await signedIn(request);
      return {
        uid: interaction.uid,
        prompt: stepDue(interaction, resolved?.actor ?? null),
        client: { clientId, name: client.clientName ?? clientId },
        scopes: requestedScopes(interaction),
        account: resolved
          ? {
              displayName: resolved.actor.displayName,
              kind: resolved.actor.kind,
              eligible: canSignInToSites(resolved.actor),
            }
          : null,
      };
    },

    async login(request: FastifyRequest, reply: FastifyReply, uid: string): Promise<string> {
      const { provider, interaction } = await load(request, reply, uid);
      const actor = await signedInWithCsrf(request);
      if (!actor) throw oidcErrors.interactionNotFound();
      if (stepDue(interaction, actor) !== 'login') throw oidcErrors.interactionStep();
      return finishLogin(request, reply, provider, actor);
    },

    /**
     * The person agrees. The grant holds exactly what was agreed to this time; the restricted
     * id_number scope only with the separate agreement, otherwise it is recorded as refused.
     */
    async consent(
      request: FastifyRequest,
      reply: FastifyReply,
      uid: string,
      { shareIdNumber }: { shareIdNumber: boolean },
    ): Promise<string> {
      const { provider, interaction } = await load(request, reply, uid);
      const actor = await signedInWithCsrf(request);
      const accountId = interaction.session?.accountId;
      if (!actor || !accountId || stepDue(interaction, actor) !== 'consent')
        throw oidcErrors.interactionStep();
      const requested = requestedScopes(interaction);
      const refused = requested.filter((s) => restrictedOidcScopes.includes(s) && !shareIdNumber);
      const grant = new provider.Grant({ accountId, clientId: String(interaction.params.client_id) });
      grant.addOIDCScope(requested.filter((s) => !refused.includes(s)));
      if (refused.length > 0) grant.rejectOIDCScope(refused);
      const grantId = await grant.save();
      return provider.interactionResult(request.raw, reply.raw, { consent: { grantId } });
    },

    /** The person declines: the site is told access_denied. */
    async abort(request: FastifyRequest, reply: FastifyReply, uid: string): Promise<string> {
      const { provider } = await load(request, reply, uid);
      // Declining needs no account, but a signed-in browser still echoes its CSRF token.
      await signedInWithCsrf(request);
      return provider.interactionResult(
        request.raw,
        reply.raw,
        { error: 'access_denied', error_description: 'End-User declined the request' },
        { mergeWithLastSubmission: false },
      );
    },
  };
}

export type InteractionService = ReturnType<typeof createInteractionService>;
