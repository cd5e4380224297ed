import type { QueueTicket } from '@/stores/queue';
import type { QueueEvent, QueueEventKind } from '@/stores/queue-event';

let sequence = 0;

/** Ticket.sla's calendar part for a ticket whose clock crosses no admin override (#13). */
export function shippedCalendarSla() {
  return {
    __typename: 'TicketSla' as const,
    serviceHours: { __typename: 'ServiceHoursDefinition' as const, periods: null, preHolidayShortDays: false, calendarOverrides: [] },
  };
}

/** A queue row with sensible defaults: P1, received now, due in 20 minutes. */
export function queueTicket(overrides: Partial<QueueTicket> = {}): QueueTicket {
  sequence += 1;
  const id = overrides.id ?? String(sequence);
  return {
    __typename: 'Ticket',
    id,
    number: `SD-${id.padStart(6, '0')}`,
    subject: `Заявка ${id}`,
    category: 'INCIDENT',
    criticality: 'CRITICAL',
    supportLevel: 'EXTENDED',
    priority: 1,
    status: 'NEW',
    channel: 'PORTAL',
    receivedAt: '2026-02-16T10:00:00+03:00',
    responseDueAt: '2026-02-16T10:20:00+03:00',
    atRiskAt: '2026-02-16T10:15:00+03:00',
    respondedAt: null,
    slaState: 'ON_TRACK',
    sla: shippedCalendarSla(),
    escalationLevel: 0,
    organization: { __typename: 'Organization', id: 'org-1', name: 'ПАО Бета' },
    assignee: null,
    reactionNotice: null,
    ...overrides,
  };
}

export function queueEvent(
  version: number,
  kind: QueueEventKind,
  ticket: QueueTicket,
  position: number | null,
  previousPosition: number | null = null,
): QueueEvent {
  return { __typename: 'QueueEvent', version, kind, ticket, position, previousPosition };
}
