import { OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import { nextStatus, type TicketAction } from '@desk/sla';
import { InvalidState, NotFound } from '../../common/errors.js';
import { idOf } from '../../common/ids.js';
import { TicketStatus, TimelineKind } from '../../entities/tickets/ticket.enums.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import type { Actor } from '../../graphql/actor.js';
import { runTicketChange, type TicketChangeDeps } from './ticket-change.js';
import { recordTimeline } from './timeline.js';
import { refreshAwaitingReaction } from './reaction.js';
import { visibleTo } from './ticket-query.service.js';
import { type CoreServices } from '../../graphql/context.js';

export type TicketChangeDependencies = CoreServices & TicketChangeDeps;

export type TicketMutation = (em: EntityManager, ticket: Ticket, now: Date) => void | Promise<void>;

/**
 * Loads a ticket the actor may see (null: the system, acting for a sender a
 * channel has already matched to the ticket's organization), checks TKT-2
 * allows `action` in its status, applies `mutate`, moves the status and records that on the timeline,
 * all in one queue-locked transaction (runTicketChange). A concurrent change
 * of the same ticket loses cleanly with CONFLICT.
 */
export async function changeTicket(
  em: EntityManager,
  deps: TicketChangeDependencies,
  ticketId: string,
  actor: Actor | null,
  action: TicketAction,
  mutate: TicketMutation,
): Promise<Ticket> {
  const id = idOf(ticketId);
  try {
    return await runTicketChange(em, deps, async (tx, scope) => {
      const ticket = id === null ? null : await tx.findOne(Ticket, { $and: [{ id }, actor ? visibleTo(actor) : {}] });
      if (!ticket) throw new NotFound('Ticket', ticketId);
      const from = ticket.status;
      const to = nextStatus(from, action);
      if (to === null) throw new InvalidState(notAllowed(ticket, action));
      await scope.remember(ticket);
      const now = deps.clock.now();
      await mutate(tx, ticket, now);
      if (to !== from) {
        ticket.status = to;
        recordTimeline(tx, ticket, {
          kind: TimelineKind.STATUS_CHANGED,
          at: now,
          actorId: actor?.userId ?? null,
          summary: `${from} → ${to}`,
          data: { from, to },
        });
      }
      refreshAwaitingReaction(ticket);
      ticket.updatedAt = now;
      return ticket;
    });
  } catch (error) {
    if (error instanceof OptimisticLockError) {
      throw new InvalidState(`Ticket ${ticketId} was changed by someone else at the same moment; reload and try again`);
    }
    throw error;
  }
}

function notAllowed(ticket: Ticket, action: TicketAction): string {
  if (ticket.status === TicketStatus.CLOSED || ticket.status === TicketStatus.REJECTED) {
    return `Ticket ${ticket.number} is ${ticket.status}: closed tickets never change (TKT-4)`;
  }
  if (action === 'START_WORK') return `Ticket ${ticket.number} is ${ticket.status}: work has already started`;
  if (action === 'REPLY') return `Ticket ${ticket.number} is NEW: start work on it first (the reaction, SLA-2)`;
  return `Ticket ${ticket.number} is ${ticket.status}: ${action} is not possible now (TKT-2)`;
}
