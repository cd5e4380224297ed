import { OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import { canBeCritical, slaOutcome } from '@desk/sla';
import type { Clock } from '../../common/clock.js';
import { InvalidState, NotFound, ProblemList } from '../../common/errors.js';
import { Contact } from '../../entities/contact.entity.js';
import { Criticality, NotificationKind, Role, SlaOutcome, TicketStatus, TimelineKind } from '../../entities/enums.js';
import { Ticket } from '../../entities/ticket.entity.js';
import { User } from '../../entities/user.entity.js';
import type { Actor } from '../auth/actor.js';
import { queueTicketNotification } from '../notifications/outbox.writer.js';
import type { CalendarService } from '../sla/calendar.service.js';
import { slaTermsFor } from '../sla/sla-terms.js';
import type { EventBus } from '../../infra/events/domain-events.js';
import { runTicketChange } from '../realtime/ticket-change.js';
import { recordTimeline } from './timeline.js';

export interface TicketActionDependencies {
  readonly clock: Clock;
  readonly calendar: CalendarService;
  readonly atRiskShare: number;
  readonly events: EventBus;
}

const FINAL_STATUSES: readonly TicketStatus[] = [TicketStatus.CLOSED, TicketStatus.REJECTED];
const ASSIGNABLE_ROLES: readonly Role[] = [Role.AGENT, Role.TEAM_LEAD];
const MAX_REASON_LENGTH = 2_000;

/** What staff do to a ticket: react, assign, escalate, reclassify (SLA-2/3, SLA-8, TKT-6). */
export class TicketActionsService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: TicketActionDependencies,
  ) {}

  /** The reaction (SLA-2, SLA-3): the customer is told work has started, which stops the clock. */
  async startWork(ticketId: string, actor: Actor): Promise<Ticket> {
    return this.change(ticketId, async (em, ticket, now) => {
      if (ticket.status !== TicketStatus.NEW) {
        throw new InvalidState(`Ticket ${ticket.number} is ${ticket.status}: work has already started or it is finished`);
      }
      if (!ticket.assignee) {
        ticket.assignee = em.getReference(User, actor.userId, { wrapped: true });
        recordTimeline(em, ticket, { kind: TimelineKind.ASSIGNED, at: now, actorId: actor.userId, summary: 'Took the ticket', data: { assigneeId: actor.userId } });
      }
      ticket.status = TicketStatus.IN_PROGRESS;
      ticket.respondedAt = now;
      ticket.slaOutcome = slaOutcome(ticket.responseDueAt, now) as SlaOutcome;
      const contact = await em.findOneOrFail(Contact, ticket.contact.id);
      const notice = queueTicketNotification(em, NotificationKind.WORK_STARTED, ticket, contact, now);
      recordTimeline(em, ticket, {
        kind: TimelineKind.STATUS_CHANGED,
        at: now,
        actorId: actor.userId,
        summary: `${TicketStatus.NEW} → ${TicketStatus.IN_PROGRESS}`,
        data: { from: TicketStatus.NEW, to: TicketStatus.IN_PROGRESS },
      });
      recordTimeline(em, ticket, {
        kind: TimelineKind.RESPONDED,
        at: now,
        actorId: actor.userId,
        summary: `Reaction sent to ${notice.recipient} via ${notice.channel}: SLA ${ticket.slaOutcome}`,
        data: { outcome: ticket.slaOutcome, responseDueAt: ticket.responseDueAt.toISOString() },
      });
    });
  }

  /** TKT-6: team leads reassign tickets between agents. */
  async assign(ticketId: string, assigneeId: string, actor: Actor): Promise<Ticket> {
    const assignee = await this.em.findOne(User, { id: Number(assigneeId), active: true });
    if (!assignee || !ASSIGNABLE_ROLES.includes(assignee.role)) {
      new ProblemList().add('assigneeId', 'must be an active agent or team lead').throwIfAny();
    }
    return this.change(ticketId, (em, ticket, now) => {
      this.assertOpen(ticket);
      const previous = ticket.assignee?.id ?? null;
      if (previous === assignee!.id) return;
      ticket.assignee = em.getReference(User, assignee!.id, { wrapped: true });
      recordTimeline(em, ticket, {
        kind: TimelineKind.ASSIGNED,
        at: now,
        actorId: actor.userId,
        summary: `Assigned to ${assignee!.fullName}`,
        data: { from: previous, to: assignee!.id },
      });
    });
  }

  /** TKT-6: more resources are needed; the level rises and leads are told. */
  async escalate(ticketId: string, reason: string, actor: Actor): Promise<Ticket> {
    const text = requireReason(reason);
    return this.change(ticketId, (em, ticket, now) => {
      this.assertOpen(ticket);
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
    return this.change(ticketId, (em, ticket, now) => {
      this.assertOpen(ticket);
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
      if (ticket.respondedAt) ticket.slaOutcome = slaOutcome(ticket.responseDueAt, ticket.respondedAt) as SlaOutcome;
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

  private assertOpen(ticket: Ticket): void {
    if (FINAL_STATUSES.includes(ticket.status)) {
      throw new InvalidState(`Ticket ${ticket.number} is ${ticket.status}: closed tickets never change (TKT-4)`);
    }
  }

  /** Loads, mutates and commits one ticket; a concurrent change of the same ticket loses cleanly. */
  private async change(
    ticketId: string,
    mutate: (em: EntityManager, ticket: Ticket, now: Date) => void | Promise<void>,
  ): Promise<Ticket> {
    const id = Number(ticketId);
    try {
      return await runTicketChange(this.em, this.deps.events, async (em, scope) => {
        const ticket = Number.isInteger(id) ? await em.findOne(Ticket, id) : null;
        if (!ticket) throw new NotFound('Ticket', ticketId);
        await scope.remember(ticket);
        const now = this.deps.clock.now();
        await mutate(em, ticket, now);
        ticket.updatedAt = now;
        return ticket;
      });
    } catch (error) {
      if (error instanceof OptimisticLockError) {
        throw new InvalidState(`Ticket ${ticketId} was changed by someone else at the same moment; reload and try again`);
      }
      throw error;
    }
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
