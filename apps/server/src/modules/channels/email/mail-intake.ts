import type { EntityManager } from '@mikro-orm/core';
import { moscowDateOf } from '@desk/sla';
import { InboundMail, InboundMailStatus } from '../../../entities/channels/inbound-mail.entity.js';
import { NotificationKind } from '../../../entities/notifications/notification.enums.js';
import { OutboxMessage } from '../../../entities/notifications/outbox-message.entity.js';
import { RefusedRequest } from '../../../entities/tickets/refused-request.entity.js';
import { Channel } from '../../../entities/tickets/ticket.enums.js';
import type { Orm } from '../../../infra/database/orm.js';
import { writeOutbox } from '../../notifications/index.js';
import { servicesAsOf, TicketIntakeService, validateCreateTicket, type CreateTicketCommand, type TicketServices } from '../../tickets/index.js';
import { renderIdentificationReply } from './identification-reply.js';
import type { Claimed, InboundMailLedger, MailOutcome, ReceivedMail } from './inbound-mail-ledger.js';
import type { MailAttachmentStore, MailFile } from './mail-attachments.js';
import { clip, filesOf, firstLine, fullTextFile, parseMail, type MailContent } from './mail-content.js';
import { identifyMail, type MissingItem } from './mail-identification.js';
import { answeredOutboxIds } from './mail-reference.js';
import { DEFAULT_SUBJECT_RU, NO_TEXT_RU, russianProblem } from './mail-texts-ru.js';
import { stripQuotedReply } from './reply-text.js';

export interface MailIntakeDependencies {
  readonly orm: Orm;
  readonly services: TicketServices;
  readonly ledger: InboundMailLedger;
  readonly attachments: MailAttachmentStore;
  /** Automatic "what is missing" replies to one address per hour; more would feed a mail loop. Default 5. */
  readonly autoRepliesPerHour?: number;
}

/** Why a message could not become a ticket, for the refused request and the automatic reply. */
interface Refusal {
  readonly missing: MissingItem[];
  readonly problems: string[];
  readonly subject: string;
  readonly earlier: InboundMail | null;
  readonly description: string;
  readonly bodyText: string;
}

const MAX_DESCRIPTION = 20_000;
const MAX_CHAIN = 5;

/**
 * A message that is not an answer on a ticket: a new request through the
 * regular intake (ID-1, ID-2; channel EMAIL, receivedAt = arrival), or —
 * when the sender cannot be identified — a refused request that keeps
 * everything and an automatic reply naming exactly what is missing. A reply
 * to that automatic reply completes the earlier message.
 */
export class MailIntake {
  constructor(private readonly deps: MailIntakeDependencies) {}

  async register(claim: Claimed, content: MailContent, mail: ReceivedMail, foreignNote: string | null): Promise<MailOutcome> {
    const earlier = await this.earlierUnidentified(content);
    const replyText = earlier.length > 0 ? stripQuotedReply(content.text) : content.text;
    // Newest first: a line in the reply overrides the same line in the message it completes.
    const identifyText = [replyText, ...[...earlier].reverse().map((e) => e.bodyText ?? '')].join('\n');
    const original = earlier[0];
    const subject = (original ? original.subject : content.subject) || firstLine(content.text) || DEFAULT_SUBJECT_RU;
    const description = [...earlier.map((e) => e.bodyText ?? ''), replyText].filter((t) => t.trim()).join('\n\n— Дополнение —\n\n') || NO_TEXT_RU;
    const refusal = { subject, earlier: earlier.at(-1) ?? null, description, bodyText: replyText };

    const identified = await identifyMail(this.em(), { sender: content.sender, subject, text: identifyText, day: moscowDateOf(claim.receivedAt) });
    if (!identified.ok) {
      const problems = foreignNote ? [foreignNote, ...identified.problems] : identified.problems;
      return this.refuse(claim, content, mail, { ...refusal, missing: identified.missing, problems });
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
      return this.refuse(claim, content, mail, { ...refusal, missing: [], problems: problems.all.map((p) => russianProblem(p.field, p.message)) });
    }

    const files = [...(await this.filesOf(earlier)), ...content.files, ...fullTextFile(description, MAX_DESCRIPTION)];
    const userId = identified.actor?.userId ?? null;
    const ticket = await this.deps.attachments.attaching(files, { at: claim.receivedAt, userId }, (attach) =>
      // The intake runs as of the arrival instant: receivedAt is when the mail reached us (SLA-2), not when we got to it.
      new TicketIntakeService(this.em(), servicesAsOf(this.deps.services, claim.receivedAt)).create(command, identified.actor, attach),
    );
    // One statement records the ticket and ends the work (#17: a round trip less a message): from here on a
    // redelivery is a duplicate, and a failure below keeps the message for staff instead of asking for a retry.
    const outcome = await this.deps.ledger.finish(claim, InboundMailStatus.REGISTERED, { ticketId: ticket.id, detail: `${ticket.number} (${ticket.status})` });
    if (earlier.length > 0) {
      await this.em().nativeUpdate(
        InboundMail,
        { id: { $in: earlier.map((e) => e.id) } },
        { status: InboundMailStatus.REGISTERED, ticket: ticket.id, raw: null, bodyText: null, detail: `Completed by inbound mail ${claim.id}: ${ticket.number}` },
      );
    }
    return outcome;
  }

  /** ID-1: keep everything, tell staff (a refused request) and the sender (what is missing). */
  private async refuse(claim: Claimed, content: MailContent, mail: ReceivedMail, why: Refusal): Promise<MailOutcome> {
    const now = this.deps.services.clock.now();
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
    const replyTo = content.sender !== null && (await this.mayAutoReply(content.sender, now)) ? content.sender : null;
    await this.em().transactional(async (tx) => {
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
          messageId: content.messageId,
          missing: why.missing,
          problems: why.problems,
          attachments: content.files.map((f) => ({ fileName: f.fileName, contentType: f.contentType, size: f.content.length })),
        },
      });
      const reply = replyTo
        ? writeOutbox(tx, { ticket: null, kind: NotificationKind.IDENTIFICATION_REQUIRED, channel: Channel.EMAIL, recipient: replyTo, subject: rendered.subject, body: rendered.text, html: rendered.html, at: now })
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
          detail: replyTo ? reason : `${reason} (no automatic reply: too many to this address within an hour)`,
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
    const recent = await this.em().count(OutboxMessage, { recipient: address, ticket: null, createdAt: { $gte: since } });
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
    const em = this.em();
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
    for (const mail of mails) if (mail.raw) files.push(...filesOf(await parseMail(mail.raw)));
    return files;
  }

  private em(): EntityManager {
    return this.deps.orm.em.fork();
  }
}
