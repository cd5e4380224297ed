import type { EntityManager } from '@mikro-orm/core';
import { formatMoscow, isFinal, responseTimeSeconds, slaOutcome } from '@desk/sla';
import type { SlaOutcome } from '../../entities/sla/sla.enums.js';
import { Contact } from '../../entities/organizations/contact.entity.js';
import { User } from '../../entities/auth/user.entity.js';
import { Channel, ReactionNoticeState, TimelineKind } from '../../entities/tickets/ticket.enums.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import type { CustomerNoticeKind, CustomerNotices } from './customer-notices.js';
import { recordTimeline } from './timeline.js';

/** One proof that the customer received the reaction notice (SLA-3). */
export interface DeliveryProof {
  readonly channel: Channel;
  /** The moment of receipt: the SMTP 250, the Bot API's answer, the commit, the call. */
  readonly at: Date;
  /** What proves it, as the timeline and the ticket page show it. */
  readonly proof: string;
  /** Who proved it: the agent who phoned; null for a channel's own proof. */
  readonly actorId: number | null;
  readonly data?: Record<string, unknown>;
}

const CHANNEL_LABEL: Record<Channel, string> = {
  [Channel.EMAIL]: 'e-mail',
  [Channel.TELEGRAM]: 'Telegram',
  [Channel.PORTAL]: 'portal',
  [Channel.PHONE]: 'phone',
  [Channel.API]: 'API',
};

/** An instant as timeline summaries show it: "2026-03-16 09:20 MSK". */
export const moscow = (at: Date) => `${formatMoscow(at).slice(0, 16).replace('T', ' ')} MSK`;

/** In the queue and under SLA-7 timers while nobody reacted and the ticket is open (SLA-2, SLA-6). */
export function refreshAwaitingReaction(ticket: Ticket): void {
  ticket.awaitingReaction = ticket.respondedAt === null && !isFinal(ticket.status);
}

/**
 * SLA-9, SLA-10: the outcome is decided once — at the reaction or at the
 * breach, whichever comes first — and kept with the terms in force then;
 * nothing later (a reclassification, a calendar edit, a late reaction after
 * the breach) rewrites it.
 */
export function decideOutcome(ticket: Ticket, outcome: SlaOutcome, at: Date): void {
  if (ticket.slaOutcome) return;
  ticket.slaOutcome = outcome;
  ticket.slaDecidedAt = at;
  ticket.slaLevel = ticket.supportLevel;
  ticket.slaCriticality = ticket.criticality;
  ticket.slaDueAt = ticket.responseDueAt;
  ticket.slaResponseSeconds = responseTimeSeconds(ticket.supportLevel, ticket.criticality);
}

/**
 * SLA-2, SLA-3: the first proof of receipt is the reaction. It sets
 * `respondedAt`, the agent who reacted (the one who phoned, else the holder)
 * and the outcome (unless the breach decided it already); later proofs are
 * on the timeline as deliveries only.
 * Returns whether this proof was the reaction.
 */
export function recordReaction(em: EntityManager, ticket: Ticket, proof: DeliveryProof): boolean {
  if (ticket.respondedAt) return false;
  ticket.respondedAt = proof.at;
  ticket.respondedBy = proof.actorId !== null ? em.getReference(User, proof.actorId, { wrapped: true }) : ticket.assignee;
  decideOutcome(ticket, slaOutcome(ticket.responseDueAt, proof.at), proof.at);
  ticket.noticeState = ReactionNoticeState.DELIVERED;
  ticket.noticeChannel = proof.channel;
  ticket.noticeProof = proof.proof.slice(0, 1000);
  ticket.noticeError = null;
  refreshAwaitingReaction(ticket);
  recordTimeline(em, ticket, {
    kind: TimelineKind.RESPONDED,
    at: proof.at,
    actorId: proof.actorId,
    summary: `Reaction: the customer received the notice by ${CHANNEL_LABEL[proof.channel]} at ${moscow(proof.at)} (${proof.proof}): SLA ${ticket.slaOutcome}`,
    data: {
      outcome: ticket.slaOutcome,
      decidedAt: ticket.slaDecidedAt?.toISOString() ?? null,
      responseDueAt: ticket.responseDueAt.toISOString(),
      respondedAt: proof.at.toISOString(),
      respondedById: ticket.respondedBy?.id ?? null,
      channel: proof.channel,
      proof: proof.proof,
      ...proof.data,
    },
  });
  return true;
}

/**
 * SLA-3: a reaction notice that failed on its channel leaves the clock
 * running and alerts the holder at once (the REACTION_NOTICE_FAILED line is
 * what the staff notifications react to), offering the contact's phone. Once
 * per pending notice: retries that fail again do not alert again.
 */
export async function recordNoticeFailure(em: EntityManager, ticket: Ticket, failure: { channel: Channel; at: Date; error: string }): Promise<void> {
  if (ticket.respondedAt || ticket.noticeState === ReactionNoticeState.FAILED) return;
  ticket.noticeState = ReactionNoticeState.FAILED;
  ticket.noticeChannel = failure.channel;
  ticket.noticeError = failure.error.slice(0, 1000);
  const contact = await em.findOneOrFail(Contact, ticket.contact.id);
  recordTimeline(em, ticket, {
    kind: TimelineKind.REACTION_NOTICE_FAILED,
    at: failure.at,
    // The system's finding, so the holder is alerted even when it was their own start of work.
    actorId: null,
    summary: `The reaction notice did not reach the customer by ${CHANNEL_LABEL[failure.channel]} (${failure.error}): phone ${contact.fullName} at ${contact.phone} and record the call`,
    data: { channel: failure.channel, error: failure.error, phone: contact.phone, responseDueAt: ticket.responseDueAt.toISOString() },
    internal: true,
  });
}

/**
 * Queues the reaction notice (startWork; a close or refusal nobody reacted
 * to) and applies what its writing already proves: receipt at commit, a
 * failure, or nothing yet (the notice is pending; the ticket stays in the queue).
 */
export async function sendReactionNotice(
  em: EntityManager,
  notices: CustomerNotices,
  kind: CustomerNoticeKind,
  ticket: Ticket,
  now: Date,
): Promise<void> {
  if (ticket.respondedAt) return;
  const { message, onWrite } = await notices.notifyReaction(em, kind, ticket, now);
  // A customer's notice goes to a person, never to a webhook endpoint (#18).
  const channel = message.channel as Channel;
  ticket.noticeState = ReactionNoticeState.PENDING;
  ticket.noticeChannel = channel;
  ticket.noticeProof = null;
  ticket.noticeError = null;
  if (onWrite.state === 'DELIVERED') {
    recordReaction(em, ticket, { channel: onWrite.channel, at: now, proof: onWrite.proof, actorId: null, data: { outboxId: message.id } });
  } else if (onWrite.state === 'FAILED') {
    await recordNoticeFailure(em, ticket, { channel, at: now, error: onWrite.error });
  }
}
