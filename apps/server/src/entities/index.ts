import { ApiToken } from './api-token.entity.js';
import { InboundMail } from './inbound-mail.entity.js';
import { TelegramChat } from './telegram-chat.entity.js';
import { TelegramUpdate } from './telegram-update.entity.js';
import { CalendarDay } from './calendar-day.entity.js';
import { Contact } from './contact.entity.js';
import { Organization } from './organization.entity.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { Product } from './product.entity.js';
import { QueueState } from './queue-state.entity.js';
import { RefusedRequest } from './refused-request.entity.js';
import { SlaAlert } from './sla-alert.entity.js';
import { SupportContract } from './support-contract.entity.js';
import { Ticket } from './ticket.entity.js';
import { TicketFile } from './ticket-file.entity.js';
import { TicketMessage } from './ticket-message.entity.js';
import { TimelineEntry } from './timeline-entry.entity.js';
import { User } from './user.entity.js';
import { INFORMATION_ENTITIES } from './information-entities.js';

export const ENTITIES = [
  Organization,
  User,
  Contact,
  Product,
  SupportContract,
  Ticket,
  TimelineEntry,
  CalendarDay,
  OutboxMessage,
  RefusedRequest,
  SlaAlert,
  QueueState,
  TicketMessage,
  TicketFile,
  ApiToken,
  InboundMail,
  TelegramChat,
  TelegramUpdate,
  ...INFORMATION_ENTITIES,
];
