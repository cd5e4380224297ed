import type { EntityManager } from '@mikro-orm/core';
import type { NotificationKind } from '../../entities/notifications/notification.enums.js';
import type { OutboxMessage } from '../../entities/notifications/outbox-message.entity.js';
import type { Channel, MessageKind } from '../../entities/tickets/ticket.enums.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';

/** The notices a ticket's contact person gets; IDENTIFICATION_REQUIRED goes to a sender with no ticket yet, STAFF_* to staff, WEBHOOK_* to integrations (#18). */
export type CustomerNoticeKind = Exclude<
  NotificationKind,
  | NotificationKind.IDENTIFICATION_REQUIRED
  | NotificationKind.STAFF_NOTIFICATION
  | NotificationKind.STAFF_DIGEST
  | NotificationKind.INVITATION
  | NotificationKind.PASSWORD_RESET
  | NotificationKind.WEBHOOK_EVENT
  | NotificationKind.WEBHOOK_DISABLED
  | NotificationKind.SALES_FORWARD
>;

/** The SLA-3 failure of a reaction notice no channel can carry; the console translates it by its code (ReactionNoticeFailure). */
export const NO_CONTACT_ADDRESS = 'the contact person has no e-mail address';

/** What a notice says beyond the ticket itself. */
export interface NoticeFacts {
  readonly messageKind?: MessageKind;
  readonly messageBody?: string;
  /** The staff member the notice names (who wrote the reply); by default the ticket's holder. */
  readonly agentId?: number;
  /** MATERIAL_REQUESTED (#19): what is asked for, and where equipment goes when some is. */
  readonly materials?: readonly MaterialNoticeLine[];
  readonly shippingDetails?: string | null;
  /** FORWARDED_TO_SALES: the sales mailbox that will answer (#19). */
  readonly salesEmail?: string;
  /** MERGED: the ticket the duplicate joined (#19). */
  readonly survivorNumber?: string;
}

/** One piece of material asked for (#19): its kind (MaterialKind), what exactly, why. */
export interface MaterialNoticeLine {
  readonly kind: string;
  readonly details: string;
  readonly reason: string;
}

/**
 * What writing the reaction notice already proves (SLA-3): PENDING — a
 * delivery channel will prove it (SMTP 250, a Telegram message id);
 * DELIVERED — receipt at commit (the development mailbox of an install
 * without that transport, the portal the customer chose); FAILED — no channel
 * can carry it (no e-mail address): the agent phones.
 */
export type NoticeOnWrite =
  | { readonly state: 'PENDING' }
  | { readonly state: 'DELIVERED'; readonly channel: Channel; readonly proof: string }
  | { readonly state: 'FAILED'; readonly error: string };

/**
 * How a ticket change tells the customer (SLA-3, TKT-2..9). The notice is
 * queued in the caller's unit of work, so it commits (or not) together with
 * the change it reports. The ticket rules name this port and the composition
 * root plugs the outbox in (modules/notifications), so tickets never depend on
 * how a notice travels.
 */
export interface CustomerNotices {
  notify(em: EntityManager, kind: CustomerNoticeKind, ticket: Ticket, at: Date, facts?: NoticeFacts): Promise<OutboxMessage>;
  /** The reaction notice: queued as `notify` does, marked as the one whose first delivery proof is the reaction. */
  notifyReaction(em: EntityManager, kind: CustomerNoticeKind, ticket: Ticket, at: Date): Promise<{ message: OutboxMessage; onWrite: NoticeOnWrite }>;
}
