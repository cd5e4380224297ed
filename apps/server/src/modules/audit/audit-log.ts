import type { EntityManager } from '@mikro-orm/core';
import { AuditEntry } from '../../entities/audit/audit-entry.entity.js';
import type { AuditKind } from '../../entities/audit/audit.enums.js';
import { User } from '../../entities/auth/user.entity.js';
import type { RequestContext, RequestOrigin } from '../../graphql/context.js';

/** Who acted and from where: a signed-in user's id, or the address an anonymous request named. */
export interface AuditActor {
  readonly userId: number | null;
  /** Known without a lookup (a sign-in attempt's address); otherwise read from the user. */
  readonly email?: string | null;
  readonly origin: RequestOrigin;
}

/** The signed-in caller of a request (or nobody) and where it came from. */
export function auditActorOf(ctx: Pick<RequestContext, 'actor' | 'origin'>): AuditActor {
  return { userId: ctx.actor?.userId ?? null, origin: ctx.origin };
}

export interface AuditEvent {
  readonly kind: AuditKind;
  readonly summary: string;
  readonly object?: { readonly type: string; readonly id: string | number } | null;
  readonly before?: Record<string, unknown> | null;
  readonly after?: Record<string, unknown> | null;
}

/**
 * The audit log's only writer (#12), for every module. `record` adds the entry
 * to the caller's unit of work, so it commits together with the change it
 * describes (or not at all); the caller flushes. Nothing updates or deletes
 * an entry.
 */
export const AuditLog = {
  async record(em: EntityManager, actor: AuditActor, event: AuditEvent, at: Date): Promise<AuditEntry> {
    const email = actor.email ?? (actor.userId !== null ? ((await em.findOne(User, actor.userId, { fields: ['email'] }))?.email ?? null) : null);
    return em.create(AuditEntry, {
      at,
      kind: event.kind,
      actorId: actor.userId,
      actorEmail: email,
      objectType: event.object?.type ?? null,
      objectId: event.object ? String(event.object.id) : null,
      summary: event.summary,
      before: event.before ?? null,
      after: event.after ?? null,
      ip: actor.origin.ip?.slice(0, 64) ?? null,
      userAgent: actor.origin.userAgent?.slice(0, 500) ?? null,
    });
  },
};
