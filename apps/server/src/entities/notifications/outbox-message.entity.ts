import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Channel } from '../tickets/ticket.enums.js';
import { DELIVERY_CHANNELS, NotificationKind, OutboxStatus, type DeliveryChannel } from './notification.enums.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { User } from '../auth/user.entity.js';
import { WebhookEndpoint } from '../webhooks/webhook-endpoint.entity.js';

/**
 * A customer notification written in the same transaction as the change that
 * caused it, so a crash can delay it but never lose it (transactional outbox).
 */
@ObjectType({ description: 'A customer notification waiting for or done with delivery' })
@Entity({ tableName: 'outbox_messages' })
@Index({ properties: ['status', 'nextAttemptAt'] })
@Index({ properties: ['ticket'] })
export class OutboxMessage {
  [OptionalProps]?: 'ticket' | 'status' | 'attempts' | 'sentAt' | 'lastError' | 'leaseUntil' | 'messageId' | 'user' | 'reaction' | 'deliveryReceipt' | 'webhookEndpoint' | 'html';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => Ticket, ref: true, nullable: true })
  ticket: Ref<Ticket> | null = null;

  /** A staff member's off-app notification (#13): `recipient` is their address or Telegram chat; null for customers' notices. */
  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  user: Ref<User> | null = null;

  /** A webhook message (#18): `recipient` is the endpoint's URL, `subject` the event type, `body` the JSON payload. */
  @ManyToOne({ entity: () => WebhookEndpoint, ref: true, nullable: true })
  webhookEndpoint: Ref<WebhookEndpoint> | null = null;

  @Field(() => NotificationKind)
  @Enum({ items: () => NotificationKind })
  kind!: NotificationKind;

  /** WEBHOOK rows are never listed by the `outbox` query, so the field's type stays the public Channel. */
  @Field(() => Channel)
  @Enum({ items: () => [...DELIVERY_CHANNELS] })
  channel!: DeliveryChannel;

  @Field()
  @Property({ length: 320 })
  recipient!: string;

  @Field()
  @Property({ length: 500 })
  subject!: string;

  @Field()
  @Property({ type: 'text' })
  body!: string;

  /** The HTML alternative of `body` for an e-mail (#18): sent together as multipart/alternative; null sends plain text. */
  @Property({ type: 'text', nullable: true })
  html: string | null = null;

  @Field(() => OutboxStatus)
  @Enum({ items: () => OutboxStatus })
  status: OutboxStatus = OutboxStatus.PENDING;

  @Field(() => Int)
  @Property()
  attempts: number = 0;

  @Field()
  @Property()
  createdAt!: Date;

  @Property()
  nextAttemptAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  /** A sender holds the message until then; a crashed sender's lease simply runs out. */
  @Property({ type: 'datetime', nullable: true })
  leaseUntil: Date | null = null;

  /** RFC 5322 Message-ID, so the customer's reply threads into the ticket. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  messageId: string | null = null;

  /** The ticket's reaction notice (SLA-3): its first delivery proof is the ticket's `respondedAt`. */
  @Field({ description: "The ticket's reaction notice: its delivery proves the reaction (SLA-2, SLA-3)" })
  @Property()
  reaction: boolean = false;

  /** What the receiving side answered: the SMTP reply to DATA (with the server's queue id), the Telegram message id. */
  @Field(() => String, { nullable: true, description: 'The proof of receipt: the SMTP reply to DATA (queue id), the Telegram message id' })
  @Property({ type: 'string', length: 1000, nullable: true })
  deliveryReceipt: string | null = null;
}
