import { Resolution } from '../../entities/tickets/ticket.enums.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';

type ClockFacts = Pick<Ticket, 'resolution' | 'closedAt' | 'slaOutcome' | 'respondedAt' | 'mergedInto'>;

/**
 * The instant a ticket's response clock reads at `now`: a ticket outside the
 * response-time SLA (#19) stopped its clock when it was closed, so it never
 * shows a breach it cannot have.
 */
export function slaClockNow(ticket: ClockFacts, now: Date): Date {
  return isOutsideResponseSla(ticket) && ticket.closedAt ? ticket.closedAt : now;
}

/**
 * #19: a COMMERCIAL_QUESTION forwarded to sales, and an undecided duplicate
 * merged into another ticket (the one incident is measured there, from the
 * earlier arrival) are not measured against their own deadline.
 */
export function isOutsideResponseSla(ticket: ClockFacts): boolean {
  if (ticket.slaOutcome || ticket.respondedAt) return false;
  return ticket.resolution === Resolution.FORWARDED_TO_SALES || (ticket.resolution === Resolution.DUPLICATE && ticket.mergedInto !== null);
}
