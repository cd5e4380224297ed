import { raw, type FilterQuery } from '@mikro-orm/core';
import { GrammyError, type Api } from 'grammy';
import type { Clock } from '../../../common/clock.js';
import { Channel, OutboxStatus, TimelineKind } from '../../../entities/enums.js';
import { OutboxMessage } from '../../../entities/outbox-message.entity.js';
import { TelegramChat } from '../../../entities/telegram-chat.entity.js';
import { Ticket } from '../../../entities/ticket.entity.js';
import type { EventBus } from '../../../infra/events/domain-events.js';
import type { Orm } from '../../../infra/database/orm.js';
import type { Logger } from '../../../infra/logger.js';
import { backoffMs, DEFAULT_LEASE_MS } from '../../notifications/outbox-dispatcher.js';
import { recordTimeline } from '../../tickets/timeline.js';

export interface TelegramNotifierDependencies {
  readonly orm: Orm;
  readonly api: Pick<Api, 'sendMessage'>;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Kicks on every committed ticket change; announces deliveries so the timeline updates live. */
  readonly events?: EventBus;
}

export interface TelegramNotifierOptions {
  readonly pollIntervalMs: number;
  readonly maxAttempts: number;
}

/** TELEGRAM messages due and not held by a live sender (same rule as the e-mail dispatcher). */
function claimable(now: Date): FilterQuery<OutboxMessage> {
  return {
    channel: Channel.TELEGRAM,
    $or: [
      { status: OutboxStatus.PENDING, nextAttemptAt: { $lte: now }, $or: [{ leaseUntil: null }, { leaseUntil: { $lt: now } }] },
      { status: OutboxStatus.SENDING, leaseUntil: { $lt: now } },
    ],
  };
}

/**
 * Delivers the outbox's TELEGRAM notifications (SLA-3: "over the ticket's
 * channel") to the chat bound to the ticket's contact person — a customer who
 * registered through the bot and left no e-mail. Claims each message with a
 * conditional UPDATE under a lease like the e-mail dispatcher, so several
 * processes send it once. A contact without a bound chat (or who blocked the
 * bot) makes the notification FAILED on the timeline: staff call them.
 */
export class TelegramNotifier {
  private poller: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly deps: TelegramNotifierDependencies,
    private readonly options: TelegramNotifierOptions,
  ) {}

  start(): void {
    if (this.stopped || this.poller) return;
    this.unsubscribe = this.deps.events?.subscribe((event) => {
      if (event.type === 'ticket.changed') this.kick();
    }) ?? null;
    this.poller = setInterval(() => this.kick(), this.options.pollIntervalMs);
    this.poller.unref();
    this.kick();
  }

  kick(): void {
    if (!this.stopped) void this.dispatch();
  }

  /** Sends everything due now; concurrent calls join the pass in progress. */
  dispatch(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await this.deliverDue();
        } catch (error) {
          this.deps.logger.error('telegram notification pass failed; the next poll retries', error);
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.poller) clearInterval(this.poller);
    this.poller = null;
    await this.running;
  }

  private async deliverDue(): Promise<void> {
    const due = await this.deps.orm.em.fork().find(OutboxMessage, claimable(this.deps.clock.now()), {
      orderBy: { nextAttemptAt: 'asc', id: 'asc' },
      limit: 50,
      fields: ['id'],
    });
    for (const { id } of due) {
      if (this.stopped) return;
      await this.deliver(id);
    }
  }

  private async deliver(id: number): Promise<void> {
    const em = this.deps.orm.em.fork();
    const claimedAt = this.deps.clock.now();
    const claimed = await em.nativeUpdate(
      OutboxMessage,
      { $and: [{ id }, claimable(claimedAt)] },
      { status: OutboxStatus.SENDING, leaseUntil: new Date(claimedAt.getTime() + DEFAULT_LEASE_MS), attempts: raw('attempts + 1') },
    );
    if (claimed !== 1) return;
    const message = await em.findOneOrFail(OutboxMessage, id);
    const ticket = message.ticket ? await em.findOne(Ticket, message.ticket.id) : null;
    const chat = ticket
      ? await em.findOne(TelegramChat, { contact: ticket.contact.id }, { orderBy: { boundAt: 'desc', id: 'desc' } })
      : null;

    let failure: { error: string; permanent: boolean } | null = null;
    if (!chat) {
      failure = { error: 'the contact person has no Telegram chat bound to the bot', permanent: true };
    } else {
      try {
        await this.deps.api.sendMessage(chat.chatId, `${message.subject}\n\n${message.body}`);
      } catch (error) {
        // 400 (chat not found) and 403 (bot blocked) will not get better by waiting.
        const permanent = error instanceof GrammyError && (error.error_code === 400 || error.error_code === 403);
        failure = { error: error instanceof Error ? error.message : String(error), permanent };
      }
    }
    await this.record(message, failure, chat?.chatId ?? null);
    if (ticket) this.deps.events?.publish({ type: 'ticket.changed', ticketId: ticket.id, queue: null });
  }

  private async record(message: OutboxMessage, failure: { error: string; permanent: boolean } | null, chatId: string | null): Promise<void> {
    const attempt = message.attempts;
    await this.deps.orm.em.fork().transactional(async (tx) => {
      const now = this.deps.clock.now();
      const fence = { id: message.id, status: OutboxStatus.SENDING, attempts: attempt };
      const ticket = message.ticket ? tx.getReference(Ticket, message.ticket.id) : null;
      if (!failure) {
        if ((await tx.nativeUpdate(OutboxMessage, fence, { status: OutboxStatus.SENT, sentAt: now, leaseUntil: null })) !== 1) return;
        if (ticket) {
          recordTimeline(tx, ticket, {
            kind: TimelineKind.NOTIFICATION_SENT,
            at: now,
            actorId: null,
            summary: `Customer notification (${message.kind}) sent by Telegram`,
            data: { outboxId: message.id, kind: message.kind, channel: Channel.TELEGRAM, attempts: attempt, chatId },
          });
        }
        return;
      }
      const final = failure.permanent || attempt >= this.options.maxAttempts;
      const lastError = failure.error.slice(0, 2000);
      if (!final) {
        await tx.nativeUpdate(OutboxMessage, fence, {
          status: OutboxStatus.PENDING,
          nextAttemptAt: new Date(now.getTime() + backoffMs(attempt)),
          leaseUntil: null,
          lastError,
        });
        return;
      }
      if ((await tx.nativeUpdate(OutboxMessage, fence, { status: OutboxStatus.FAILED, leaseUntil: null, lastError })) !== 1) return;
      this.deps.logger.error('telegram notification FAILED', { outboxId: message.id, attempt, error: lastError });
      if (ticket) {
        recordTimeline(tx, ticket, {
          kind: TimelineKind.NOTIFICATION_FAILED,
          at: now,
          actorId: null,
          summary: `Customer notification (${message.kind}) not delivered by Telegram: ${lastError}`,
          data: { outboxId: message.id, kind: message.kind, channel: Channel.TELEGRAM, attempts: attempt, permanent: failure.permanent, error: lastError },
          internal: true,
        });
      }
    });
  }
}
