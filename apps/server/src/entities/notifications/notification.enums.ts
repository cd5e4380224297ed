import { Channel } from '../tickets/ticket.enums.js';
import { registerEnumType } from 'type-graphql';

export enum OutboxStatus { PENDING = 'PENDING', SENDING = 'SENDING', SENT = 'SENT', FAILED = 'FAILED' }
export enum NotificationKind {
  RECEIVED = 'RECEIVED',
  WORK_STARTED = 'WORK_STARTED',
  REJECTED = 'REJECTED',
  AGENT_MESSAGE = 'AGENT_MESSAGE',
  ANSWER_RECEIVED = 'ANSWER_RECEIVED',
  CLOSED = 'CLOSED',
  AUTO_CLOSED = 'AUTO_CLOSED',
  EXPECTED_RESOLUTION = 'EXPECTED_RESOLUTION',
  /** #19: what material the vendor asks for and how to provide it (upload in the portal, or where to ship equipment). */
  MATERIAL_REQUESTED = 'MATERIAL_REQUESTED',
  /** #19: the customer's COMMERCIAL_QUESTION went to the sales department, who will answer. */
  FORWARDED_TO_SALES = 'FORWARDED_TO_SALES',
  /** #19: the customer's duplicate request was merged into the ticket that carries on. */
  MERGED = 'MERGED',
  /** #19: a COMMERCIAL_QUESTION forwarded to the sales mailbox (SALES_EMAIL); not a customer notice. */
  SALES_FORWARD = 'SALES_FORWARD',
  /** The automatic answer to an unidentified e-mail: what is missing (ID-1); no ticket yet. */
  IDENTIFICATION_REQUIRED = 'IDENTIFICATION_REQUIRED',
  /** A staff member's off-app notification (#13): one event of the bell by e-mail or Telegram. */
  STAFF_NOTIFICATION = 'STAFF_NOTIFICATION',
  /** Several staff notifications that waited for service or quiet hours to end, sent as one (#13). */
  STAFF_DIGEST = 'STAFF_DIGEST',
  /** #12: a one-time link to accept an invitation by setting a password. */
  INVITATION = 'INVITATION',
  /** #12: a one-time "forgot password" link. */
  PASSWORD_RESET = 'PASSWORD_RESET',
  /** One ticket event for a partner's webhook endpoint (#18); delivered over WEBHOOK, never listed as a customer notice. */
  WEBHOOK_EVENT = 'WEBHOOK_EVENT',
  /** Tells an endpoint's owner by e-mail that it was disabled after a run of failures (#18). */
  WEBHOOK_DISABLED = 'WEBHOOK_DISABLED',
}

/** Carry one-time sign-in links: only admins read them in the dev mailbox. */
export const ACCOUNT_NOTIFICATION_KINDS = [NotificationKind.INVITATION, NotificationKind.PASSWORD_RESET] as const;

/** The kinds that go to staff, not to a ticket's contact person. */
export const STAFF_NOTIFICATION_KINDS = [NotificationKind.STAFF_NOTIFICATION, NotificationKind.STAFF_DIGEST] as const;
/**
 * Webhook messages (#18) travel through the same outbox under this channel:
 * not a way a request arrives (the public `Channel`), so it is kept out of
 * that enum and the `outbox` query never lists these rows.
 */
export const WEBHOOK_CHANNEL = 'WEBHOOK';
export type DeliveryChannel = Channel | typeof WEBHOOK_CHANNEL;
export const DELIVERY_CHANNELS: readonly DeliveryChannel[] = [...Object.values(Channel), WEBHOOK_CHANNEL];
/** A message to a person (a customer's notice, a staff member's notification), not to a webhook endpoint. */
export function isPersonChannel(channel: DeliveryChannel): channel is Channel {
  return channel !== WEBHOOK_CHANNEL;
}
export enum Locale { RU = 'ru', EN = 'en' }

registerEnumType(OutboxStatus, { name: 'OutboxStatus', description: 'Delivery state of a notification' });
registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a customer notification says' });
registerEnumType(Locale, { name: 'Locale', description: 'Language of customer notifications (Russian first, LVL-5)' });
