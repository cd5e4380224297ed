import type { EntityManager } from '@mikro-orm/core';
import { APPENDIX_ITEM_QUESTIONS_RU, autoCloseAt, isFinal } from '@desk/sla';
import { InvalidState, NotFound, ProblemList } from '../../common/errors.js';
import { parseId } from '../../common/ids.js';
import { Channel, MessageKind, RejectionReason, Resolution, TicketStatus, TimelineKind } from '../../entities/tickets/ticket.enums.js';
import { NotificationKind } from '../../entities/notifications/notification.enums.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { TicketMessage } from '../../entities/tickets/ticket-message.entity.js';
import { User } from '../../entities/auth/user.entity.js';
import { isStaff, type Actor } from '../../graphql/actor.js';
import { changeTicket } from './change-ticket.js';
import { missingInformationOf } from './missing-information.js';
import { TicketIntakeService } from './ticket-intake.service.js';
import { TicketQueryService } from './ticket-query.service.js';
import { recordTimeline } from './timeline.js';
import { recordResolutionTime } from './resolution-time.js';
import { sendReactionNotice } from './reaction.js';
import { servicesAsOf, type TicketServices } from './ticket-services.js';
import type { AttachFiles } from './attach-files.js';

/** Who wrote a message: a signed-in user, or a contact person known only by name (an e-mail sender without an account). */
interface MessageAuthor {
  readonly actor: Actor | null;
  readonly authorName?: string;
  readonly channel?: Channel;
  /** Facts the timeline line keeps about where the message came from (the inbound mail, say). */
  readonly details?: Record<string, unknown>;
}

/** A customer's answer as any channel hands it over (TKT-2, TKT-4). */
export interface CustomerAnswer extends MessageAuthor {
  readonly body: string;
  /** When it reached support; default now (an e-mail is dated by its arrival, SLA-2). */
  readonly receivedAt?: Date;
  /** Files that came with it, recorded in the same transaction as the message (or the new ticket, TKT-4). */
  readonly attach?: AttachFiles;
}

export interface CloseTicketCommand {
  resolution: Resolution;
  note?: string | null;
  thirdPartyVendor?: string | null;
}

export interface TicketDetails {
  productVersion?: string | null;
  buildNumber?: string | null;
  osVersion?: string | null;
  osBitness?: Ticket['osBitness'];
  hardwareModel?: string | null;
  bootMode?: Ticket['bootMode'];
  occursWhen?: string | null;
  stepsToReproduce?: string | null;
  errorText?: string | null;
  installedSoftware?: string | null;
}

const REPLY_KINDS: readonly MessageKind[] = [
  MessageKind.CLARIFYING_QUESTION,
  MessageKind.RECOMMENDATION,
  MessageKind.SOLUTION,
  MessageKind.UPDATE_PROVIDED,
];
/** Refusals that only intake decides (ID-2): an agent rejects for the reasons of TKT-7. */
const INTAKE_ONLY_REASONS: readonly RejectionReason[] = [RejectionReason.SUPPORT_EXPIRED, RejectionReason.SUPPORT_NOT_STARTED];
const MAX_BODY_LENGTH = 50_000;

/**
 * The agreement's ticket lifecycle (TKT-2..9): replies that wait for the
 * customer, the customer's answers, closing with a resolution, refusals,
 * expected resolution dates and appendix-1 details. Every customer-facing step
 * queues a notification in the same transaction.
 */
export class TicketLifecycleService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: TicketServices,
  ) {}

  /** An agent's reply: a question, recommendations, a solution or an update → WAITING_FOR_CUSTOMER (TKT-2, TKT-3). */
  async reply(ticketId: string, kind: MessageKind, body: string, actor: Actor): Promise<Ticket> {
    const problems = new ProblemList();
    if (!REPLY_KINDS.includes(kind)) problems.add('kind', `must be one of ${REPLY_KINDS.join(', ')}`);
    const text = requireText(body, 'body', problems);
    problems.throwIfAny();
    const calendar = await this.deps.calendar.current();
    return changeTicket(this.em, this.deps, ticketId, actor, 'REPLY', async (em, ticket, now) => {
      await this.addMessage(em, ticket, kind, text, { actor }, now);
      ticket.customerAnsweredAt = null;
      ticket.waitingSince = now;
      ticket.autoCloseAt = autoCloseAt(calendar, now);
      await this.deps.notices.notify(em, NotificationKind.AGENT_MESSAGE, ticket, now, { messageKind: kind, messageBody: text, agentId: actor.userId });
    });
  }

  /** A note for the team only; never shown to customers or partners (TKT-9). */
  async addNote(ticketId: string, body: string, actor: Actor): Promise<Ticket> {
    const problems = new ProblemList();
    const text = requireText(body, 'body', problems);
    problems.throwIfAny();
    return changeTicket(this.em, this.deps, ticketId, actor, 'NOTE', async (em, ticket, now) => {
      await this.addMessage(em, ticket, MessageKind.INTERNAL_NOTE, text, { actor }, now);
    });
  }

  /**
   * The customer's (or their partner's) answer, from the portal, the API or
   * e-mail: back to IN_PROGRESS when it was waiting (TKT-2). Information for a
   * closed ticket — even one closed while this answer was on its way —
   * registers a new ticket linked to it (TKT-4). Returns the ticket the answer
   * landed on.
   */
  async answer(ticketId: string, answer: CustomerAnswer): Promise<Ticket> {
    const problems = new ProblemList();
    const text = requireText(answer.body, 'body', problems);
    problems.throwIfAny();
    const deps = answer.receivedAt ? servicesAsOf(this.deps, answer.receivedAt) : this.deps;
    const current = answer.actor ? await new TicketQueryService(this.em).get(ticketId, answer.actor) : await this.em.findOne(Ticket, parseId(ticketId, 'ticketId'));
    if (!current) throw new NotFound('Ticket', ticketId);
    if (!isFinal(current.status)) {
      try {
        return await changeTicket(this.em, deps, ticketId, answer.actor, 'CUSTOMER_ANSWER', async (em, ticket, now) => {
          const message = await this.addMessage(em, ticket, MessageKind.CUSTOMER_REPLY, text, answer, now);
          await answer.attach?.(em, ticket, message);
          // "Answered by the customer" until an agent replies (My work, #13).
          ticket.customerAnsweredAt ??= now;
          if (ticket.status === TicketStatus.WAITING_FOR_CUSTOMER) {
            ticket.waitingSince = null;
            ticket.autoCloseAt = null;
            await deps.notices.notify(em, NotificationKind.ANSWER_RECEIVED, ticket, now);
          }
        });
      } catch (error) {
        const now = error instanceof InvalidState ? await this.em.fork().findOne(Ticket, current.id) : null;
        if (!now || !isFinal(now.status)) throw error;
      }
    }
    return new TicketIntakeService(this.em.fork(), deps).continueClosed(current.id, text, answer.actor, answer.channel, answer.attach);
  }

  /** Closes with a resolution; THIRD_PARTY names the vendor to contact and recommends it (TKT-5). */
  async close(ticketId: string, command: CloseTicketCommand, actor: Actor): Promise<Ticket> {
    const problems = new ProblemList();
    const note = command.note?.trim() || null;
    const vendor = command.thirdPartyVendor?.trim() || null;
    if (command.resolution === Resolution.NO_CUSTOMER_RESPONSE) {
      problems.add('input.resolution', 'NO_CUSTOMER_RESPONSE is set only by the automatic close after 10 working days (TKT-3)');
    }
    if (command.resolution === Resolution.FORWARDED_TO_SALES) {
      problems.add('input.resolution', 'FORWARDED_TO_SALES is set only at intake, for a COMMERCIAL_QUESTION forwarded to sales (#19)');
    }
    if (command.resolution === Resolution.THIRD_PARTY) {
      if (!vendor) problems.add('input.thirdPartyVendor', 'name the third-party software vendor the customer should contact (TKT-5)');
      if (!note) problems.add('input.note', 'write the recommendation for the customer (TKT-5)');
    }
    problems.throwIfAny();
    return changeTicket(this.em, this.deps, ticketId, actor, 'CLOSE', async (em, ticket, now) => {
      Object.assign(ticket, { resolution: command.resolution, resolutionNote: note, thirdPartyVendor: vendor, closedAt: now, waitingSince: null, autoCloseAt: null, customerAnsweredAt: null });
      await recordResolutionTime(em, await this.deps.calendar.current(em), ticket, now);
      recordTimeline(em, ticket, {
        kind: TimelineKind.CLOSED,
        at: now,
        actorId: actor.userId,
        summary: `Closed: ${command.resolution}${vendor ? ` (contact ${vendor})` : ''}`,
        data: { resolution: command.resolution, note, thirdPartyVendor: vendor },
      });
      await this.tellFinal(em, NotificationKind.CLOSED, ticket, now);
    });
  }

  /** Refuses support for one of TKT-7's reasons; the customer is told why. */
  async reject(ticketId: string, reason: RejectionReason, note: string, actor: Actor): Promise<Ticket> {
    const problems = new ProblemList();
    if (INTAKE_ONLY_REASONS.includes(reason)) problems.add('reason', `${reason} is decided at registration from the contract (ID-2)`);
    const text = requireText(note, 'note', problems);
    problems.throwIfAny();
    return changeTicket(this.em, this.deps, ticketId, actor, 'REJECT', async (em, ticket, now) => {
      Object.assign(ticket, { rejectionReason: reason, rejectionNote: text, closedAt: now, waitingSince: null, autoCloseAt: null, customerAnsweredAt: null });
      recordTimeline(em, ticket, {
        kind: TimelineKind.REJECTED,
        at: now,
        actorId: actor.userId,
        summary: `Support refused: ${reason}`,
        data: { reason, note: text },
      });
      await this.tellFinal(em, NotificationKind.REJECTED, ticket, now);
    });
  }

  /** TKT-9: the agent's expected resolution date, shown to the customer and sent to them. */
  async setExpectedResolution(ticketId: string, at: Date | null, actor: Actor): Promise<Ticket> {
    if (at && at.getTime() < this.deps.clock.now().getTime()) {
      new ProblemList().add('at', 'must not be in the past').throwIfAny();
    }
    return changeTicket(this.em, this.deps, ticketId, actor, 'SET_EXPECTED_RESOLUTION', async (em, ticket, now) => {
      ticket.expectedResolutionAt = at;
      recordTimeline(em, ticket, {
        kind: TimelineKind.EXPECTED_RESOLUTION_SET,
        at: now,
        actorId: actor.userId,
        summary: at ? `Expected resolution: ${at.toISOString()}` : 'Expected resolution date cleared',
        data: { expectedResolutionAt: at?.toISOString() ?? null },
      });
      if (at) {
        await this.deps.notices.notify(em, NotificationKind.EXPECTED_RESOLUTION, ticket, now);
      }
    });
  }

  /** TKT-8: the customer (or staff on their behalf) fills in appendix-1 details. */
  async updateDetails(ticketId: string, details: TicketDetails, actor: Actor): Promise<Ticket> {
    return changeTicket(this.em, this.deps, ticketId, actor, 'UPDATE_DETAILS', (em, ticket, now) => {
      const changed: string[] = [];
      for (const [key, value] of Object.entries(details) as [keyof TicketDetails, unknown][]) {
        if (value === undefined) continue;
        const next = typeof value === 'string' ? value.trim() || null : value;
        if (ticket[key] !== next) {
          (ticket as unknown as Record<string, unknown>)[key] = next;
          changed.push(key);
        }
      }
      if (changed.length === 0) return;
      recordTimeline(em, ticket, {
        kind: TimelineKind.DETAILS_UPDATED,
        at: now,
        actorId: actor.userId,
        summary: `Details updated: ${changed.join(', ')}`,
        data: { fields: changed },
      });
    });
  }

  /** TKT-8: one clarifying question asking for everything appendix 1 still lacks. */
  async requestMissingInformation(ticketId: string, actor: Actor): Promise<Ticket> {
    const missing = await missingInformationOf(this.em, ticketId);
    if (missing.length === 0) throw new InvalidState('Nothing of appendix 1 is missing on this ticket');
    const body =
      'Для решения инцидента, пожалуйста, сообщите (приложение 1 к соглашению):\n' +
      missing.map((m, i) => `${i + 1}. ${APPENDIX_ITEM_QUESTIONS_RU[m.item]}`).join('\n');
    return this.reply(ticketId, MessageKind.CLARIFYING_QUESTION, body, actor);
  }

  /** A message on the ticket and its timeline line; the author is the actor, or a contact person without an account. */
  private async addMessage(em: EntityManager, ticket: Ticket, kind: MessageKind, body: string, from: MessageAuthor, now: Date): Promise<TicketMessage> {
    const author = from.actor ? await em.findOneOrFail(User, from.actor.userId) : null;
    const authorName = from.authorName ?? author?.fullName ?? 'Контактное лицо';
    const internal = kind === MessageKind.INTERNAL_NOTE;
    const fromCustomer = !isStaff(from.actor);
    const message = em.create(TicketMessage, { ticket, kind, author, authorName, body, internal, createdAt: now });
    await em.flush();
    const via = from.channel === Channel.EMAIL ? ', by e-mail' : '';
    recordTimeline(em, ticket, {
      kind: TimelineKind.MESSAGE,
      at: now,
      actorId: from.actor?.userId ?? null,
      summary: `${kind} from ${authorName}${fromCustomer ? ` (customer${via})` : ''}`,
      data: { messageId: message.id, kind, ...(from.channel ? { channel: from.channel } : {}), ...from.details, authorName, fromCustomer },
      internal,
    });
    return message;
  }

  /** Closing or refusing a ticket nobody reacted to: that notice is the reaction notice, proven like startWork's (SLA-2, SLA-3). */
  private async tellFinal(em: EntityManager, kind: NotificationKind.CLOSED | NotificationKind.REJECTED, ticket: Ticket, now: Date): Promise<void> {
    if (ticket.respondedAt) await this.deps.notices.notify(em, kind, ticket, now);
    else await sendReactionNotice(em, this.deps.notices, kind, ticket, now);
  }
}

function requireText(value: string, field: string, problems: ProblemList): string {
  const text = value.trim();
  if (!text) problems.add(field, 'is required');
  else if (text.length > MAX_BODY_LENGTH) problems.add(field, `must be at most ${MAX_BODY_LENGTH} characters`);
  return text;
}
