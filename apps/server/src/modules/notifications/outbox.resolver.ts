import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { checkPageSize } from '../../common/cursor.js';
import { idOf, parseId } from '../../common/ids.js';
import { InvalidState, NotFound } from '../../common/errors.js';
import { ACCOUNT_NOTIFICATION_KINDS, OutboxStatus } from '../../entities/notifications/notification.enums.js';
import { Role } from '../../entities/auth/role.enum.js';
import { TimelineKind } from '../../entities/tickets/ticket.enums.js';
import { OutboxMessage } from '../../entities/notifications/outbox-message.entity.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { actorOf } from '../../graphql/auth-checker.js';
import type { RequestContext } from '../../graphql/context.js';
import { STAFF_ROLES } from '../../graphql/actor.js';
import { recordTimeline } from '../tickets/index.js';
import { AuditKind } from '../../entities/audit/audit.enums.js';
import { AuditLog, auditActorOf } from '../audit/index.js';

/**
 * Staff view of customer notifications: delivery status per ticket, and
 * without SMTP_URL the development mailbox (everything stays PENDING there).
 */
@Resolver(() => OutboxMessage)
export class OutboxResolver {
  @Authorized(...STAFF_ROLES)
  @Query(() => [OutboxMessage], { description: 'Staff: customer notifications, newest first; the dev mailbox when no SMTP server is configured' })
  outbox(
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('status', () => OutboxStatus, { nullable: true }) status: OutboxStatus | null,
    @Arg('ticketId', () => ID, { nullable: true }) ticketId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<OutboxMessage[]> {
    checkPageSize(first);
    // An omitted nullable argument arrives as undefined, not null.
    const ticket = ticketId ? parseId(ticketId, 'ticketId') : null;
    // Invitation and reset mails carry one-time sign-in links: an agent reading one could take over the account.
    const hidden = actorOf(ctx).role === Role.ADMIN ? {} : { kind: { $nin: [...ACCOUNT_NOTIFICATION_KINDS] } };
    return ctx.em.find(
      OutboxMessage,
      // Webhook messages (#18) are the endpoints' business: their delivery log shows them.
      { webhookEndpoint: null, ...(status ? { status } : {}), ...(ticket !== null ? { ticket } : {}), ...hidden },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first },
    );
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => OutboxMessage, { description: 'Admin: puts a FAILED notification back into delivery with a fresh set of attempts' })
  async retryNotification(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<OutboxMessage> {
    const actor = actorOf(ctx);
    const outboxId = idOf(id);
    const now = ctx.app.clock.now();
    const message = await ctx.em.transactional(async (tx) => {
      const found = outboxId === null ? null : await tx.findOne(OutboxMessage, outboxId);
      if (!found) throw new NotFound('Notification', id);
      // Conditional, so two admins (or a racing dispatcher) cannot both act on one message.
      const reset = await tx.nativeUpdate(
        OutboxMessage,
        { id: outboxId, status: OutboxStatus.FAILED },
        { status: OutboxStatus.PENDING, attempts: 0, nextAttemptAt: now, leaseUntil: null },
      );
      if (reset !== 1) throw new InvalidState(`Notification ${id} is ${found.status}: only a FAILED notification can be retried`);
      const event = {
        kind: AuditKind.NOTIFICATION_RETRIED,
        summary: `Notification (${found.kind}) to ${found.recipient} queued again after failing`,
        object: { type: 'OutboxMessage', id: found.id },
        before: { status: OutboxStatus.FAILED, attempts: found.attempts, lastError: found.lastError },
        after: { status: OutboxStatus.PENDING, attempts: 0 },
      };
      await AuditLog.record(tx, auditActorOf(ctx), event, now);
      if (found.ticket) {
        recordTimeline(tx, tx.getReference(Ticket, found.ticket.id), {
          kind: TimelineKind.NOTIFICATION_QUEUED,
          at: now,
          actorId: actor.userId,
          summary: `Notification (${found.kind}) to ${found.recipient} queued again after failing`,
          data: { outboxId: found.id, kind: found.kind, channel: found.channel, retry: true },
          internal: true,
        });
      }
      return found;
    });
    await ctx.em.refresh(message);
    // Wakes the dispatchers of every process (they listen for ticket changes), and ticketUpdated subscribers.
    if (message.ticket) ctx.app.events.publish({ type: 'ticket.changed', ticketId: message.ticket.id, queue: null });
    return message;
  }

  @FieldResolver(() => Ticket, { nullable: true, description: 'The ticket the notification is about' })
  ticket(@Root() message: OutboxMessage): Promise<Ticket | null> {
    return message.ticket ? message.ticket.loadOrFail({ dataloader: true }) : Promise.resolve(null);
  }

  @FieldResolver(() => Date, { description: 'When delivery is tried next (PENDING), or was last tried' })
  nextAttemptAt(@Root() message: OutboxMessage): Date {
    return message.nextAttemptAt;
  }
}
