import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { OutboxMessage } from '../notifications/outbox-message.entity.js';
import { RefusedRequest } from '../tickets/refused-request.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';

/** What became of one message that reached the inbound SMTP listener. */
export enum InboundMailStatus {
  /** Claimed by a process that is working on it (until `leaseUntil`). */
  PROCESSING = 'PROCESSING',
  /** A new ticket was registered from it (NEW, or REJECTED for an expired contract, ID-2). */
  REGISTERED = 'REGISTERED',
  /** Added to an open ticket as the customer's answer. */
  THREADED = 'THREADED',
  /** Sent for a closed ticket: registered a new ticket linked to it (TKT-4). */
  CONTINUED = 'CONTINUED',
  /** Not identified (ID-1): kept with the raw message, a refused request and an automatic reply. */
  UNIDENTIFIED = 'UNIDENTIFIED',
  /** Automatic mail (bounces, out-of-office): kept, never answered, never a ticket. */
  IGNORED = 'IGNORED',
  /** Processing failed; the sender was told to retry (SMTP 451) and a redelivery takes it over. */
  FAILED = 'FAILED',
}

/**
 * Every message the helpdesk mailbox accepted, keyed by its Message-ID so a
 * redelivered message is recognised and registered once. Messages that did
 * not become ticket content keep their raw RFC 5322 source, so nothing is lost.
 */
@Entity({ tableName: 'inbound_mails' })
@Index({ properties: ['status', 'receivedAt'] })
@Index({ properties: ['sender', 'receivedAt'] })
export class InboundMail {
  [OptionalProps]?: 'messageId' | 'sender' | 'ticket' | 'refusedRequest' | 'autoReply' | 'follows' | 'detail' | 'bodyText' | 'raw' | 'leaseUntil' | 'processedAt' | 'attachmentCount';

  @PrimaryKey()
  id!: number;

  /** SHA-256 (hex) of the Message-ID, or of the raw message when it has none: the deduplication key. */
  @Property({ length: 64, unique: true })
  messageKey!: string;

  @Property({ type: 'text', nullable: true })
  messageId: string | null = null;

  /** When the message arrived (end of SMTP DATA): the SLA clock's start for a ticket made from it (SLA-2). */
  @Property()
  receivedAt!: Date;

  /** The From: address, lower-cased. */
  @Property({ type: 'string', length: 320, nullable: true })
  sender: string | null = null;

  @Property({ length: 500 })
  subject!: string;

  @Enum({ items: () => InboundMailStatus })
  status!: InboundMailStatus;

  @ManyToOne({ entity: () => Ticket, ref: true, nullable: true })
  ticket: Ref<Ticket> | null = null;

  @ManyToOne({ entity: () => RefusedRequest, ref: true, nullable: true })
  refusedRequest: Ref<RefusedRequest> | null = null;

  /** The automatic "what is missing" reply (ID-1); a reply to it continues this message. */
  @ManyToOne({ entity: () => OutboxMessage, ref: true, nullable: true })
  autoReply: Ref<OutboxMessage> | null = null;

  /** The unidentified message whose automatic reply this one answers: together they may identify the customer. */
  @ManyToOne({ entity: () => InboundMail, ref: true, nullable: true })
  follows: Ref<InboundMail> | null = null;

  /** What happened, for staff: the missing items, the reason it was ignored, the error. */
  @Property({ type: 'text', nullable: true })
  detail: string | null = null;

  /** The message text, kept while it is not on a ticket. */
  @Property({ type: 'text', nullable: true })
  bodyText: string | null = null;

  /** The RFC 5322 source, kept while the message is not on a ticket. */
  @Property({ type: 'blob', nullable: true, lazy: true })
  raw: Buffer | null = null;

  @Property()
  size!: number;

  @Property()
  attachmentCount: number = 0;

  @Property({ type: 'datetime', nullable: true })
  leaseUntil: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  processedAt: Date | null = null;
}
