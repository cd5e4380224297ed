import { Resolution } from '../../entities/tickets/ticket.enums.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';

/**
 * The instant a ticket's response clock reads at `now`: a COMMERCIAL_QUESTION
 * forwarded to sales (#19) is outside the response-time SLA, so its clock
 * stopped when it was forwarded and never shows a breach it cannot have.
 */
export function slaClockNow(ticket: Pick<Ticket, 'resolution' | 'closedAt'>, now: Date): Date {
  return isOutsideResponseSla(ticket) && ticket.closedAt ? ticket.closedAt : now;
}

export function isOutsideResponseSla(ticket: Pick<Ticket, 'resolution'>): boolean {
  return ticket.resolution === Resolution.FORWARDED_TO_SALES;
}
