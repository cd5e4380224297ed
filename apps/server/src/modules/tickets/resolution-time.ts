import type { EntityManager } from '@mikro-orm/core';
import { resolutionSeconds, scheduleFor, type ProductionCalendar } from '@desk/sla';
import { TimelineKind } from '../../entities/tickets/ticket.enums.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import { TimelineEntry } from '../../entities/tickets/timeline-entry.entity.js';
import { periodsOf } from '../sla/index.js';

/**
 * #14: stores the ticket's resolution time as it closes — service time from
 * arrival to `closedAt` in the ticket's own service hours (LVL-2, SLA-10),
 * with the stretches WAITING_FOR_CUSTOMER left out, read from the status
 * changes on its timeline (TKT-2, TKT-9). Measured once: a closed ticket
 * never changes again (TKT-4).
 */
export async function recordResolutionTime(em: EntityManager, calendar: ProductionCalendar, ticket: Ticket, closedAt: Date): Promise<void> {
  const changes = await em.find(TimelineEntry, { ticket: ticket.id, kind: TimelineKind.STATUS_CHANGED }, { fields: ['at', 'data'], orderBy: { at: 'asc', id: 'asc' } });
  const schedule = scheduleFor(ticket.supportLevel, calendar, periodsOf(ticket));
  ticket.resolutionSeconds = resolutionSeconds(
    schedule,
    ticket.receivedAt,
    closedAt,
    changes.map((entry) => ({ at: entry.at, to: String(entry.data?.to ?? '') })),
  );
}
