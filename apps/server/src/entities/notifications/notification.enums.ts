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
}
export enum Locale { RU = 'ru', EN = 'en' }

registerEnumType(OutboxStatus, { name: 'OutboxStatus', description: 'Delivery state of a notification' });
registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a customer notification says' });
registerEnumType(Locale, { name: 'Locale', description: 'Language of customer notifications (Russian first, LVL-5)' });
