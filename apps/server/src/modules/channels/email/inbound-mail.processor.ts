import { createHash } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { isFinal, moscowDateOf, nextStatus } from '@desk/sla';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { Clock } from '../../../common/clock.js';
import { InvalidState } from '../../../common/errors.js';
import { Contact } from '../../../entities/organizations/contact.entity.js';
import { Channel, MessageKind, TicketStatus, TimelineKind } from '../../../entities/tickets/ticket.enums.js';
import { NotificationKind, OutboxStatus } from '../../../entities/notifications/notification.enums.js';
import { InboundMail, InboundMailStatus } from '../../../entities/channels/inbound-mail.entity.js';
import { OutboxMessage } from '../../../entities/notifications/outbox-message.entity.js';
import { RefusedRequest } from '../../../entities/tickets/refused-request.entity.js';
import { TicketMessage } from '../../../entities/tickets/ticket-message.entity.js';
import { Ticket } from '../../../entities/tickets/ticket.entity.js';
import { User } from '../../../entities/auth/user.entity.js';
import type { AppServices } from '../../../graphql/context.js';
import type { Orm } from '../../../infra/database/orm.js';
import type { Logger } from '../../../infra/logger.js';
import type { Actor } from '../../auth/actor.js';
import type { FileStorage } from '../../files/file-storage.js';
import { queueTicketNotification } from '../../notifications/outbox.writer.js';
import { runTicketChange } from '../../realtime/ticket-change.js';
import type { CreateTicketCommand } from '../../tickets/create-ticket.command.js';
import { validateCreateTicket } from '../../tickets/create-ticket.validation.js';
import { TicketIntakeService, type IntakeDependencies } from '../../tickets/ticket-intake.service.js';
import { recordTimeline } from '../../tickets/timeline.js';
import { automaticMailReason } from './automatic-mail.js';
import { renderIdentificationReply } from './identification-reply.js';
import { attachmentName, MailAttachmentStore, type MailFile } from './mail-attachments.js';
import { identifyMail, senderActor, senderRecords, type MissingItem, type SenderRecords } from './mail-identification.js';
import { answeredOutboxIds, ticketReferenceOf } from './mail-reference.js';
import { cleanSubject, stripQuotedReply } from './reply-text.js';

export interface InboundMailDependencies {
  readonly orm: Orm;
  readonly services: Pick<AppServices, 'clock' | 'calendar' | 'atRiskShare' | 'events'>;
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
}

/** A message as the SMTP listener accepted it. */
export interface ReceivedMail {
  readonly raw: Buffer;
  /** End of DATA: when the request reached support (SLA-2). */
  readonly receivedAt: Date;
  /** MAIL FROM; '' for a bounce (null sender), null when unknown. */
  readonly envelopeFrom: string | null;
}

export interface MailOutcome {
  readonly inboundMailId: number;
  readonly status: InboundMailStatus;
  readonly ticketNumber: string | null;
  /** The same Message-ID was processed before: nothing was registered again. */
  readonly duplicate: boolean;
}

/** An SMTP refusal with its reply code (552 too big, 451 try again later). */
export class SmtpRefusal extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
  }
}

const DEFAULT_LEASE_MS = 5 * 60_000;
const MAX_DESCRIPTION = 20_000;
const MAX_REPLY = 50_000;
const MAX_CHAIN = 5;
const NO_TEXT = '(письмо без текста — см. вложения)';

interface MailContent {
  readonly parsed: ParsedMail;
  readonly sender: string | null;
  readonly subject: string;
  readonly text: string;
  readonly files: MailFile[];
}

interface Claimed {
  readonly id: number;
  /** Of the first delivery that reached us, even when a redelivery finishes the work. */
  readonly receivedAt: Date;
}

/**
 * Turns one accepted e-mail into what it means for support: a new ticket
 * (ID-1/ID-2 through the regular intake, channel EMAIL, receivedAt = arrival),
 * the customer's answer on their ticket (threaded by our Message-ID or the
 * ticket number), a new ticket linked to a closed one (TKT-4), or — when the
 * sender cannot be identified — a kept message with a refused request and an
 * automatic reply naming exactly what is missing. Each Message-ID is
 * processed once, however often it is delivered.
 */
export class InboundMailProcessor {
  private readonly attachments: MailAttachmentStore;

  constructor(private readonly deps: InboundMailDependencies) {
    this.attachments = new MailAttachmentStore(deps.storage);
  }

  async receive(mail: ReceivedMail): Promise<MailOutcome> {
    let parsed: ParsedMail;
    try {
      parsed = await simpleParser(mail.raw, { skipImageLinks: true, skipTextLinks: true, skipTextToHtml: true });
    } catch (error) {
      return this.keepUnreadable(mail, error);
    }
    if (parsed.attachments.length > this.deps.maxAttachments) {
      throw new SmtpRefusal(
        552,
        `Too many attachments: ${parsed.attachments.length}, the limit is ${this.deps.maxAttachments} per message. ` +
          'Send the files in several messages or through the support portal file exchange.',
      );
    }
    const content = contentOf(parsed, mail.envelopeFrom);
    const messageKey = sha256(parsed.messageId?.trim() || mail.raw);
    const claim = await this.claim(messageKey, content, mail);
    if ('duplicate' in claim) {
      const done = claim.duplicate;
      this.deps.logger.info('inbound mail delivered again; already processed', { inboundMailId: done.id, messageId: parsed.messageId });
      return { inboundMailId: done.id, status: done.status, ticketNumber: done.ticket ? numberOf(done.ticket.id) : null, duplicate: true };
    }
    try {
      const outcome = await this.process(claim, content, mail);
      this.deps.logger.info('inbound mail processed', { ...outcome, sender: content.sender });
      return outcome;
    } catch (error) {
      return this.failed(claim, content, mail, error);
    }
  }

  /**
   * Before the ticket (or the answer on it) was committed, the sender is asked
   * to retry (451) and the redelivery starts over. After it, retrying would
   * register it twice: the message is accepted, and kept whole for staff to
   * pick up what was not done (an attachment, say).
   */
  private async failed(claim: Claimed, content: MailContent, mail: ReceivedMail, error: unknown): Promise<MailOutcome> {
    const em = this.orm();
    const detail = errorText(error);
    const keep = { raw: mail.raw, bodyText: content.text, leaseUntil: null };
    const reset = await em
      .nativeUpdate(InboundMail, { id: claim.id, ticket: null }, { status: InboundMailStatus.FAILED, detail, ...keep })
      .catch((e: unknown) => {
        this.deps.logger.error('recording the failed inbound mail failed too', e);
        return 1;
      });
    if (reset === 1) {
      this.deps.logger.error('inbound mail could not be processed; the sender is asked to retry', error);
      throw new SmtpRefusal(451, 'Temporary failure while registering the message; please try again later');
    }
    this.deps.logger.error('inbound mail registered, but finishing it failed; kept for staff', error);
    await em.nativeUpdate(InboundMail, { id: claim.id }, { detail: `Registered, then failed: ${detail}`, ...keep });
    const row = await em.findOneOrFail(InboundMail, claim.id);
    return { inboundMailId: claim.id, status: row.status, ticketNumber: row.ticket ? numberOf(row.ticket.id) : null, duplicate: false };
  }

  /** The main effect is committed: from now on a redelivery is a duplicate, whatever happens next. */
  private async committed(claim: Claimed, ticketId: number, status: InboundMailStatus): Promise<void> {
    await this.orm().nativeUpdate(InboundMail, { id: claim.id }, { ticket: ticketId, status });
  }

  /** A message mailparser cannot read: accepted and kept as it came (a retry would fail the same way), for staff to look at. */
  private async keepUnreadable(mail: ReceivedMail, error: unknown): Promise<MailOutcome> {
    this.deps.logger.error('inbound mail could not be parsed; kept as received', error);
    const em = this.orm();
    const messageKey = sha256(mail.raw);
    const existing = await em.findOne(InboundMail, { messageKey });
    if (existing) return { inboundMailId: existing.id, status: existing.status, ticketNumber: null, duplicate: true };
    const row = em.create(InboundMail, {
      messageKey,
      receivedAt: mail.receivedAt,
      sender: mail.envelopeFrom?.toLowerCase() || null,
      subject: '(unreadable message)',
      status: InboundMailStatus.IGNORED,
      size: mail.raw.length,
      detail: `Could not be parsed: ${errorText(error)}`,
      raw: mail.raw,
      processedAt: this.now(),
    });
    await em.flush();
    return { inboundMailId: row.id, status: row.status, ticketNumber: null, duplicate: false };
  }

  // ---------------------------------------------------------------- claim

  /** First delivery inserts the row; a redelivery finds it and is a duplicate unless the first attempt failed or died. */
  private async claim(messageKey: string, content: MailContent, mail: ReceivedMail): Promise<Claimed | { duplicate: InboundMail }> {
    const now = this.now();
    const leaseUntil = new Date(now.getTime() + (this.deps.leaseMs ?? DEFAULT_LEASE_MS));
    try {
      const em = this.orm();
      const row = em.create(InboundMail, {
        messageKey,
        messageId: content.parsed.messageId ?? null,
        receivedAt: mail.receivedAt,
        sender: content.sender,
        subject: content.subject.slice(0, 500),
        status: InboundMailStatus.PROCESSING,
        size: mail.raw.length,
        attachmentCount: content.files.length,
        leaseUntil,
      });
      await em.flush();
      return { id: row.id, receivedAt: mail.receivedAt };
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
    }
    const existing = await this.orm().findOneOrFail(InboundMail, { messageKey });
    const abandoned =
      existing.status === InboundMailStatus.FAILED ||
      (existing.status === InboundMailStatus.PROCESSING && existing.leaseUntil !== null && existing.leaseUntil < now);
    if (!abandoned) return { duplicate: existing };
    const taken = await this.orm().nativeUpdate(
      InboundMail,
      { id: existing.id, status: existing.status, leaseUntil: existing.leaseUntil },
      { status: InboundMailStatus.PROCESSING, leaseUntil },
    );
    return taken === 1 ? { id: existing.id, receivedAt: existing.receivedAt } : { duplicate: existing };
  }

  // ---------------------------------------------------------------- routing

  private async process(claim: Claimed, content: MailContent, mail: ReceivedMail): Promise<MailOutcome> {
    const own = content.sender !== null && (this.deps.ownAddresses ?? []).some((a) => a.toLowerCase() === content.sender);
    const automatic = own ? `sent from our own address ${content.sender}` : automaticMailReason(content.parsed, mail.envelopeFrom);
    if (automatic) {
      return this.finish(claim, InboundMailStatus.IGNORED, {
        detail: `Automatic message, not answered: ${automatic}`,
        raw: mail.raw,
        bodyText: content.text,
      });
    }

    let foreignNote: string | null = null;
    const reference = ticketReferenceOf({ subject: content.parsed.subject, inReplyTo: content.parsed.inReplyTo, references: content.parsed.references });
    if (reference) {
      const em = this.orm();
      const ticket = await em.findOne(Ticket, reference.ticketId);
      if (ticket) {
        const records = await senderRecords(em, content.sender);
        if (await belongsTo(em, records, ticket.organization.id)) return this.answerTicket(claim, content, ticket, records);
        foreignNote =
          `адрес ${content.sender ?? '(не указан)'} не зарегистрирован как контактный адрес организации, к заявке ${ticket.number} которой относится письмо, ` +
          'поэтому письмо не добавлено к этой заявке';
      }
    }
    return this.registerNew(claim, content, mail, foreignNote);
  }

  // ---------------------------------------------------------------- new requests (ID-1, ID-2)

  private async registerNew(claim: Claimed, content: MailContent, mail: ReceivedMail, foreignNote: string | null): Promise<MailOutcome> {
    const earlier = await this.earlierUnidentified(content);
    const replyText = earlier.length > 0 ? stripQuotedReply(content.text) : content.text;
    // Newest first: a line in the reply overrides the same line in the message it completes.
    const identifyText = [replyText, ...[...earlier].reverse().map((e) => e.bodyText ?? '')].join('\n');
    const original = earlier[0];
    const subject = (original ? original.subject : content.subject) || firstLine(content.text) || 'Обращение по электронной почте';
    const description = [...earlier.map((e) => e.bodyText ?? ''), replyText].filter((t) => t.trim()).join('\n\n— Дополнение —\n\n') || NO_TEXT;
    const day = moscowDateOf(claim.receivedAt);

    const em = this.orm();
    const identified = await identifyMail(em, { sender: content.sender, subject, text: identifyText, day });
    if (!identified.ok) {
      const problems = foreignNote ? [foreignNote, ...identified.problems] : identified.problems;
      return this.refuse(claim, content, mail, { missing: identified.missing, problems, subject, earlier: earlier.at(-1) ?? null, description, bodyText: replyText });
    }

    const command: CreateTicketCommand = {
      identifier: identified.contract.identifier,
      organizationName: identified.organization.name,
      contact: identified.contact,
      subject: subject.slice(0, 500),
      description: clip(description, MAX_DESCRIPTION),
      category: identified.category,
      criticality: identified.criticality,
      channel: Channel.EMAIL,
      productVersion: identified.fields.productVersion ?? null,
      buildNumber: identified.fields.buildNumber ?? null,
      osVersion: identified.fields.osVersion ?? null,
    };
    const problems = validateCreateTicket(command, claim.receivedAt);
    if (!problems.isEmpty) {
      return this.refuse(claim, content, mail, {
        missing: [],
        problems: problems.all.map((p) => russianProblem(p.field, p.message)),
        subject,
        earlier: earlier.at(-1) ?? null,
        description,
        bodyText: replyText,
      });
    }

    // The intake runs as of the arrival instant: receivedAt is when the mail reached us (SLA-2), not when we got to it.
    const ticket = await new TicketIntakeService(this.orm(), this.asOf(claim.receivedAt)).create(command, identified.actor);
    await this.committed(claim, ticket.id, InboundMailStatus.REGISTERED);
    const files = [...(await this.filesOf(earlier)), ...content.files, ...fullTextFile(description, MAX_DESCRIPTION)];
    await this.attachToTicket(ticket.id, files, identified.actor?.userId ?? null, claim.receivedAt);
    if (earlier.length > 0) {
      await this.orm().nativeUpdate(
        InboundMail,
        { id: { $in: earlier.map((e) => e.id) } },
        { status: InboundMailStatus.REGISTERED, ticket: ticket.id, raw: null, bodyText: null, detail: `Completed by inbound mail ${claim.id}: ${ticket.number}` },
      );
    }
    return this.finish(claim, InboundMailStatus.REGISTERED, { ticketId: ticket.id, detail: `${ticket.number} (${ticket.status})` });
  }

  /** ID-1: keep everything, tell staff (a refused request) and the sender (what is missing). */
  private async refuse(
    claim: Claimed,
    content: MailContent,
    mail: ReceivedMail,
    why: { missing: MissingItem[]; problems: string[]; subject: string; earlier: InboundMail | null; description: string; bodyText: string },
  ): Promise<MailOutcome> {
    const now = this.now();
    const rendered = renderIdentificationReply({
      subject: why.subject,
      receivedAt: claim.receivedAt,
      inboundMailId: claim.id,
      missing: why.missing,
      problems: why.problems,
    });
    const reason = [
      why.missing.length ? `E-mail without identification (ID-1); missing: ${why.missing.join(', ')}` : 'E-mail could not be identified (ID-1, ID-2)',
      ...why.problems,
    ].join('; ');
    const replyAllowed = content.sender !== null && (await this.mayAutoReply(content.sender, now));
    await this.orm().transactional(async (tx) => {
      const refused = tx.create(RefusedRequest, {
        at: claim.receivedAt,
        channel: Channel.EMAIL,
        submittedBy: null,
        reason,
        payload: {
          inboundMailId: claim.id,
          from: content.sender,
          subject: why.subject,
          text: why.description,
          receivedAt: claim.receivedAt.toISOString(),
          messageId: content.parsed.messageId ?? null,
          missing: why.missing,
          problems: why.problems,
          attachments: content.files.map((f) => ({ fileName: f.fileName, contentType: f.contentType, size: f.content.length })),
        },
      });
      const reply = replyAllowed
        ? tx.create(OutboxMessage, {
            ticket: null,
            kind: NotificationKind.IDENTIFICATION_REQUIRED,
            channel: Channel.EMAIL,
            recipient: content.sender!,
            subject: rendered.subject,
            body: rendered.body,
            status: OutboxStatus.PENDING,
            attempts: 0,
            createdAt: now,
            nextAttemptAt: now,
          })
        : null;
      await tx.flush();
      await tx.nativeUpdate(
        InboundMail,
        { id: claim.id },
        {
          status: InboundMailStatus.UNIDENTIFIED,
          refusedRequest: refused.id,
          autoReply: reply?.id ?? null,
          follows: why.earlier?.id ?? null,
          detail: replyAllowed ? reason : `${reason} (no automatic reply: too many to this address within an hour)`,
          raw: mail.raw,
          bodyText: why.bodyText,
          leaseUntil: null,
          processedAt: now,
        },
      );
    });
    return { inboundMailId: claim.id, status: InboundMailStatus.UNIDENTIFIED, ticketNumber: null, duplicate: false };
  }

  /** Loop guard: an address that keeps writing (or an autoresponder we did not recognise) gets a few replies an hour. */
  private async mayAutoReply(address: string, now: Date): Promise<boolean> {
    const since = new Date(now.getTime() - 3600_000);
    const recent = await this.orm().count(OutboxMessage, { recipient: address, ticket: null, createdAt: { $gte: since } });
    return recent < (this.deps.autoRepliesPerHour ?? 5);
  }

  /**
   * The unidentified messages this one completes: it answers our automatic
   * reply to one of them (which may itself have completed an earlier one).
   * Oldest first. Only the same sender may complete a message.
   */
  private async earlierUnidentified(content: MailContent): Promise<InboundMail[]> {
    const outboxIds = answeredOutboxIds({ inReplyTo: content.parsed.inReplyTo, references: content.parsed.references });
    if (outboxIds.length === 0 || !content.sender) return [];
    const em = this.orm();
    let current = await em.findOne(
      InboundMail,
      { autoReply: { $in: outboxIds }, sender: content.sender, status: InboundMailStatus.UNIDENTIFIED },
      { populate: ['raw'], orderBy: { id: 'desc' } },
    );
    const chain: InboundMail[] = [];
    while (current && chain.length < MAX_CHAIN) {
      chain.unshift(current);
      const previous: number | null = current.follows?.id ?? null;
      current = previous === null ? null : await em.findOne(InboundMail, { id: previous, status: InboundMailStatus.UNIDENTIFIED }, { populate: ['raw'] });
    }
    return chain;
  }

  private async filesOf(mails: readonly InboundMail[]): Promise<MailFile[]> {
    const files: MailFile[] = [];
    for (const mail of mails) {
      if (!mail.raw) continue;
      files.push(...filesOf(await simpleParser(mail.raw, { skipImageLinks: true, skipTextLinks: true, skipTextToHtml: true })));
    }
    return files;
  }

  // ---------------------------------------------------------------- replies to tickets (TKT-2, TKT-4)

  private async answerTicket(claim: Claimed, content: MailContent, ticket: Ticket, records: SenderRecords): Promise<MailOutcome> {
    const em = this.orm();
    const actor = await senderActor(em, records.users, ticket.organization.id);
    const contact = records.contacts.find((c) => c.organization.id === ticket.organization.id) ?? null;
    const body = clip(stripQuotedReply(content.text) || NO_TEXT, MAX_REPLY);
    const files = [...content.files, ...fullTextFile(stripQuotedReply(content.text), MAX_REPLY)];
    if (!isFinal(ticket.status)) {
      try {
        await this.addCustomerReply(claim, ticket.id, body, files, { actor, contact });
        await this.committed(claim, ticket.id, InboundMailStatus.THREADED);
        return this.finish(claim, InboundMailStatus.THREADED, { ticketId: ticket.id, detail: `Customer answer on ${ticket.number}` });
      } catch (error) {
        // Closed while we were at it: then it is information for a closed ticket (TKT-4).
        if (!(error instanceof InvalidState)) throw error;
      }
    }
    const created = await this.continueClosed(claim, ticket, body, files, actor);
    return this.finish(claim, InboundMailStatus.CONTINUED, { ticketId: created.id, detail: `${created.number} continues closed ${ticket.number} (TKT-4)` });
  }

  /**
   * The customer's answer by e-mail, as TicketLifecycleService.answer records
   * one (message, WAITING_FOR_CUSTOMER → IN_PROGRESS, ANSWER_RECEIVED), but
   * the author may be a contact person without a portal account — most
   * e-mail senders — and the attachments go in the same transaction.
   */
  private async addCustomerReply(
    claim: Claimed,
    ticketId: number,
    body: string,
    files: readonly MailFile[],
    from: { actor: Actor | null; contact: Contact | null },
  ): Promise<void> {
    const stored = await this.attachments.write(ticketId, files);
    const at = claim.receivedAt;
    const userId = from.actor?.userId ?? null;
    try {
      await runTicketChange(this.orm(), this.deps.services.events, async (tx, scope) => {
        const ticket = await tx.findOneOrFail(Ticket, ticketId);
        const to = nextStatus(ticket.status, 'CUSTOMER_ANSWER');
        if (to === null) throw new InvalidState(`Ticket ${ticket.number} is ${ticket.status}`);
        await scope.remember(ticket);
        const author = userId === null ? null : await tx.findOne(User, userId);
        const authorName = from.contact?.fullName ?? author?.fullName ?? 'Контактное лицо';
        const message = tx.create(TicketMessage, {
          ticket,
          kind: MessageKind.CUSTOMER_REPLY,
          author,
          authorName,
          body,
          internal: false,
          createdAt: at,
        });
        await tx.flush();
        recordTimeline(tx, ticket, {
          kind: TimelineKind.MESSAGE,
          at,
          actorId: userId,
          summary: `${MessageKind.CUSTOMER_REPLY} from ${authorName} (customer, by e-mail)`,
          data: { messageId: message.id, kind: MessageKind.CUSTOMER_REPLY, channel: Channel.EMAIL, inboundMailId: claim.id, authorName, fromCustomer: true },
        });
        await this.attachments.record(tx, ticket, stored, { at, userId, message });
        const previous = ticket.status;
        if (previous === TicketStatus.WAITING_FOR_CUSTOMER) {
          ticket.waitingSince = null;
          ticket.autoCloseAt = null;
          queueTicketNotification(tx, NotificationKind.ANSWER_RECEIVED, ticket, await tx.findOneOrFail(Contact, ticket.contact.id), at);
        }
        if (to !== previous) {
          ticket.status = to;
          recordTimeline(tx, ticket, { kind: TimelineKind.STATUS_CHANGED, at, actorId: userId, summary: `${previous} → ${to}`, data: { from: previous, to } });
        }
        ticket.updatedAt = this.now();
        return ticket;
      });
    } catch (error) {
      await this.attachments.discard(stored);
      throw error;
    }
  }

  /** TKT-4 through the intake's own continueClosed: a new ticket linked to the closed one, the contract checked again (ID-2). */
  private async continueClosed(claim: Claimed, closed: Ticket, body: string, files: readonly MailFile[], actor: Actor | null): Promise<Ticket> {
    const intake = new TicketIntakeService(this.orm(), this.asOf(claim.receivedAt));
    // An e-mail sender usually has no portal account: no actor.
    const created = await intake.continueClosed(closed.id, body, actor, Channel.EMAIL);
    await this.committed(claim, created.id, InboundMailStatus.CONTINUED);
    const stored = await this.attachments.write(created.id, files);
    try {
      await runTicketChange(this.orm(), this.deps.services.events, async (tx, scope) => {
        const ticket = await tx.findOneOrFail(Ticket, created.id);
        await scope.remember(ticket);
        await this.attachments.record(tx, ticket, stored, { at: claim.receivedAt, userId: actor?.userId ?? null, message: null });
        return ticket;
      });
    } catch (error) {
      await this.attachments.discard(stored);
      throw error;
    }
    return created;
  }

  // ---------------------------------------------------------------- helpers

  private async attachToTicket(ticketId: number, files: readonly MailFile[], userId: number | null, at: Date): Promise<void> {
    if (files.length === 0) return;
    const stored = await this.attachments.write(ticketId, files);
    try {
      await runTicketChange(this.orm(), this.deps.services.events, async (tx, scope) => {
        const ticket = await tx.findOneOrFail(Ticket, ticketId);
        await scope.remember(ticket);
        await this.attachments.record(tx, ticket, stored, { at, userId, message: null });
        return ticket;
      });
    } catch (error) {
      await this.attachments.discard(stored);
      throw error;
    }
  }

  private async finish(
    claim: Claimed,
    status: InboundMailStatus,
    patch: { ticketId?: number; detail?: string; raw?: Buffer; bodyText?: string },
  ): Promise<MailOutcome> {
    await this.orm().nativeUpdate(
      InboundMail,
      { id: claim.id },
      {
        status,
        ticket: patch.ticketId ?? null,
        detail: patch.detail ?? null,
        raw: patch.raw ?? null,
        bodyText: patch.bodyText ?? null,
        leaseUntil: null,
        processedAt: this.now(),
      },
    );
    return { inboundMailId: claim.id, status, ticketNumber: patch.ticketId ? numberOf(patch.ticketId) : null, duplicate: false };
  }

  private asOf(at: Date): IntakeDependencies {
    const clock: Clock = { now: () => new Date(at) };
    const { calendar, atRiskShare, events } = this.deps.services;
    return { clock, calendar, atRiskShare, events };
  }

  private now(): Date {
    return this.deps.services.clock.now();
  }

  private orm(): EntityManager {
    return this.deps.orm.em.fork();
  }
}

/** The sender is a contact person of the organization, or has a portal account that may act for it. */
async function belongsTo(em: EntityManager, records: SenderRecords, organizationId: number): Promise<boolean> {
  if (records.contacts.some((c) => c.organization.id === organizationId)) return true;
  return (await senderActor(em, records.users, organizationId)) !== null;
}

function contentOf(parsed: ParsedMail, envelopeFrom: string | null): MailContent {
  const from = parsed.from?.value.find((a) => a.address)?.address ?? envelopeFrom ?? '';
  return {
    parsed,
    sender: from.trim().toLowerCase() || null,
    subject: cleanSubject(parsed.subject),
    text: textOf(parsed),
    files: filesOf(parsed),
  };
}

function textOf(parsed: ParsedMail): string {
  if (parsed.text?.trim()) return parsed.text.replace(/\r\n/g, '\n').trim();
  if (typeof parsed.html === 'string') {
    return parsed.html
      .replace(/<(br|\/p|\/div|\/li|\/tr)[^>]*>/gi, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&nbsp;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
  return '';
}

function filesOf(parsed: ParsedMail): MailFile[] {
  return parsed.attachments.map((a, i) => ({
    fileName: attachmentName(a.filename, i, a.contentType),
    contentType: (a.contentType || 'application/octet-stream').slice(0, 200),
    content: a.content,
  }));
}

/** Text too long for the ticket goes along in full as a file, so nothing is cut off for good. */
function fullTextFile(text: string, limit: number): MailFile[] {
  return text.length > limit ? [{ fileName: 'message.txt', contentType: 'text/plain; charset=utf-8', content: Buffer.from(text, 'utf8') }] : [];
}

function clip(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const marker = '\n\n[…текст сокращён, полностью — во вложении message.txt]';
  return text.slice(0, limit - marker.length) + marker;
}

function firstLine(text: string): string {
  return (text.split('\n').find((l) => l.trim()) ?? '').trim().slice(0, 100);
}

function numberOf(ticketId: number): string {
  return `SD-${String(ticketId).padStart(6, '0')}`;
}

function sha256(value: string | Buffer): string {
  return createHash('sha256').update(value).digest('hex');
}

function errorText(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 2000);
}

const FIELD_RU: Record<string, string> = {
  'input.identifier': 'номер лицензии',
  'input.organizationName': 'организация',
  'input.contact.fullName': 'ФИО',
  'input.contact.position': 'должность',
  'input.contact.phone': 'телефон',
  'input.contact.email': 'адрес электронной почты',
  'input.subject': 'тема письма',
  'input.description': 'текст письма',
  'input.criticality': 'критичность',
};

/** The intake's validation messages, as the customer reads them (Russian first, LVL-5). */
function russianProblem(field: string, message: string): string {
  const label = FIELD_RU[field] ?? field;
  if (/is not a phone number/.test(message)) return `${label}: указан в неверном формате (пример: +7 812 000-00-01)`;
  if (/is not an e-mail address/.test(message)) return `${label}: указан в неверном формате`;
  const max = /at most (\d+) characters/.exec(message);
  if (max) return `${label}: не длиннее ${max[1]} символов`;
  if (/is required/.test(message)) return `${label}: не указано`;
  return `${label}: ${message}`;
}
