import type { BootMode, Channel, OsBitness, TicketCategory } from '../../entities/tickets/ticket.enums.js';
import type { Criticality } from '../../entities/sla/sla.enums.js';

export interface ContactDetails {
  fullName: string;
  position: string;
  phone: string;
  email?: string | null;
}

/** What any intake channel hands to ticket creation (portal, API, phone, e-mail, Telegram). */
export interface CreateTicketCommand {
  identifier: string;
  organizationName: string;
  contact: ContactDetails;
  subject: string;
  description: string;
  category: TicketCategory;
  criticality: Criticality;
  channel: Channel;
  receivedAt?: Date | null;
  productVersion?: string | null;
  buildNumber?: string | null;
  osVersion?: string | null;
  osBitness?: OsBitness | null;
  hardwareModel?: string | null;
  bootMode?: BootMode | null;
  installedSoftware?: string | null;
  occursWhen?: string | null;
  stepsToReproduce?: string | null;
  errorText?: string | null;
}
