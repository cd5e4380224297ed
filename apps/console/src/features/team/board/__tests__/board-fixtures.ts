import type { BoardTicket } from '../board-order';
import { shippedCalendarSla } from '@/test-support/tickets';

let sequence = 0;

export function boardTicket(overrides: Partial<BoardTicket> = {}): BoardTicket {
  sequence += 1;
  const id = overrides.id ?? `t${sequence}`;
  return {
    __typename: 'Ticket',
    id,
    number: `SD-${String(sequence).padStart(6, '0')}`,
    subject: `Заявка ${sequence}`,
    status: 'IN_PROGRESS',
    category: 'INCIDENT',
    criticality: 'NON_CRITICAL',
    supportLevel: 'BASIC',
    priority: 4,
    escalationLevel: 0,
    slaState: 'MET',
    sla: shippedCalendarSla(),
    receivedAt: '2026-11-24T10:00:00+03:00',
    responseDueAt: '2026-11-24T11:00:00+03:00',
    respondedAt: '2026-11-24T10:10:00+03:00',
    expectedResolutionAt: null,
    organization: { __typename: 'Organization', id: 'org-1', name: 'ПАО Бета' },
    assignee: null,
    ...overrides,
  };
}
