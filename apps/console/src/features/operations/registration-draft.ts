import type { Channel, CreateTicketInput, Criticality, TicketCategory } from '@desk/schema';

export const CATEGORIES: readonly TicketCategory[] = [
  'INCIDENT',
  'FUNCTIONALITY_QUESTION',
  'INSTALLATION_CONFIGURATION',
  'UPDATE_REQUEST',
  'CERTIFICATE_INFO',
  'DOCUMENTATION_REQUEST',
  'FEATURE_REQUEST',
  'COMMERCIAL_QUESTION',
];
export const CRITICALITIES: readonly Criticality[] = ['CRITICAL', 'NON_CRITICAL'];
const CHANNELS: readonly Channel[] = ['EMAIL', 'TELEGRAM', 'PORTAL', 'PHONE', 'API'];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const oneOf = <T extends string>(value: unknown, choices: readonly T[], fallback: T): T => (choices.includes(value as T) ? (value as T) : fallback);

/**
 * A refused request's payload (ID-1, ID-2) as the registration form starts
 * from: what the requester sent, blanks where they sent nothing, so staff
 * only fill in what identifies the customer. The server keeps the request's
 * arrival time and channel whatever the form says (SLA-2).
 */
export function registrationDraft(payload: Record<string, unknown>): CreateTicketInput {
  const contact = (typeof payload.contact === 'object' && payload.contact !== null ? payload.contact : {}) as Record<string, unknown>;
  return {
    identifier: text(payload.identifier),
    organizationName: text(payload.organizationName),
    contact: { fullName: text(contact.fullName), position: text(contact.position), phone: text(contact.phone), email: text(contact.email) || null },
    subject: text(payload.subject),
    description: text(payload.description),
    category: oneOf(payload.category, CATEGORIES, 'INCIDENT'),
    criticality: oneOf(payload.criticality, CRITICALITIES, 'NON_CRITICAL'),
    channel: oneOf(payload.channel, CHANNELS, 'EMAIL'),
  };
}
