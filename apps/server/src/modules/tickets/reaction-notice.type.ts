import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Channel, ReactionNoticeState } from '../../entities/tickets/ticket.enums.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import { NO_CONTACT_ADDRESS } from './customer-notices.js';

/** Why a reaction notice failed, for the console to say in the reader's language (the `error` text is the channel's own, in English). */
export enum ReactionNoticeFailure {
  /** No channel can carry it: the contact person has no e-mail address (a phone or API ticket). */
  NO_CONTACT_ADDRESS = 'NO_CONTACT_ADDRESS',
  /** The channel refused or could not be reached; `error` has its answer. */
  DELIVERY_FAILED = 'DELIVERY_FAILED',
}
registerEnumType(ReactionNoticeFailure, { name: 'ReactionNoticeFailure', description: 'Why the reaction notice failed (SLA-3)' });

@ObjectType({ description: 'The "registered, work started" notice and the proof that the customer received it (SLA-2, SLA-3)' })
export class ReactionNotice {
  @Field(() => ReactionNoticeState, { description: 'PENDING: queued, no proof yet ("notified: pending"); FAILED: an attempt failed, phone the customer; DELIVERED: proven' })
  state!: ReactionNoticeState;

  @Field(() => Channel, { description: 'The channel of the notice; once DELIVERED, the channel of the proof (PHONE for a recorded call)' })
  channel!: Channel;

  @Field(() => Date, { nullable: true, description: 'When the customer received it: the reaction (= Ticket.respondedAt)' })
  deliveredAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'What proves receipt: the Message-ID and the SMTP reply, the Telegram message id, who phoned' })
  proof!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed (FAILED only)' })
  error!: string | null;

  @Field(() => ReactionNoticeFailure, { nullable: true, description: 'Why it failed, as a code to translate (FAILED only); `error` has the details' })
  failure!: ReactionNoticeFailure | null;
}

/** The ticket's reaction notice, or null before work started on it. */
export function reactionNoticeOf(ticket: Ticket): ReactionNotice | null {
  if (!ticket.noticeState || !ticket.noticeChannel) return null;
  const failed = ticket.noticeState === ReactionNoticeState.FAILED;
  return {
    state: ticket.noticeState,
    channel: ticket.noticeChannel,
    deliveredAt: ticket.noticeState === ReactionNoticeState.DELIVERED ? ticket.respondedAt : null,
    proof: ticket.noticeProof,
    error: failed ? ticket.noticeError : null,
    failure: failed ? (ticket.noticeError === NO_CONTACT_ADDRESS ? ReactionNoticeFailure.NO_CONTACT_ADDRESS : ReactionNoticeFailure.DELIVERY_FAILED) : null,
  };
}
