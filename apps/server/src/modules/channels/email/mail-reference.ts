import type { ParsedMail } from 'mailparser';
import { parseTicketNumber } from '../../../entities/tickets/ticket-number.js';
import type { ThreadTokens } from '../../../common/thread-token.js';

// <outbox-17.SD-000123.<thread token>@desk.local>: the Message-ID the outbox dispatcher gives every
// notification (outboxMessageId); <outbox-18@desk.local> for one without a ticket.
const OUR_MESSAGE_ID = /<?outbox-(\d+)(?:\.([A-Z]+-\d+)(?:\.([0-9a-f]+))?)?@desk\.local>?/gi;

// helpdesk+SD-000123.<thread token>@confident.ru: the Reply-To of a ticket's notification (replyAddressOf).
const OUR_REPLY_ADDRESS = /\+([A-Z]+-\d+)\.([0-9a-f]{20})@/i;

/** Message-IDs this message answers, newest first (In-Reply-To, then References from the end). */
function answeredIds(inReplyTo: string | undefined, references: string | string[] | undefined): string[] {
  const refs = Array.isArray(references) ? references : references ? references.split(/\s+/) : [];
  return [...(inReplyTo ? [inReplyTo] : []), ...[...refs].reverse()].filter(Boolean);
}

/**
 * The ticket a reply is about (#15 finding 7): a Message-ID the desk wrote for that ticket, with its
 * thread token, in In-Reply-To/References — what mail clients keep — or, for a client that drops those,
 * the ticket's reply address with the same token among the recipients (#18). The ticket number in the
 * subject, or a Message-ID or address without a valid token, proves nothing (anyone can type it): such
 * mail is a new request.
 */
export function ticketReferenceOf(
  mail: { inReplyTo?: string; references?: string | string[]; recipients?: readonly string[] },
  tokens: ThreadTokens,
): number | null {
  for (const id of answeredIds(mail.inReplyTo, mail.references)) {
    for (const match of id.matchAll(OUR_MESSAGE_ID)) {
      const ticketId = verified(match[2], match[3], tokens);
      if (ticketId !== null) return ticketId;
    }
  }
  for (const address of mail.recipients ?? []) {
    const match = OUR_REPLY_ADDRESS.exec(address);
    const ticketId = match ? verified(match[1], match[2], tokens) : null;
    if (ticketId !== null) return ticketId;
  }
  return null;
}

/** The ticket a number and thread token name, if the token is that ticket's. */
function verified(number: string | undefined, token: string | undefined, tokens: ThreadTokens): number | null {
  const ticketId = number ? parseTicketNumber(number) : null;
  return ticketId !== null && token && tokens.verify(ticketId, token) ? ticketId : null;
}

/** The addresses a parsed message was written to (To and Cc), where a reply address would be. */
export function recipientsOf(parsed: Pick<ParsedMail, 'to' | 'cc'>): string[] {
  const groups = [parsed.to, parsed.cc].flatMap((field) => (field ? (Array.isArray(field) ? field : [field]) : []));
  return groups.flatMap((group) => group.value.flatMap(function addresses(entry): string[] {
    return [...(entry.address ? [entry.address] : []), ...(entry.group ?? []).flatMap(addresses)];
  }));
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
