import { createHash } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../../common/clock.js';
import { InboundMail, InboundMailStatus } from '../../../entities/channels/inbound-mail.entity.js';
import { formatTicketNumber } from '../../../entities/tickets/ticket-number.js';
import type { Orm } from '../../../infra/database/orm.js';
import type { Logger } from '../../../infra/logger.js';
import type { MailContent } from './mail-content.js';

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

/** A message this process works on now. */
export interface Claimed {
  readonly id: number;
  /** Of the first delivery that reached us, even when a redelivery finishes the work. */
  readonly receivedAt: Date;
}

/** What the row keeps when the work on it ends. */
export interface Finish {
  readonly ticketId?: number;
  readonly detail?: string;
  readonly raw?: Buffer;
  readonly bodyText?: string;
}

const DEFAULT_LEASE_MS = 5 * 60_000;

/**
 * The delivery bookkeeping of inbound mail: one row per Message-ID, claimed
 * under a lease, so each message is processed once however often it is
 * delivered, a redelivery after a crash takes over, and a failure before the
 * ticket committed asks the sender to retry (451) while one after it keeps
 * the message for staff.
 */
export class InboundMailLedger {
  constructor(
    private readonly deps: { readonly orm: Orm; readonly clock: Clock; readonly logger: Logger; readonly leaseMs?: number },
  ) {}

  /** Whatever identifies a message across deliveries: its Message-ID, else its bytes. */
  static keyOf(messageId: string | undefined, raw: Buffer): string {
    return createHash('sha256').update(messageId?.trim() || raw).digest('hex');
  }

  /** First delivery inserts the row; a redelivery finds it and is a duplicate unless the first attempt failed or died. */
  async claim(messageKey: string, content: MailContent, mail: ReceivedMail): Promise<Claimed | { duplicate: MailOutcome }> {
    const now = this.deps.clock.now();
    const leaseUntil = new Date(now.getTime() + (this.deps.leaseMs ?? DEFAULT_LEASE_MS));
    try {
      const em = this.em();
      const row = em.create(InboundMail, {
        messageKey,
        messageId: content.messageId,
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
    const existing = await this.em().findOneOrFail(InboundMail, { messageKey });
    const abandoned =
      existing.status === InboundMailStatus.FAILED ||
      (existing.status === InboundMailStatus.PROCESSING && existing.leaseUntil !== null && existing.leaseUntil < now);
    if (abandoned) {
      const taken = await this.em().nativeUpdate(
        InboundMail,
        { id: existing.id, status: existing.status, leaseUntil: existing.leaseUntil },
        { status: InboundMailStatus.PROCESSING, leaseUntil },
      );
      if (taken === 1) return { id: existing.id, receivedAt: existing.receivedAt };
    }
    this.deps.logger.info('inbound mail delivered again; already processed', { inboundMailId: existing.id, messageId: content.messageId });
    return { duplicate: outcomeOf(existing, true) };
  }

  /**
   * Ends the work on a message. With a ticket, it is also the mark that the main effect is committed: a
   * redelivery is a duplicate from then on, and a failure afterwards keeps the message instead of a retry.
   */
  async finish(claim: Claimed, status: InboundMailStatus, patch: Finish): Promise<MailOutcome> {
    await this.em().nativeUpdate(
      InboundMail,
      { id: claim.id },
      {
        status,
        ticket: patch.ticketId ?? null,
        detail: patch.detail ?? null,
        raw: patch.raw ?? null,
        bodyText: patch.bodyText ?? null,
        leaseUntil: null,
        processedAt: this.deps.clock.now(),
      },
    );
    return { inboundMailId: claim.id, status, ticketNumber: patch.ticketId ? formatTicketNumber(patch.ticketId) : null, duplicate: false };
  }

  /**
   * Before the ticket (or the answer on it) was committed, the sender is asked
   * to retry (451) and the redelivery starts over. After it, retrying would
   * register it twice: the message is accepted, and kept whole for staff to
   * pick up what was not done.
   */
  async failed(claim: Claimed, content: MailContent, mail: ReceivedMail, error: unknown): Promise<MailOutcome> {
    const em = this.em();
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
    return outcomeOf(await em.findOneOrFail(InboundMail, claim.id), false);
  }

  /** A message mailparser cannot read: accepted and kept as it came (a retry would fail the same way), for staff to look at. */
  async keepUnreadable(mail: ReceivedMail, error: unknown): Promise<MailOutcome> {
    this.deps.logger.error('inbound mail could not be parsed; kept as received', error);
    const em = this.em();
    const messageKey = InboundMailLedger.keyOf(undefined, mail.raw);
    const existing = await em.findOne(InboundMail, { messageKey });
    if (existing) return { ...outcomeOf(existing, true), ticketNumber: null };
    const row = em.create(InboundMail, {
      messageKey,
      receivedAt: mail.receivedAt,
      sender: mail.envelopeFrom?.toLowerCase() || null,
      subject: '(unreadable message)',
      status: InboundMailStatus.IGNORED,
      size: mail.raw.length,
      detail: `Could not be parsed: ${errorText(error)}`,
      raw: mail.raw,
      processedAt: this.deps.clock.now(),
    });
    await em.flush();
    return outcomeOf(row, false);
  }

  private em(): EntityManager {
    return this.deps.orm.em.fork();
  }
}

function outcomeOf(row: InboundMail, duplicate: boolean): MailOutcome {
  return { inboundMailId: row.id, status: row.status, ticketNumber: row.ticket ? formatTicketNumber(row.ticket.id) : null, duplicate };
}

function errorText(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 2000);
}
