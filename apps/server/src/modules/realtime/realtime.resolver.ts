import { Arg, Authorized, Ctx, Extensions, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Forbidden, NotAuthenticated, ValidationFailed } from '../../common/errors.js';
import { parseId } from '../../common/ids.js';
import { checkPageSize } from '../../common/cursor.js';
import { QueueEventKind } from '../../entities/queue/queue.enums.js';
import { SlaAlertKind } from '../../entities/sla/sla.enums.js';
import { SlaAlert } from '../../entities/sla/sla-alert.entity.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import type { RequestContext } from '../../graphql/context.js';
import { isStaff, STAFF_ROLES } from '../../graphql/actor.js';
import { LIVE_FEED, type LiveFeedExtension } from '../../graphql/live-feed.js';
import { EventStream, type QueueEventPayload } from './event-log-reader.js';
import { type RealtimeContext } from './realtime-services.js';
import { changeVersionOf } from './change-versions.js';
import { ticketUpdates } from './ticket-updates.js';

@ObjectType({ description: 'A change of the live queue (SLA-6); a gap in `version` means: refetch `queue`' })
export class QueueEvent {
  @Field(() => Int, { description: 'Strictly increasing per server cluster' })
  version!: number;

  @Field(() => QueueEventKind)
  kind!: QueueEventKind;

  @Field(() => Ticket)
  ticket!: Ticket;

  @Field(() => Int, { nullable: true, description: 'New 0-based index in queue order; null when REMOVED' })
  position!: number | null;

  @Field(() => Int, { nullable: true, description: 'Index before the change; null when ADDED' })
  previousPosition!: number | null;
}

const AFTER_DESCRIPTION =
  'Resume point (#16): the last version you hold. Events after it are replayed from the event log, then live ones follow, with no gap and none twice. ' +
  'An error with extensions.code RESET means the log cannot answer (too old, too far behind): refetch, then subscribe with the version the refetch returns';

/** A resume point is a version: 0 or more (`null`: live only, as before #16). */
function resumePoint(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const after = Number(value);
  if (!Number.isSafeInteger(after) || after < 0) throw new ValidationFailed([{ field: 'after', message: 'must be a version: an integer, 0 or more' }]);
  return after;
}

/** Without `after`, every staff subscriber hears the same LiveHub topic from the moment it subscribes. */
const STAFF_FEED: Record<string, LiveFeedExtension> = { [LIVE_FEED]: { resumeArgument: 'after' } };

function requireStaff(context: RequestContext): void {
  if (!context.actor) throw new NotAuthenticated();
  if (!isStaff(context.actor)) throw new Forbidden('Queue events and SLA alerts are for support staff');
}

@Resolver(() => SlaAlert)
export class RealtimeResolver {
  @Extensions(STAFF_FEED)
  @Subscription(() => QueueEvent, {
    description: 'Staff: every change of the live queue, in version order',
    subscribe: ({ args, context }) => {
      const ctx = context as RealtimeContext;
      requireStaff(ctx);
      return ctx.app.live.resume(EventStream.QUEUE, resumePoint(args.after));
    },
  })
  queueChanged(@Arg('after', () => Int, { nullable: true, description: AFTER_DESCRIPTION }) _after: number | null, @Root() event: QueueEventPayload): QueueEvent {
    return event;
  }

  @Extensions(STAFF_FEED)
  @Subscription(() => SlaAlert, {
    description: 'Staff: AT_RISK and BREACHED alerts as they are raised, each exactly once (SLA-7)',
    subscribe: ({ args, context }) => {
      const ctx = context as RealtimeContext;
      requireStaff(ctx);
      return ctx.app.live.resume(EventStream.ALERT, resumePoint(args.after));
    },
  })
  slaAlert(@Arg('after', () => Int, { nullable: true, description: `${AFTER_DESCRIPTION} (SlaAlert.version)` }) _after: number | null, @Root() alert: SlaAlert): SlaAlert {
    return alert;
  }

  @Subscription(() => Ticket, {
    description:
      'Anyone who may see the ticket: its state now, at once, then its new state after every change (a page that subscribes after loading misses nothing in between). ' +
      'Each carries its changeVersion; none is sent at or below a changeVersion already sent',
    subscribe: ({ args, context }) => {
      const ctx = context as RealtimeContext;
      if (!ctx.actor) throw new NotAuthenticated();
      return ticketUpdates(ctx, String(args.id), resumePoint(args.after));
    },
  })
  ticketUpdated(
    @Arg('id', () => ID) _id: string,
    @Arg('after', () => Int, {
      nullable: true,
      description:
        'Resume point (#16): the Ticket.changeVersion you hold. At or past the ticket\'s latest change nothing is sent until the next change; ' +
        'otherwise its current state, once (the state is complete: intermediate states are not replayed), then live. ' +
        'Beyond the cluster\'s version: an error with extensions.code RESET (refetch the ticket, then subscribe with its changeVersion)',
    })
    _after: number | null,
    @Root() ticket: Ticket,
  ): Ticket {
    return ticket;
  }

  @Authorized(...STAFF_ROLES)
  @Query(() => [SlaAlert], { description: 'Staff: alerts raised so far, newest first (SLA-7)' })
  slaAlerts(
    @Arg('ticketId', () => ID, { nullable: true }) ticketId: string | null,
    @Arg('kind', () => SlaAlertKind, { nullable: true }) kind: SlaAlertKind | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: RealtimeContext,
  ): Promise<SlaAlert[]> {
    checkPageSize(first);
    return ctx.em.find(
      SlaAlert,
      { ...(ticketId != null ? { ticket: parseId(ticketId, 'ticketId') } : {}), ...(kind ? { kind } : {}) },
      { orderBy: { raisedAt: 'desc', id: 'desc' }, limit: first },
    );
  }

  @FieldResolver(() => Ticket)
  ticket(@Root() alert: SlaAlert): Promise<Ticket> {
    return alert.ticket.loadOrFail({ dataloader: true });
  }
}

/** Ticket.changeVersion (#16): where the ticket stands in the TICKET stream, the resume point of ticketUpdated. */
@Resolver(() => Ticket)
export class TicketChangeVersionResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "The TICKET-stream version of this ticket's latest change in the event log (#16): pass it as ticketUpdated(after:). " +
      'Null when the log holds none (changed only before the log existed, or longer ago than it keeps)',
  })
  changeVersion(@Root() ticket: Ticket, @Ctx() ctx: RealtimeContext): Promise<number | null> {
    return changeVersionOf(ticket, ctx);
  }
}
