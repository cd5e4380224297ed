import { performance } from 'node:perf_hooks';
import { raw, type EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../common/clock.js';
import { User } from '../../entities/auth/user.entity.js';
import { Channel } from '../../entities/tickets/ticket.enums.js';
import { NotificationKind, WEBHOOK_CHANNEL } from '../../entities/notifications/notification.enums.js';
import { OutboxMessage } from '../../entities/notifications/outbox-message.entity.js';
import { WebhookDelivery } from '../../entities/webhooks/webhook-delivery.entity.js';
import { WebhookEndpoint } from '../../entities/webhooks/webhook-endpoint.entity.js';
import { DeliveryError } from '../../infra/delivery-error.js';
import type { EventBus } from '../../infra/events/domain-events.js';
import type { Logger } from '../../infra/logger.js';
import type { OutboxChannel, SentNotice } from '../notifications/index.js';
import { signedHeaders, webhookIdOf } from './webhook-signature.js';

export interface WebhookChannelOptions {
  /** How long one request may take before it counts as failed (WEBHOOK_TIMEOUT_MS). */
  readonly timeoutMs: number;
  /** Failed attempts in a row after which the endpoint is disabled and its owner told (WEBHOOK_DISABLE_AFTER_FAILURES). */
  readonly disableAfterFailures: number;
}

/** What one attempt came to, for the delivery log. */
interface Attempt {
  readonly statusCode: number | null;
  readonly latencyMs: number;
  readonly error: string | null;
}

const MAX_ERROR_LENGTH = 500;

/**
 * Webhook messages over HTTPS (#18), one outbox channel among e-mail and
 * Telegram: the dispatcher claims, retries with back-off and fences; this
 * signs each attempt (Standard Webhooks), logs it per endpoint, and disables
 * an endpoint after a run of failures. Any 2xx is success; redirects are not
 * followed (the registered URL is the one that was vetted).
 */
export class WebhookChannel implements OutboxChannel {
  readonly channel = WEBHOOK_CHANNEL;
  readonly label = 'webhook';

  constructor(
    private readonly deps: {
      readonly clock: Clock;
      readonly logger: Logger;
      /** Told of every attempt, for the webhook delivery metrics (#18). */
      readonly observe?: (success: boolean, latencyMs: number) => void;
      /** Told when a run of failures disabled an endpoint: every process's WebhookAudiences reads again. */
      readonly events?: EventBus;
    },
    private readonly options: WebhookChannelOptions,
  ) {}

  addressee(message: OutboxMessage): string {
    return message.recipient;
  }

  claimFields(id: number): { messageId: string } {
    return { messageId: webhookIdOf(id) };
  }

  async send(message: OutboxMessage, em: EntityManager): Promise<SentNotice> {
    const endpoint = message.webhookEndpoint ? await em.findOne(WebhookEndpoint, message.webhookEndpoint.id) : null;
    if (!endpoint?.enabled) throw new DeliveryError(`the webhook endpoint is ${endpoint ? 'disabled' : 'deleted'}`, true);
    const webhookId = message.messageId ?? webhookIdOf(message.id);
    const attempt = await this.post(endpoint, webhookId, message.body);
    this.deps.observe?.(attempt.error === null, attempt.latencyMs);
    em.create(WebhookDelivery, {
      endpoint,
      outboxMessageId: message.id,
      webhookId,
      eventType: message.subject,
      attempt: message.attempts,
      ...attempt,
      success: attempt.error === null,
      at: this.deps.clock.now(),
    });
    await em.flush();
    if (attempt.error === null) {
      await em.nativeUpdate(WebhookEndpoint, { id: endpoint.id, consecutiveFailures: { $gt: 0 } }, { consecutiveFailures: 0 });
      return { receipt: `webhook ${webhookId}: HTTP ${attempt.statusCode}`, details: { webhookId, statusCode: attempt.statusCode } };
    }
    await this.countFailure(em, endpoint);
    throw new DeliveryError(attempt.error, false);
  }

  private async post(endpoint: WebhookEndpoint, webhookId: string, body: string): Promise<Attempt> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      const response = await fetch(endpoint.url, {
        method: 'POST',
        headers: signedHeaders(endpoint.secret, webhookId, this.deps.clock.now(), body),
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      await response.body?.cancel();
      const error = response.status >= 200 && response.status < 300 ? null : `the endpoint answered HTTP ${response.status}`;
      return { statusCode: response.status, latencyMs: elapsed(), error };
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
      const why = timedOut ? `no answer within ${this.options.timeoutMs} ms` : `the request failed: ${cause}`;
      return { statusCode: null, latencyMs: elapsed(), error: why.slice(0, MAX_ERROR_LENGTH) };
    }
  }

  /** Counted in the database, so every process's failures add up; the one conditional UPDATE that disables it writes the notice. */
  private async countFailure(em: EntityManager, endpoint: WebhookEndpoint): Promise<void> {
    await em.nativeUpdate(WebhookEndpoint, { id: endpoint.id }, { consecutiveFailures: raw('consecutive_failures + 1') });
    await em.refresh(endpoint);
    if (endpoint.consecutiveFailures < this.options.disableAfterFailures) return;
    const disabledNow = await em.transactional(async (tx) => {
      const now = this.deps.clock.now();
      const reason = `Disabled after ${endpoint.consecutiveFailures} failed deliveries in a row`;
      const disabled = await tx.nativeUpdate(WebhookEndpoint, { id: endpoint.id, enabled: true }, { enabled: false, disabledAt: now, disabledReason: reason });
      if (disabled !== 1) return false;
      this.deps.logger.error('webhook endpoint disabled after failures', { endpointId: endpoint.id, failures: endpoint.consecutiveFailures });
      // Read through tx: on SQLite another connection would wait for this transaction's.
      const owner = endpoint.createdBy ? await tx.findOne(User, endpoint.createdBy.id) : null;
      if (!owner?.active) return true;
      tx.create(OutboxMessage, {
        kind: NotificationKind.WEBHOOK_DISABLED,
        channel: Channel.EMAIL,
        user: owner,
        recipient: owner.email,
        subject: `Webhook endpoint disabled: ${endpoint.url}`,
        body:
          `Your webhook endpoint ${endpoint.url} was disabled after ${endpoint.consecutiveFailures} failed deliveries in a row; ` +
          'no events are sent to it until it is enabled again on the integrator page, where the delivery log shows what went wrong ' +
          'and failed deliveries can be sent again.',
        createdAt: now,
        nextAttemptAt: now,
      });
      return true;
    });
    if (disabledNow) this.deps.events?.publish({ type: 'copy.changed', topic: 'webhook-audiences' });
  }
}
