import { parseTicketNumber, TICKET_NUMBER_PREFIX } from '../../../entities/tickets/ticket-number.js';

/** How a message names the ticket it belongs to. */
export interface TicketReference {
  readonly ticketId: number;
  readonly via: 'headers' | 'subject';
}

// <outbox-17.SD-000123@desk.local>: the Message-ID the outbox dispatcher gives every notification.
const OUR_MESSAGE_ID = /<?outbox-(\d+)(?:\.([A-Z]+-\d+))?@desk\.local>?/gi;
const prefix = TICKET_NUMBER_PREFIX.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SUBJECT_NUMBER = new RegExp(`(?:^|[^\\p{L}\\p{N}])${prefix}(\\d{1,12})(?![\\p{N}])`, 'iu');

/** Message-IDs this message answers, newest first (In-Reply-To, then References from the end). */
function answeredIds(inReplyTo: string | undefined, references: string | string[] | undefined): string[] {
  const refs = Array.isArray(references) ? references : references ? references.split(/\s+/) : [];
  return [...(inReplyTo ? [inReplyTo] : []), ...[...refs].reverse()].filter(Boolean);
}

/**
 * The ticket a reply is about: our Message-ID in In-Reply-To/References (what
 * mail clients keep), else `[SD-000123]` or `SD-000123` in the subject.
 */
export function ticketReferenceOf(mail: { subject?: string; inReplyTo?: string; references?: string | string[] }): TicketReference | null {
  for (const id of answeredIds(mail.inReplyTo, mail.references)) {
    for (const match of id.matchAll(OUR_MESSAGE_ID)) {
      const ticketId = match[2] ? parseTicketNumber(match[2]) : null;
      if (ticketId !== null) return { ticketId, via: 'headers' };
    }
  }
  const inSubject = SUBJECT_NUMBER.exec(mail.subject ?? '');
  const id = inSubject ? Number(inSubject[1]) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? { ticketId: id, via: 'subject' } : null;
}

/** The outbox message (one with no ticket: an automatic "what is missing" reply) this message answers. */
export function answeredOutboxIds(mail: { inReplyTo?: string; references?: string | string[] }): number[] {
  const ids: number[] = [];
  for (const id of answeredIds(mail.inReplyTo, mail.references)) {
    for (const match of id.matchAll(OUR_MESSAGE_ID)) {
      if (!match[2]) ids.push(Number(match[1]));
    }
  }
  return ids;
}
