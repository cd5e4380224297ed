import { registerEnumType } from 'type-graphql';

// String values equal the names so the database, GraphQL and @desk/sla agree.
export enum SupportLevel { BASIC = 'BASIC', EXTENDED = 'EXTENDED' }
export enum Criticality { CRITICAL = 'CRITICAL', NON_CRITICAL = 'NON_CRITICAL' }
export enum Channel { PHONE = 'PHONE', EMAIL = 'EMAIL', PORTAL = 'PORTAL', TELEGRAM = 'TELEGRAM', API = 'API' }
export enum TicketStatus {
  NEW = 'NEW',
  IN_PROGRESS = 'IN_PROGRESS',
  WAITING_FOR_CUSTOMER = 'WAITING_FOR_CUSTOMER',
  CLOSED = 'CLOSED',
  REJECTED = 'REJECTED',
}
export enum SlaState { ON_TRACK = 'ON_TRACK', AT_RISK = 'AT_RISK', BREACHED = 'BREACHED', MET = 'MET' }
export enum SlaOutcome { MET = 'MET', BREACHED = 'BREACHED' }
export enum Role { AGENT = 'AGENT', TEAM_LEAD = 'TEAM_LEAD', ADMIN = 'ADMIN', CUSTOMER = 'CUSTOMER', PARTNER = 'PARTNER' }
export enum OrganizationKind { CUSTOMER = 'CUSTOMER', PARTNER = 'PARTNER', VENDOR = 'VENDOR' }
export enum ProductKind { SOFTWARE = 'SOFTWARE', HARDWARE = 'HARDWARE' }
export enum IdentifierKind { LICENSE_NUMBER = 'LICENSE_NUMBER', SERIAL_NUMBER = 'SERIAL_NUMBER', ACTIVATION_CODE = 'ACTIVATION_CODE' }
export enum TicketCategory {
  INCIDENT = 'INCIDENT',
  FUNCTIONALITY_QUESTION = 'FUNCTIONALITY_QUESTION',
  INSTALLATION_CONFIGURATION = 'INSTALLATION_CONFIGURATION',
  UPDATE_REQUEST = 'UPDATE_REQUEST',
  CERTIFICATE_INFO = 'CERTIFICATE_INFO',
  DOCUMENTATION_REQUEST = 'DOCUMENTATION_REQUEST',
  FEATURE_REQUEST = 'FEATURE_REQUEST',
  COMMERCIAL_QUESTION = 'COMMERCIAL_QUESTION',
}
/** Why a request was refused (ID-2, TKT-7). */
export enum RejectionReason {
  SUPPORT_EXPIRED = 'SUPPORT_EXPIRED',
  SUPPORT_NOT_STARTED = 'SUPPORT_NOT_STARTED',
  OPERATING_CONDITIONS_VIOLATED = 'OPERATING_CONDITIONS_VIOLATED',
  UNSUPPORTED_OS = 'UNSUPPORTED_OS',
  UNLICENSED_SOFTWARE = 'UNLICENSED_SOFTWARE',
  FORMULARY_LOST = 'FORMULARY_LOST',
  CARELESS_STORAGE_OR_TRANSPORT = 'CARELESS_STORAGE_OR_TRANSPORT',
  PHYSICAL_DAMAGE = 'PHYSICAL_DAMAGE',
  UNINTENDED_USE = 'UNINTENDED_USE',
  UNAUTHORIZED_CHANGES = 'UNAUTHORIZED_CHANGES',
}
/** How a ticket ended (TKT-2, TKT-3, TKT-5). */
export enum Resolution {
  SOLVED = 'SOLVED',
  INFORMATION_PROVIDED = 'INFORMATION_PROVIDED',
  THIRD_PARTY = 'THIRD_PARTY',
  DUPLICATE = 'DUPLICATE',
  FEATURE_REQUEST_REGISTERED = 'FEATURE_REQUEST_REGISTERED',
  WITHDRAWN_BY_CUSTOMER = 'WITHDRAWN_BY_CUSTOMER',
  NO_CUSTOMER_RESPONSE = 'NO_CUSTOMER_RESPONSE',
}
/** What a message on a ticket is (TKT-2, TKT-9). */
export enum MessageKind {
  CLARIFYING_QUESTION = 'CLARIFYING_QUESTION',
  RECOMMENDATION = 'RECOMMENDATION',
  SOLUTION = 'SOLUTION',
  UPDATE_PROVIDED = 'UPDATE_PROVIDED',
  INTERNAL_NOTE = 'INTERNAL_NOTE',
  CUSTOMER_REPLY = 'CUSTOMER_REPLY',
}
export enum Locale { RU = 'ru', EN = 'en' }
export enum TimelineKind {
  CREATED = 'CREATED',
  REJECTED = 'REJECTED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  ASSIGNED = 'ASSIGNED',
  RESPONDED = 'RESPONDED',
  ESCALATED = 'ESCALATED',
  CRITICALITY_CHANGED = 'CRITICALITY_CHANGED',
  NOTIFICATION_QUEUED = 'NOTIFICATION_QUEUED',
  SLA_ALERT = 'SLA_ALERT',
  MESSAGE = 'MESSAGE',
  CLOSED = 'CLOSED',
  SPLIT = 'SPLIT',
  LINKED = 'LINKED',
  EXPECTED_RESOLUTION_SET = 'EXPECTED_RESOLUTION_SET',
  DETAILS_UPDATED = 'DETAILS_UPDATED',
  FILE_ATTACHED = 'FILE_ATTACHED',
  NOTIFICATION_SENT = 'NOTIFICATION_SENT',
  NOTIFICATION_FAILED = 'NOTIFICATION_FAILED',
}
export enum SlaAlertKind { AT_RISK = 'AT_RISK', BREACHED = 'BREACHED' }
export enum QueueEventKind { ADDED = 'ADDED', MOVED = 'MOVED', UPDATED = 'UPDATED', REMOVED = 'REMOVED' }
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
export enum OsBitness { X86 = 'X86', X64 = 'X64' }
export enum BootMode { LEGACY = 'LEGACY', UEFI = 'UEFI' }

const described: [object, string, string][] = [
  [SupportLevel, 'SupportLevel', 'Service level bought by the customer (LVL-1..3)'],
  [Criticality, 'Criticality', 'Impact of the incident on the customer (section 2)'],
  [Channel, 'Channel', 'Where the request arrived (LVL-5)'],
  [TicketStatus, 'TicketStatus', 'Lifecycle state (TKT-2)'],
  [SlaState, 'SlaState', 'Response-time SLA state (SLA-7, SLA-9)'],
  [SlaOutcome, 'SlaOutcome', 'Final response-time outcome (SLA-9)'],
  [Role, 'Role', 'What a user may do'],
  [OrganizationKind, 'OrganizationKind', 'Customer, partner or the vendor itself'],
  [ProductKind, 'ProductKind', 'Software or hardware product'],
  [IdentifierKind, 'IdentifierKind', 'License number, serial number or support activation code (ID-1)'],
  [TicketCategory, 'TicketCategory', 'Service of section 3.1 the request is about (TKT-1)'],
  [RejectionReason, 'RejectionReason', 'Why support was refused (ID-2, TKT-7)'],
  [TimelineKind, 'TimelineKind', 'What a timeline entry records (TKT-9)'],
  [SlaAlertKind, 'SlaAlertKind', 'AT_RISK when the SLA-7 share of the response time is used, BREACHED at the deadline'],
  [QueueEventKind, 'QueueEventKind', 'How a queue change moved a ticket'],
  [OutboxStatus, 'OutboxStatus', 'Delivery state of a notification'],
  [NotificationKind, 'NotificationKind', 'What a customer notification says'],
  [Resolution, 'Resolution', 'How a ticket ended (TKT-2, TKT-3, TKT-5)'],
  [MessageKind, 'MessageKind', 'What a message on a ticket is (TKT-2, TKT-9)'],
  [Locale, 'Locale', 'Language of customer notifications (Russian first, LVL-5)'],
  [OsBitness, 'OsBitness', 'Bitness of the operating system (appendix 1)'],
  [BootMode, 'BootMode', 'How the OS boots on hardware products (appendix 1)'],
];
for (const [enumObject, name, description] of described) registerEnumType(enumObject, { name, description });

// Information services (SVC-2, SVC-5): registered on their own so the list above stays untouched.
export enum CatalogFileKind { UPDATE = 'UPDATE', DISTRIBUTION = 'DISTRIBUTION', FIRMWARE = 'FIRMWARE', DOCUMENTATION = 'DOCUMENTATION', OTHER = 'OTHER' }
registerEnumType(CatalogFileKind, { name: 'CatalogFileKind', description: 'What a file of a release or a document is (SVC-2, SVC-4)' });
export enum FeatureRequestStatus { REGISTERED = 'REGISTERED', UNDER_REVIEW = 'UNDER_REVIEW', PLANNED = 'PLANNED', RELEASED = 'RELEASED', DECLINED = 'DECLINED' }
registerEnumType(FeatureRequestStatus, { name: 'FeatureRequestStatus', description: 'Where a feature request stands (SVC-5)' });
