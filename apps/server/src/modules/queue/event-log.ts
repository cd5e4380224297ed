import type { EntityManager } from '@mikro-orm/core';
import { EventLogEntry, EventStream } from '../../entities/realtime/event-log-entry.entity.js';
import type { SlaAlert } from '../../entities/sla/sla-alert.entity.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import type { DomainEvent } from '../../infra/events/domain-events.js';

type Row = Omit<EventLogEntry, 'id'>;

/**
 * Writes the versioned ticket events of a change into the event log (#16), in
 * the change's transaction: a QUEUE row per queue move, a TICKET row per change
 * version. Events without a version (a mere "look again") are not logged.
 */
export async function logTicketEvents(tx: EntityManager, events: readonly DomainEvent[], tickets: readonly Ticket[]): Promise<void> {
  const organizationOf = new Map(tickets.map((ticket) => [ticket.id, ticket.organization.id]));
  const createdAt = new Date();
  const rows: Row[] = [];
  for (const event of events) {
    if (event.type !== 'ticket.changed') continue;
    const base = { ticketId: event.ticketId, organizationId: organizationOf.get(event.ticketId) ?? null, createdAt };
    if (event.queue) {
      const { version, kind, position, previousPosition } = event.queue;
      rows.push({ ...base, stream: EventStream.QUEUE, version, payload: { kind, position, previousPosition } });
    }
    if (event.change !== undefined) rows.push({ ...base, stream: EventStream.TICKET, version: event.change, payload: {} });
  }
  await insertRows(tx, rows);
}

/** Logs newly raised SLA alerts, numbered by nextAlertVersions, in the raising transaction (after flush: the rows name their ids). */
export async function logSlaAlerts(tx: EntityManager, alerts: readonly SlaAlert[], organizationOf: (alert: SlaAlert) => number): Promise<void> {
  const createdAt = new Date();
  const rows = alerts.map(
    (alert): Row => ({
      stream: EventStream.ALERT,
      version: alert.version!,
      ticketId: alert.ticket.id,
      organizationId: organizationOf(alert),
      payload: { alertId: alert.id },
      createdAt,
    }),
  );
  await insertRows(tx, rows);
}

async function insertRows(tx: EntityManager, rows: readonly Row[]): Promise<void> {
  if (rows.length > 0) await tx.insertMany(EventLogEntry, rows as Row[]);
}
