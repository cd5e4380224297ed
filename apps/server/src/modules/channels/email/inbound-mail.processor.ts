import type { EntityManager } from '@mikro-orm/core';
import type { ParsedMail } from 'mailparser';
import { InboundMailStatus } from '../../../entities/channels/inbound-mail.entity.js';
import { Channel } from '../../../entities/tickets/ticket.enums.js';
import { Ticket } from '../../../entities/tickets/ticket.entity.js';
import type { Orm } from '../../../infra/database/orm.js';
import type { Logger } from '../../../infra/logger.js';
import type { FileStorage } from '../../files/index.js';
import { TicketLifecycleService, type TicketServices } from '../../tickets/index.js';
import { automaticMailReason } from './automatic-mail.js';
import { InboundMailLedger, SmtpRefusal, type Claimed, type MailOutcome, type ReceivedMail } from './inbound-mail-ledger.js';
import { MailAttachmentStore } from './mail-attachments.js';
import { clip, contentOf, fullTextFile, parseMail, type MailContent } from './mail-content.js';
import { senderActor, senderRecords, type SenderRecords } from './mail-identification.js';
import { MailIntake } from './mail-intake.js';
import { recipientsOf, senderVouchedFor, ticketReferenceOf } from './mail-reference.js';
import type { ThreadTokens } from '../../../common/thread-token.js';
import { foreignSenderNoteRu, NO_TEXT_RU } from './mail-texts-ru.js';
import { stripQuotedReply } from './reply-text.js';

export { SmtpRefusal, type MailOutcome, type ReceivedMail } from './inbound-mail-ledger.js';

export interface InboundMailDependencies {
  readonly orm: Orm;
  readonly services: TicketServices;
  readonly storage: FileStorage;
  readonly logger: Logger;
  /** More attachments than this: bounced with SMTP 552. */
  readonly maxAttachments: number;
  /** Our own sending addresses (MAIL_FROM): mail from them is never answered, against loops. */
  readonly ownAddresses?: readonly string[];
  /** Automatic "what is missing" replies to one address per hour; more would feed a mail loop. Default 5. */
  readonly autoRepliesPerHour?: number;
  /** How long a process may work on a message before a redelivery may take it over. Default 5 minutes. */
  readonly leaseMs?: number;
  /** Checks the thread token a reply quotes back from our Message-IDs (#15 finding 7). */
  readonly threadTokens: ThreadTokens;
  /** The trusted relay's authserv-id (MAIL_AUTHSERV_ID), whose Authentication-Results decide whether a sender is who it says; null: the MTA is trusted. */
  readonly authservId: string | null;
}

const MAX_REPLY = 50_000;

/**
 * Turns one accepted e-mail into what it means for support: the customer's
 * answer on their ticket (threaded by our Message-ID with the ticket's thread token,
 * through the same TicketLifecycleService.answer as the portal: TKT-2, TKT-4),
 * or a new request (MailIntake: ID-1, ID-2). Automatic mail is kept and not
 * answered. Each Message-ID is processed once, however often it is delivered
 * (InboundMailLedger).
 */
export class InboundMailProcessor {
  private readonly ledger: InboundMailLedger;
  private readonly attachments: MailAttachmentStore;
  private readonly intake: MailIntake;

  constructor(private readonly deps: InboundMailDependencies) {
    this.ledger = new InboundMailLedger({ orm: deps.orm, clock: deps.services.clock, logger: deps.logger, leaseMs: deps.leaseMs });
    this.attachments = new MailAttachmentStore(deps.storage);
    this.intake = new MailIntake({ ...deps, ledger: this.ledger, attachments: this.attachments });
  }

  async receive(mail: ReceivedMail): Promise<MailOutcome> {
    let parsed: ParsedMail;
    try {
      parsed = await parseMail(mail.raw);
    } catch (error) {
      return this.ledger.keepUnreadable(mail, error);
    }
    if (parsed.attachments.length > this.deps.maxAttachments) {
      throw new SmtpRefusal(
        552,
        `Too many attachments: ${parsed.attachments.length}, the limit is ${this.deps.maxAttachments} per message. ` +
          'Send the files in several messages or through the support portal file exchange.',
      );
    }
    const content = contentOf(parsed, mail.envelopeFrom);
    const claim = await this.ledger.claim(InboundMailLedger.keyOf(content.messageId ?? undefined, mail.raw), content, mail);
    if ('duplicate' in claim) return claim.duplicate;
    try {
      const outcome = await this.route(claim, content, mail);
      this.deps.logger.info('inbound mail processed', { ...outcome, sender: content.sender });
      return outcome;
    } catch (error) {
      return this.ledger.failed(claim, content, mail, error);
    }
  }

  /** Automatic mail is kept unanswered; an answer from the ticket's organization goes onto the ticket; anything else is a new request. */
  private async route(claim: Claimed, content: MailContent, mail: ReceivedMail): Promise<MailOutcome> {
    const own = content.sender !== null && (this.deps.ownAddresses ?? []).some((a) => a.toLowerCase() === content.sender);
    const automatic = own ? `sent from our own address ${content.sender}` : automaticMailReason(content.parsed, mail.envelopeFrom);
    if (automatic) {
      return this.ledger.finish(claim, InboundMailStatus.IGNORED, { detail: `Automatic message, not answered: ${automatic}`, raw: mail.raw, bodyText: content.text });
    }
    let foreignNote: string | null = null;
    if (!senderVouchedFor(authenticationResultsOf(content.parsed), this.deps.authservId)) {
      // Whoever sent it may not be who the From says: neither a reply nor identified by its sender.
      return this.intake.register(claim, { ...content, sender: null }, mail, null);
    }
    const { inReplyTo, references } = content.parsed;
    const reference = ticketReferenceOf({ inReplyTo, references, recipients: recipientsOf(content.parsed) }, this.deps.threadTokens);
    const ticket = reference === null ? null : await this.em().findOne(Ticket, reference);
    if (ticket) {
      const records = await senderRecords(this.em(), content.sender);
      if (await belongsTo(this.em(), records, ticket.organization.id)) return this.answer(claim, content, ticket, records);
      foreignNote = foreignSenderNoteRu(content.sender, ticket.number);
    }
    return this.intake.register(claim, content, mail, foreignNote);
  }

  /** The sender may be a contact person without a portal account — most e-mail senders are. */
  private async answer(claim: Claimed, content: MailContent, ticket: Ticket, records: SenderRecords): Promise<MailOutcome> {
    const actor = await senderActor(this.em(), records.users, ticket.organization.id);
    const contact = records.contacts.find((c) => c.organization.id === ticket.organization.id) ?? null;
    const text = stripQuotedReply(content.text);
    const files = [...content.files, ...fullTextFile(text, MAX_REPLY)];
    const landed = await this.attachments.attaching(files, { at: claim.receivedAt, userId: actor?.userId ?? null }, (attach) =>
      new TicketLifecycleService(this.em(), this.deps.services).answer(String(ticket.id), {
        body: clip(text || NO_TEXT_RU, MAX_REPLY),
        actor,
        ...(contact ? { authorName: contact.fullName } : {}),
        channel: Channel.EMAIL,
        receivedAt: claim.receivedAt,
        details: { inboundMailId: claim.id },
        attach,
      }),
    );
    const continued = landed.id !== ticket.id;
    const status = continued ? InboundMailStatus.CONTINUED : InboundMailStatus.THREADED;
    // finish records the ticket and ends the work in one statement: from then on a redelivery is a duplicate.
    return this.ledger.finish(claim, status, {
      ticketId: landed.id,
      detail: continued ? `${landed.number} continues closed ${ticket.number} (TKT-4)` : `Customer answer on ${ticket.number}`,
    });
  }

  private em(): EntityManager {
    return this.deps.orm.em.fork();
  }
}

function authenticationResultsOf(parsed: ParsedMail): string[] {
  const value = parsed.headers.get('authentication-results');
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
}

/** The sender is a contact person of the organization, or has a portal account that may act for it. */
async function belongsTo(em: EntityManager, records: SenderRecords, organizationId: number): Promise<boolean> {
  if (records.contacts.some((c) => c.organization.id === organizationId)) return true;
  return (await senderActor(em, records.users, organizationId)) !== null;
}
