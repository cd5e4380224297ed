import type { MikroORM } from '@mikro-orm/core';
import type { AppConfig } from '../../config.js';
import { exponentialBackoff, OutboxDispatcher, type OutboxDispatcherDependencies } from '../notifications/index.js';
import { WebhookChannel } from './webhook-channel.js';

export type WebhookConfig = Pick<
  AppConfig,
  'outboxPollIntervalMs' | 'webhookMaxAttempts' | 'webhookRetryBaseMs' | 'webhookTimeoutMs' | 'webhookDisableAfterFailures'
>;

/** Every process delivers webhook messages: the outbox's claim and lease keep each attempt to one process. */
export function createWebhookDispatcher(orm: MikroORM, config: WebhookConfig, deps: Omit<OutboxDispatcherDependencies, 'channel'>): OutboxDispatcher {
  const channel = new WebhookChannel(deps, { timeoutMs: config.webhookTimeoutMs, disableAfterFailures: config.webhookDisableAfterFailures });
  return new OutboxDispatcher(
    orm,
    { ...deps, channel },
    {
      pollIntervalMs: config.outboxPollIntervalMs,
      maxAttempts: config.webhookMaxAttempts,
      backoff: exponentialBackoff(config.webhookRetryBaseMs),
    },
  );
}
