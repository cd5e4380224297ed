import { ThreadTokens } from '../../common/thread-token.js';
import { raw, type EntityManager, type FilterQuery, type MikroORM } from '@mikro-orm/core';
import type { Clock } from '../../common/clock.js';
import type { AppConfig } from '../../config.js';
import { isPersonChannel, OutboxStatus, type DeliveryChannel } from '../../entities/notifications/notification.enums.js';
import { TimelineKind } from '../../entities/tickets/ticket.enums.js';
import { OutboxMessage } from '../../entities/notifications/outbox-message.entity.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import type { DomainEvent, EventBus } from '../../infra/events/domain-events.js';
import type { Logger } from '../../infra/logger.js';
import { SmtpMailer } from '../../infra/mail/smtp-mailer.js';
import { recordNoticeFailure, recordReaction, recordTimeline, runTicketChange, type TicketChangeDeps } from '../tickets/index.js';
import { EmailChannel } from './email-channel.js';
import { DeliveryError } from '../../infra/delivery-error.js';
import type { OutboxChannel, SentNotice } from './outbox-channel.js';

export { outboxMessageId } from './email-channel.js';

export interface OutboxDispatcherOptions {
  /** How often to look for due messages besides the kicks (OUTBOX_POLL_INTERVAL_MS). */
  readonly pollIntervalMs: number;
  /** Attempts before a message is FAILED (OUTBOX_MAX_ATTEMPTS). */
  readonly maxAttempts: number;
  /** How long a claimed message is ours; a sender that died mid-send lets it run out. Default 60 s. */
  readonly leaseMs?: number;
  /** Messages looked up per database round trip. Default 50. */
  readonly batchSize?: number;
  /** Wait before the attempt after `attempt` failed; default {@link backoffMs}. */
  readonly backoff?: (attempt: number) => number;
  /** The events that may have queued this channel's messages (besides the poll); default {@link queuesCustomerMessages}. */
  readonly wakesOn?: (event: DomainEvent) => boolean;
}

/** Customer notices and staff mail are written by ticket changes and staff notifications. */
export function queuesCustomerMessages(event: DomainEvent): boolean {
  return event.type === 'ticket.changed' || event.type === 'staff.notification' || event.type === 'outbox.queued';
}

export interface OutboxDispatcherDependencies {
  readonly clock: Clock;
  readonly logger: Logger;
  /** Delivers the messages; closed in stop(). */
  readonly channel: OutboxChannel;
  /**
   * When given, every committed ticket change (from any process) kicks the
   * dispatcher — the outbox row commits with the change, so it is there to
   * claim — and a delivered or failed notification publishes `ticket.changed`
   * so `ticketUpdated` subscribers see the new timeline line.
   */
  readonly events?: EventBus;
  /** The tickets' write path: a reaction notice's outcome changes its ticket (SLA-3: the reaction, or the agent alerted). */
  readonly tickets: TicketChangeDeps;
}

/** The outcome could not be recorded: another sender holds the message now (its lease ran out). */
class LeaseLost extends Error {}

export const DEFAULT_LEASE_MS = 60_000;
const BACKOFF_BASE_MS = 5_000;
const BACKOFF_CAP_MS = 30 * 60_000;
const MAX_ERROR_LENGTH = 2_000;

/** The wait after failed attempt number `attempt` (1-based): `baseMs`, doubling after each, capped at 30 min. */
export function exponentialBackoff(baseMs: number): (attempt: number) => number {
  return (attempt) => Math.min(baseMs * 2 ** Math.max(attempt - 1, 0), BACKOFF_CAP_MS);
}

/** 5 s, 10 s, 20 s, 40 s … capped at 30 min: the e-mail and Telegram default. */
export const backoffMs = exponentialBackoff(BACKOFF_BASE_MS);

/**
 * What may be claimed at `now`: the channel's messages that are due and not
 * held by anyone, or held by a sender whose lease ran out (it died mid-send).
 * Messages of channels nobody delivers automatically (PHONE: an agent calls)
 * stay PENDING, readable through the `outbox` query.
 */
function claimable(channel: DeliveryChannel, now: Date): FilterQuery<OutboxMessage> {
  return {
    channel,
    $or: [
      { status: OutboxStatus.PENDING, nextAttemptAt: { $lte: now }, $or: [{ leaseUntil: null }, { leaseUntil: { $lt: now } }] },
      { status: OutboxStatus.SENDING, leaseUntil: { $lt: now } },
    ],
  };
}

/**
 * Delivers the transactional outbox over one channel (e-mail, Telegram).
 * Every process runs one per channel; a message is claimed with a conditional
 * UPDATE (only the process whose UPDATE changed the row sends it), under a
 * lease, so each message goes out once even with several replicas, and a
 * crash between commit and delivery — or in the middle of a send — only
 * delays it. Failures back off exponentially up to `maxAttempts`, then the
 * message is FAILED and staff see it on the timeline (an admin can
 * `retryNotification`).
 */
export class OutboxDispatcher {
  private poller: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly deps: OutboxDispatcherDependencies,
    private readonly options: OutboxDispatcherOptions,
  ) {}

  start(): void {
    if (this.stopped || this.poller) return;
    const wakesOn = this.options.wakesOn ?? queuesCustomerMessages;
    this.unsubscribe = this.deps.events?.subscribe((event) => {
      if (wakesOn(event)) this.kick();
    }) ?? null;
    this.poller = setInterval(() => this.kick(), this.options.pollIntervalMs);
    this.poller.unref();
    this.kick();
  }

  /** Look for due messages now instead of at the next poll (call after a commit that queued one). */
  kick(): void {
    if (this.stopped) return;
    void this.dispatch();
  }

  /**
   * Sends everything due now and resolves when done; calls while a pass is
   * running join it (and make it look once more), so passes never overlap.
   */
  dispatch(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.passes().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Stops polling and waits for a send in flight to finish and be recorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.poller) clearInterval(this.poller);
    this.poller = null;
    await this.running;
    await this.deps.channel.close?.();
  }

  private get channel(): OutboxChannel {
    return this.deps.channel;
  }

  private async passes(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.deliverDue();
      } catch (error) {
        this.deps.logger.error(`${this.channel.label} outbox pass failed; the next poll retries`, error);
      }
    } while (this.again && !this.stopped);
  }

  private async deliverDue(): Promise<void> {
    const batchSize = this.options.batchSize ?? 50;
    for (;;) {
      if (this.stopped) return;
      const due = await this.orm.em.fork().find(OutboxMessage, claimable(this.channel.channel, this.deps.clock.now()), {
        orderBy: { nextAttemptAt: 'asc', id: 'asc' },
        limit: batchSize,
        fields: ['id', 'ticket'],
      });
      for (const candidate of due) {
        if (this.stopped) return;
        await this.deliver(candidate.id, candidate.ticket?.id ?? null);
      }
      // A claimed, failed or taken message is no longer due, so a full batch means there may be more.
      if (due.length < batchSize) return;
    }
  }

  /** Claims one message (a single-row conditional UPDATE: portable, and exactly one claimant wins), sends it, records the outcome. */
  private async deliver(id: number, ticketId: number | null): Promise<void> {
    const em = this.orm.em.fork();
    const claimedAt = this.deps.clock.now();
    const claimed = await em.nativeUpdate(
      OutboxMessage,
      { $and: [{ id }, claimable(this.channel.channel, claimedAt)] },
      {
        status: OutboxStatus.SENDING,
        leaseUntil: new Date(claimedAt.getTime() + (this.options.leaseMs ?? DEFAULT_LEASE_MS)),
        attempts: raw('attempts + 1'),
        ...this.channel.claimFields?.(id, ticketId),
      },
    );
    if (claimed !== 1) return; // another process got it first
    const message = await em.findOneOrFail(OutboxMessage, id);
    const attempt = message.attempts;

    let sent: SentNotice = { receipt: '', details: {} };
    let failure: DeliveryError | null = null;
    try {
      sent = await this.channel.send(message, em);
    } catch (error) {
      failure = error instanceof DeliveryError ? error : new DeliveryError(error instanceof Error ? error.message : String(error), false);
    }

    const recorded = failure ? await this.recordFailure(message, attempt, failure) : await this.recordSent(message, attempt, sent);
    if (!recorded) {
      this.deps.logger.error(`${this.channel.label} outbox message was taken over by another sender while this one sent it (lease ran out)`, {
        outboxId: id,
        attempt,
        sent: !failure,
      });
      return;
    }
    if (ticketId !== null && !message.user) this.deps.events?.publish({ type: 'ticket.changed', ticketId, queue: null });
  }

  /** " to anna@…" where the channel delivers to the outbox recipient, for the timeline summaries. */
  private to(message: OutboxMessage): string {
    const addressee = this.channel.addressee?.(message);
    return addressee ? ` to ${addressee}` : '';
  }

  /**
   * Runs the recording of one outcome in a transaction. A reaction notice's
   * outcome changes its ticket — the reaction, or the agent alerted (SLA-3) —
   * so it goes through the tickets' write path (queue lock, queue event).
   * `work` answers false when the fence shows the message is no longer ours.
   */
  private async recording(message: OutboxMessage, work: (tx: EntityManager, ticket: Ticket | null) => Promise<boolean>): Promise<boolean> {
    const ticketId = message.reaction && message.ticket && !message.user ? message.ticket.id : null;
    if (ticketId === null) return this.orm.em.fork().transactional((tx) => work(tx, null));
    try {
      await runTicketChange(this.orm.em.fork(), this.deps.tickets, async (tx, scope) => {
        const ticket = await tx.findOneOrFail(Ticket, ticketId);
        await scope.remember(ticket);
        if (!(await work(tx, ticket))) throw new LeaseLost();
        return ticket;
      });
      return true;
    } catch (error) {
      if (error instanceof LeaseLost) return false;
      throw error;
    }
  }

  /** The attempt number is the fencing token: only the holder of this very attempt may record its outcome. */
  private async recordSent(message: OutboxMessage, attempt: number, sent: SentNotice): Promise<boolean> {
    return this.recording(message, async (tx, ticket) => {
      const now = this.deps.clock.now();
      const updated = await tx.nativeUpdate(
        OutboxMessage,
        { id: message.id, status: OutboxStatus.SENDING, attempts: attempt },
        { status: OutboxStatus.SENT, sentAt: now, leaseUntil: null, deliveryReceipt: sent.receipt.slice(0, 1000) || null },
      );
      if (updated !== 1) return false;
      // A staff member's own notification (#13) is no event of the ticket's.
      if (message.ticket && !message.user) {
        recordTimeline(tx, ticket ?? tx.getReference(Ticket, message.ticket.id), {
          kind: TimelineKind.NOTIFICATION_SENT,
          at: now,
          actorId: null,
          summary: `Customer notification (${message.kind}) sent by ${this.channel.label}${this.to(message)}`,
          data: { outboxId: message.id, kind: message.kind, channel: message.channel, attempts: attempt, receipt: sent.receipt, ...sent.details },
        });
      }
      if (ticket && isPersonChannel(message.channel)) recordReaction(tx, ticket, { channel: message.channel, at: now, proof: sent.receipt, actorId: null, data: { outboxId: message.id, ...sent.details } });
      return true;
    });
  }

  private async recordFailure(message: OutboxMessage, attempt: number, failure: DeliveryError): Promise<boolean> {
    const lastError = failure.message.slice(0, MAX_ERROR_LENGTH);
    const final = failure.permanent || attempt >= this.options.maxAttempts;
    const label = this.channel.label;
    return this.recording(message, async (tx, ticket) => {
      const now = this.deps.clock.now();
      const fence = { id: message.id, status: OutboxStatus.SENDING, attempts: attempt };
      // SLA-3: the reaction notice's first failure alerts the agent at once, not after the last retry.
      const alertAgent = async () => {
        if (ticket && isPersonChannel(message.channel)) await recordNoticeFailure(tx, ticket, { channel: message.channel, at: now, error: lastError });
      };
      if (!final) {
        const wait = (this.options.backoff ?? backoffMs)(attempt);
        const updated = await tx.nativeUpdate(OutboxMessage, fence, {
          status: OutboxStatus.PENDING,
          nextAttemptAt: new Date(now.getTime() + wait),
          leaseUntil: null,
          lastError,
        });
        if (updated !== 1) return false;
        this.deps.logger.info(`${label} notification not sent; retrying later`, { outboxId: message.id, attempt, retryInMs: wait, error: lastError });
        await alertAgent();
        return true;
      }
      const updated = await tx.nativeUpdate(OutboxMessage, fence, { status: OutboxStatus.FAILED, leaseUntil: null, lastError });
      if (updated !== 1) return false;
      this.deps.logger.error(`${label} notification FAILED`, { outboxId: message.id, attempt, permanent: failure.permanent, error: lastError });
      if (message.ticket && !message.user) {
        const why = failure.permanent ? 'refused permanently' : `gave up after ${attempt} attempt${attempt === 1 ? '' : 's'}`;
        recordTimeline(tx, ticket ?? tx.getReference(Ticket, message.ticket.id), {
          kind: TimelineKind.NOTIFICATION_FAILED,
          at: now,
          actorId: null,
          summary: `Customer notification (${message.kind})${this.to(message)} not delivered by ${label}, ${why}: ${lastError}`,
          data: { outboxId: message.id, kind: message.kind, channel: message.channel, attempts: attempt, permanent: failure.permanent, error: lastError },
          // Staff act on it (call the customer, fix the address, retryNotification); customers never see it.
          internal: true,
        });
      }
      await alertAgent();
      return true;
    });
  }
}

/**
 * The process's e-mail dispatcher as configured, or null without SMTP_URL:
 * then notifications simply stay PENDING in the outbox, which staff read
 * through the `outbox` query (the development mailbox).
 */
export function createOutboxDispatcher(
  orm: MikroORM,
  config: Pick<AppConfig, 'smtpUrl' | 'mailFrom' | 'outboxPollIntervalMs' | 'outboxMaxAttempts' | 'jwtSecret'>,
  deps: Omit<OutboxDispatcherDependencies, 'channel'>,
): OutboxDispatcher | null {
  if (!config.smtpUrl) {
    deps.logger.info('SMTP_URL is not set: customer notifications stay in the outbox (staff query `outbox`)');
    return null;
  }
  const mailer = new SmtpMailer(config.smtpUrl);
  deps.logger.info('delivering customer notifications by e-mail', { server: mailer.server });
  return new OutboxDispatcher(
    orm,
    { ...deps, channel: new EmailChannel(mailer, { from: config.mailFrom, ownsMailer: true, threadTokens: new ThreadTokens(config.jwtSecret) }) },
    { pollIntervalMs: config.outboxPollIntervalMs, maxAttempts: config.outboxMaxAttempts },
  );
}
