import type { MikroORM } from '@mikro-orm/core';
import type { AppConfig } from '../../config.js';
import type { DeskMetrics } from '../../infra/metrics/metrics.js';
import { exponentialBackoff, OutboxDispatcher, type OutboxDispatcherDependencies } from '../notifications/index.js';
import { WebhookChannel } from './webhook-channel.js';

export type WebhookConfig = Pick<
  AppConfig,
  'outboxPollIntervalMs' | 'webhookMaxAttempts' | 'webhookRetryBaseMs' | 'webhookTimeoutMs' | 'webhookDisableAfterFailures'
>;

/** Every process delivers webhook messages: the outbox's claim and lease keep each attempt to one process. */
export function createWebhookDispatcher(
  orm: MikroORM,
  config: WebhookConfig,
  deps: Omit<OutboxDispatcherDependencies, 'channel'> & { readonly metrics: DeskMetrics },
): OutboxDispatcher {
  const observe = (success: boolean, latencyMs: number) => {
    deps.metrics.webhookDeliveries.inc({ outcome: success ? 'success' : 'failure' });
    deps.metrics.webhookDuration.observe(latencyMs / 1000);
  };
  const channel = new WebhookChannel({ ...deps, observe }, { timeoutMs: config.webhookTimeoutMs, disableAfterFailures: config.webhookDisableAfterFailures });
  return new OutboxDispatcher(
    orm,
    { ...deps, channel },
    {
      pollIntervalMs: config.outboxPollIntervalMs,
      maxAttempts: config.webhookMaxAttempts,
      backoff: exponentialBackoff(config.webhookRetryBaseMs),
      // Only changes that wrote webhook messages say so (webhookReaction): one claim query less per ticket change (#17).
      wakesOn: (event) => event.type === 'outbox.queued',
    },
  );
}
