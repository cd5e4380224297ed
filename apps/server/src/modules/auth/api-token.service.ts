import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../common/clock.js';
import { Forbidden, NotFound, ProblemList, RateLimited } from '../../common/errors.js';
import { existingId, idOf } from '../../common/ids.js';
import { ApiToken } from '../../entities/auth/api-token.entity.js';
import { Role } from '../../entities/auth/role.enum.js';
import { User } from '../../entities/auth/user.entity.js';
import type { Actor } from '../../graphql/actor.js';
import type { EventBus } from '../../infra/events/domain-events.js';
import { AuditKind } from '../../entities/audit/audit.enums.js';
import { AuditLog, type AuditActor } from '../audit/index.js';
import type { RateLimiter } from './rate-limiter.js';

export const API_TOKEN_PREFIX = 'dsk_';
const DEFAULT_RATE_LIMIT = 600;

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** `dsk_<id>_<secret>`: the id finds the row, the secret proves possession. */
function parse(token: string): { id: number; secret: string } | null {
  const match = /^dsk_(\d+)_([A-Za-z0-9_-]{32,})$/.exec(token);
  const id = match ? idOf(match[1]!) : null;
  return id === null ? null : { id, secret: match![2]! };
}

/** The API token id an Authorization value names, or null for anything else (a sign-in token, nothing). */
export function apiTokenIdOf(authorization: string | undefined): number | null {
  const token = authorization?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  return token ? (parse(token)?.id ?? null) : null;
}

/** Partner API tokens: created and revoked by admins or the partner's own admin, stored hashed, rate limited. */
export class ApiTokenService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    /** The operator's ceiling on any token's requests per minute (API_TOKEN_MAX_RATE_LIMIT). */
    private readonly rateCeiling: number,
    /** Told of a revocation, so open sockets with the token close at once (AccessWatch). */
    private readonly events: EventBus | null = null,
  ) {}

  async create(userId: string, name: string, rateLimitPerMinute: number | null, actor: Actor, audit: AuditActor): Promise<{ token: string; apiToken: ApiToken }> {
    assertNotAToken(actor);
    const problems = new ProblemList();
    const userRow = idOf(userId);
    const user = userRow === null ? null : await this.em.findOne(User, { id: userRow, active: true });
    if (!user || user.role !== Role.PARTNER) problems.add('userId', 'must be an active partner user');
    if (!name.trim()) problems.add('name', 'is required');
    const limit = rateLimitPerMinute ?? Math.min(DEFAULT_RATE_LIMIT, this.rateCeiling);
    if (!Number.isInteger(limit) || limit < 1 || limit > this.rateCeiling) problems.add('rateLimitPerMinute', `must be between 1 and ${this.rateCeiling}`);
    problems.throwIfAny();
    this.assertManages(actor, user!);
    const secret = randomBytes(32).toString('base64url');
    const apiToken = await this.em.transactional(async (tx) => {
      const created = tx.create(ApiToken, {
        user: tx.getReference(User, user!.id),
        name: name.trim(),
        secretHash: hashSecret(secret),
        rateLimitPerMinute: limit,
        createdBy: tx.getReference(User, actor.userId),
        createdAt: this.clock.now(),
      });
      await tx.flush();
      const after = { name: created.name, user: user!.email, rateLimitPerMinute: limit };
      const summary = `API token "${created.name}" created for ${user!.email}`;
      await AuditLog.record(tx, audit, { kind: AuditKind.API_TOKEN_CREATED, summary, object: { type: 'ApiToken', id: created.id }, after }, created.createdAt);
      return created;
    });
    return { token: `${API_TOKEN_PREFIX}${apiToken.id}_${secret}`, apiToken };
  }

  async revoke(id: string, actor: Actor, audit: AuditActor): Promise<ApiToken> {
    assertNotAToken(actor);
    const apiToken = await this.em.findOne(ApiToken, existingId(id, 'API token'), { populate: ['user'] });
    if (!apiToken) throw new NotFound('API token', id);
    this.assertManages(actor, apiToken.user.getEntity());
    if (!apiToken.revokedAt) {
      apiToken.revokedAt = this.clock.now();
      const event = { kind: AuditKind.API_TOKEN_REVOKED, summary: `API token "${apiToken.name}" of ${apiToken.user.getEntity().email} revoked`, object: { type: 'ApiToken', id: apiToken.id } };
      await AuditLog.record(this.em, audit, event, apiToken.revokedAt);
    }
    await this.em.flush();
    this.events?.publish({ type: 'access.revoked', userId: null, apiTokenId: apiToken.id });
    return apiToken;
  }

  /** Admins: every token; a partner's admin: the organization's; any other partner user: those acting as them. */
  async list(actor: Actor): Promise<ApiToken[]> {
    const where = actor.role === Role.ADMIN ? {} : managesOrganization(actor) ? { user: { organization: actor.organizationId! } } : { user: actor.userId };
    return this.em.find(ApiToken, where, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  /** Whom the caller may issue a token for: active partner users (admins: all; a partner's admin: its own). */
  async holders(actor: Actor): Promise<User[]> {
    const where = actor.role === Role.ADMIN ? {} : managesOrganization(actor) ? { organization: actor.organizationId! } : { id: -1 };
    return this.em.find(User, { ...where, role: Role.PARTNER, active: true }, { orderBy: { fullName: 'asc', id: 'asc' } });
  }

  /** The partner user a valid token acts as; throws RateLimited past the token's limit. */
  async authenticate(token: string, limiter: RateLimiter): Promise<User | null> {
    const parsed = parse(token);
    if (!parsed) return null;
    const apiToken = await this.em.findOne(ApiToken, { id: parsed.id, revokedAt: null }, { populate: ['user'] });
    if (!apiToken) return null;
    const expected = Buffer.from(apiToken.secretHash, 'hex');
    if (!timingSafeEqual(Buffer.from(hashSecret(parsed.secret), 'hex'), expected)) return null;
    const user = apiToken.user.getEntity();
    if (!user.active) return null;
    const now = this.clock.now();
    // A token from before a lower ceiling is held to the ceiling too.
    const limit = Math.min(apiToken.rateLimitPerMinute, this.rateCeiling);
    if (!limiter.take(`api-token:${apiToken.id}`, limit, now)) {
      throw new RateLimited(
        `API token "${apiToken.name}" is over its limit of ${limit} requests per minute`,
        limiter.secondsUntilNextWindow(now),
      );
    }
    if (!apiToken.lastUsedAt || now.getTime() - apiToken.lastUsedAt.getTime() > 60_000) {
      await this.em.nativeUpdate(ApiToken, { id: apiToken.id }, { lastUsedAt: now });
    }
    return user;
  }

  /** Admins manage every token; a partner's own admin manages the tokens of its organization. */
  private assertManages(actor: Actor, user: User): void {
    if (actor.role === Role.ADMIN) return;
    if (managesOrganization(actor) && user.organization?.id === actor.organizationId) return;
    throw new Forbidden("Only an admin or the partner's own admin manages its API tokens");
  }
}

/**
 * A token minting tokens would outlive its own revocation and pick its own limit (#15 finding 5):
 * managing tokens takes the person, signed in.
 */
function assertNotAToken(actor: Actor): void {
  if (actor.viaApiToken) throw new Forbidden('An API token cannot create or revoke API tokens; sign in to manage them');
}

function managesOrganization(actor: Actor): boolean {
  return actor.role === Role.PARTNER && actor.organizationAdmin && actor.organizationId !== null;
}
