import type { EntityManager } from '@mikro-orm/core';
import { NotificationKind, WEBHOOK_CHANNEL } from '../../entities/notifications/notification.enums.js';
import { OutboxMessage } from '../../entities/notifications/outbox-message.entity.js';
import { Organization } from '../../entities/organizations/organization.entity.js';
import { TicketMessage } from '../../entities/tickets/ticket-message.entity.js';
import { WebhookEndpoint } from '../../entities/webhooks/webhook-endpoint.entity.js';
import { WEBHOOK_EVENT_TYPES } from '../../entities/webhooks/webhook.enums.js';
import type { DomainEvent } from '../../infra/events/domain-events.js';
import type { TicketChange, TicketChangeReaction } from '../tickets/index.js';
import type { WebhookAudiences } from './webhook-audiences.js';
import { messageIdOf, webhookEventsOf, webhookPayload } from './webhook-events.js';

/**
 * Partners' webhooks (#18) as a reaction of every ticket change: one outbox
 * message per event and endpoint that subscribed to its kind and may see the
 * ticket, written in the change's transaction — the change and its webhook
 * messages commit together or not at all, and the WEBHOOK dispatcher (woken by
 * the `outbox.queued` this returns, published after commit) delivers them at least once.
 */
export function webhookReaction(audiencesOf: WebhookAudiences): TicketChangeReaction {
  return {
    name: 'webhooks',
    react: (tx, changes) => writeWebhookMessages(tx, changes, audiencesOf),
  };
}

async function writeWebhookMessages(tx: EntityManager, changes: readonly TicketChange[], audiencesOf: WebhookAudiences): Promise<DomainEvent[]> {
  const events = changes.flatMap(webhookEventsOf);
  if (events.length === 0) return [];
  const organizationIds = [...new Set(events.map((e) => e.ticket.organization.id))];
  const audiences = await audiencesOf.of(tx, organizationIds);
  if (audiences.length === 0) return [];
  const messageIds = events.map(messageIdOf).filter((id): id is number => id !== null);
  const organizations = await tx.find(Organization, { id: { $in: organizationIds } }, { fields: ['id', 'name'] });
  const messages = messageIds.length ? await tx.find(TicketMessage, { id: { $in: messageIds }, internal: false }) : [];
  const names = new Map(organizations.map((o) => [o.id, o.name]));
  let queued = false;
  for (const event of events) {
    const organizationId = event.ticket.organization.id;
    const messageId = messageIdOf(event);
    const message = messages.find((m) => m.id === messageId);
    // A message line whose message is internal (or gone) tells partners nothing.
    if (messageId !== null && !message) continue;
    let body: string | null = null;
    for (const audience of audiences) {
      if (!audience.organizations.has(organizationId) || !audience.events.includes(event.kind)) continue;
      body ??= webhookPayload(event, names.get(organizationId) ?? '', message);
      tx.create(OutboxMessage, {
        kind: NotificationKind.WEBHOOK_EVENT,
        channel: WEBHOOK_CHANNEL,
        webhookEndpoint: tx.getReference(WebhookEndpoint, audience.endpointId),
        recipient: audience.url,
        subject: WEBHOOK_EVENT_TYPES[event.kind],
        body,
        createdAt: event.entry.at,
        nextAttemptAt: event.entry.at,
      });
      queued = true;
    }
  }
  return queued ? [{ type: 'outbox.queued' }] : [];
}
