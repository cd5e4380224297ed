import type { BoardTicketFragment } from '../graphql/boardTicket.api';

export type BoardTicket = BoardTicketFragment;

/** What the lead must look at first (TKT-6, SLA-7): an escalation or a breached response time. */
export function needsAttention(ticket: Pick<BoardTicket, 'escalationLevel' | 'slaState'>): boolean {
  return ticket.escalationLevel > 0 || ticket.slaState === 'BREACHED';
}

/**
 * Order of the cards in a board column: escalated tickets first (the higher
 * level first), then breached ones, then the rest in SLA-6 queue order
 * (priority, response deadline, arrival, number).
 */
export function compareBoardTickets(a: BoardTicket, b: BoardTicket): number {
  const escalated = Number(b.escalationLevel > 0) - Number(a.escalationLevel > 0);
  if (escalated !== 0) return escalated;
  const breached = Number(b.slaState === 'BREACHED') - Number(a.slaState === 'BREACHED');
  if (breached !== 0) return breached;
  if (a.escalationLevel !== b.escalationLevel) return b.escalationLevel - a.escalationLevel;
  if (a.priority !== b.priority) return a.priority - b.priority;
  const due = Date.parse(a.responseDueAt) - Date.parse(b.responseDueAt);
  if (due !== 0) return due;
  const received = Date.parse(a.receivedAt) - Date.parse(b.receivedAt);
  if (received !== 0) return received;
  return a.number.localeCompare(b.number);
}

export function sortBoardTickets(tickets: readonly BoardTicket[]): BoardTicket[] {
  return [...tickets].sort(compareBoardTickets);
}
