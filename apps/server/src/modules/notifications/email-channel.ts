import type { EntityManager } from '@mikro-orm/core';
import { Channel } from '../../entities/tickets/ticket.enums.js';
import { OutboxStatus } from '../../entities/notifications/notification.enums.js';
import { OutboxMessage } from '../../entities/notifications/outbox-message.entity.js';
import { formatTicketNumber } from '../../entities/tickets/ticket-number.js';
import { addressOf } from '../../common/mailbox.js';
import type { ThreadTokens } from '../../common/thread-token.js';
import { MailDeliveryError, type Mailer } from '../../infra/mail/mailer.js';
import type { OutboxChannel, SentNotice } from './outbox-channel.js';

export interface EmailChannelOptions {
  /** The From: of every notification (MAIL_FROM). */
  readonly from: string;
  /** Close the mailer in close() (whoever built the channel built the mailer for it alone). */
  readonly ownsMailer?: boolean;
  /** The per-ticket secret a reply must carry back to thread onto the ticket (#15 finding 7). */
  readonly threadTokens: ThreadTokens;
}

/**
 * RFC 5322 Message-ID of an outbox message: stable, so a re-send is recognisably the same mail; a
 * ticket's carries the ticket's thread token, which replies quote back in In-Reply-To/References.
 */
export function outboxMessageId(outboxId: number, ticketId: number | null, tokens: ThreadTokens): string {
  const ticket = ticketId === null ? '' : `.${formatTicketNumber(ticketId)}.${tokens.of(ticketId)}`;
  return `<outbox-${outboxId}${ticket}@desk.local>`;
}

/**
 * Where a customer's reply to a ticket's mail goes (Reply-To): the desk's own mailbox (MAIL_FROM) with the
 * ticket's thread token as its sub-address, helpdesk+SD-000001.<token>@confident.ru. Inbound mail sent to
 * it threads onto the ticket as a quoted Message-ID does (#15 finding 7), even from a client that drops
 * In-Reply-To and References.
 */
export function replyAddressOf(ticketId: number, tokens: ThreadTokens, mailbox: string): string {
  const address = addressOf(mailbox);
  const at = address.lastIndexOf('@');
  return `${address.slice(0, at)}+${formatTicketNumber(ticketId)}.${tokens.of(ticketId)}${address.slice(at)}`;
}

/** Customer notifications by e-mail, each threaded under the ticket's earlier mails. */
export class EmailChannel implements OutboxChannel {
  readonly channel = Channel.EMAIL;
  readonly label = 'e-mail';

  constructor(
    private readonly mailer: Mailer,
    private readonly options: EmailChannelOptions,
  ) {}

  addressee(message: OutboxMessage): string {
    return message.recipient;
  }

  claimFields(id: number, ticketId: number | null): { messageId: string } {
    return { messageId: outboxMessageId(id, ticketId, this.options.threadTokens) };
  }

  async send(message: OutboxMessage, em: EntityManager): Promise<SentNotice> {
    const ticketId = message.ticket?.id ?? null;
    const messageId = outboxMessageId(message.id, ticketId, this.options.threadTokens);
    // Staff notifications (#13) stand alone: the customer's thread is not theirs.
    const customersTicket = ticketId !== null && !message.user ? ticketId : null;
    const thread = customersTicket === null ? [] : await earlierMails(em, message.id, customersTicket);
    const receipt = await this.mailer.send({
      from: this.options.from,
      to: message.recipient,
      subject: message.subject,
      text: message.body,
      ...(message.html ? { html: message.html } : {}),
      ...(customersTicket === null ? {} : { replyTo: replyAddressOf(customersTicket, this.options.threadTokens, this.options.from) }),
      messageId,
      ...(thread.length ? { inReplyTo: thread[thread.length - 1]!, references: thread } : {}),
    });
    if (!receipt.accepted) throw new MailDeliveryError(`the mail server did not accept ${message.recipient}`, false);
    // SLA-3: the receiving server's 250 after DATA (with its queue id) and our Message-ID prove receipt.
    const reply = receipt.response ?? '250 accepted';
    return { receipt: `Message-ID ${messageId}; ${reply}`, details: { messageId, smtpResponse: reply } };
  }

  async close(): Promise<void> {
    if (this.options.ownsMailer) await this.mailer.close?.();
  }
}

/** Message-IDs of the ticket's mails already sent, oldest first, so the customer's mail client threads them. */
async function earlierMails(em: EntityManager, id: number, ticketId: number): Promise<string[]> {
  const earlier = await em.find(
    OutboxMessage,
    { ticket: ticketId, user: null, channel: Channel.EMAIL, status: OutboxStatus.SENT, id: { $lt: id }, messageId: { $ne: null } },
    { orderBy: { id: 'asc' }, fields: ['messageId'], limit: 20 },
  );
  return earlier.map((m) => m.messageId).filter((m): m is string => Boolean(m));
}
