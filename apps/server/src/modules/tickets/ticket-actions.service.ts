import type { EntityManager } from '@mikro-orm/core';
import { canBeCritical } from '@desk/sla';
import { InvalidState, ProblemList } from '../../common/errors.js';
import { Criticality, SlaOutcome } from '../../entities/sla/sla.enums.js';
import { NotificationKind } from '../../entities/notifications/notification.enums.js';
import { Channel, TicketStatus, TimelineKind } from '../../entities/tickets/ticket.enums.js';
import { Contact } from '../../entities/organizations/contact.entity.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import { User } from '../../entities/auth/user.entity.js';
import { type Actor } from '../../graphql/actor.js';
import { periodsOf, slaTermsFor } from '../sla/index.js';
import { changeTicket } from './change-ticket.js';
import { recordTimeline } from './timeline.js';
import { decideOutcome, moscow, recordReaction, sendReactionNotice } from './reaction.js';
import { type TicketServices } from './ticket-services.js';

const MAX_REASON_LENGTH = 2_000;

/** What staff do to a ticket: react, escalate, reclassify (SLA-2/3, SLA-8, TKT-6); who holds it is TicketAssignmentService's. */
export class TicketActionsService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: TicketServices,
  ) {}

  /**
   * Takes the ticket into work and queues the "registered, work started"
   * notice (SLA-2, SLA-3). The reaction is the notice's first delivery proof:
   * at commit where writing it proves receipt, else when its channel proves it
   * (SMTP 250, a Telegram message id) or an agent records a call; until then
   * the ticket stays in the queue with its notice pending.
   */
  async startWork(ticketId: string, actor: Actor): Promise<Ticket> {
    return changeTicket(this.em, this.deps, ticketId, actor, 'START_WORK', async (em, ticket, now) => {
      if (!ticket.assignee) {
        ticket.assignee = em.getReference(User, actor.userId, { wrapped: true });
        recordTimeline(em, ticket, { kind: TimelineKind.ASSIGNED, at: now, actorId: actor.userId, summary: 'Took the ticket', data: { assigneeId: actor.userId, selfAssigned: true } });
      }
      await sendReactionNotice(em, this.deps.notices, NotificationKind.WORK_STARTED, ticket, now);
    });
  }

  /**
   * SLA-3: the agent told the customer by phone that the ticket is
   * registered and work has started; the call's time is the reaction when it
   * is the first proof. The way out when the notice failed on its channel or
   * the contact has no e-mail address.
   */
  async recordPhoneNotice(ticketId: string, calledAt: Date, note: string | null, actor: Actor): Promise<Ticket> {
    const text = note?.trim() || null;
    const problems = new ProblemList();
    if (text && text.length > MAX_REASON_LENGTH) problems.add('note', `must be at most ${MAX_REASON_LENGTH} characters`);
    if (calledAt.getTime() > this.deps.clock.now().getTime()) problems.add('calledAt', 'must not be in the future');
    problems.throwIfAny();
    return changeTicket(this.em, this.deps, ticketId, actor, 'NOTE', async (em, ticket) => {
      if (ticket.status === TicketStatus.NEW) throw new InvalidState(`Ticket ${ticket.number} is NEW: start work on it first, then tell the customer (SLA-2)`);
      if (ticket.respondedAt) throw new InvalidState(`Ticket ${ticket.number} was already reacted to at ${ticket.respondedAt.toISOString()} (${ticket.noticeProof ?? 'proof on the timeline'})`);
      // Call times are given to the second: one in the very second the request arrived counts from the arrival.
      if (calledAt.getTime() < Math.floor(ticket.receivedAt.getTime() / 1000) * 1000) {
        new ProblemList().add('calledAt', `must not be before the request arrived (${ticket.receivedAt.toISOString()})`).throwIfAny();
      }
      const at = new Date(Math.max(calledAt.getTime(), ticket.receivedAt.getTime()));
      const [agent, contact] = await Promise.all([em.findOneOrFail(User, actor.userId), em.findOneOrFail(Contact, ticket.contact.id)]);
      recordReaction(em, ticket, {
        channel: Channel.PHONE,
        at,
        // Language-neutral: the console shows it as it is, in Russian or English.
        proof: `☎ ${agent.fullName} → ${contact.fullName}, ${contact.phone}${text ? `: ${text}` : ''}`,
        actorId: actor.userId,
        data: { calledAt: at.toISOString(), phonedBy: agent.fullName, phone: contact.phone, note: text },
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

  /**
   * SLA-8: reclassification recomputes the deadline from the original arrival,
   * never from now. SLA-10: once the outcome is decided (the reaction or the
   * breach) the deadline and the outcome stay as decided; the criticality and
   * the priority still change, and the timeline says so.
   */
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
      const terms = slaTermsFor(calendar, ticket.supportLevel, criticality, ticket.receivedAt, this.deps.atRiskShare, periodsOf(ticket));
      // SLA-10: a deadline passed without a reaction has decided the outcome, whether or not the sweep has run yet.
      if (!ticket.respondedAt && now.getTime() > ticket.responseDueAt.getTime()) decideOutcome(ticket, SlaOutcome.BREACHED, ticket.responseDueAt);
      const decided = ticket.slaOutcome;
      if (decided) Object.assign(ticket, { criticality, priority: terms.priority });
      // SLA-7: alerts are once per deadline; a new deadline re-arms them.
      else Object.assign(ticket, terms, { criticality, atRiskAlerted: false, breachAlerted: false });
      const deadline = `deadline ${moscow(before.responseDueAt)} → ${moscow(ticket.responseDueAt)}`;
      recordTimeline(em, ticket, {
        kind: TimelineKind.CRITICALITY_CHANGED,
        at: now,
        actorId: actor.userId,
        summary: `Criticality ${before.criticality} → ${criticality}: ${text}; ${decided ? `outcome ${decided} and its deadline kept (decided, SLA-10)` : deadline}`,
        data: {
          from: before.criticality,
          to: criticality,
          reason: text,
          previousResponseDueAt: before.responseDueAt.toISOString(),
          responseDueAt: ticket.responseDueAt.toISOString(),
          previousPriority: before.priority,
          priority: ticket.priority,
          outcomeKept: decided,
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
