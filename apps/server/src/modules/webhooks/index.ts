/**
 * Outbound webhooks (#18): endpoints of an organization, the change reaction
 * that queues ticket events for them in the outbox (scoped like `tickets`),
 * and their delivery over the WEBHOOK outbox channel, signed per Standard
 * Webhooks, logged per endpoint, disabled after a run of failures.
 */
import { WebhookResolver } from './webhook.resolver.js';

export const WEBHOOK_RESOLVERS = [WebhookResolver] as const;

export { webhookReaction } from './webhook.reaction.js';
export { WebhookAudiences, type WebhookAudience } from './webhook-audiences.js';
export { createWebhookDispatcher, type WebhookConfig } from './webhook-dispatcher.js';
export type { WebhookServices } from './webhook-services.js';
