import { parseTicketNumber } from '../../../entities/tickets/ticket-number.js';
import type { ThreadTokens } from '../../../common/thread-token.js';

// <outbox-17.SD-000123.<thread token>@desk.local>: the Message-ID the outbox dispatcher gives every
// notification (outboxMessageId); <outbox-18@desk.local> for one without a ticket.
const OUR_MESSAGE_ID = /<?outbox-(\d+)(?:\.([A-Z]+-\d+)(?:\.([0-9a-f]+))?)?@desk\.local>?/gi;

/** Message-IDs this message answers, newest first (In-Reply-To, then References from the end). */
function answeredIds(inReplyTo: string | undefined, references: string | string[] | undefined): string[] {
  const refs = Array.isArray(references) ? references : references ? references.split(/\s+/) : [];
  return [...(inReplyTo ? [inReplyTo] : []), ...[...refs].reverse()].filter(Boolean);
}

/**
 * The ticket a reply is about (#15 finding 7): a Message-ID the desk wrote for that ticket, with its
 * thread token, in In-Reply-To/References — what mail clients keep. The ticket number in the subject,
 * or a Message-ID without a valid token, proves nothing (anyone can type it): such mail is a new request.
 */
export function ticketReferenceOf(mail: { inReplyTo?: string; references?: string | string[] }, tokens: ThreadTokens): number | null {
  for (const id of answeredIds(mail.inReplyTo, mail.references)) {
    for (const match of id.matchAll(OUR_MESSAGE_ID)) {
      const ticketId = match[2] ? parseTicketNumber(match[2]) : null;
      if (ticketId !== null && match[3] && tokens.verify(ticketId, match[3])) return ticketId;
    }
  }
  return null;
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

/**
 * With a trusted relay configured (MAIL_AUTHSERV_ID), whether it vouched for the sender: an
 * Authentication-Results header (RFC 8601) with its authserv-id saying dmarc=pass. The relay must
 * remove such headers that arrive from outside claiming its id. Without one configured, the MTA in
 * front is trusted to have refused failing mail (SECURITY.md).
 */
export function senderVouchedFor(authenticationResults: readonly string[], authservId: string | null): boolean {
  if (authservId === null) return true;
  return authenticationResults.some((header) => {
    const [id, ...results] = header.split(';');
    return id?.trim().split(/\s+/)[0]?.toLowerCase() === authservId.toLowerCase() && results.some((r) => /^\s*dmarc\s*=\s*pass\b/i.test(r));
  });
}
