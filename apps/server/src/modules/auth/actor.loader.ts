import type { EntityManager } from '@mikro-orm/core';
import { Role } from '../../entities/auth/role.enum.js';
import { Organization } from '../../entities/organizations/organization.entity.js';
import { User } from '../../entities/auth/user.entity.js';
import type { Actor } from '../../graphql/actor.js';
import type { ActorCache } from './actor-cache.js';
import { STAFF_ROLES } from '../../graphql/actor.js';
import type { Clock } from '../../common/clock.js';
import { API_TOKEN_PREFIX, ApiTokenService } from './api-token.service.js';
import type { RateLimiter } from './rate-limiter.js';
import type { TokenService } from './token.service.js';

/** What checking a bearer token needs, built once per process. */
export interface Credentials {
  readonly tokens: TokenService;
  readonly clock: Clock;
  readonly rateLimiter: RateLimiter;
  readonly actorCache: ActorCache;
  /** The most requests per minute any API token gets, whatever it was created with (API_TOKEN_MAX_RATE_LIMIT). */
  readonly apiTokenRateCeiling: number;
}

/**
 * A sign-in token (JWT) or a partner API token (`dsk_…`) becomes an Actor,
 * re-reading the user so a deactivated account or a changed partner
 * relationship takes effect on the next request (the cache is evicted on
 * `access.revoked`). Throws RateLimited when an API token is over its limit.
 */
export async function loadActor(em: EntityManager, credentials: Credentials, authorization: string | undefined): Promise<Actor | null> {
  const token = authorization?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  if (!token) return null;
  if (token.startsWith(API_TOKEN_PREFIX)) {
    const user = await new ApiTokenService(em, credentials.clock, credentials.apiTokenRateCeiling).authenticate(token, credentials.rateLimiter);
    return user ? actorOf(em, user, { viaApiToken: true }) : null;
  }
  const cached = credentials.actorCache.get(token);
  if (cached) return cached;
  const claims = await credentials.tokens.verify(token);
  if (!claims) return null;
  const revision = credentials.actorCache.revision;
  const user = await em.findOne(User, { id: claims.userId, active: true });
  // A raised session version (deactivation, a new password) ends every session issued before it.
  if (!user || user.sessionVersion !== claims.sessionVersion) return null;
  const actor = await actorOf(em, user);
  credentials.actorCache.set(token, actor, revision);
  return actor;
}

export async function actorOf(em: EntityManager, user: User, { viaApiToken = false } = {}): Promise<Actor> {
  const organizationId = user.organization?.id ?? null;
  let visible: number[] | null = null;
  if (!STAFF_ROLES.includes(user.role)) {
    visible = organizationId === null ? [] : [organizationId];
    if (user.role === Role.PARTNER && organizationId !== null) {
      const partner = await em.findOneOrFail(Organization, organizationId, { populate: ['servedCustomers'] });
      // A partner sees the customers it serves (section 2), not its own organization's tickets.
      visible = partner.servedCustomers.getItems().map((c) => c.id);
    }
  }
  return { userId: user.id, role: user.role, organizationId, organizationAdmin: user.organizationAdmin, visibleOrganizationIds: visible, viaApiToken };
}

/**
 * The actor of a file download: the `Authorization` header, or a download
 * grant in `?access=` for exactly this path (TokenService.issueDownload).
 */
export async function loadDownloadActor(
  em: EntityManager,
  credentials: Credentials,
  request: { headers: { authorization?: string }; query: Record<string, unknown>; baseUrl: string; path: string },
): Promise<Actor | null> {
  const grant = request.query.access;
  if (typeof grant !== 'string') return loadActor(em, credentials, request.headers.authorization);
  const userId = await credentials.tokens.verifyDownload(grant, request.baseUrl + request.path);
  const user = userId === null ? null : await em.findOne(User, { id: userId, active: true });
  return user ? actorOf(em, user) : null;
}
