import { Field, ObjectType } from 'type-graphql';
import { Channel, ReactionNoticeState } from '../../entities/tickets/ticket.enums.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';

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
}

/** The ticket's reaction notice, or null before work started on it. */
export function reactionNoticeOf(ticket: Ticket): ReactionNotice | null {
  if (!ticket.noticeState || !ticket.noticeChannel) return null;
  return {
    state: ticket.noticeState,
    channel: ticket.noticeChannel,
    deliveredAt: ticket.noticeState === ReactionNoticeState.DELIVERED ? ticket.respondedAt : null,
    proof: ticket.noticeProof,
    error: ticket.noticeState === ReactionNoticeState.FAILED ? ticket.noticeError : null,
  };
}
