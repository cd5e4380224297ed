import { APPENDIX_ITEMS, TICKET_CATEGORIES, TICKET_STATUSES } from '@desk/sla';
import type * as Lifecycle from '@desk/sla';
import { registerEnumType } from 'type-graphql';
import { literalEnum } from '../../common/literal-enum.js';

// The lifecycle rules (@desk/sla) name these; the database and GraphQL use its very values.
export const TicketStatus = literalEnum(TICKET_STATUSES);
export type TicketStatus = Lifecycle.TicketStatus;
export const TicketCategory = literalEnum(TICKET_CATEGORIES);
export type TicketCategory = Lifecycle.TicketCategory;
export const AppendixItem = literalEnum(APPENDIX_ITEMS);
export type AppendixItem = Lifecycle.AppendixItem;

// String values equal the names so the database and GraphQL agree.
export enum Channel { PHONE = 'PHONE', EMAIL = 'EMAIL', PORTAL = 'PORTAL', TELEGRAM = 'TELEGRAM', API = 'API' }
/** Why a request was refused (ID-2, TKT-7). */
export enum RejectionReason {
  SUPPORT_EXPIRED = 'SUPPORT_EXPIRED', SUPPORT_NOT_STARTED = 'SUPPORT_NOT_STARTED',
  OPERATING_CONDITIONS_VIOLATED = 'OPERATING_CONDITIONS_VIOLATED', UNSUPPORTED_OS = 'UNSUPPORTED_OS',
  UNLICENSED_SOFTWARE = 'UNLICENSED_SOFTWARE', FORMULARY_LOST = 'FORMULARY_LOST',
  CARELESS_STORAGE_OR_TRANSPORT = 'CARELESS_STORAGE_OR_TRANSPORT', PHYSICAL_DAMAGE = 'PHYSICAL_DAMAGE',
  UNINTENDED_USE = 'UNINTENDED_USE', UNAUTHORIZED_CHANGES = 'UNAUTHORIZED_CHANGES',
}
/** How a ticket ended (TKT-2, TKT-3, TKT-5). */
export enum Resolution {
  SOLVED = 'SOLVED', INFORMATION_PROVIDED = 'INFORMATION_PROVIDED', THIRD_PARTY = 'THIRD_PARTY', DUPLICATE = 'DUPLICATE',
  FEATURE_REQUEST_REGISTERED = 'FEATURE_REQUEST_REGISTERED', WITHDRAWN_BY_CUSTOMER = 'WITHDRAWN_BY_CUSTOMER',
  NO_CUSTOMER_RESPONSE = 'NO_CUSTOMER_RESPONSE',
  /** #19: a COMMERCIAL_QUESTION, closed at intake once forwarded to the sales mailbox; outside the response-time SLA. */
  FORWARDED_TO_SALES = 'FORWARDED_TO_SALES',
}
/** What a message on a ticket is (TKT-2, TKT-9). */
export enum MessageKind {
  CLARIFYING_QUESTION = 'CLARIFYING_QUESTION', RECOMMENDATION = 'RECOMMENDATION', SOLUTION = 'SOLUTION',
  UPDATE_PROVIDED = 'UPDATE_PROVIDED', INTERNAL_NOTE = 'INTERNAL_NOTE', CUSTOMER_REPLY = 'CUSTOMER_REPLY',
}
export enum TimelineKind {
  CREATED = 'CREATED', REJECTED = 'REJECTED', STATUS_CHANGED = 'STATUS_CHANGED', ASSIGNED = 'ASSIGNED', RESPONDED = 'RESPONDED',
  ESCALATED = 'ESCALATED', CRITICALITY_CHANGED = 'CRITICALITY_CHANGED', NOTIFICATION_QUEUED = 'NOTIFICATION_QUEUED',
  SLA_ALERT = 'SLA_ALERT', MESSAGE = 'MESSAGE', CLOSED = 'CLOSED', SPLIT = 'SPLIT', LINKED = 'LINKED',
  EXPECTED_RESOLUTION_SET = 'EXPECTED_RESOLUTION_SET', DETAILS_UPDATED = 'DETAILS_UPDATED', FILE_ATTACHED = 'FILE_ATTACHED',
  NOTIFICATION_SENT = 'NOTIFICATION_SENT', NOTIFICATION_FAILED = 'NOTIFICATION_FAILED',
  /** The reaction notice failed on its channel: the agent is alerted at once and offered the phone (SLA-3). */
  REACTION_NOTICE_FAILED = 'REACTION_NOTICE_FAILED',
  /** A calendar edit moved the response deadline of a ticket not yet reacted to (SLA-5); data: before → after and why. */
  DEADLINE_MOVED = 'DEADLINE_MOVED',
  /** #19, agreement section 4: material asked for, provided, cancelled; equipment received and returned. */
  MATERIAL_REQUESTED = 'MATERIAL_REQUESTED', MATERIAL_FULFILLED = 'MATERIAL_FULFILLED', MATERIAL_CANCELLED = 'MATERIAL_CANCELLED',
  EQUIPMENT_RECEIVED = 'EQUIPMENT_RECEIVED', EQUIPMENT_RETURNED = 'EQUIPMENT_RETURNED',
  /** #19: a duplicate merged into this ticket (data: duplicate, arrival and deadline before → after), or this duplicate merged into another. */
  MERGED = 'MERGED',
}
/**
 * Where the "registered, work started" notice stands (SLA-2, SLA-3): PENDING until its channel proves
 * receipt, FAILED when an attempt failed (retries may still deliver it; a phone call is the way out),
 * DELIVERED once the first proof arrived (that moment is `respondedAt`).
 */
export enum ReactionNoticeState { PENDING = 'PENDING', FAILED = 'FAILED', DELIVERED = 'DELIVERED' }
export enum OsBitness { X86 = 'X86', X64 = 'X64' }
export enum BootMode { LEGACY = 'LEGACY', UEFI = 'UEFI' }

const described: [object, string, string][] = [
  [TicketStatus, 'TicketStatus', 'Lifecycle state (TKT-2)'],
  [TicketCategory, 'TicketCategory', 'Service of section 3.1 the request is about (TKT-1)'],
  [AppendixItem, 'AppendixItem', 'What appendix 1 asks a request to include (TKT-8)'],
  [Channel, 'Channel', 'Where the request arrived (LVL-5)'],
  [RejectionReason, 'RejectionReason', 'Why support was refused (ID-2, TKT-7)'],
  [Resolution, 'Resolution', 'How a ticket ended (TKT-2, TKT-3, TKT-5)'],
  [MessageKind, 'MessageKind', 'What a message on a ticket is (TKT-2, TKT-9)'],
  [TimelineKind, 'TimelineKind', 'What a timeline entry records (TKT-9)'],
  [OsBitness, 'OsBitness', 'Bitness of the operating system (appendix 1)'],
  [BootMode, 'BootMode', 'How the OS boots on hardware products (appendix 1)'],
  [ReactionNoticeState, 'ReactionNoticeState', 'Where the reaction notice stands: pending, failed on its channel, delivered (SLA-3)'],
];
for (const [enumObject, name, description] of described) registerEnumType(enumObject, { name, description });
