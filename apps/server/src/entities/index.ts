import { ApiToken } from './auth/api-token.entity.js';
import { AuditEntry } from './audit/audit-entry.entity.js';
import { Invitation } from './auth/invitation.entity.js';
import { PasswordReset } from './auth/password-reset.entity.js';
import { RecoveryCode } from './auth/recovery-code.entity.js';
import { SecuritySettings } from './auth/security-settings.entity.js';
import { UserTwoFactor } from './auth/user-two-factor.entity.js';
import { InboundMail } from './channels/inbound-mail.entity.js';
import { TelegramChat } from './channels/telegram-chat.entity.js';
import { TelegramUpdate } from './channels/telegram-update.entity.js';
import { CalendarDay } from './sla/calendar-day.entity.js';
import { ServiceHoursSetting } from './sla/service-hours-setting.entity.js';
import { Contact } from './organizations/contact.entity.js';
import { Organization } from './organizations/organization.entity.js';
import { OutboxMessage } from './notifications/outbox-message.entity.js';
import { Product } from './organizations/product.entity.js';
import { QueueState } from './queue/queue-state.entity.js';
import { EventLogEntry } from './realtime/event-log-entry.entity.js';
import { RefusedRequest } from './tickets/refused-request.entity.js';
import { SlaAlert } from './sla/sla-alert.entity.js';
import { SupportContract } from './organizations/support-contract.entity.js';
import { ContractIdentifier } from './organizations/contract-identifier.entity.js';
import { ContractEvent } from './organizations/contract-event.entity.js';
import { Ticket } from './tickets/ticket.entity.js';
import { TicketFile } from './files/ticket-file.entity.js';
import { TicketMessage } from './tickets/ticket-message.entity.js';
import { TimelineEntry } from './tickets/timeline-entry.entity.js';
import { User } from './auth/user.entity.js';
import { SavedView } from './views/saved-view.entity.js';
import { StaffNotification } from './staff-notifications/staff-notification.entity.js';
import { StaffNotificationSettings } from './staff-notifications/staff-notification-settings.entity.js';
import { ReplyTemplate } from './reply-templates/reply-template.entity.js';
import { Macro } from './macros/macro.entity.js';
import { TicketRating } from './satisfaction/ticket-rating.entity.js';
import { WebhookDelivery } from './webhooks/webhook-delivery.entity.js';
import { WebhookEndpoint } from './webhooks/webhook-endpoint.entity.js';
import { DeskSetting } from './integrations/desk-setting.entity.js';
import { PersistedOperation } from './integrations/persisted-operation.entity.js';
import { EquipmentItem } from './material-requests/equipment-item.entity.js';
import { MaterialRequest } from './material-requests/material-request.entity.js';
import { MaterialRequestFile } from './material-requests/material-request-file.entity.js';
import { INFORMATION_ENTITIES } from './info-services/info-services.entities.js';

export const ENTITIES = [
  Organization,
  User,
  Contact,
  Product,
  SupportContract,
  ContractIdentifier,
  ContractEvent,
  Ticket,
  TimelineEntry,
  CalendarDay,
  ServiceHoursSetting,
  OutboxMessage,
  RefusedRequest,
  SlaAlert,
  QueueState,
  EventLogEntry,
  TicketMessage,
  TicketFile,
  ApiToken,
  Invitation,
  PasswordReset,
  UserTwoFactor,
  RecoveryCode,
  SecuritySettings,
  AuditEntry,
  InboundMail,
  TelegramChat,
  TelegramUpdate,
  SavedView,
  StaffNotification,
  StaffNotificationSettings,
  ReplyTemplate,
  Macro,
  TicketRating,
  WebhookEndpoint,
  WebhookDelivery,
  PersistedOperation,
  DeskSetting,
  MaterialRequest,
  MaterialRequestFile,
  EquipmentItem,
  ...INFORMATION_ENTITIES,
];
