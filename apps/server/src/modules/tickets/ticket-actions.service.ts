import type { EntityManager } from '@mikro-orm/core';
import { canBeCritical, slaOutcome } from '@desk/sla';
import { ProblemList } from '../../common/errors.js';
import { Criticality } from '../../entities/sla/sla.enums.js';
import { NotificationKind } from '../../entities/notifications/notification.enums.js';
import { TimelineKind } from '../../entities/tickets/ticket.enums.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import { User } from '../../entities/auth/user.entity.js';
import { type Actor } from '../../graphql/actor.js';
import { slaTermsFor } from '../sla/index.js';
import { changeTicket } from './change-ticket.js';
import { recordTimeline } from './timeline.js';
import { type TicketServices } from './ticket-services.js';

const MAX_REASON_LENGTH = 2_000;

/** What staff do to a ticket: react, escalate, reclassify (SLA-2/3, SLA-8, TKT-6); who holds it is TicketAssignmentService's. */
export class TicketActionsService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: TicketServices,
  ) {}

  /** The reaction (SLA-2, SLA-3): the customer is told work has started, which stops the clock. */
  async startWork(ticketId: string, actor: Actor): Promise<Ticket> {
    return changeTicket(this.em, this.deps, ticketId, actor, 'START_WORK', async (em, ticket, now) => {
      if (!ticket.assignee) {
        ticket.assignee = em.getReference(User, actor.userId, { wrapped: true });
        recordTimeline(em, ticket, { kind: TimelineKind.ASSIGNED, at: now, actorId: actor.userId, summary: 'Took the ticket', data: { assigneeId: actor.userId, selfAssigned: true } });
      }
      ticket.respondedAt = now;
      ticket.slaOutcome = slaOutcome(ticket.responseDueAt, now);
      const notice = await this.deps.notices.notify(em, NotificationKind.WORK_STARTED, ticket, now);
      recordTimeline(em, ticket, {
        kind: TimelineKind.RESPONDED,
        at: now,
        actorId: actor.userId,
        summary: `Reaction sent to ${notice.recipient} via ${notice.channel}: SLA ${ticket.slaOutcome}`,
        data: { outcome: ticket.slaOutcome, responseDueAt: ticket.responseDueAt.toISOString() },
      });
    });
  }

  /** TKT-6: more resources are needed; the level rises and leads are told. */
  async escalate(ticketId: string, reason: string, actor: Actor): Promise<Ticket> {
    const text = requireReason(reason);
    return changeTicket(this.em, this.deps, ticketId, actor, 'ESCALATE', (em, ticket, now) => {
      ticket.escalationLevel += 1;
      recordTimeline(em, ticket, {
        kind: TimelineKind.ESCALATED,
        at: now,
        actorId: actor.userId,
        summary: `Escalated to level ${ticket.escalationLevel}: ${text}`,
        data: { level: ticket.escalationLevel, reason: text },
      });
    });
  }

  /** SLA-8: reclassification recomputes the deadline from the original arrival, never from now. */
  async changeCriticality(ticketId: string, criticality: Criticality, reason: string, actor: Actor): Promise<Ticket> {
    const text = requireReason(reason);
    const calendar = await this.deps.calendar.current();
    return changeTicket(this.em, this.deps, ticketId, actor, 'RECLASSIFY', (em, ticket, now) => {
      const problems = new ProblemList();
      if (ticket.criticality === criticality) problems.add('criticality', `the ticket is already ${criticality}`);
      if (criticality === Criticality.CRITICAL && !canBeCritical(ticket.category)) {
        problems.add('criticality', `only an INCIDENT can be CRITICAL, not ${ticket.category} (TKT-1)`);
      }
      problems.throwIfAny();
      const before = { criticality: ticket.criticality, responseDueAt: ticket.responseDueAt, priority: ticket.priority };
      const terms = slaTermsFor(calendar, ticket.supportLevel, criticality, ticket.receivedAt, this.deps.atRiskShare);
      // SLA-7: alerts are once per deadline; a new deadline re-arms them.
      Object.assign(ticket, terms, { criticality, atRiskAlerted: false, breachAlerted: false });
      if (ticket.respondedAt) ticket.slaOutcome = slaOutcome(ticket.responseDueAt, ticket.respondedAt);
      recordTimeline(em, ticket, {
        kind: TimelineKind.CRITICALITY_CHANGED,
        at: now,
        actorId: actor.userId,
        summary: `Criticality ${before.criticality} → ${criticality}: ${text}`,
        data: {
          from: before.criticality,
          to: criticality,
          reason: text,
          previousResponseDueAt: before.responseDueAt.toISOString(),
          responseDueAt: ticket.responseDueAt.toISOString(),
          previousPriority: before.priority,
          priority: ticket.priority,
        },
      });
    });
  }

}

function requireReason(reason: string): string {
  const text = reason.trim();
  const problems = new ProblemList();
  if (!text) problems.add('reason', 'is required');
  else if (text.length > MAX_REASON_LENGTH) problems.add('reason', `must be at most ${MAX_REASON_LENGTH} characters`);
  problems.throwIfAny();
  return text;
}
