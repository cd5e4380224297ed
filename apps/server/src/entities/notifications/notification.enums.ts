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
}

/** Carry one-time sign-in links: only admins read them in the dev mailbox. */
export const ACCOUNT_NOTIFICATION_KINDS = [NotificationKind.INVITATION, NotificationKind.PASSWORD_RESET] as const;

/** The kinds that go to staff, not to a ticket's contact person. */
export const STAFF_NOTIFICATION_KINDS = [NotificationKind.STAFF_NOTIFICATION, NotificationKind.STAFF_DIGEST] as const;
export enum Locale { RU = 'ru', EN = 'en' }

registerEnumType(OutboxStatus, { name: 'OutboxStatus', description: 'Delivery state of a notification' });
registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a customer notification says' });
registerEnumType(Locale, { name: 'Locale', description: 'Language of customer notifications (Russian first, LVL-5)' });
