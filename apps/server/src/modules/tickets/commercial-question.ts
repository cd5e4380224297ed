import type { EntityManager } from '@mikro-orm/core';
import { NotificationKind } from '../../entities/notifications/notification.enums.js';
import { Resolution, TicketCategory, TicketStatus, TimelineKind, type RejectionReason } from '../../entities/tickets/ticket.enums.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import { recordTimeline } from './timeline.js';
import type { TicketServices } from './ticket-services.js';

/**
 * #19: a COMMERCIAL_QUESTION is the sales department's to answer (the
 * agreement's contacts: isc@ for commercial matters), so support forwards it
 * and closes the ticket at intake on every channel. A request refused at
 * intake (ID-2: an expired contract) stays REJECTED — that notice already
 * names the sales mailbox for a renewal.
 */
export function isForwardedToSales(category: TicketCategory, rejection: RejectionReason | null): boolean {
  return category === TicketCategory.COMMERCIAL_QUESTION && rejection === null;
}

/**
 * The state a forwarded question is registered in: CLOSED FORWARDED_TO_SALES
 * and never awaiting a reaction — so it is not in the queue, arms no SLA-7
 * timer and gets no SLA-9 outcome (the report counts decided tickets and
 * undecided ones awaiting a reaction only). Its deadline is still computed
 * and kept, as every ticket's is, but nothing measures against it. No
 * resolution time either (#14): support did not resolve it.
 */
export function forwardedToSalesState(now: Date): Pick<Ticket, 'status' | 'awaitingReaction' | 'resolution' | 'closedAt'> {
  return { status: TicketStatus.CLOSED, awaitingReaction: false, resolution: Resolution.FORWARDED_TO_SALES, closedAt: now };
}

/** Forwards the question to sales and tells the customer who will answer, in the registering transaction. */
export async function forwardToSales(em: EntityManager, deps: TicketServices, ticket: Ticket, actorId: number | null, now: Date): Promise<void> {
  recordTimeline(em, ticket, {
    kind: TimelineKind.CLOSED,
    at: now,
    actorId,
    summary: `Closed: ${Resolution.FORWARDED_TO_SALES} — a commercial question, answered by sales (${deps.sales.address}); not under the response-time SLA`,
    data: { resolution: Resolution.FORWARDED_TO_SALES, salesEmail: deps.sales.address, slaExcluded: true },
  });
  await deps.sales.forward(em, ticket, now);
  await deps.notices.notify(em, NotificationKind.FORWARDED_TO_SALES, ticket, now, { salesEmail: deps.sales.address });
}

