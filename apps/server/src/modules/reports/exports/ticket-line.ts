import { formatMoscow } from '@desk/sla';
import type { Ticket } from '../../../entities/tickets/ticket.entity.js';

/**
 * One ticket as the exports and the monthly statement show it (SLA-9, SLA-10):
 * the terms of its decided outcome (else the current ones), the reaction and
 * its proof as the timeline recorded them. Needs `organization`,
 * `respondedBy` and `assignee` loaded.
 */
export interface TicketLine {
  readonly number: string;
  readonly organization: string;
  readonly receivedAt: string;
  readonly supportLevel: string;
  readonly criticality: string;
  readonly dueAt: string;
  readonly respondedAt: string | null;
  /** Minutes from arrival to the reaction (wall clock). */
  readonly reactionMinutes: number | null;
  readonly proofChannel: string | null;
  readonly proof: string | null;
  /** The agent who reacted; for a ticket still waiting, whoever holds it. */
  readonly agent: string | null;
  /** MET or BREACHED; a ticket past its deadline with no reaction yet is BREACHED (SLA-9). */
  readonly outcome: 'MET' | 'BREACHED';
}

/** "2026-03-04 10:00 MSK": Moscow wall clock to the minute, as the timeline writes it. */
export function moscowMinute(at: Date): string {
  return `${formatMoscow(at).slice(0, 16).replace('T', ' ')} MSK`;
}

export function ticketLineOf(ticket: Ticket): TicketLine {
  const agent = ticket.respondedAt ? ticket.respondedBy : ticket.assignee;
  return {
    number: ticket.number,
    organization: ticket.organization.getEntity().name,
    receivedAt: moscowMinute(ticket.receivedAt),
    supportLevel: ticket.slaLevel ?? ticket.supportLevel,
    criticality: ticket.slaCriticality ?? ticket.criticality,
    dueAt: moscowMinute(ticket.slaDueAt ?? ticket.responseDueAt),
    respondedAt: ticket.respondedAt ? moscowMinute(ticket.respondedAt) : null,
    reactionMinutes: ticket.respondedAt ? Math.round((ticket.respondedAt.getTime() - ticket.receivedAt.getTime()) / 60_000) : null,
    proofChannel: ticket.respondedAt ? ticket.noticeChannel : null,
    proof: ticket.respondedAt ? ticket.noticeProof : null,
    agent: agent ? agent.getEntity().fullName : null,
    outcome: ticket.slaOutcome === 'MET' ? 'MET' : 'BREACHED',
  };
}
