import { registerEnumType } from 'type-graphql';

/** What a staff notification is about (#13): the events an agent or lead must not miss. */
export enum StaffNotificationKind {
  /** The customer answered a ticket that waited for them (TKT-2). */
  CUSTOMER_REPLY = 'CUSTOMER_REPLY',
  /** Someone else wrote on a ticket I hold: a customer's message, a colleague's note or reply. */
  NEW_MESSAGE = 'NEW_MESSAGE',
  /** Someone else gave me the ticket (TKT-6). */
  ASSIGNED = 'ASSIGNED',
  /** Someone else took the ticket off me. */
  UNASSIGNED = 'UNASSIGNED',
  /** My ticket was escalated; team leads hear of every escalation (TKT-6). */
  ESCALATED = 'ESCALATED',
  /** SLA-7 alerts of tickets I hold; team leads get every one. */
  SLA_AT_RISK = 'SLA_AT_RISK',
  SLA_BREACHED = 'SLA_BREACHED',
  /** The reaction notice of my ticket failed on its channel: phone the customer (SLA-3). */
  REACTION_NOTICE_FAILED = 'REACTION_NOTICE_FAILED',
}

/** Where a staff notification goes besides the bell. */
export enum OffAppChannel {
  EMAIL = 'EMAIL',
  TELEGRAM = 'TELEGRAM',
}

/** NONE: the bell only; WAITING: held until service or quiet hours end; QUEUED: in the outbox. */
export enum OffAppStatus {
  NONE = 'NONE',
  WAITING = 'WAITING',
  QUEUED = 'QUEUED',
}

registerEnumType(StaffNotificationKind, { name: 'StaffNotificationKind', description: 'What a staff notification is about (#13)' });
registerEnumType(OffAppChannel, { name: 'OffAppChannel', description: 'Where staff notifications go besides the bell' });
registerEnumType(OffAppStatus, { name: 'OffAppStatus', description: 'Off-app delivery of a staff notification' });
