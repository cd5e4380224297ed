import type { EntityManager } from '@mikro-orm/core';
import { InvalidState, NotFound } from '../../common/errors.js';
import { idOf } from '../../common/ids.js';
import { TimelineKind } from '../../entities/tickets/ticket.enums.js';
import { RefusedRequest } from '../../entities/tickets/refused-request.entity.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import type { Actor } from '../../graphql/actor.js';
import type { CreateTicketCommand } from './create-ticket.command.js';
import { moscow } from './reaction.js';
import { TicketIntakeService } from './ticket-intake.service.js';
import { type TicketServices } from './ticket-services.js';
import { recordTimeline } from './timeline.js';

/**
 * #12: a request refused for want of identification (ID-1, ID-2) becomes a
 * ticket once staff have identified the customer. SLA-2: the clock starts
 * when the request reached support, so the ticket counts from the refused
 * request's arrival and keeps its channel — a late follow-up may therefore
 * be registered already past its deadline, as it truly is. The refused
 * request then points to the ticket (it no longer waits for follow-up), and
 * the ticket's timeline says where it came from.
 */
export class RefusedRequestRegistration {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: TicketServices,
  ) {}

  async register(refusedId: string, command: CreateTicketCommand, actor: Actor): Promise<Ticket> {
    const id = idOf(refusedId);
    const refused = id === null ? null : await this.em.findOne(RefusedRequest, id);
    if (!refused) throw new NotFound('RefusedRequest', refusedId);
    if (refused.ticket) throw new InvalidState(`Refused request ${refusedId} is already registered as a ticket`);
    const asArrived: CreateTicketCommand = { ...command, receivedAt: refused.at, channel: refused.channel ?? command.channel };
    const intake = new TicketIntakeService(this.em, this.deps, false);
    return intake.create(asArrived, actor, async (tx, ticket) => {
      const now = this.deps.clock.now();
      // Claimed in the ticket's transaction: of two staff registering it at once, one wins and the other's ticket is rolled back.
      const claimed = await tx.nativeUpdate(RefusedRequest, { id: refused.id, ticket: null }, { ticket: ticket.id, registeredAt: now });
      if (claimed === 0) throw new InvalidState(`Refused request ${refusedId} is already registered as a ticket`);
      recordTimeline(tx, ticket, {
        kind: TimelineKind.LINKED,
        at: now,
        actorId: actor.userId,
        summary: `Registered from a request refused at ${moscow(refused.at)} (${refused.reason}); the deadline counts from that arrival (SLA-2)`,
        data: { refusedRequestId: refused.id, refusedAt: refused.at.toISOString(), refusedReason: refused.reason },
        internal: true,
      });
    });
  }
}
